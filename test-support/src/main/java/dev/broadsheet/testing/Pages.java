package dev.broadsheet.testing;

/**
 * Minimal HTML documents to put fragments and payloads in, shared by the checkers so that "the fragment in a
 * minimal page" means the same everywhere.
 */
public final class Pages {

    /** The 1-based line of {@link #wrapBody(String)}'s result on which the fragment starts. */
    public static final int WRAPPED_BODY_FIRST_LINE = 2;

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Fragment</title></head><body>\n";
    private static final String TAIL = "\n</body></html>\n";

    private Pages() {
    }

    /**
     * Wraps markup meant for a {@code <body>} into the smallest valid, accessible HTML document:
     * <pre>{@code
     * <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ...><title>Fragment</title></head><body>
     * FRAGMENT
     * </body></html>
     * }</pre>
     * The whole head is on line 1, so the fragment starts on line {@value #WRAPPED_BODY_FIRST_LINE}.
     * The fragment is inserted verbatim: this is also how raw attack payloads are placed in a page.
     *
     * @param bodyFragment the markup
     * @return the document
     */
    public static String wrapBody(String bodyFragment) {
        return HEAD + bodyFragment + TAIL;
    }
}
