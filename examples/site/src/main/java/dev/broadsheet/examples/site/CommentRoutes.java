package dev.broadsheet.examples.site;

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
import dev.broadsheet.render.Links;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code POST /comments}: the "Leave a Reply" form of the HTML and AMP article pages.
 *
 * <ol>
 *   <li>Origin: a foreign {@code Origin} is refused (403); an AMP submission is recognised ({@link Origins}).</li>
 *   <li>CSRF: an HTML post must carry the token matching its cookie ({@link Csrf}); otherwise the form comes back
 *       (403) with everything kept and a fresh token. AMP posts carry none and are accepted by origin.</li>
 *   <li>Validation: the commenter and the comment go through the model's builders (name, email — required here —,
 *       website, IP address), the body is sanitized with {@link HtmlPolicy#comment()}, and every violation is
 *       mapped to its form field. With any error the form comes back (422) with each message next to its field
 *       and everything the reader typed kept, except the honeypot; the form keeps its original stamp.</li>
 *   <li>Moderation: the {@link Moderator} sees the raw posted text, the honeypot, the signed form stamp, a keyed
 *       hash of the address as the author key, and whether the address has an approved comment. Spam is stored as
 *       spam and answered like a held comment; a rejection (comments closed, posting too often, a duplicate) brings
 *       the form back with the reason (422, or 429 for flooding).</li>
 *   <li>Success: 303 to the article with "Your comment is awaiting moderation." (or, for a known author, the
 *       published comment), Post/Redirect/Get; an AMP submission gets JSON.</li>
 * </ol>
 */
final class CommentRoutes {

    /** The message of an HTML post whose CSRF token does not match. */
    static final String EXPIRED = "This form has expired. Please check your comment and send it again.";

    private final Store store;
    private final Views views;
    private final Moderator moderator;
    private final FormStamps stamps;
    private final Csrf csrf;
    private final Origins origins;
    private final Secrets secrets;
    private final Function<String, String> addressKey;
    private final Links links;
    private final Clock clock;
    private final Consumer<String> log;

    CommentRoutes(Store store, Views views, Moderator moderator, FormStamps stamps, Csrf csrf, Origins origins,
            Secrets secrets, Function<String, String> addressKey, Clock clock, Consumer<String> log) {
        this.store = store;
        this.views = views;
        this.moderator = moderator;
        this.stamps = stamps;
        this.csrf = csrf;
        this.origins = origins;
        this.secrets = secrets;
        this.addressKey = addressKey;
        this.links = views.html().links();
        this.clock = clock;
        this.log = log;
    }

    void register(Router router) {
        router.post("/comments", FormReplies.endpoint(origins, this::submit));
    }

    private Response submit(Request request, Origins.Check origin) {
        Map<String, String> form = request.form();
        Article article = store.articleById(form.getOrDefault(FormFields.ARTICLE_ID, ""))
                .filter(store::isPublic)
                .orElseThrow(() -> HttpProblem.badRequest("The article you commented on is not on this site."));
        Map<String, String> kept = new LinkedHashMap<>();
        for (String f : List.of(FormFields.COMMENT, FormFields.NAME, FormFields.EMAIL, FormFields.URL,
                FormFields.PARENT_ID)) {
            kept.put(f, form.getOrDefault(f, ""));
        }
        String postedStamp = form.get(FormStamps.FIELD);
        String stamp = stamps.check(postedStamp, article.id()).isValid() ? postedStamp : null;
        Map<String, String> errors = new LinkedHashMap<>();
        if (!origin.amp() && !csrf.verify(request, form.get(FormFields.CSRF_TOKEN))) {
            errors.put("", EXPIRED);
            return refuse(request, article, kept, errors, stamp, 403, origin);
        }

        Labels labels = views.labels();
        String name = kept.get(FormFields.NAME);
        String email = kept.get(FormFields.EMAIL).strip();
        String url = kept.get(FormFields.URL).strip();
        String raw = kept.get(FormFields.COMMENT);
        String parent = kept.get(FormFields.PARENT_ID).strip();
        if (email.isEmpty()) {
            FormReplies.add(errors, FormFields.EMAIL, labels.get("form.email") + " is required.");
        }
        Commenter.Builder who = Commenter.builder().name(name).email(email.isEmpty() ? null : email)
                .url(url.isEmpty() ? null : url).ip(request.clientIp());
        for (Violation v : who.validate()) {
            violation(errors, v.under("/author"));
        }
        SafeHtml body = null;
        if (raw.isBlank()) {
            FormReplies.add(errors, FormFields.COMMENT, labels.get("form.comment") + " is required.");
        } else {
            try {
                body = Sanitizer.sanitize(raw, HtmlPolicy.comment());
                if (body.isEmpty()) {
                    FormReplies.add(errors, FormFields.COMMENT, labels.get("form.comment")
                            + " must contain some text.");
                }
            } catch (ValidationException e) {
                e.violations().forEach(v -> violation(errors, v.under("/body")));
            }
        }
        if (!parent.isEmpty() && store.comment(parent).filter(c -> c.articleId().equals(article.id())
                && c.isApproved()).isEmpty()) {
            FormReplies.add(errors, "", "The comment you replied to is not available any more.");
        }
        Comment.Builder draft = Comment.builder().id("c-" + Secrets.randomToken(12))
                .articleId(article.id()).parentId(parent.isEmpty() ? null : parent).body(body)
                .createdAt(clock.instant()).status(CommentStatus.PENDING);
        if (errors.isEmpty()) {
            draft.author(who.build());
            draft.validate().forEach(v -> violation(errors, v));
        }
        if (!errors.isEmpty()) {
            return refuse(request, article, kept, errors, stamp, 422, origin);
        }

        Comment comment = draft.build();
        String normalised = comment.author().email().orElseThrow();
        Decision decision = moderator.moderate(Submission.builder().comment(comment).article(article)
                .rawBody(raw).honeypot(form.get(FormFields.HONEYPOT)).formStamp(postedStamp)
                .authorKey(secrets.mac("author", addressKey.apply(normalised)))
                .knownAuthor(store.hasApprovedComment(normalised)).build());
        log.accept("comment " + comment.id() + " on " + article.id() + ": " + decision.verdict() + " "
                + decision.reasons().stream().map(Decision.Reason::code).toList());
        if (decision.verdict() == Decision.Verdict.REJECT) {
            Decision.Reason why = decision.reasons().stream()
                    .filter(r -> r.rule().verdict() == Decision.Verdict.REJECT).findFirst().orElseThrow();
            errors.put("", rejection(why.rule()));
            boolean flood = why.rule() == Decision.Rule.FLOOD_WINDOW || why.rule() == Decision.Rule.FLOOD_LIMIT;
            return refuse(request, article, kept, errors, stamp, flood ? 429 : 422, origin);
        }
        CommentStatus status = decision.status().orElseThrow();
        store.add(comment.toBuilder().status(status).build(), decision.reasons());
        boolean published = status == CommentStatus.APPROVED;
        if (origin.amp()) {
            return FormReplies.ampSuccess(published ? ReadingRoutes.PUBLISHED_NOTICE
                    : labels.get("comments.awaiting"), origin);
        }
        return Response.seeOther(links.article(article) + (published ? "?comment=published#comment-" + comment.id()
                : "?comment=held"));
    }

    private Response refuse(Request request, Article article, Map<String, String> kept, Map<String, String> errors,
            String stamp, int status, Origins.Check origin) {
        if (origin.amp()) {
            return FormReplies.ampFailure(status, errors, origin);
        }
        return views.article(request, article, new Views.Forms(new FormState(kept, errors), FormState.empty(), null,
                null, stamp), status);
    }

    private void violation(Map<String, String> errors, Violation v) {
        String field = Views.commentField(v.path());
        String label = switch (field) {
            case FormFields.NAME -> views.labels().get("form.name");
            case FormFields.EMAIL -> views.labels().get("form.email");
            case FormFields.URL -> views.labels().get("form.website");
            case FormFields.COMMENT -> views.labels().get("form.comment");
            default -> "";
        };
        FormReplies.add(errors, field, FormReplies.sentence(label, v.message()));
    }

    private String rejection(Decision.Rule rule) {
        return switch (rule) {
            case CLOSED -> views.labels().get("comments.closed");
            case FLOOD_WINDOW, FLOOD_LIMIT -> "You are commenting too quickly. Please wait a minute and try again.";
            case DUPLICATE -> "You have already posted this comment.";
            default -> views.labels().get("form.failed");
        };
    }
}
