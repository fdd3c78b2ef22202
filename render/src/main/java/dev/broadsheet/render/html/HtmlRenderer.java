package dev.broadsheet.render.html;

import dev.broadsheet.comments.AvatarProvider;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.internal.HtmlParts;
import dev.broadsheet.render.internal.PartRegistry;
import dev.broadsheet.render.internal.Registered;
import dev.broadsheet.render.internal.RenderCall;
import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.WriterAccess;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders whole HTML pages — articles, section, tag and author listings, the home page — and each part of them as
 * an embeddable fragment for a host's own templates.
 *
 * <p>A renderer is immutable and thread-safe: configure it once with {@link #builder()} and call it from any
 * number of threads; each call keeps its state in its own small context. It streams to any {@link Appendable}
 * without building a DOM, or straight to UTF-8 bytes — into a reusable {@link Utf8Buffer} or an
 * {@link OutputStream} — which is what a server sends: the bytes are exactly the UTF-8 encoding of the text.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder().site(site).build();
 * String page = html.render(ArticlePage.builder(article).comments(comments).build());
 * }</pre>
 *
 * <p>Every string from the model is escaped for its context by {@link HtmlWriter}; bodies are
 * {@link dev.broadsheet.html.SafeHtml} and written as they are. The pages need no JavaScript and no inline styles,
 * so they work under {@code Content-Security-Policy: default-src 'self'; script-src 'none'} (the JSON-LD block is
 * data, not script).
 *
 * <p>Defaults: {@link Links#of(Site)}; labels for the site's language, plus the language of each article when
 * Broadsheet ships labels for it ({@link Labels#isTranslated(Locale)}); a {@link JsonLdRenderer} for the same
 * site and links; the built-in renderer for every {@link Part}.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer {

    static {
        Registered.HTML_PARTS.register(r -> r.parts);
    }

    private final Site site;
    private final Links links;
    private final Labels labels;
    private final Map<String, Labels> labelsByLanguage;
    private final PartRegistry parts;

    private HtmlRenderer(Builder b) {
        this.site = Objects.requireNonNull(b.site, "site");
        this.links = b.links == null ? Links.of(site) : b.links;
        this.labels = b.labels == null ? Labels.of(site.locale()) : b.labels;
        this.labelsByLanguage = Map.copyOf(b.moreLabels);
        JsonLdRenderer jsonLd = b.jsonLd == null ? JsonLdRenderer.builder().site(site).links(links).build()
                : b.jsonLd;
        this.parts = new PartRegistry(b.parts, HtmlParts.defaults(jsonLd::json, b.avatars,
                b.linkTags));
    }

    /**
     * Starts configuring a renderer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the site this renderer was built for */
    public Site site() {
        return site;
    }

    /** @return the URL scheme this renderer uses */
    public Links links() {
        return links;
    }

    /**
     * The labels a page is rendered with: those for its article's language when configured or shipped, else the
     * site's.
     *
     * @param page a page
     * @return the labels
     */
    public Labels labelsFor(Page page) {
        if (page instanceof ArticlePage a && a.article().language().isPresent()) {
            String tag = a.article().language().get();
            Locale locale = Locale.forLanguageTag(tag);
            Labels own = labelsByLanguage.get(locale.getLanguage());
            if (own != null) {
                return own;
            }
            if (!locale.getLanguage().equals(labels.locale().getLanguage()) && Labels.isTranslated(locale)) {
                return Labels.of(locale);
            }
        }
        return labels;
    }

    /**
     * Writes a whole page.
     *
     * @param page an article or listing page
     * @param out where to write
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    public void render(Page page, Appendable out) {
        Objects.requireNonNull(page, "page");
        HtmlParts.document(context(page, new HtmlWriter(out)));
    }

    /**
     * Writes a whole page as UTF-8, appended to what the buffer holds: the same text as
     * {@link #render(Page, Appendable)}, encoded as it is written, with no string in between. Sanitized bodies are
     * copied from their kept encoding ({@link dev.broadsheet.html.SafeHtml#utf8()}). When rendering fails, the buffer
     * keeps what it held before.
     *
     * @param page an article or listing page
     * @param out the buffer; reuse one per thread with {@link Utf8Buffer#clear()}
     * @throws IllegalStateException when the buffer would exceed {@value Utf8Buffer#MAX_CAPACITY} bytes
     * @since 0.1.0
     */
    public void render(Page page, Utf8Buffer out) {
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.into(Objects.requireNonNull(out, "out"));
        HtmlParts.document(context(page, WriterAccess.utf8(utf8)));
        utf8.finish();
    }

    /**
     * Writes a whole page as UTF-8 to a stream, through a buffer of 8 KiB: for pages too large to hold, or a
     * server's response stream. The stream is not flushed or closed.
     *
     * @param page an article or listing page
     * @param out where to write
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     * @since 0.1.0
     */
    public void render(Page page, OutputStream out) {
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.to(Objects.requireNonNull(out, "out"));
        HtmlParts.document(context(page, WriterAccess.utf8(utf8)));
        utf8.finish();
    }

    /**
     * Renders a whole page to a string.
     *
     * @param page an article or listing page
     * @return the HTML document
     */
    public String render(Page page) {
        StringBuilder sb = new StringBuilder(estimate(page));
        render(page, sb);
        return sb.toString();
    }

    /**
     * Writes one part of a page on its own, for embedding in a host's template: for example
     * {@code fragment(Part.COMMENTS, page, out)}, or {@link Part#HEAD} and {@link Part#JSON_LD} inside the host's
     * own {@code <head>}.
     *
     * @param part the part
     * @param page the page the part belongs to (for parts that take a page)
     * @param value what the part renders
     * @param out where to write
     * @param <T> the part's value type
     */
    public <T> void fragment(Part<T> part, Page page, T value, Appendable out) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(value, "value");
        context(Objects.requireNonNull(page, "page"), new HtmlWriter(out)).render(part, value);
    }

    /**
     * Writes one part of a page on its own as UTF-8, appended to what the buffer holds: the bytes of
     * {@link #fragment(Part, Page, Object, Appendable)}.
     *
     * @param part the part
     * @param page the page the part belongs to
     * @param value what the part renders
     * @param out the buffer
     * @param <T> the part's value type
     * @since 0.1.0
     */
    public <T> void fragment(Part<T> part, Page page, T value, Utf8Buffer out) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.into(Objects.requireNonNull(out, "out"));
        context(page, WriterAccess.utf8(utf8)).render(part, value);
        utf8.finish();
    }

    /**
     * Renders a part of a page that renders the page itself (such as {@link Part#COMMENTS} or {@link Part#HEAD})
     * to a string.
     *
     * @param part the part
     * @param page the page
     * @param <P> the page type the part takes
     * @return the fragment's HTML
     */
    public <P extends Page> String fragment(Part<? super P> part, P page) {
        StringBuilder sb = new StringBuilder(4096);
        @SuppressWarnings("unchecked")
        Part<P> p = (Part<P>) part;
        fragment(p, page, page, sb);
        return sb.toString();
    }

    private RenderCall context(Page page, HtmlWriter out) {
        return new RenderCall(out, site, links, labelsFor(page), page, false, parts);
    }

    /** Comments a page shows, roughly: all of them, or about four per thread of a page when they fill several. */
    private static int shownEstimate(ArticlePage page) {
        return (int) Math.min(page.comments().size(), page.commentsPerPage() * 4L);
    }

    private static int estimate(Page page) {
        if (page instanceof ArticlePage a) {
            return 16_384 + a.article().body().html().length() + shownEstimate(a) * 1024;
        }
        return 16_384 + ((ListingPage) page).articles().size() * 1024;
    }

    /**
     * Configures an {@link HtmlRenderer}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Site site;
        private @Nullable Links links;
        private @Nullable Labels labels;
        private final Map<String, Labels> moreLabels = new HashMap<>();
        private @Nullable JsonLdRenderer jsonLd;
        private final Map<Part<?>, PartRenderer<?>> parts = new HashMap<>();
        private AvatarProvider avatars = AvatarProvider.none();
        private boolean linkTags;

        private Builder() {
        }

        /**
         * Links the first mention of each of an article's tags in its body to the tag's page: the first place, in
         * document order, where the tag's name stands as whole words (ignoring case; Unicode word boundaries in
         * the article's language, so a name inside a longer word is no mention) in text that is not already inside a
         * link, a heading or a figure caption, and within one text node, never across elements. Whitespace in the
         * name matches any run of whitespace in the text, which is kept as it is. Each link is the
         * {@link Part#TAG_LINK} part, so a site can change it; AMP pages get the same links.
         *
         * @param linkTags whether to link tag mentions; default false
         * @return this builder
         * @since 0.2.0
         */
        public Builder linkTags(boolean linkTags) {
            this.linkTags = linkTags;
            return this;
        }

        /**
         * Shows an avatar beside each commenter's name (a decorative 40-pixel image; AMP pages
         * get it as {@code amp-img}). Broadsheet never derives avatars from email addresses itself.
         *
         * @param avatars the host's avatar source; default {@link AvatarProvider#none()}
         * @return this builder
         */
        public Builder avatars(AvatarProvider avatars) {
            this.avatars = Objects.requireNonNull(avatars, "avatars");
            return this;
        }

        /**
         * @param site the site; required
         * @return this builder
         */
        public Builder site(Site site) {
            this.site = Objects.requireNonNull(site, "site");
            return this;
        }

        /**
         * @param links the host's URL scheme; default {@link Links#of(Site)}
         * @return this builder
         */
        public Builder links(Links links) {
            this.links = Objects.requireNonNull(links, "links");
            return this;
        }

        /**
         * @param labels the default labels; default {@code Labels.of(site.locale())}
         * @return this builder
         */
        public Builder labels(Labels labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /**
         * Adds labels for articles in another language.
         *
         * @param labels labels whose locale's language selects them
         * @return this builder
         */
        public Builder addLabels(Labels labels) {
            Objects.requireNonNull(labels, "labels");
            this.moreLabels.put(labels.locale().getLanguage(), labels);
            return this;
        }

        /**
         * @param jsonLd the JSON-LD renderer for the head; default one for the same site and links
         * @return this builder
         */
        public Builder jsonLd(JsonLdRenderer jsonLd) {
            this.jsonLd = Objects.requireNonNull(jsonLd, "jsonLd");
            return this;
        }

        /**
         * Replaces how one part renders.
         *
         * @param part the part
         * @param renderer its renderer; must be thread-safe
         * @param <T> the part's value type
         * @return this builder
         */
        public <T> Builder part(Part<T> part, PartRenderer<T> renderer) {
            this.parts.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return the renderer
         * @throws NullPointerException when no site was given
         */
        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}
