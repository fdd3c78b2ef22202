package dev.broadsheet.examples.spring;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.html.HtmlWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The moderation queue behind Spring Security's form login ({@link SecurityConfig}): {@code GET /moderation/login}
 * is the sign-in page, {@code GET /moderation} lists the comments waiting (newest first, at most
 * {@value #QUEUE_LIMIT}) with the moderator's reasons and three buttons, {@code POST /moderation/comments}
 * approves, marks as spam or trashes one.
 */
@Controller
public class ModerationController {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationController.class);
    /** Most comments the queue page lists. */
    static final int QUEUE_LIMIT = 100;

    private final CommentRepository comments;
    private final ContentRepository content;
    private final Pages pages;

    ModerationController(CommentRepository comments, ContentRepository content, Pages pages) {
        this.comments = comments;
        this.content = content;
        this.pages = pages;
    }

    @GetMapping("/moderation/login")
    void login(@RequestParam(name = "error", required = false) @Nullable String error,
            HttpServletRequest request, HttpServletResponse response) {
        String csrf = String.valueOf(Pages.csrf(request));
        pages.simple(request, response, error == null ? 200 : 401, "Moderation", out -> {
            if (error != null) {
                out.open("p").attr("class", "bs-form-errors").attr("role", "alert").close()
                        .text("That user name and password do not match.").end("p").markup("\n");
            }
            out.open("form").attr("class", "bs-form").attr("method", "post")
                    .urlAttr("action", pages.html().links().baseUrl() + "/moderation/login").close().markup("\n");
            field(out, "username", "User name", "text", "username");
            field(out, "password", "Password", "password", "current-password");
            Pages.hidden(out, FormFields.CSRF_TOKEN, csrf);
            out.start("p", "bs-actions").open("button").attr("type", "submit").close().text("Sign in").end("button")
                    .end("p").markup("\n").end("form").markup("\n");
        });
    }

    private static void field(HtmlWriter out, String name, String label, String type, String autocomplete) {
        out.start("p", "bs-field").open("label").attr("for", "site-" + name).close().text(label).end("label")
                .open("input").attr("id", "site-" + name).attr("name", name).attr("type", type)
                .attr("autocomplete", autocomplete).attr("required").close().end("p").markup("\n");
    }

    @GetMapping("/moderation")
    void queue(HttpServletRequest request, HttpServletResponse response) {
        List<CommentRepository.Held> held = comments.pending(QUEUE_LIMIT);
        int spam = comments.count(CommentStatus.SPAM);
        String csrf = String.valueOf(Pages.csrf(request));
        String base = pages.html().links().baseUrl();
        ZoneId zone = pages.html().site().zone();
        pages.simple(request, response, 200, "Moderation", out -> {
            Pages.paragraph(out, held.size() + (held.size() == 1 ? " comment waits" : " comments wait")
                    + " for moderation; " + spam + " stored as spam.");
            if (!held.isEmpty()) {
                out.start("ol", "site-queue").markup("\n");
                for (CommentRepository.Held h : held) {
                    String id = h.comment().id();
                    Article article = content.articleById(h.comment().articleId()).orElseThrow();
                    out.open("li").attr("class", "site-queue-item").attr("id", "held-" + id).close();
                    out.start("p", "bs-comment-meta").start("span", "bs-comment-author")
                            .text(h.comment().author().name()).end("span").text(" on ").open("a")
                            .urlAttr("href", pages.html().links().article(article)).close().text(article.headline())
                            .end("a").text(", ").text(pages.labels().dateTime(h.comment().createdAt(), zone))
                            .end("p");
                    out.start("div", "bs-comment-text").raw(h.comment().body()).end("div");
                    if (!h.reasons().isEmpty()) {
                        out.start("p", "site-reasons").text("Held: " + h.reasons()).end("p");
                    }
                    out.open("form").attr("class", "bs-form site-actions").attr("method", "post")
                            .urlAttr("action", base + "/moderation/comments").close();
                    Pages.hidden(out, "comment_id", id);
                    Pages.hidden(out, FormFields.CSRF_TOKEN, csrf);
                    out.start("p", "bs-actions");
                    for (String action : List.of("approve", "spam", "trash")) {
                        String label = Character.toUpperCase(action.charAt(0)) + action.substring(1);
                        out.open("button").attr("type", "submit").attr("name", "action").attr("value", action)
                                .attr("aria-label", label + ": " + h.comment().author().name() + ", " + id).close()
                                .text(label).end("button").text(" ");
                    }
                    out.end("p").end("form").end("li").markup("\n");
                }
                out.end("ol").markup("\n");
            }
            Pages.buttonForm(out, base + "/moderation/logout", List.of(FormFields.CSRF_TOKEN, csrf), "Sign out");
        });
    }

    @PostMapping("/moderation/comments")
    void moderate(@RequestParam(name = "comment_id", defaultValue = "") String id,
            @RequestParam(name = "action", defaultValue = "") String action, HttpServletResponse response) {
        CommentStatus status = switch (action) {
            case "approve" -> CommentStatus.APPROVED;
            case "spam" -> CommentStatus.SPAM;
            case "trash" -> CommentStatus.TRASH;
            default -> throw PageProblem.badRequest("The action must be approve, spam or trash.");
        };
        if (!comments.moderate(id, status)) {
            throw PageProblem.notFound();
        }
        LOG.info("moderation: comment {} is now {}", id, status);
        Pages.seeOther(response, pages.html().links().baseUrl() + "/moderation");
    }
}
