package dev.broadsheet.render.jsonld;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.WriterAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders a page's schema.org JSON-LD: one object with {@code "@context": "https://schema.org"} and an
 * {@code @graph} whose nodes refer to each other by {@code @id}. Search engines read a news page through it.
 *
 * <pre>{@code
 * JsonLdRenderer jsonLd = JsonLdRenderer.builder().site(site).build();   // build once, share across threads
 * String json = jsonLd.json(ArticlePage.of(article));
 * }</pre>
 *
 * <p>The {@code @id}s are {@code {page}#article}, {@code #webpage}, {@code #primaryimage}, {@code #breadcrumb} and
 * {@code #itemlist} for the page's own nodes (where {@code {page}} is the page's URL), and {@code {home}#website},
 * {@code #organization}, {@code #logo} and {@code #/person/{slug}} for the site's (where {@code {home}} is
 * {@link Links#home()}).
 *
 * <h2>What the graph holds</h2>
 * <ul>
 *   <li><b>Article page</b>: {@code NewsArticle} (headline, dek as alternativeHeadline, description, image,
 *       datePublished, dateModified, author, contributor, publisher, mainEntityOfPage, articleSection, keywords,
 *       inLanguage, wordCount, thumbnailUrl, isAccessibleForFree, hasPart, dateline, sourceOrganization, correction,
 *       commentCount, comment); {@code WebPage}; the primary {@code ImageObject}; {@code BreadcrumbList} (site ›
 *       sections › article); {@code WebSite}; the publisher as {@code NewsMediaOrganization}; a {@code Person} for
 *       each person credited.</li>
 *   <li><b>Section and tag pages</b>: {@code CollectionPage} whose mainEntity is an {@code ItemList} of the page's
 *       articles ({@code ListItem} position and url), {@code BreadcrumbList}, {@code WebSite}, the publisher.</li>
 *   <li><b>Author page</b>: {@code ProfilePage} whose mainEntity is the {@code Person}, the {@code ItemList} of the
 *       author's articles, {@code BreadcrumbList}, {@code WebSite}, the publisher.</li>
 *   <li><b>Home page</b>: {@code CollectionPage} with the {@code ItemList} of the latest articles, {@code WebSite}
 *       and the publisher.</li>
 * </ul>
 *
 * <h2>Choices</h2>
 * <ul>
 *   <li>Dates are ISO 8601 with the offset of the site's {@linkplain Site#zone() time zone}, as the HTML shows
 *       them. {@code dateModified} is the publication time when the article was not modified.</li>
 *   <li>{@code author} lists writers, reporters and correspondents ({@link dev.broadsheet.model.Byline.Role#isAuthor()});
 *       everyone else credited (photographers, editors, translators) is a {@code contributor}. A person's
 *       {@code url} is their own profile page, else the site's author page.</li>
 *   <li>The article's {@code image} lists the primary image and, for each of 16:9, 4:3 and 1:1 that the primary image
 *       is not, the widest rendition of that ratio, as Google asks; images known to have fewer than 50,000 pixels
 *       are left out of it (the primary {@code ImageObject} still describes the page's picture).</li>
 *   <li>{@code width} and {@code height} are {@code QuantitativeValue}s in pixels (unit code {@code E37}), the range
 *       schema.org gives them; a bare number is outside it.</li>
 *   <li>The headline is never shortened: Google recommends concise headlines but no longer limits them, and a
 *       shortened headline can say something else.</li>
 *   <li>A paywalled article whose body runs past the free preview is {@code isAccessibleForFree: false} with a
 *       {@code hasPart} {@code WebPageElement} whose {@code cssSelector} is the HTML renderer's paywalled section,
 *       {@code .bs-paywalled}; when the whole body fits the preview the page shows all of it, so it is free. A host
 *       that replaces the HTML body part must keep that class.</li>
 *   <li>Comments follow the HTML page: none when comments are hidden; otherwise {@code commentCount} (every
 *       approved comment) and the first approved comments in display order, at most the
 *       {@linkplain Builder#commentCap(int) cap}, each with its date, plain text and the commenter's name only —
 *       never an email address, IP address or website.</li>
 *   <li>The agency or source credit is a {@code sourceOrganization}, its dateline {@code dateline}; corrections are
 *       {@code CorrectionComment}s.</li>
 * </ul>
 *
 * <p>The JSON escapes {@code < > &}, U+2028 and U+2029 as {@code \}{@code uXXXX}, so no value can end a
 * {@code <script>} element or open a comment however the host embeds it; {@link #render(Page, Appendable)} embeds it
 * through {@link HtmlWriter#jsonScript(java.util.function.Consumer)}. Keys are written in a fixed order, so the same page always gives
 * the same text.
 *
 * <p>A renderer is immutable and thread-safe: each call writes through its own generator. Defaults:
 * {@link Links#of(Site)} and a comment cap of {@value #DEFAULT_COMMENT_CAP}.
 *
 * @since 0.1.0
 */
public final class JsonLdRenderer {

    /** Default most approved comments included as {@code Comment} nodes. */
    public static final int DEFAULT_COMMENT_CAP = 20;

    /** The {@code @context} of every document. */
    public static final String CONTEXT = "https://schema.org";

    private final Site site;
    private final Links links;
    private final int commentCap;
    private final JsonOut.Prepared websiteJson;
    private final JsonOut.Prepared organizationJson;
    /**
     * The length of the last document {@link #json(Page)} built, so the next one's buffer rarely grows. Racy by
     * design: any value is only a hint.
     */
    private int lastLength = 4096;

    private JsonLdRenderer(Builder b) {
        this.site = Objects.requireNonNull(b.site, "site");
        this.links = b.links == null ? Links.of(site) : b.links;
        this.commentCap = b.commentCap;
        this.websiteJson = new JsonOut.Prepared(write(g -> g.website()));
        this.organizationJson = new JsonOut.Prepared(write(g -> g.organization()));
    }

    /**
     * Starts configuring a renderer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The JSON-LD document of a page.
     *
     * @param page an {@link ArticlePage} or a {@link ListingPage}
     * @return the JSON text, one line, the same for the same page
     */
    public String json(Page page) {
        Objects.requireNonNull(page, "page");
        String json = write(g -> g.document(page, websiteJson, organizationJson));
        lastLength = json.length();
        return json;
    }

    /**
     * Writes the JSON-LD document of a page: the same text as {@link #json(Page)}, streamed to {@code out} without
     * building a string.
     *
     * @param page an {@link ArticlePage} or a {@link ListingPage}
     * @param out where to write, in pieces of up to 2,048 characters; not closed
     * @throws UncheckedIOException when writing to {@code out} fails
     */
    public void json(Page page, Appendable out) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(out, "out");
        try {
            write(out, g -> g.document(page, websiteJson, organizationJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the JSON-LD document of a page as UTF-8, appended to what the buffer holds: the bytes of
     * {@link #json(Page)}, encoded as they are written.
     *
     * @param page an {@link ArticlePage} or a {@link ListingPage}
     * @param out the buffer
     * @since 0.1.0
     */
    public void json(Page page, Utf8Buffer out) {
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.into(Objects.requireNonNull(out, "out"));
        try {
            JsonOut g = new JsonOut(utf8);
            new GraphWriter(g, site, links, commentCap).document(page, websiteJson, organizationJson);
            g.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes go to memory; kept for the writer's contract
        }
        utf8.finish();
    }

    /**
     * Writes the page's JSON-LD as a {@code <script type="application/ld+json">} element in UTF-8, appended to what
     * the buffer holds: the bytes of {@link #render(Page, Appendable)}.
     *
     * @param page the page
     * @param out the buffer
     * @since 0.1.0
     */
    public void render(Page page, Utf8Buffer out) {
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.into(Objects.requireNonNull(out, "out"));
        WriterAccess.utf8(utf8).jsonScript(w -> json(page, w));
        utf8.finish();
    }

    /**
     * Writes the page's JSON-LD as a {@code <script type="application/ld+json">} element.
     *
     * @param page the page
     * @param out where to write
     * @throws UncheckedIOException when writing to {@code out} fails
     */
    public void render(Page page, Appendable out) {
        Objects.requireNonNull(page, "page");
        new HtmlWriter(out).jsonScript(w -> json(page, w));
    }

    /** @return the site the graph describes */
    public Site site() {
        return site;
    }

    /** @return the URL scheme the graph's URLs come from */
    public Links links() {
        return links;
    }

    /** @return the most approved comments included */
    public int commentCap() {
        return commentCap;
    }

    /** One write with a fresh generator. */
    @FunctionalInterface
    private interface Body {
        void write(GraphWriter g) throws IOException;
    }

    /** One document into a new string. */
    private String write(Body body) {
        JsonOut g = JsonOut.inMemory(lastLength + 256);
        try {
            body.write(new GraphWriter(g, site, links, commentCap));
            g.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // nothing is written out; kept for the writer's contract
        }
        return g.text();
    }

    private void write(Appendable out, Body body) throws IOException {
        JsonOut g = new JsonOut(out);
        body.write(new GraphWriter(g, site, links, commentCap));
        g.finish();
    }

    /**
     * Configures a {@link JsonLdRenderer}. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Site site;
        private @Nullable Links links;
        private int commentCap = DEFAULT_COMMENT_CAP;

        private Builder() {
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
         * @param cap most approved comments included as {@code Comment} nodes, at least 0 (0 leaves only
         *     {@code commentCount}); default {@value #DEFAULT_COMMENT_CAP}
         * @return this builder
         * @throws IllegalArgumentException when {@code cap} is negative
         */
        public Builder commentCap(int cap) {
            if (cap < 0) {
                throw new IllegalArgumentException("commentCap must not be negative, was " + cap);
            }
            this.commentCap = cap;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return the renderer
         * @throws NullPointerException when no site was given
         */
        public JsonLdRenderer build() {
            return new JsonLdRenderer(this);
        }
    }
}
