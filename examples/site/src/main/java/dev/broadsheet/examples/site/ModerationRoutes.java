package dev.broadsheet.examples.site;

import dev.broadsheet.comments.Decision;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.html.HtmlWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The moderation queue, for the holder of the moderation token.
 *
 * <ul>
 *   <li>{@code GET /moderation}: without a moderator session, a sign-in form asking for the token; with one, the
 *       comments waiting for moderation (newest first), each with the moderator's reasons and three buttons.</li>
 *   <li>{@code POST /moderation/sign-in}: compares the posted token with the site's in constant time and, when it
 *       matches, sets the session cookie {@value #COOKIE} ({@code HttpOnly}, {@code SameSite=Strict},
 *       {@code Path=/moderation}) holding an HMAC of the token under the site's key. The token never appears in a
 *       URL, so it does not end up in logs, history or Referer headers.</li>
 *   <li>{@code POST /moderation/comments}: {@code comment_id} and {@code action} ({@code approve}, {@code spam} or
 *       {@code trash}); needs the session, the CSRF token and no foreign Origin. A GET never changes anything.</li>
 *   <li>{@code POST /moderation/sign-out}: ends the session.</li>
 * </ul>
 */
final class ModerationRoutes {

    /** The moderator session cookie. */
    static final String COOKIE = "bs_moderator";
    private static final String PATH = "/moderation";

    private final Store store;
    private final Views views;
    private final Csrf csrf;
    private final Origins origins;
    private final Secrets secrets;
    private final String token;
    private final boolean https;
    private final Links links;
    private final ZoneId zone;
    private final Consumer<String> log;

    ModerationRoutes(Store store, Views views, Csrf csrf, Origins origins, Secrets secrets, String token,
            boolean https, Consumer<String> log) {
        this.store = store;
        this.views = views;
        this.csrf = csrf;
        this.origins = origins;
        this.secrets = secrets;
        this.token = token;
        this.https = https;
        this.links = views.html().links();
        this.zone = views.html().site().zone();
        this.log = log;
    }

    void register(Router router) {
        router.get(PATH, (r, m) -> page(r, null, 200))
                .post(PATH + "/sign-in", this::signIn)
                .post(PATH + "/sign-out", this::signOut)
                .post(PATH + "/comments", this::moderate);
    }

    private String session() {
        return secrets.mac("moderator", token);
    }

    /** @return whether the request carries the moderator session; the editor view asks too */
    boolean signedIn(Request r) {
        return r.cookie(COOKIE).map(v -> Secrets.same(v, session())).orElse(false);
    }

    private Response page(Request r, String error, int status) {
        String formToken = csrf.token(r);
        if (!signedIn(r)) {
            return views.simple(status, "Moderation", out -> {
                if (error != null) {
                    out.open("p").attr("class", "bs-form-errors").attr("role", "alert").close().text(error).end("p");
                }
                out.open("form").attr("class", "bs-form").attr("method", "post")
                        .urlAttr("action", links.baseUrl() + PATH + "/sign-in").close().markup("\n");
                out.start("p", "bs-field").open("label").attr("for", "site-moderation-token").close()
                        .text("Moderation token").end("label").open("input").attr("id", "site-moderation-token")
                        .attr("name", "token").attr("type", "password").attr("autocomplete", "current-password")
                        .attr("required").close().end("p").markup("\n");
                hidden(out, FormFields.CSRF_TOKEN, formToken);
                out.start("p", "bs-actions").open("button").attr("type", "submit").close().text("Sign in")
                        .end("button").end("p").markup("\n").end("form").markup("\n");
            }).header("Cache-Control", "no-store");
        }
        List<Store.Held> queue = store.pending();
        long spam = store.spamCount();
        return views.simple(status, "Moderation", out -> {
            Views.paragraph(out, queue.size() + (queue.size() == 1 ? " comment waits" : " comments wait")
                    + " for moderation; " + spam + " stored as spam.");
            out.start("p", "site-text").open("a").urlAttr("href", links.baseUrl() + PATH + "/newsletter").close()
                    .text("Newsletter digest").end("a").end("p").markup("\n");
            if (!queue.isEmpty()) {
                out.start("ol", "site-queue").markup("\n");
                for (Store.Held held : queue) {
                    item(out, held, formToken);
                }
                out.end("ol").markup("\n");
            }
            Views.buttonForm(out, links.baseUrl() + PATH + "/sign-out", List.of(FormFields.CSRF_TOKEN, formToken),
                    "Sign out");
        });
    }

