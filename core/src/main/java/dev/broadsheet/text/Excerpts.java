package dev.broadsheet.text;

/** TEMPORARY: replaced by the html branch. */
public final class Excerpts {
    private Excerpts() {
    }

    /**
     * Excerpt.
     *
     * @param text text
     * @return excerpt
     */
    public static String of(String text) {
        return text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }
}
