package dev.broadsheet.examples.site;

import java.util.List;

/**
 * A request the site refuses with a 4xx status and a message safe to show to the reader. Thrown by handlers and the
 * request parser; {@link SiteHandler} turns it into an error page (or a JSON body for AMP forms).
 */
final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status, 400 to 499. */
    private final int status;
    /** The title of the error page. */
    private final String title;
    /** For 405: the methods the path takes. */
    private final List<String> allow;

    HttpProblem(int status, String title, String message) {
        this(status, title, message, List.of());
    }

    private HttpProblem(int status, String title, String message, List<String> allow) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.allow = List.copyOf(allow);
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, "Bad request", message);
    }

    static HttpProblem notFound() {
        return new HttpProblem(404, "Page not found", "There is no page at this address.");
    }

    static HttpProblem forbidden(String message) {
        return new HttpProblem(403, "Forbidden", message);
    }

    static HttpProblem methodNotAllowed(List<String> allow) {
        return new HttpProblem(405, "Method not allowed", "This address does not take that request method.", allow);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    List<String> allow() {
        return allow;
    }
}
