package dev.broadsheet.examples.spring;

import dev.broadsheet.comments.FormStamps;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Stylesheet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages people read, all GET: home, article (published ones only: drafts and scheduled ones are 404,
 * withdrawn ones 410) and its AMP version, section, tag and author listings ({@code ?page=N}), the stylesheet.
 */
@Controller
public class ReadingController {

    /** How many articles the home page shows. */
    public static final int HOME_ARTICLES = 7;
    /** The notice after a comment was published at once (its author is known). */
    static final String PUBLISHED_NOTICE = "Thank you. Your comment has been published.";
    static final String SLUG = "{slug:[a-z0-9]+(?:-[a-z0-9]+)*}";
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,5}");

    private final ContentRepository content;
    private final CommentRepository comments;
    private final Pages pages;
    private final FormStamps stamps;
    private final Clock clock;
    private final int pageSize;
    private final byte[] css = Stylesheet.css().getBytes(StandardCharsets.UTF_8);

    ReadingController(ContentRepository content, CommentRepository comments, Pages pages, FormStamps stamps,
            Clock clock, SiteProperties properties) {
        this.content = content;
        this.comments = comments;
        this.pages = pages;
        this.stamps = stamps;
        this.clock = clock;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/")
    void home(HttpServletRequest request, HttpServletResponse response) {
        List<Article> latest = content.latest(clock.instant(), HOME_ARTICLES);
        pages.page(request, response, 200, ListingPage.home(latest).withState(FormState.empty(),
                Pages.csrf(request), null), newest(latest));
    }

    @GetMapping("/articles/" + SLUG)
    void article(@PathVariable("slug") String slug, @RequestParam(name = "comment", required = false) @Nullable String note,
            @RequestParam(name = "replyto", required = false) @Nullable String replyTo,
            @RequestParam(name = "cpage", required = false) @Nullable String commentPage, HttpServletRequest request,
            HttpServletResponse response) {
        Article a = publicArticle(slug);
        int cpage = page(commentPage);
        String notice = switch (String.valueOf(note)) {
            case "held" -> pages.labels().get("comments.awaiting");
            case "published" -> PUBLISHED_NOTICE;
            default -> null;
        };
        List<Comment> approved = comments.approved(a.id());
        boolean replyable = replyTo != null && approved.stream().anyMatch(c -> c.id().equals(replyTo));
        String seed = a.id() + "|" + a.modifiedAt().or(a::publishedAt).orElse(Instant.EPOCH) + "|" + notice + "|"
                + (replyable ? replyTo : "") + "|" + approved.stream().map(Comment::id).toList() + "|"
                + Pages.csrf(request) + "|" + cpage + "|" + clock.instant().truncatedTo(ChronoUnit.HOURS);
        ArticlePage.Builder builder = articlePage(a, approved, request).notice(notice)
                .replyTo(replyable ? replyTo : null);
        if (cpage > builder.commentPageCount()) {
            throw PageProblem.notFound(); // a page of comments past the last
        }
        pages.page(request, response, () -> builder.commentPage(cpage).build(), lastModified(a), seed);
    }

    /** An article page's builder with its comments, an empty form, a fresh form stamp and the CSRF token. */
    ArticlePage.Builder articlePage(Article a, List<Comment> approved, HttpServletRequest request) {
        return ArticlePage.builder(a).comments(approved).csrfToken(Pages.csrf(request))
                .commentFormField(FormStamps.FIELD, stamps.issue(a.id()));
    }

    @GetMapping("/articles/" + SLUG + "/amp")
    void amp(@PathVariable("slug") String slug, HttpServletRequest request, HttpServletResponse response) {
        Article a = publicArticle(slug);
        pages.amp(request, response, ArticlePage.builder(a).comments(comments.approved(a.id()))
                .commentFormField(FormStamps.FIELD, stamps.issue(a.id())).build(), lastModified(a));
    }

    @GetMapping("/section/" + SLUG)
    void section(@PathVariable("slug") String slug, @RequestParam(name = "page", required = false) @Nullable String page,
            HttpServletRequest request, HttpServletResponse response) {
        Section s = content.section(slug).orElseThrow(PageProblem::notFound);
        int n = page(page);
        ContentRepository.Slice slice = content.inSection(s, clock.instant(), (n - 1) * pageSize, pageSize);
        listing(request, response, slice, n, count -> ListingPage.section(s, slice.articles(), n, count));
    }

    @GetMapping("/tag/" + SLUG)
    void tag(@PathVariable("slug") String slug, @RequestParam(name = "page", required = false) @Nullable String page,
            HttpServletRequest request, HttpServletResponse response) {
        Tag t = content.tag(slug).orElseThrow(PageProblem::notFound);
        int n = page(page);
        ContentRepository.Slice slice = content.tagged(t, clock.instant(), (n - 1) * pageSize, pageSize);
        listing(request, response, slice, n, count -> ListingPage.tag(t, slice.articles(), n, count));
    }

    @GetMapping("/author/" + SLUG)
    void author(@PathVariable("slug") String slug, @RequestParam(name = "page", required = false) @Nullable String page,
            HttpServletRequest request, HttpServletResponse response) {
        Person p = content.person(slug).orElseThrow(PageProblem::notFound);
        int n = page(page);
        ContentRepository.Slice slice = content.by(p, clock.instant(), (n - 1) * pageSize, pageSize);
        listing(request, response, slice, n, count -> ListingPage.author(p, slice.articles(), n, count));
    }

    @GetMapping("/assets/broadsheet.css")
    void stylesheet(HttpServletRequest request, HttpServletResponse response) {
        pages.resource(request, response, "text/css;charset=UTF-8", css);
    }

    @GetMapping("/favicon.ico")
    void favicon(HttpServletResponse response) {
        response.setStatus(204);
        response.setHeader("Cache-Control", "public, max-age=86400");
    }

    private void listing(HttpServletRequest request, HttpServletResponse response, ContentRepository.Slice slice,
            int page, java.util.function.IntFunction<ListingPage> make) {
        int count = Math.max(1, (slice.total() + pageSize - 1) / pageSize);
        if (page > count) {
            throw PageProblem.notFound();
        }
        pages.page(request, response, 200, make.apply(count).withState(FormState.empty(), Pages.csrf(request), null),
                newest(slice.articles()));
    }

    /**
     * The article with a slug, if the public may see it.
     *
     * @throws PageProblem 404 for an unknown, draft or scheduled article, 410 for a withdrawn one
     */
    Article publicArticle(String slug) {
        Article a = content.article(slug).orElseThrow(PageProblem::notFound);
        if (ContentRepository.isPublic(a, clock.instant())) {
            return a;
        }
        if (a.status() == ArticleStatus.WITHDRAWN) {
            throw new PageProblem(410, "Article withdrawn", "This article has been withdrawn.");
        }
        throw PageProblem.notFound();
    }

    /**
     * The public article with an id, for a form posted about it.
     *
     * @throws PageProblem 400 when there is none
     */
    Article publicArticleById(String id) {
        return content.articleById(id).filter(a -> ContentRepository.isPublic(a, clock.instant()))
                .orElseThrow(() -> PageProblem.badRequest("The article you commented on is not on this site."));
    }

    /** @return the page was last changed: the article's last change, or its newest approved comment */
    private @Nullable Instant lastModified(Article a) {
        Optional<Instant> changed = a.modifiedAt().or(a::publishedAt);
        Optional<Instant> comment = comments.newestApproved(a.id());
        return comment.filter(c -> changed.map(c::isAfter).orElse(true)).or(() -> changed).orElse(null);
    }

    private static @Nullable Instant newest(List<Article> list) {
        return list.stream().map(a -> a.modifiedAt().or(a::publishedAt).orElse(Instant.EPOCH))
                .max(Instant::compareTo).orElse(null);
    }

    private static int page(@Nullable String p) {
        if (p == null) {
            return 1;
        }
        if (!PAGE.matcher(p).matches()) {
            throw PageProblem.badRequest("The page number must be a whole number from 1.");
        }
        return Integer.parseInt(p);
    }
}
