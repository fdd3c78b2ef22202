package dev.broadsheet.html;

/** TEMPORARY: replaced by the html branch. */
public final class HtmlPolicy {
    private static final HtmlPolicy ARTICLE = new HtmlPolicy();
    private static final HtmlPolicy COMMENT = new HtmlPolicy();

    private HtmlPolicy() {
    }

    /**
     * Article.
     *
     * @return policy
     */
    public static HtmlPolicy article() {
        return ARTICLE;
    }

    /**
     * Comment.
     *
     * @return policy
     */
    public static HtmlPolicy comment() {
        return COMMENT;
    }
}
