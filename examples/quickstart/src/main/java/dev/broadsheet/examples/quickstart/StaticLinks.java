package dev.broadsheet.examples.quickstart;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.Links;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The static site's URL scheme: one file per page under the site's base URL, and navigation links relative to
 * the page they are on, so that the folder works when opened from disk ({@code file:}) and, unchanged, when
 * served at the base URL.
 *
 * <table>
 *   <caption>Pages and their files</caption>
 *   <tr><th>page</th><th>absolute URL (canonical, Open Graph, JSON-LD)</th><th>file</th></tr>
 *   <tr><td>home</td><td>{@code {base}/}</td><td>{@code index.html}</td></tr>
 *   <tr><td>article</td><td>{@code {base}/articles/{slug}.html}</td><td>{@code articles/{slug}.html}</td></tr>
 *   <tr><td>AMP</td><td>{@code {base}/articles/{slug}.amp.html}</td><td>{@code articles/{slug}.amp.html}</td></tr>
 *   <tr><td>section</td><td>{@code {base}/section/{slug}.html}</td><td>{@code section/{slug}.html}</td></tr>
 *   <tr><td>tag</td><td>{@code {base}/tag/{slug}.html}</td><td>{@code tag/{slug}.html}</td></tr>
 *   <tr><td>author</td><td>{@code {base}/author/{slug}.html}</td><td>{@code author/{slug}.html}</td></tr>
 *   <tr><td>feeds</td><td>{@code {base}/feed.xml}, {@code {base}/section/{slug}/atom.xml}, ...</td>
 *   <td>{@code feed.xml}, {@code section/{slug}/atom.xml}, ...</td></tr>
 *   <tr><td>stylesheet</td><td>{@code {base}/assets/broadsheet.css}</td><td>{@code assets/broadsheet.css}</td></tr>
 * </table>
 *
 * <p>{@link #href(String, String)} turns a URL under the base into a path relative to the page it is written on
 * ({@code ../tag/karabakh.html} on an article page), with {@code index.html} for a folder. An article whose own
 * canonical URL is elsewhere (a syndicated story) keeps that canonical URL in its head, but links to it within the
 * site lead to the site's copy. Form actions and every URL outside the base stay as they are. Listings are one
 * page each, so there are no paged URLs.
 */
final class StaticLinks implements Links {

    private final String baseUrl;
    private final String root;
    /** Canonical URLs outside this scheme, to the article's URL in it. */
    private final Map<String, String> copies = new HashMap<>();

    /**
     * The scheme under a base URL.
     *
     * @param baseUrl the site's absolute base URL, without a trailing slash
     * @param articles the articles the site holds; those with a canonical URL of their own are linked to locally
     */
    StaticLinks(String baseUrl, List<Article> articles) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.root = baseUrl + "/";
        for (Article a : articles) {
            a.canonicalUrl().ifPresent(url -> copies.put(url, article(a)));
        }
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String article(Article article) {
        return page("articles", article.slug());
    }

    /** Later pages of an article's comments are files beside it: {@code articles/SLUG.comments-2.html}. */
    @Override
    public String commentPage(Article article, int page) {
        return page <= 1 ? article(article) : root + "articles/" + article.slug() + ".comments-" + page + ".html";
    }

    @Override
    public String amp(Article article) {
        return root + "articles/" + article.slug() + ".amp.html";
    }

    @Override
    public String section(Section section, int page) {
        return page("section", section.slug());
    }

    @Override
    public String tag(Tag tag, int page) {
        return page("tag", tag.slug());
    }

    @Override
    public String author(Person person) {
        return page("author", person.slug());
    }

    /** A listing's feeds are in a folder named like its page: {@code section/world.html} has {@code section/world/feed.xml}. */
    @Override
    public String feed(String pageUrl, String fileName) {
        String page = pageUrl.endsWith(".html") ? pageUrl.substring(0, pageUrl.length() - ".html".length()) : pageUrl;
        return Links.super.feed(page, fileName);
    }

    private String page(String folder, String slug) {
        return root + folder + "/" + slug + ".html";
    }

    /**
     * A URL under the base as a path relative to the page at {@code from}; any other URL unchanged.
     *
     * @param url the target
     * @param from the page the link is on, a URL of this scheme
     * @return the relative path, such as {@code ../section/world.html}, or {@code url}
     */
    @Override
    public String href(String url, String from) {
        String target = copies.getOrDefault(url, url);
        if (!target.startsWith(root) || !from.startsWith(root)) {
            return url;
        }
        String path = target.substring(root.length());
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        long depth = from.substring(root.length()).chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth) + path;
    }

    /**
     * The file a URL of this scheme is written to.
     *
     * @param url an absolute URL under the base
     * @return its path relative to the site's folder, such as {@code articles/x.html} or {@code index.html}
     */
    String file(String url) {
        return href(url, root);
    }
}
