package dev.broadsheet.html;

/** TEMPORARY: replaced by the html branch. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * Markdown.
     *
     * @param md md
     * @param policy policy
     * @return safe
     */
    public static SafeHtml toHtml(String md, HtmlPolicy policy) {
        return Sanitizer.sanitize(org.commonmark.renderer.html.HtmlRenderer.builder().build()
                .render(org.commonmark.parser.Parser.builder().build().parse(md)), policy);
    }
}
