package dev.broadsheet.render.jsonld;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders a page's schema.org JSON-LD graph. Immutable and thread-safe; build once and share.
 *
 * @since 0.1.0
 */
public final class JsonLdRenderer {

    /** Default most approved comments included as {@code Comment} nodes. */
    public static final int DEFAULT_COMMENT_CAP = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Site site;
    private final Links links;
    private final int commentCap;

    private JsonLdRenderer(Builder b) {
        this.site = Objects.requireNonNull(b.site, "site");
        this.links = b.links == null ? Links.of(site) : b.links;
        this.commentCap = b.commentCap;
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
     * @param page the page
     * @return the JSON text, deterministic for the same input
     */
    public String json(Page page) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        String base = links.home();
        ObjectNode website = graph.addObject();
        website.put("@type", "WebSite");
        website.put("@id", base + "#website");
        website.put("url", base);
        website.put("name", site.name());
        if (page instanceof ArticlePage a) {
            Article article = a.article();
            String url = article.canonicalUrl().orElseGet(() -> links.article(article));
            ObjectNode node = graph.addObject();
            node.put("@type", "NewsArticle");
            node.put("@id", url + "#article");
            node.put("headline", article.headline());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the page's JSON-LD as a {@code <script type="application/ld+json">} block, escaped so that no value
     * can end the script.
     *
     * @param page the page
     * @param out where to write
     */
    public void render(Page page, Appendable out) {
        new HtmlWriter(out).jsonScript(json(page));
    }

    /** @return the most approved comments included */
    public int commentCap() {
        return commentCap;
    }

    /**
     * Configures a {@link JsonLdRenderer}.
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
         * @param cap most approved comments included, at least 0; default {@value #DEFAULT_COMMENT_CAP}
         * @return this builder
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
