package dev.broadsheet.examples.site;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the handlers see it: method, path, strictly parsed query and form, headers, cookies and the
 * client's address. The body is read at most once and never beyond {@link #FORM_LIMIT} bytes.
 */
final class Request {

    /**
     * Largest form body accepted, in bytes: 1 MiB. The longest comment the model takes (65,525 characters) in a
     * non-Latin script is about 590 KB once UTF-8 and percent-encoded, so every valid comment fits; anything larger
     * is refused with 413 before it is read.
     */
    static final int FORM_LIMIT = 1 << 20;
    /**
     * How much of a too large body is read and dropped before the 413 is sent, so that the client, still sending,
     * sees the answer instead of a reset connection. A body declared larger than this is refused at once.
     */
    static final int DRAIN_LIMIT = 4 << 20;
    /** Longest query string accepted, in characters. */
    static final int QUERY_LIMIT = 4096;

    private final HttpExchange exchange;
    private final String method;
    private final String path;
    private @Nullable Map<String, String> query;
    private @Nullable Map<String, String> form;
    private @Nullable Map<String, String> cookies;
    private final java.util.List<String> setCookies = new java.util.ArrayList<>();
    /** The CSRF cookie value given to this browser by this request, when it had none ({@link Csrf}). */
    @Nullable String freshCsrfCookie;

    Request(HttpExchange exchange) {
        this.exchange = exchange;
        String m = exchange.getRequestMethod();
        this.method = m.equals("HEAD") ? "GET" : m;
        String raw = exchange.getRequestURI().getRawPath();
        this.path = raw == null || raw.isEmpty() ? "/" : raw;
    }

    /** @return the method; HEAD is reported as GET (the body is then dropped when sending) */
    String method() {
        return method;
    }

    /** @return whether this is a HEAD request */
    boolean head() {
        return exchange.getRequestMethod().equals("HEAD");
    }

    /** @return the raw path, such as {@code /articles/some-slug} */
    String path() {
        return path;
    }

    /** @return the query string as sent, or null */
    @Nullable String rawQuery() {
        return exchange.getRequestURI().getRawQuery();
    }

    /**
     * One query parameter.
     *
     * @param name its name
     * @return its value, or null
     * @throws HttpProblem 400 when the query string is malformed
     */
    @Nullable String query(String name) {
        if (query == null) {
            String raw = exchange.getRequestURI().getRawQuery();
            if (raw != null && raw.length() > QUERY_LIMIT) {
                throw new HttpProblem(414, "Address too long", "The query string is too long.");
            }
            query = raw == null ? Map.of() : FormData.urlEncoded(raw.getBytes(StandardCharsets.UTF_8));
        }
        return query.get(name);
    }

    /**
     * The form fields of a POST body.
     *
     * @return field name to value
     * @throws HttpProblem 413 when larger than {@link #FORM_LIMIT}, 400 when malformed, 415 for another media type
     */
    Map<String, String> form() {
        if (form == null) {
            form = FormData.parse(header("Content-Type").orElse(null), body());
        }
        return form;
    }

    private byte[] body() {
        String length = header("Content-Length").orElse(null);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("The Content-Length header is not a number.");
            }
            if (declared > DRAIN_LIMIT) {
                throw tooLarge();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(FORM_LIMIT + 1);
            if (bytes.length > FORM_LIMIT) {
                long dropped = bytes.length;
                byte[] sink = new byte[8192];
                for (int n; dropped <= DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
                    dropped += n;
                }
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw HttpProblem.badRequest("The request body could not be read.");
        }
    }

    private static HttpProblem tooLarge() {
        return new HttpProblem(413, "Too large", "The form is larger than this site accepts ("
                + FORM_LIMIT / 1024 + " KB).");
    }

    /**
     * A request header.
     *
     * @param name its name, in any case
     * @return its first value
     */
    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /**
     * A cookie.
     *
     * @param name its name
     * @return its value
     */
    Optional<String> cookie(String name) {
        if (cookies == null) {
            Map<String, String> found = new LinkedHashMap<>();
            for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
                for (String pair : header.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        found.putIfAbsent(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
            }
            cookies = found;
        }
        return Optional.ofNullable(cookies.get(name));
    }

    /**
     * Asks for a cookie to be set on whatever response this request gets (a page, an error page or a redirect).
     *
     * @param header the value of a {@code Set-Cookie} header
     */
    void setCookie(String header) {
        setCookies.add(header);
    }

    /** @return the {@code Set-Cookie} headers asked for */
    java.util.List<String> cookiesToSet() {
        return java.util.List.copyOf(setCookies);
    }

    /** @return the client's IP address as a literal, without an IPv6 scope */
    String clientIp() {
        InetAddress address = exchange.getRemoteAddress().getAddress();
        String ip = address.getHostAddress();
        int scope = ip.indexOf('%');
        return scope < 0 ? ip : ip.substring(0, scope);
    }
}
