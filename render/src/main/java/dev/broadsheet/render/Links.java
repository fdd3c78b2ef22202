package dev.broadsheet.render;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The host's URL scheme. Renderers never invent URLs: every link they write comes from here, so a host keeps its
 * own routes. Every method has a default derived from {@link #baseUrl()} and slugs; override the ones your routes
 * differ on.
 *
 * <table>
 *   <caption>Default URLs</caption>
 *   <tr><th>method</th><th>default</th></tr>
 *   <tr><td>{@link #home()}</td><td>{@code {base}/}</td></tr>
 *   <tr><td>{@link #article(Article)}</td><td>{@code {base}/articles/{slug}}</td></tr>
 *   <tr><td>{@link #amp(Article)}</td><td>{@code {base}/articles/{slug}/amp}</td></tr>
 *   <tr><td>{@link #section(Section, int)}</td><td>{@code {base}/section/{slug}}, then {@code ?page=N}</td></tr>
 *   <tr><td>{@link #tag(Tag, int)}</td><td>{@code {base}/tag/{slug}}, then {@code ?page=N}</td></tr>
 *   <tr><td>{@link #author(Person)}</td><td>{@code {base}/author/{slug}}</td></tr>
 *   <tr><td>{@link #commentAction(Article)}</td><td>{@code {base}/comments}</td></tr>
 *   <tr><td>{@link #subscribeAction()}</td><td>{@code {base}/newsletter/subscribe}</td></tr>
 *   <tr><td>{@link #confirm(String)}</td><td>{@code {base}/newsletter/confirm?token={token}}</td></tr>
 *   <tr><td>{@link #unsubscribe(String)}</td><td>{@code {base}/newsletter/unsubscribe?token={token}}</td></tr>
 *   <tr><td>{@link #stylesheet()}</td><td>{@code {base}/assets/broadsheet.css}</td></tr>
 * </table>
 *
 * <p>Implementations must be thread-safe and should return absolute URLs: canonical, AMP and Open Graph URLs must
 * be absolute, and AMP forms require {@code https} actions.
 *
 * @since 0.1.0
 */
public interface Links {

    /**
     * The default scheme under a base URL.
     *
     * @param baseUrl absolute base URL, without a trailing slash (as {@link Site#baseUrl()} gives it)
     * @return links with every default
     */
    static Links under(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        return () -> baseUrl;
    }

    /**
     * The default scheme under a site's base URL.
     *
     * @param site the site
     * @return links with every default
     */
    static Links of(Site site) {
        return under(site.baseUrl());
    }

    /** @return the absolute base URL, without a trailing slash */
    String baseUrl();

    /** @return the home page */
    default String home() {
        return baseUrl() + "/";
    }

    /**
     * @param article an article
     * @return its page; the canonical URL unless the article names another
     */
    default String article(Article article) {
        return baseUrl() + "/articles/" + article.slug();
    }

    /**
     * @param article an article
     * @return its AMP version
     */
    default String amp(Article article) {
        return article(article) + "/amp";
    }

    /**
     * @param section a section
     * @param page 1 for the first page of its listing
     * @return the listing page
     */
    default String section(Section section, int page) {
        return paged(baseUrl() + "/section/" + section.slug(), page);
    }

    /**
     * @param tag a tag
     * @param page 1 for the first page of its listing
     * @return the listing page
     */
    default String tag(Tag tag, int page) {
        return paged(baseUrl() + "/tag/" + tag.slug(), page);
    }

    /**
     * @param person an author
     * @return the author page
     */
    default String author(Person person) {
        return baseUrl() + "/author/" + person.slug();
    }

    /**
     * @param article the article commented on
     * @return where the comment form posts
     */
    default String commentAction(Article article) {
        return baseUrl() + "/comments";
    }

    /** @return where the newsletter form posts */
    default String subscribeAction() {
        return baseUrl() + "/newsletter/subscribe";
    }

    /**
     * @param token a confirmation token
     * @return the page a confirmation email links to (it shows a button that confirms by POST)
     */
    default String confirm(String token) {
        return baseUrl() + "/newsletter/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /**
     * @param token an unsubscribe token
     * @return the unsubscribe page and one-click endpoint
     */
    default String unsubscribe(String token) {
        return baseUrl() + "/newsletter/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** @return the default stylesheet's URL */
    default String stylesheet() {
        return baseUrl() + "/assets/broadsheet.css";
    }

    /**
     * What a page writes in the {@code href} of an in-page navigation link: the site name, breadcrumb, section
     * label, bylines, tags, teasers, pagination and the stylesheet link. URLs that identify a page — canonical,
     * {@code amphtml}, Open Graph, JSON-LD — and form actions never pass through here and stay absolute.
     *
     * <p>Default: {@code url} unchanged. Override it to write relative links, for example in a static export whose
     * pages must also work when opened from disk ({@code file:}), as the quickstart example does; the canonical
     * URLs then still name the published site.
     *
     * @param url the link's target: an absolute URL from this scheme, or an article's own canonical URL
     * @param from the absolute URL of the page being written, from this scheme: {@link #article(Article)} or
     *     {@link #amp(Article)} for an article page ({@link #commentPage(Article, int)} for its later pages of
     *     comments), {@link #home()}, {@link #section(Section, int)},
     *     {@link #tag(Tag, int)} or the (paged) {@link #author(Person)} URL for a listing
     * @return the href to write
     * @since 0.1.0
     */
    default String href(String url, String from) {
        return url;
    }

    /**
     * The URL of one page of an article's comments ({@link ArticlePage#commentPage()}) on this site: the target of
     * the comment pages' navigation and, unless the article's own {@link Article#canonicalUrl() canonical URL} names
     * another page (a copy of a story published elsewhere), the canonical URL of that page.
     *
     * <p>Default: {@link #article(Article)} for page 1, and {@code ?cpage=N} (WordPress's parameter name) appended
     * to it for later pages.
     *
     * @param article the article
     * @param page the page of comments, from 1
     * @return the absolute URL of that page
     * @since 0.1.0
     */
    default String commentPage(Article article, int page) {
        String url = article(article);
        return page <= 1 ? url : url + (url.indexOf('?') < 0 ? "?cpage=" : "&cpage=") + page;
    }

    /**
     * The URL of a feed of a page: the page's URL without its query and trailing slashes, then {@code /} and the
     * feed's file name — {@code https://example.com/feed.xml} for the home page, {@code
     * https://example.com/section/world/atom.xml} for a section. The feed renderer names its feeds by it, and pages
     * link to them by it, so overriding it moves both.
     *
     * @param pageUrl the absolute URL of the home, section, tag or author page
     * @param fileName the feed's file name, such as {@code feed.xml}
     * @return the feed's absolute URL
     * @since 0.1.0
     */
    default String feed(String pageUrl, String fileName) {
        String base = pageUrl;
        int q = base.indexOf('?');
        if (q >= 0) {
            base = base.substring(0, q);
        }
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == '/') {
            end--;
        }
        return base.substring(0, end) + "/" + fileName;
    }

    /**
     * Appends {@code ?page=N} for pages after the first.
     *
     * @param url a listing URL without a query
     * @param page the page number, from 1
     * @return the URL of that page
     */
    static String paged(String url, int page) {
        return page <= 1 ? url : url + "?page=" + page;
    }
}
