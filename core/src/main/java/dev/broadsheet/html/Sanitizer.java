package dev.broadsheet.html;

/** TEMPORARY: replaced by the html branch. */
public final class Sanitizer {
    private Sanitizer() {
    }

    /**
     * Sanitize.
     *
     * @param html html
     * @param policy policy
     * @return safe
     */
    public static SafeHtml sanitize(String html, HtmlPolicy policy) {
        return new SafeHtml(org.jsoup.Jsoup.clean(html, org.jsoup.safety.Safelist.basic()));
    }
}
