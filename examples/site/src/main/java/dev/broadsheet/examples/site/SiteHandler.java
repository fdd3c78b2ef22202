package dev.broadsheet.examples.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one {@link HttpHandler} of the server: checks the Host header, routes every request, turns refusals ({@link HttpProblem}) into 4xx
 * pages and any other exception into a 500 page without details (the stack trace goes to the log), sets the cookies
 * the request asked for, sends the security headers ({@link Response}) and writes one access-log line per request:
 * method, path (never the query string, which may hold a token), status and time.
 *
 * <p>When the site serves readers directly (no {@code --public-url}), a request for another host name is not served:
 * a GET is redirected (301) to the same path on the site's own address, anything else is refused (421). That keeps
 * readers on the one origin the forms' origin check and the CSRF cookie belong to (someone who typed
 * {@code localhost} for {@code 127.0.0.1}), and defeats DNS rebinding, in which another site's name is pointed at the
 * loopback address. Behind a proxy ({@code --public-url}) the proxy decides which hosts reach the site.
 */
final class SiteHandler implements HttpHandler {

    private final Router router;
    private final Views views;
    private final boolean https;
    private final Consumer<String> log;
    private final @Nullable String host;
    private final String base;

    /**
     * @param host the only Host header served, such as {@code 127.0.0.1:8080}; null to serve any
     * @param base the site's base URL, for the redirect
     */
    SiteHandler(Router router, Views views, boolean https, Consumer<String> log, @Nullable String host,
            String base) {
        this.router = router;
        this.views = views;
        this.https = https;
        this.log = log;
        this.host = host;
        this.base = base;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Response response;
        Request request = null;
        try {
            request = new Request(exchange);
            String asked = request.header("Host").orElse("");
            if (host != null && !asked.equalsIgnoreCase(host)) {
                response = misdirected(request);
            } else {
                response = router.route(request);
            }
        } catch (HttpProblem p) {
            response = problem(p);
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("error: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + " failed\n" + stackTrace(e));
            response = views.serverError();
        }
        if (request != null) {
            for (String cookie : request.cookiesToSet()) {
                response.header("Set-Cookie", cookie);
            }
        }
        try (exchange) {
            response.send(exchange, exchange.getRequestMethod().equals("HEAD"), https);
        } catch (IOException e) {
            log.accept("client went away: " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath());
        }
        log.accept(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                + response.status() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private Response misdirected(Request request) {
        if (!request.method().equals("GET")) {
            throw new HttpProblem(421, "Misdirected request", "This site answers at " + base + "/ only.");
        }
        String query = request.rawQuery();
        return Response.redirect(301, base + request.path() + (query == null ? "" : "?" + query));
    }

    private Response problem(HttpProblem p) {
        try {
            return views.problem(p);
        } catch (RuntimeException e) {
            log.accept("error: the error page failed\n" + stackTrace(e));
            return views.serverError();
        }
    }

    static String stackTrace(Throwable e) {
        StringWriter s = new StringWriter();
        e.printStackTrace(new PrintWriter(s));
        return s.toString();
    }
}
