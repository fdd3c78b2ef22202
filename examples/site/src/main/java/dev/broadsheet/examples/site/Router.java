package dev.broadsheet.examples.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method and path to a handler. A path no route matches is a 404; a path that routes match for other methods
 * only is a 405 with {@code Allow} listing them (HEAD goes with GET). Paths are matched raw, undecoded: slugs are
 * ASCII, so a percent-encoded path is simply not found.
 */
final class Router {

    /** Handles a request whose path matched; the matcher holds the path's groups. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request, Matcher path);
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router get(String path, Handler handler) {
        routes.add(new Route("GET", Pattern.compile(path), handler));
        return this;
    }

    Router post(String path, Handler handler) {
        routes.add(new Route("POST", Pattern.compile(path), handler));
        return this;
    }

    /**
     * Routes a request.
     *
     * @param request the request
     * @return the handler's response
     * @throws HttpProblem 404 or 405 when no route takes it, or whatever the handler throws
     */
    Response route(Request request) {
        List<String> allowed = new ArrayList<>();
        for (Route r : routes) {
            Matcher m = r.path.matcher(request.path());
            if (m.matches()) {
                if (r.method.equals(request.method())) {
                    return r.handler.handle(request, m);
                }
                if (!allowed.contains(r.method)) {
                    allowed.add(r.method);
                }
            }
        }
        if (allowed.isEmpty()) {
            throw HttpProblem.notFound();
        }
        if (allowed.contains("GET")) {
            allowed.add(allowed.indexOf("GET") + 1, "HEAD");
        }
        throw HttpProblem.methodNotAllowed(allowed);
    }
}
