package dev.broadsheet.render.internal;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The per-call state of one page render: the only mutable state, owned by one thread. */
public final class RenderCall implements PartContext {

    private final HtmlWriter out;
    private final Site site;
    private final Links links;
    private final Labels labels;
    private final Page page;
    private final boolean amp;
    private final PartRegistry parts;
    private final Dialect dialect;
    private Optional<String> csrf;
    private @Nullable String location;
    /** Where a date is formatted before it is written, kept for the call: see {@link #scratch(int)}. */
    private char @Nullable [] scratch;

    /** A call for an HTML page. */
    public RenderCall(HtmlWriter out, Site site, Links links, Labels labels, Page page, boolean amp,
            PartRegistry parts) {
        this(out, site, links, labels, page, amp, parts, Dialect.HTML);
    }

    /** A call whose images, forms and sanitized markup are written by {@code dialect}. */
    public RenderCall(HtmlWriter out, Site site, Links links, Labels labels, Page page, boolean amp,
            PartRegistry parts, Dialect dialect) {
        this.out = out;
        this.site = site;
        this.links = links;
        this.labels = labels;
        this.page = page;
        this.amp = amp;
        this.parts = parts;
        this.dialect = dialect;
    }

    /** The same call writing to another writer: for markup a part builds apart from the page (tag links). */
    RenderCall writingTo(HtmlWriter other) {
        return new RenderCall(other, site, links, labels, page, amp, parts, dialect);
    }

    /**
     * An array of at least {@code length} characters for formatting one value into before it is written, the same
     * one each time: a page formats two dates per comment, and they need no strings.
     */
    char[] scratch(int length) {
        char[] s = scratch;
        if (s == null || s.length < length) {
            s = new char[Math.max(length, 64)];
            scratch = s;
        }
        return s;
    }

    /** How this call writes images, forms and sanitized markup. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public HtmlWriter out() {
        return out;
    }

    @Override
    public Site site() {
        return site;
    }

    @Override
    public Links links() {
        return links;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public Page page() {
        return page;
    }

    @Override
    public boolean amp() {
        return amp;
    }

    @Override
    public String canonicalUrl(Article article) {
        return article.canonicalUrl().orElseGet(() -> links.article(article));
    }

    @Override
    public String href(String url) {
        if (location == null) {
            location = page instanceof ArticlePage a
                    ? amp ? links.amp(a.article()) : links.commentPage(a.article(), a.commentPage())
                    : HeadParts.pageUrl(page, this);
        }
        return links.href(url, location);
    }

    @Override
    public Optional<String> csrfToken() {
        if (amp) {
            return Optional.empty(); // AMP caches serve one copy of a page to every reader
        }
        if (csrf == null) {
            Optional<String> own = page.csrfToken();
            csrf = own.isPresent() ? own : site.csrfTokens().map(Supplier::get);
        }
        return csrf;
    }

    @Override
    public <T> void render(Part<T> part, T value) {
        parts.get(part).render(value, this);
    }

    @Override
    public <T> void renderDefault(Part<T> part, T value) {
        parts.getDefault(part).render(value, this);
    }
}
