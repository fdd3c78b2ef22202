package dev.broadsheet.examples.spring;

/** A request the site refuses with a page: its status, title and a sentence for the reader. */
final class PageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    PageProblem(int status, String title, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
    }

    static PageProblem notFound() {
        return new PageProblem(404, "Page not found", "There is no page at this address.");
    }

    static PageProblem badRequest(String message) {
        return new PageProblem(400, "Bad request", message);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
