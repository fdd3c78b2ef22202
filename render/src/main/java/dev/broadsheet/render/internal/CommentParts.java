package dev.broadsheet.render.internal;

import static dev.broadsheet.render.internal.HtmlParts.dateTimeText;
import static dev.broadsheet.render.internal.HtmlParts.isoAttr;

import dev.broadsheet.comments.AvatarProvider;
import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.Image;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Markup;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import java.util.List;
import java.util.Optional;

/**
 * The built-in comment thread of an article page: the heading with the count, each comment with its replies, and
 * placeholders for removed comments. Stateless: one set serves every thread.
 */
final class CommentParts {

    private CommentParts() {
    }

    static void comments(ArticlePage page, PartContext ctx) {
        CommentThread thread = page.commentThread();
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        out.open("section").attr("class", "bs-comments").attr("id", "comments")
                .attr("aria-labelledby", "bs-comments-title").close().markup("\n");
        int n = thread.approvedCount();
        out.open("h2").attr("id", "bs-comments-title").close()
                .text(n == 0 ? labels.get("comments.none") : labels.count("comments.count", n)).end("h2")
                .markup("\n");
        List<CommentThread.Node> shown = page.shownComments();
        if (!shown.isEmpty()) {
            out.start("ol", "bs-comment-list").markup("\n");
            for (CommentThread.Node node : shown) {
                ctx.render(Part.COMMENT, node);
            }
            out.end("ol").markup("\n");
        }
        pagination(page, ctx);
        if (page.article().commentMode() == CommentMode.CLOSED) {
            out.start("p", "bs-comments-closed").text(labels.get("comments.closed")).end("p").markup("\n");
        }
        out.end("section").markup("\n");
    }

    /**
     * The links between an article's pages of comments, when there are several: older comments on the previous
     * page, newer ones on the next.
     */
    private static void pagination(ArticlePage page, PartContext ctx) {
        int pages = page.commentPageCount();
        if (pages == 1) {
            return;
        }
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        int n = page.commentPage();
        out.open("nav").attr("class", "bs-pagination bs-comment-pages")
                .attr("aria-label", labels.get("comments.pagination")).close();
        if (n > 1) {
            out.open("a").attr("rel", "prev").urlAttr("href", pageLink(page, n - 1, ctx)).close()
                    .text(labels.get("comments.older")).end("a").text(" ");
        }
        out.start("span", "bs-page").text(labels.format("nav.page", n, pages)).end("span");
        if (n < pages) {
            out.text(" ").open("a").attr("rel", "next").urlAttr("href", pageLink(page, n + 1, ctx)).close()
                    .text(labels.get("comments.newer")).end("a");
        }
        out.end("nav").markup("\n");
    }

    private static String pageLink(ArticlePage page, int n, PartContext ctx) {
        return ctx.href(ctx.links().commentPage(page.article(), n)) + "#comments";
    }

    private static final Markup LI = Markup.of("<li class=\"bs-comment\"");
    private static final Markup LI_REMOVED = Markup.of("<li class=\"bs-comment bs-comment-removed\"");
    private static final Markup REMOVED_TEXT = Markup.of("<p class=\"bs-comment-text\">");
    private static final Markup P_END = Markup.of("</p>");
    private static final Markup CARD =
            Markup.of("<article class=\"bs-comment-card\"><footer class=\"bs-comment-meta\">");
    private static final Markup AUTHOR = Markup.of("<span class=\"bs-comment-author\">");
    private static final Markup AUTHOR_LINK = Markup.of("<a rel=\"ugc nofollow noopener\"");
    private static final Markup A_END = Markup.of("</a>");
    private static final Markup TIME = Markup.of("</span> <time");
    private static final Markup TEXT = Markup.of("</time></footer><div class=\"bs-comment-text\">");
    private static final Markup CARD_END = Markup.of("</div></article>");
    private static final Markup REPLIES = Markup.of("<ol class=\"bs-comment-replies\">");
    private static final Markup REPLIES_END = Markup.of("</ol>");
    private static final Markup LI_END = Markup.of("</li>\n");

    /**
     * One comment and its replies. A page has many, so the markup that is the same for every comment is written as
     * whole constants encoded once ({@link Markup}) rather than tag by tag; names, dates, URLs and ids still go
     * through the writer's escaping.
     */
    static void comment(CommentThread.Node node, PartContext ctx, AvatarProvider avatars) {
        HtmlWriter out = ctx.out();
        Comment c = node.comment();
        out.markup(node.removed() ? LI_REMOVED : LI);
        WriterAccess.attr(out, "id", "comment-", c.id());
        out.close();
        if (node.removed()) {
            out.markup(REMOVED_TEXT).text(ctx.labels().get("comments.removed")).markup(P_END);
        } else {
            out.markup(CARD);
            avatar(c, ctx, avatars);
            out.markup(AUTHOR);
            if (c.author().url().isPresent()) {
                out.markup(AUTHOR_LINK).urlAttr("href", c.author().url().get()).close()
                        .text(c.author().name()).markup(A_END);
            } else {
                out.text(c.author().name());
            }
            out.markup(TIME);
            isoAttr("datetime", c.createdAt(), ctx.site().zone(), ctx);
            out.close();
            dateTimeText(c.createdAt(), ctx.site().zone(), ctx);
            out.markup(TEXT);
            Dialect.of(ctx).markup(c.body(), ctx);
            out.markup(CARD_END);
        }
        List<CommentThread.Node> replies = node.replies();
        if (!replies.isEmpty()) {
            out.markup(REPLIES);
            for (int i = 0, n = replies.size(); i < n; i++) { // indexed: an iterator per comment is garbage
                ctx.render(Part.COMMENT, replies.get(i));
            }
            out.markup(REPLIES_END);
        }
        out.markup(LI_END);
    }

    /**
     * The commenter's avatar from the host's provider, as a decorative image (the name beside it says who it is).
     * A URL that is not absolute http(s) is not shown: the provider is the host's code, and a page must not break
     * because of one avatar.
     */
    private static void avatar(Comment c, PartContext ctx, AvatarProvider avatars) {
        Optional<String> url = avatars.avatarUrl(c.author());
        if (url.isEmpty()) {
            return;
        }
        List<dev.broadsheet.validation.Violation> problems = Image.builder().url(url.get()).decorative(true)
                .size(AVATAR_SIZE, AVATAR_SIZE).validate();
        if (problems.isEmpty()) {
            ctx.out().start("span", "bs-avatar");
            ctx.render(Part.IMAGE, Image.builder().url(url.get()).decorative(true).size(AVATAR_SIZE, AVATAR_SIZE)
                    .build());
            ctx.out().end("span").text(" ");
        }
    }

    /** Width and height of avatars, in CSS pixels. */
    static final int AVATAR_SIZE = 40;
}
