package dev.broadsheet.examples.spring;

import dev.broadsheet.comments.Decision;
import dev.broadsheet.comments.FormStamps;
import dev.broadsheet.comments.Moderator;
import dev.broadsheet.comments.Submission;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.Labels;
import dev.broadsheet.subscribers.Subscriptions;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /comments}, the article page's "Leave a Reply" form. Spring Security has checked the CSRF token.
 * The commenter and comment go through Broadsheet's builders (every violation back next to its field, 422, with
 * everything the reader typed kept except the honeypot), the body through {@link Sanitizer} with
 * {@link HtmlPolicy#comment()}, then the {@link Moderator} (over the shared {@link JdbcFloodStore}) decides:
 * rejected ones come back with the reason (429 for flooding), the others are stored in one INSERT and the reader
 * is sent back to the article (303) with "awaiting moderation" or the published comment.
 */
@Controller
public class CommentController {

    private static final Logger LOG = LoggerFactory.getLogger(CommentController.class);
    /** The message of a flood rejection. */
    static final String TOO_QUICK = "You are commenting too quickly. Please wait a minute and try again.";

    private final ReadingController reading;
    private final CommentRepository comments;
    private final Moderator moderator;
    private final FormStamps stamps;
    private final Subscriptions subscriptions;
    private final Keys keys;
    private final Pages pages;
    private final Clock clock;

    CommentController(ReadingController reading, CommentRepository comments, Moderator moderator,
            FormStamps stamps, Subscriptions subscriptions, Keys keys, Pages pages, Clock clock) {
        this.reading = reading;
        this.comments = comments;
        this.moderator = moderator;
        this.stamps = stamps;
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.pages = pages;
        this.clock = clock;
    }

    @PostMapping("/comments")
    void submit(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response) {
        Article article = reading.publicArticleById(form.getOrDefault(FormFields.ARTICLE_ID, ""));
        Map<String, String> kept = new LinkedHashMap<>();
        for (String f : List.of(FormFields.COMMENT, FormFields.NAME, FormFields.EMAIL, FormFields.URL,
                FormFields.PARENT_ID)) {
            kept.put(f, form.getOrDefault(f, ""));
        }
        String postedStamp = form.get(FormStamps.FIELD);
        String stamp = stamps.check(postedStamp, article.id()).isValid() ? postedStamp : null;
        Labels labels = pages.labels();
        Map<String, String> errors = new LinkedHashMap<>();
        String email = kept.get(FormFields.EMAIL).strip();
        String url = kept.get(FormFields.URL).strip();
        String raw = kept.get(FormFields.COMMENT);
        String parent = kept.get(FormFields.PARENT_ID).strip();
        if (email.isEmpty()) {
            add(errors, FormFields.EMAIL, labels.get("form.email") + " is required.");
        }
        Commenter.Builder who = Commenter.builder().name(kept.get(FormFields.NAME)).email(email.isEmpty() ? null
                : email).url(url.isEmpty() ? null : url).ip(request.getRemoteAddr());
        for (Violation v : who.validate()) {
            violation(errors, v.under("/author"), labels);
        }
        SafeHtml body = null;
        if (raw.isBlank()) {
            add(errors, FormFields.COMMENT, labels.get("form.comment") + " is required.");
        } else {
            try {
                body = Sanitizer.sanitize(raw, HtmlPolicy.comment());
                if (body.isEmpty()) {
                    add(errors, FormFields.COMMENT, labels.get("form.comment") + " must contain some text.");
                }
            } catch (ValidationException e) {
                e.violations().forEach(v -> violation(errors, v.under("/body"), labels));
            }
        }
        if (!parent.isEmpty() && comments.comment(parent).filter(c -> c.articleId().equals(article.id())
                && c.isApproved()).isEmpty()) {
            add(errors, "", "The comment you replied to is not available any more.");
        }
        Comment.Builder draft = Comment.builder().id("c-" + Keys.randomToken(12)).articleId(article.id())
                .parentId(parent.isEmpty() ? null : parent).body(body)
                // whole seconds: the renderer writes the instant into <time datetime>, where HTML allows at most
                // three digits of a second's fraction, and the databases keep six
                .createdAt(clock.instant().truncatedTo(ChronoUnit.SECONDS))
                .status(CommentStatus.PENDING);
        if (errors.isEmpty()) {
            draft.author(who.build());
            draft.validate().forEach(v -> violation(errors, v, labels));
        }
        if (!errors.isEmpty()) {
            refuse(request, response, article, kept, errors, stamp, 422);
            return;
        }
        Comment comment = draft.build();
        String authorKey = keys.mac("author", subscriptions.addressKey(comment.author().email().orElseThrow()));
        Decision decision = moderator.moderate(Submission.builder().comment(comment).article(article).rawBody(raw)
                .honeypot(form.get(FormFields.HONEYPOT)).formStamp(postedStamp).authorKey(authorKey)
                .knownAuthor(comments.hasApproved(authorKey)).build());
        LOG.info("comment {} on {}: {} {}", comment.id(), article.id(), decision.verdict(),
                decision.reasons().stream().map(Decision.Reason::code).toList());
        if (decision.verdict() == Decision.Verdict.REJECT) {
            Decision.Rule rule = decision.reasons().stream().map(Decision.Reason::rule)
                    .filter(r -> r.verdict() == Decision.Verdict.REJECT).findFirst().orElseThrow();
            boolean flood = rule == Decision.Rule.FLOOD_WINDOW || rule == Decision.Rule.FLOOD_LIMIT;
            errors.put("", switch (rule) {
                case CLOSED -> labels.get("comments.closed");
                case FLOOD_WINDOW, FLOOD_LIMIT -> TOO_QUICK;
                case DUPLICATE -> "You have already posted this comment.";
                default -> labels.get("form.failed");
            });
            refuse(request, response, article, kept, errors, stamp, flood ? 429 : 422);
            return;
        }
        CommentStatus status = decision.status().orElseThrow();
        comments.add(comment.toBuilder().status(status).build(), decision.reasons(), authorKey);
        String link = pages.html().links().article(article);
        Pages.seeOther(response, status == CommentStatus.APPROVED ? link + "?comment=published#comment-"
                + comment.id() : link + "?comment=held");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Article article,
            Map<String, String> kept, Map<String, String> errors, @Nullable String stamp, int status) {
        var page = reading.articlePage(article, comments.approved(article.id()), request)
                .commentForm(new FormState(kept, errors));
        if (stamp != null) {
            page.commentFormField(FormStamps.FIELD, stamp);
        }
        pages.page(request, response, status, page.build(), null);
    }

    private static void violation(Map<String, String> errors, Violation v, Labels labels) {
        String path = v.path();
        String field = path.startsWith("/author/name") ? FormFields.NAME
                : path.startsWith("/author/email") ? FormFields.EMAIL
                : path.startsWith("/author/url") ? FormFields.URL
                : path.startsWith("/body") ? FormFields.COMMENT : "";
        String label = switch (field) {
            case FormFields.NAME -> labels.get("form.name");
            case FormFields.EMAIL -> labels.get("form.email");
            case FormFields.URL -> labels.get("form.website");
            case FormFields.COMMENT -> labels.get("form.comment");
            default -> "";
        };
        add(errors, field, sentence(label, v.message()));
    }

    /** Adds a message to a field's errors (several are joined). */
    static void add(Map<String, String> errors, String field, String message) {
        errors.merge(field, message, (a, b) -> a + " " + b);
    }

    /** "Email" + "must have a domain" → "Email must have a domain." */
    static String sentence(String label, String message) {
        String m = message.endsWith(".") ? message : message + ".";
        return label.isEmpty() ? Character.toUpperCase(m.charAt(0)) + m.substring(1) : label + " " + m;
    }
}
