package dev.broadsheet.examples.consumer;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A site's own comment handler, written the way a downstream project would write it on top of Broadsheet's public
 * API: it takes what the "Leave a Reply" form posted, checks that the article takes comments, validates the
 * commenter, sanitizes the body with {@link HtmlPolicy#comment()} and builds a {@link CommentStatus#PENDING pending}
 * {@link Comment} for a moderator — or refuses with every problem at once.
 *
 * <p>Problems are {@link Violation}s with JSON-pointer paths in the comment's JSON form ({@code /author/email},
 * {@code /body}), so the site can show each next to its form field, and so that its tests can compare them with
 * the expected outcomes that Broadsheet's hostile fixtures carry. The site's own rules have their own codes:
 * {@value #UNKNOWN_ARTICLE} and {@value #COMMENTS_CLOSED}.
 *
 * <p>The handler is immutable and thread-safe when its collaborators are.
 */
public final class CommentHandler {

    /** Code of a submission for an article the site does not have. */
    public static final String UNKNOWN_ARTICLE = "site.unknown_article";
    /** Code of a submission for an article whose comments are closed or hidden. */
    public static final String COMMENTS_CLOSED = "site.comments_closed";

    private final Function<String, Optional<Article>> articles;
    private final Clock clock;
    private final Supplier<String> ids;

    /**
     * Creates a handler.
     *
     * @param articles finds an article by id in the site's storage
     * @param clock the time to stamp comments with
     * @param ids makes a new comment id for each comment saved
     */
    public CommentHandler(Function<String, Optional<Article>> articles, Clock clock, Supplier<String> ids) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * What the comment form posted, as the web framework hands it over: every field may be missing or hostile.
     *
     * @param articleId the hidden field naming the article
     * @param parentId the hidden field naming the comment replied to, or null
     * @param name the commenter's name
     * @param email the commenter's email address, or null
     * @param website the commenter's website, or null
     * @param body the comment's HTML
     * @param ip the address the request came from
     */
    public record Submission(String articleId, String parentId, String name, String email, String website,
            String body, String ip) {
    }

    /** What came of a submission: {@link Saved} or {@link Refused}. */
    public sealed interface Result permits Saved, Refused {
    }

    /**
     * The comment was accepted for moderation.
     *
     * @param comment the pending comment, to store
     */
    public record Saved(Comment comment) implements Result {
    }

    /**
     * The comment was refused.
     *
     * @param violations every problem, with paths such as {@code /author/email}
     */
    public record Refused(List<Violation> violations) implements Result {
    }

    /**
     * Handles one submission.
     *
     * @param form what the form posted
     * @return the pending comment, or every reason it was refused
     */
    public Result submit(Submission form) {
        Objects.requireNonNull(form, "form");
        Optional<Article> article = form.articleId() == null ? Optional.empty() : articles.apply(form.articleId());
        if (article.isEmpty()) {
            return refuse("/articleId", UNKNOWN_ARTICLE, "is not an article of this site", form.articleId());
        }
        if (article.get().commentMode() != CommentMode.OPEN) {
            return refuse("/articleId", COMMENTS_CLOSED, "does not take comments", form.articleId());
        }
        List<Violation> problems = new ArrayList<>();
        Commenter.Builder who = Commenter.builder().name(form.name()).email(form.email()).url(form.website())
                .ip(form.ip());
        for (Violation v : who.validate()) {
            problems.add(v.under("/author"));
        }
        SafeHtml body = null;
        if (form.body() != null) {
            try {
                body = Sanitizer.sanitize(form.body(), HtmlPolicy.comment());
            } catch (ValidationException e) {
                e.violations().forEach(v -> problems.add(v.under("/body")));
            }
        }
        Comment.Builder comment = Comment.builder().id(ids.get()).articleId(article.get().id())
                .parentId(form.parentId()).body(body).createdAt(clock.instant()).status(CommentStatus.PENDING);
        if (problems.isEmpty()) {
            comment.author(who.build());
        }
        for (Violation v : comment.validate()) {
            boolean explained = (v.path().equals("/author") && !problems.isEmpty())
                    || (v.path().equals("/body") && problems.stream().anyMatch(p -> p.path().startsWith("/body")));
            if (!explained) {
                problems.add(v);
            }
        }
        return problems.isEmpty() ? new Saved(comment.build()) : new Refused(List.copyOf(problems));
    }

    private static Refused refuse(String path, String code, String message, String value) {
        return new Refused(List.of(new Violation(path, code, message, value)));
    }
}
