package dev.broadsheet.html;

/** TEMPORARY: replaced by the html branch. */
public final class PlainText {
    private PlainText() {
    }

    /**
     * Text.
     *
     * @param html html
     * @return text
     */
    public static String of(SafeHtml html) {
        return org.jsoup.Jsoup.parseBodyFragment(html.html()).text();
    }
}
