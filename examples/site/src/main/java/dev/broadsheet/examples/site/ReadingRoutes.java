package dev.broadsheet.examples.site;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Stylesheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages people read, all GET: home, articles (published ones only; drafts and scheduled articles are 404,
 * withdrawn ones 410), their AMP versions and JSON-LD, section, tag and author listings ({@code ?page=N}), the
 * stylesheet and the placeholder images.
 */
final class ReadingRoutes {

    /** How many articles the home page shows. */
    static final int HOME_ARTICLES = 7;
    /** The notice after a comment was published at once (its author is known). */
    static final String PUBLISHED_NOTICE = "Thank you. Your comment has been published.";

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,5}");

    private final Store store;
    private final Views views;
    private final int pageSize;
    private final byte[] css;

    ReadingRoutes(Store store, Views views, int pageSize) {
        this.store = store;
        this.views = views;
        this.pageSize = pageSize;
        this.css = (Stylesheet.css() + "\n" + siteCss()).getBytes(StandardCharsets.UTF_8);
    }

    /** The default stylesheet followed by the rules of the site's own pages ({@code site.css}). */
    static String siteCss() {
        try (InputStream in = ReadingRoutes.class.getResourceAsStream("site.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/broadsheet/examples/site/site.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Router router) {
        router.get("/", (r, m) -> views.listing(r, home(), FormState.empty(), 200))
                .get("/articles/" + SLUG, (r, m) -> article(r, m.group(1)))
                .get("/articles/" + SLUG + "/amp", (r, m) -> views.amp(publicArticle(m.group(1))))
                .get("/articles/" + SLUG + "\\.jsonld", (r, m) -> views.jsonLd(publicArticle(m.group(1))))
                .get("/section/" + SLUG, (r, m) -> listing(r, section(m.group(1), page(r))))
                .get("/tag/" + SLUG, (r, m) -> listing(r, tag(m.group(1), page(r))))
                .get("/author/" + SLUG, (r, m) -> listing(r, author(m.group(1), page(r))))
                .get("/assets/broadsheet\\.css", (r, m) -> Response.resource(200, "text/css; charset=utf-8", css)
                        .header("Cache-Control", "public, max-age=3600"))
                .get("/images/(.+)", (r, m) -> image(m))
                .get("/favicon\\.ico", (r, m) -> Response.resource(204, "image/x-icon", new byte[0])
                        .header("Cache-Control", "public, max-age=86400"));
    }

    private Response listing(Request r, ListingPage page) {
        return views.listing(r, page, FormState.empty(), 200);
    }

    private Response image(Matcher m) {
        return Placeholders.svg(m.group(1))
                .map(svg -> Response.resource(200, "image/svg+xml", svg).header("Cache-Control",
                        "public, max-age=86400"))
                .orElseThrow(HttpProblem::notFound);
    }

    private Response article(Request r, String slug) {
        Article a = publicArticle(slug);
        String notice = switch (String.valueOf(r.query("comment"))) {
            case "held" -> views.labels().get("comments.awaiting");
            case "published" -> PUBLISHED_NOTICE;
            default -> null;
        };
        String replyTo = r.query("replyto");
        boolean replyable = replyTo != null && store.comment(replyTo)
                .filter(c -> c.articleId().equals(a.id()) && c.isApproved()).isPresent();
        return views.article(r, a, new Views.Forms(FormState.empty(), FormState.empty(), notice,
                replyable ? replyTo : null, null), 200);
    }

    /**
     * The article with a slug, if the public may see it.
     *
     * @throws HttpProblem 404 for an unknown, draft or scheduled article, 410 for a withdrawn one
     */
    Article publicArticle(String slug) {
        Article a = store.article(slug).orElseThrow(HttpProblem::notFound);
        if (store.isPublic(a)) {
            return a;
        }
        if (a.status() == ArticleStatus.WITHDRAWN) {
            throw new HttpProblem(410, "Article withdrawn", "This article has been withdrawn.");
        }
        throw HttpProblem.notFound();
    }

    ListingPage home() {
        List<Article> latest = store.published();
        return ListingPage.home(latest.subList(0, Math.min(HOME_ARTICLES, latest.size())));
    }

    ListingPage section(String slug, int page) {
        Section s = store.section(slug).orElseThrow(HttpProblem::notFound);
        return paged(store.inSection(s), page, (list, count) -> ListingPage.section(s, list, page, count));
    }

    ListingPage tag(String slug, int page) {
        Tag t = store.tag(slug).orElseThrow(HttpProblem::notFound);
        return paged(store.tagged(t), page, (list, count) -> ListingPage.tag(t, list, page, count));
    }

    ListingPage author(String slug, int page) {
        Person p = store.person(slug).orElseThrow(HttpProblem::notFound);
        return paged(store.by(p), page, (list, count) -> ListingPage.author(p, list, page, count));
    }

    private ListingPage paged(List<Article> all, int page, java.util.function.BiFunction<List<Article>, Integer,
            ListingPage> make) {
        int count = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        if (page > count) {
            throw HttpProblem.notFound();
        }
        int from = (page - 1) * pageSize;
        return make.apply(all.subList(from, Math.min(all.size(), from + pageSize)), count);
    }

    /** The {@code page} parameter: 1 when absent. */
    private static int page(Request r) {
        return pageNumber(r, "page");
    }

    /**
     * A page number parameter, such as {@code page} of a listing or {@code cpage} of an article's comments.
     *
     * @return 1 when absent
     * @throws HttpProblem 400 when it is not a whole number from 1
     */
    static int pageNumber(Request r, String name) {
        String p = r.query(name);
        if (p == null) {
            return 1;
        }
        if (!PAGE.matcher(p).matches()) {
            throw HttpProblem.badRequest("The page number must be a whole number from 1.");
        }
        return Integer.parseInt(p);
    }

    /**
     * The page at a URL of this site, for a form sent back to the page it was on (the newsletter form is on every
     * page, and its post says which only through the Referer header).
     *
     * @param url the Referer, or null
     * @param base the site's base URL
     * @return the article or listing page there; empty when the URL is not one of them
     */
    Optional<Page> pageAt(String url, String base) {
        if (url == null || !url.startsWith(base + "/")) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url).getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        Function<String, Page> article = slug -> {
            Article a = publicArticle(slug);
            List<Comment> comments = store.comments(a.id());
            return ArticlePage.builder(a).comments(comments).build();
        };
        try {
            if (path.equals("/")) {
                return Optional.of(home());
            }
            Matcher m = Pattern.compile("/(articles|section|tag|author)/" + SLUG).matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(switch (m.group(1)) {
                case "articles" -> article.apply(m.group(2));
                case "section" -> section(m.group(2), 1);
                case "tag" -> tag(m.group(2), 1);
                default -> author(m.group(2), 1);
            });
        } catch (HttpProblem e) {
            return Optional.empty();
        }
    }
}