    private void item(HtmlWriter out, Store.Held held, String formToken) {
        String id = held.comment().id();
        out.open("li").attr("class", "site-queue-item").attr("id", "held-" + id).close();
        out.start("p", "bs-comment-meta").start("span", "bs-comment-author").text(held.comment().author().name())
                .end("span").text(" on ").open("a").urlAttr("href", links.article(held.article())).close()
                .text(held.article().headline()).end("a").text(", ")
                .text(views.labels().dateTime(held.comment().createdAt(), zone)).end("p");
        out.start("div", "bs-comment-text").raw(held.comment().body()).end("div");
        if (!held.reasons().isEmpty()) {
            out.start("p", "site-reasons").text("Held: " + String.join("; ", held.reasons().stream()
                    .map(Decision.Reason::toString).toList())).end("p");
        }
        out.open("form").attr("class", "bs-form site-actions").attr("method", "post")
                .urlAttr("action", links.baseUrl() + PATH + "/comments").close();
        hidden(out, "comment_id", id);
        hidden(out, FormFields.CSRF_TOKEN, formToken);
        out.start("p", "bs-actions");
        for (String action : List.of("approve", "spam", "trash")) {
            out.open("button").attr("type", "submit").attr("name", "action").attr("value", action)
                    .attr("aria-label", label(action) + ": " + held.comment().author().name() + ", " + id).close()
                    .text(label(action)).end("button").text(" ");
        }
        out.end("p").end("form").end("li").markup("\n");
    }

    private static String label(String action) {
        return switch (action) {
            case "approve" -> "Approve";
            case "spam" -> "Spam";
            default -> "Trash";
        };
    }

    private static void hidden(HtmlWriter out, String name, String value) {
        out.open("input").attr("type", "hidden").attr("name", name).attr("value", value).close();
    }

    private Response signIn(Request r, Matcher m) {
        origins.check(r);
        Map<String, String> form = r.form();
        if (!csrf.verify(r, form.get(FormFields.CSRF_TOKEN))) {
            return page(r, "This form has expired. Please sign in again.", 403);
        }
        if (!Secrets.same(form.getOrDefault("token", ""), token)) {
            log.accept("moderation: a sign-in with a wrong token from " + r.clientIp());
            return page(r, "That is not the moderation token.", 403);
        }
        r.setCookie(COOKIE + "=" + session() + "; Path=" + PATH + "; HttpOnly; SameSite=Strict"
                + (https ? "; Secure" : ""));
        return Response.seeOther(links.baseUrl() + PATH);
    }

    private Response signOut(Request r, Matcher m) {
        origins.check(r);
        if (!csrf.verify(r, r.form().get(FormFields.CSRF_TOKEN))) {
            throw HttpProblem.forbidden("This form has expired. Please reload the page.");
        }
        r.setCookie(COOKIE + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Strict" + (https ? "; Secure"
                : ""));
        return Response.seeOther(links.baseUrl() + PATH);
    }

    private Response moderate(Request r, Matcher m) {
        origins.check(r);
        Map<String, String> form = r.form();
        if (!signedIn(r)) {
            throw HttpProblem.forbidden("Please sign in to moderate.");
        }
        if (!csrf.verify(r, form.get(FormFields.CSRF_TOKEN))) {
            return page(r, null, 403);
        }
        CommentStatus status = switch (form.getOrDefault("action", "")) {
            case "approve" -> CommentStatus.APPROVED;
            case "spam" -> CommentStatus.SPAM;
            case "trash" -> CommentStatus.TRASH;
            default -> throw HttpProblem.badRequest("The action must be approve, spam or trash.");
        };
        String id = form.getOrDefault("comment_id", "");
        store.moderate(id, status).orElseThrow(HttpProblem::notFound);
        log.accept("moderation: comment " + id + " is now " + status);
        return Response.seeOther(links.baseUrl() + PATH);
    }
}
