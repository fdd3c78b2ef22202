package dev.broadsheet.render.html;

import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Image;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import java.util.List;
import java.util.Objects;

/**
 * A replaceable part of a page, typed by the value it renders. Register a {@link PartRenderer} for a part with
 * {@link HtmlRenderer.Builder#part(Part, PartRenderer)} to change how that part renders without forking the rest;
 * a site's renderers are consulted first and the built-in ones last. The AMP renderer
 * ({@code dev.broadsheet.render.amp.AmpRenderer}) uses the same parts: on an AMP page
 * ({@link PartContext#amp()}) the built-in ones write {@code amp-img} for images, convert sanitized bodies and
 * post forms with {@code action-xhr}, so a site's renderer that writes images or embeds itself should check
 * {@code amp()} and otherwise delegate with {@link PartContext#renderDefault(Part, Object)}.
 *
 * <p>Each part renders one element (or nothing), with the class names given below, so a site's stylesheet can
 * target them; the default stylesheet does.
 *
 * @param <T> what the part renders
 * @since 0.1.0
 */
public final class Part<T> {

    /** The tags inside {@code <head>}: charset, viewport, title, description, canonical, Open Graph, stylesheet. */
    public static final Part<Page> HEAD = new Part<>("head");
    /** The JSON-LD block ({@code <script type="application/ld+json">}). */
    public static final Part<Page> JSON_LD = new Part<>("json-ld");
    /** The site header slot ({@code header.bs-site-header}): logo and site name by default. */
    public static final Part<Page> SITE_HEADER = new Part<>("site-header");
    /** The breadcrumb trail ({@code nav.bs-breadcrumb}): Home › Section. */
    public static final Part<Page> BREADCRUMB = new Part<>("breadcrumb");
    /** The notice at the top of the main content ({@code p.bs-notice}), when the page has one. */
    public static final Part<Page> NOTICE = new Part<>("notice");
    /** The whole article ({@code article.bs-article}), made of the parts below. */
    public static final Part<ArticlePage> ARTICLE = new Part<>("article");
    /** The article header: section label, headline, dek, byline and dates. */
    public static final Part<ArticlePage> ARTICLE_HEADER = new Part<>("article-header");
    /** The byline and dates ({@code p.bs-byline}). */
    public static final Part<ArticlePage> BYLINE = new Part<>("byline");
    /** The featured image as a {@code figure.bs-featured} with caption and credit. */
    public static final Part<ArticlePage> FEATURED_IMAGE = new Part<>("featured-image");
    /** One image element, used by the featured image, teasers and author portraits. */
    public static final Part<Image> IMAGE = new Part<>("image");
    /** The article body ({@code div.bs-body}); for a paywalled article the rest is in {@code div.bs-paywalled}. */
    public static final Part<ArticlePage> BODY = new Part<>("body");
    /**
     * A tag's first mention in a body, linked to the tag's page ({@code a.bs-tag-link rel=tag}), when the renderer
     * {@linkplain HtmlRenderer.Builder#linkTags(boolean) links tags}. A site's renderer may write another element
     * around the text, or the text alone to leave a tag unlinked; it must write {@link TagMention#text()} and only
     * phrasing content, since the mention sits inside a paragraph.
     *
     * @since 0.2.0
     */
    public static final Part<TagMention> TAG_LINK = new Part<>("tag-link");
    /** The source or agency credit ({@code p.bs-source}). */
    public static final Part<ArticlePage> CREDIT = new Part<>("credit");
    /** The corrections ({@code aside.bs-corrections}). */
    public static final Part<ArticlePage> CORRECTIONS = new Part<>("corrections");
    /** The tag list ({@code nav.bs-tags}). */
    public static final Part<ArticlePage> TAGS = new Part<>("tags");
    /** The comments section ({@code section.bs-comments}) with the count heading and the thread. */
    public static final Part<ArticlePage> COMMENTS = new Part<>("comments");
    /** One comment and its replies ({@code li.bs-comment}). */
    public static final Part<CommentThread.Node> COMMENT = new Part<>("comment");
    /** The "Leave a Reply" form ({@code section.bs-respond}). */
    public static final Part<ArticlePage> COMMENT_FORM = new Part<>("comment-form");
    /** The newsletter signup ({@code aside.bs-newsletter}). */
    public static final Part<Page> NEWSLETTER_FORM = new Part<>("newsletter-form");
    /** A listing's heading, teasers and pagination ({@code section.bs-listing}). */
    public static final Part<ListingPage> LISTING = new Part<>("listing");
    /** One article teaser in a listing ({@code article.bs-teaser}). */
    public static final Part<Article> TEASER = new Part<>("teaser");
    /** The site footer slot ({@code footer.bs-site-footer}) with the back-to-top link. */
    public static final Part<Page> SITE_FOOTER = new Part<>("site-footer");

    /** Every part, in page order. */
    public static final List<Part<?>> ALL = List.of(HEAD, JSON_LD, SITE_HEADER, BREADCRUMB, NOTICE, ARTICLE,
            ARTICLE_HEADER, BYLINE, FEATURED_IMAGE, IMAGE, BODY, TAG_LINK, CREDIT, CORRECTIONS, TAGS, COMMENTS, COMMENT,
            COMMENT_FORM, NEWSLETTER_FORM, LISTING, TEASER, SITE_FOOTER);

    private final String name;

    private Part(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** @return the part's name, such as {@code byline} */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Part[" + name + "]";
    }
}
