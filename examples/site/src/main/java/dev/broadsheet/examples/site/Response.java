package dev.broadsheet.examples.site;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.render.Utf8Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One response: status, body and headers, with the security headers every response gets added when it is sent.
 *
 * <p>Content-Security-Policy by kind:
 * <ul>
 *   <li>{@link Kind#PAGE}: {@value #PAGE_POLICY} — no script at all, styles and images from the site (images also
 *       from any https host and data: URLs), forms posting to the site only, never framed; a page whose body embeds
 *       video adds {@code frame-src} for the embed hosts ({@value #EMBED_HOSTS});</li>
 *   <li>{@link Kind#AMP}: {@value #AMP_POLICY} — the AMP runtime and its extensions from
 *       {@code cdn.ampproject.org}, AMP's inline boilerplate style, fetches (amp-form) to the site;</li>
 *   <li>{@link Kind#RESOURCE} (stylesheet, images, JSON): {@value #RESOURCE_POLICY}, so that a resource opened on
 *       its own can run nothing.</li>
 * </ul>
 * Every response also gets {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * strict-origin-when-cross-origin} (same-origin form posts keep their Origin header, which the form endpoints
 * check), {@code X-Frame-Options: DENY}, {@code Cross-Origin-Opener-Policy: same-origin} and, when the site is
 * served over https, {@code Strict-Transport-Security}.
 */
final class Response {

    /** The policy of HTML pages. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' https: data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The hosts of the video embeds the article policy allows. */
    static final String EMBED_HOSTS = "https://www.youtube.com https://www.youtube-nocookie.com"
            + " https://player.vimeo.com";
    /** The policy of AMP pages. */
    static final String AMP_POLICY = "default-src 'self'; script-src https://cdn.ampproject.org/ blob:; "
            + "style-src 'unsafe-inline' https://cdn.ampproject.org/rtv/; img-src 'self' https: data:; "
            + "connect-src 'self' https://cdn.ampproject.org; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The policy of everything that is not a page. */
    static final String RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /** What a response is, for its security policy. */
    enum Kind {
        /** An HTML page. */
        PAGE,
        /** An AMP page. */
        AMP,
        /** A stylesheet, image or JSON document. */
        RESOURCE
    }

    /** HTML's media type. */
    static final String HTML = "text/html; charset=utf-8";
    /** JSON's media type. */
    static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final int length;
    private final Kind kind;
    private final boolean embeds;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    private Response(int status, String contentType, byte[] body, Kind kind, boolean embeds) {
        this(status, contentType, body, body.length, kind, embeds);
    }

    private Response(int status, String contentType, byte[] body, int length, Kind kind, boolean embeds) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.length = length;
        this.kind = kind;
        this.embeds = embeds;
    }

    /** An HTML page, not to be cached (it carries the reader's CSRF token). */
    static Response page(int status, String html) {
        return new Response(status, HTML, html.getBytes(StandardCharsets.UTF_8), Kind.PAGE,
                html.contains("<iframe")).header("Cache-Control", "no-store");
    }

    /**
     * An HTML page rendered to UTF-8, sent from the buffer it was rendered into without a copy; not to be cached.
     * The buffer must not be reused before the response is sent.
     */
    static Response page(int status, Utf8Buffer html) {
        return new Response(status, HTML, html.array(), html.length(), Kind.PAGE, contains(html, "<iframe"))
                .header("Cache-Control", "no-store");
    }

    /** An AMP page rendered to UTF-8, sent from its buffer like {@link #page(int, Utf8Buffer)}. */
    static Response amp(Utf8Buffer html) {
        return new Response(200, HTML, html.array(), html.length(), Kind.AMP, contains(html, "<amp-youtube")
                || contains(html, "<amp-vimeo") || contains(html, "<amp-iframe")).header("Cache-Control", "no-cache");
    }

    /** Whether the page's bytes hold an ASCII string. */
    static boolean contains(Utf8Buffer html, String ascii) {
        byte[] b = html.array();
        int n = ascii.length();
        outer:
        for (int i = 0, last = html.length() - n; i <= last; i++) {
            for (int k = 0; k < n; k++) {
                if (b[i + k] != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** An AMP page. */
    static Response amp(String html) {
        return new Response(200, HTML, html.getBytes(StandardCharsets.UTF_8), Kind.AMP,
                html.contains("<amp-youtube") || html.contains("<amp-vimeo") || html.contains("<amp-iframe"))
                .header("Cache-Control", "no-cache");
    }

    /** Anything else: a stylesheet, an image, JSON. */
    static Response resource(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, Kind.RESOURCE, false);
    }

    /** A JSON document, not to be cached. */
    static Response json(int status, String json) {
        return resource(status, JSON, json.getBytes(StandardCharsets.UTF_8)).header("Cache-Control", "no-store");
    }

    /** A 303 See Other to a URL on this site (Post/Redirect/Get). */
    static Response seeOther(String location) {
        return redirect(303, location);
    }

    /** A redirect. */
    static Response redirect(int status, String location) {
        return new Response(status, HTML, new byte[0], Kind.RESOURCE, false).header("Location", location)
                .header("Cache-Control", "no-store");
    }

    /** Adds a header (several values of one name are sent as several lines). */
    Response header(String name, String value) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** Replaces a header. */
    Response replaceHeader(String name, String value) {
        headers.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    int status() {
        return status;
    }

    Kind kind() {
        return kind;
    }

    /** @return the body as text, for tests and logs */
    String text() {
        return new String(body, 0, length, StandardCharsets.UTF_8);
    }

    /** The Content-Security-Policy this response is sent with. */
    String policy() {
        return switch (kind) {
            case PAGE -> embeds ? PAGE_POLICY + "; frame-src " + EMBED_HOSTS : PAGE_POLICY;
            case AMP -> embeds ? AMP_POLICY + "; frame-src " + EMBED_HOSTS : AMP_POLICY;
            case RESOURCE -> RESOURCE_POLICY;
        };
    }

    /**
     * Sends the response with the security headers.
     *
     * @param exchange the exchange
     * @param head whether to leave the body out (a HEAD request)
     * @param https whether the site is served over https
     * @throws IOException when the client went away
     */
    void send(HttpExchange exchange, boolean head, boolean https) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Content-Security-Policy", policy());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "strict-origin-when-cross-origin");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            h.set("Strict-Transport-Security", "max-age=31536000");
        }
        headers.forEach((name, values) -> h.put(name, new ArrayList<>(values)));
        if (head || length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, length);
        }
    }
}
