package dev.broadsheet.render.html;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import java.util.Optional;

/**
 * What a {@link PartRenderer} sees while one page renders: the writer, the configuration and the page. A context
 * belongs to one {@code render} call on one thread.
 *
 * @since 0.1.0
 */
public interface PartContext {

    /** @return the writer for this page; the only way to write */
    HtmlWriter out();

    /** @return the site */
    Site site();

    /** @return the host's URL scheme */
    Links links();

    /** @return the labels for this page's language */
    Labels labels();

    /** @return the page being rendered */
    Page page();

    /** @return whether this is an AMP page */
    boolean amp();

    /**
     * The canonical URL of an article: its own canonical URL if it names one, otherwise its link.
     *
     * @param article an article
     * @return an absolute URL
     */
    String canonicalUrl(Article article);

    /**
     * What this page writes in the {@code href} of an in-page navigation link to {@code url}:
     * {@link Links#href(String, String)} with this page's own location as {@code from} — {@link Links#article} or
     * {@link Links#amp} for an article page, the listing's URL for a listing page. The built-in parts pass every
     * navigation link through here (the site name, breadcrumb, section label, bylines, tags, teasers, pagination
     * and the stylesheet link) and no URL that identifies a page (canonical, {@code amphtml}, Open Graph, JSON-LD)
     * or receives a form; a site's own part renderer should do the same.
     *
     * @param url an absolute URL from {@link #links()}, or an article's canonical URL
     * @return the href to write; {@code url} itself with the default links
     * @since 0.1.0
     */
    String href(String url);

    /**
     * @return this page's CSRF token: the page's own, or one from the site's supplier; always empty on an AMP page,
     *     which AMP caches serve to every reader alike (its forms are protected by their origin instead)
     */
    Optional<String> csrfToken();

    /**
     * Renders a part through the configured renderers (the site's first, the built-in ones last).
     *
     * @param part the part
     * @param value what it renders
     * @param <T> the part's value type
     */
    <T> void render(Part<T> part, T value);

    /**
     * Renders a part with the renderer that would apply if the site had not replaced it — the built-in one (or, on
     * an AMP page, the AMP one) — so a site's renderer can wrap the default.
     *
     * @param part the part
     * @param value what it renders
     * @param <T> the part's value type
     */
    <T> void renderDefault(Part<T> part, T value);
}
