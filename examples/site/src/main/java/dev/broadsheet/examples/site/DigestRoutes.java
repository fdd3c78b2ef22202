package dev.broadsheet.examples.site;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.email.MailSender;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The editor's newsletter digest, under the moderator cookie's path and for a signed-in moderator only (the
 * session of {@link ModerationRoutes}; anyone else gets 403).
 *
 * <ul>
 *   <li>{@code GET /moderation/newsletter}: how many subscribers are confirmed, the articles the digest would list
 *       (the {@value NewsletterMail#DIGEST_ARTICLES} latest), what became of the last digest, and the button.</li>
 *   <li>{@code POST /moderation/newsletter/digest}: needs the session, the CSRF token and no foreign Origin; renders
 *       the digest once, stamps it for every confirmed subscriber and sends it through the site's
 *       {@link MailOutlet}, then redirects (303) to the page above, which reports how many were sent, bounced and
 *       not sent. A GET never sends anything.</li>
 *   <li>{@code POST /moderation/newsletter/alert} with an article's {@code slug}: the same checks; sends that
 *       public article as a breaking-news alert to every confirmed subscriber ({@link NewsletterMail#alert}).</li>
 *   <li>{@code POST /moderation/newsletter/resend}: the same checks; sends the last digest to the subscribers it
 *       has not reached (the server did not take their message), and to nobody else
 *       ({@link NewsletterMail#resendDigest()}).</li>
 * </ul>
 *
 * <p>The digest is sent while the request waits, at the outlet's rate: right for the demo's handful of
 * subscribers; a newsroom's list would be sent by a background job.
 */
final class DigestRoutes {

    private static final String PATH = "/moderation/newsletter";

    private final Store store;
    private final Views views;
    private final Csrf csrf;
    private final Origins origins;
    private final NewsletterMail mail;
    private final Predicate<Request> signedIn;
    private final AtomicReference<@Nullable String> last = new AtomicReference<>();

    DigestRoutes(Store store, Views views, Csrf csrf, Origins origins, NewsletterMail mail,
            Predicate<Request> signedIn) {
        this.store = store;
        this.views = views;
        this.csrf = csrf;
        this.origins = origins;
        this.mail = mail;
        this.signedIn = signedIn;
    }

    void register(Router router) {
        router.get(PATH, (r, m) -> page(r)).post(PATH + "/digest", (r, m) -> send(r, mail::digest))
                .post(PATH + "/resend", (r, m) -> send(r, mail::resendDigest))
                .post(PATH + "/alert", (r, m) -> send(r, () -> mail.alert(publicArticle(r.form().get("slug")))));
    }

    private void requireEditor(Request r) {
        if (!signedIn.test(r)) {
            throw HttpProblem.forbidden("The newsletter digest is for signed-in moderators: sign in at"
                    + " /moderation.");
        }
    }

    private Article publicArticle(@Nullable String slug) {
        return store.published().stream().filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new HttpProblem(422, "Unprocessable content", "There is no public article with"
                        + " that slug to send as an alert."));
    }

    private Response page(Request r) {
        requireEditor(r);
        String formToken = csrf.token(r);
        int confirmed = store.subscribers(SubscriberStatus.CONFIRMED).size();
        List<Article> latest = mail.latest();
        String base = views.html().links().baseUrl();
        return views.simple(200, "Newsletter digest", out -> {
            String result = last.get();
            if (result != null) {
                out.open("p").attr("class", "site-text site-digest-report").attr("role", "status").close()
                        .text(result).end("p").markup("\n");
            }
            Views.paragraph(out, confirmed + (confirmed == 1 ? " subscriber is" : " subscribers are")
                    + " confirmed. The digest lists the latest articles on the topics each follows (the " + latest.size()
                    + " latest for those who follow none):");
            out.start("ol", "site-digest-articles").markup("\n");
            for (Article a : latest) {
                out.start("li").text(a.headline()).end("li").markup("\n");
            }
            out.end("ol").markup("\n");
            Views.buttonForm(out, base + PATH + "/digest", List.of(FormFields.CSRF_TOKEN, formToken),
                    "Send the digest");
            int unsent = mail.unsentDigestCount();
            if (unsent > 0) {
                Views.paragraph(out, "The last digest has not reached " + unsent + (unsent == 1 ? " subscriber"
                        : " subscribers") + " yet: the mail server did not take it.");
                Views.buttonForm(out, base + PATH + "/resend", List.of(FormFields.CSRF_TOKEN, formToken),
                        "Send it to them again");
            }
            Views.paragraph(out, "Or send one of them to every confirmed subscriber as a breaking-news alert:");
            out.start("ul", "site-alert-articles").markup("\n");
            for (Article a : latest) {
                out.start("li").text(a.headline()).markup("\n");
                Views.buttonForm(out, base + PATH + "/alert", List.of(FormFields.CSRF_TOKEN, formToken, "slug",
                        a.slug()), "Send as an alert");
                out.end("li").markup("\n");
            }
            out.end("ul").markup("\n");
            out.start("p", "site-text").open("a").urlAttr("href", base + "/moderation").close()
                    .text("Back to moderation").end("a").end("p").markup("\n");
        }).header("Cache-Control", "no-store");
    }

    private Response send(Request r, Supplier<MailSender.Report> sending) {
        origins.check(r);
        requireEditor(r);
        if (!csrf.verify(r, r.form().get(FormFields.CSRF_TOKEN))) {
            throw HttpProblem.forbidden("This form has expired. Please reload the page.");
        }
        MailSender.Report report = sending.get();
        last.set("Last send: " + report.sent().size() + " sent, " + report.bounced().size() + " bounced, "
                + report.unsent().size() + " not sent.");
        return Response.seeOther(views.html().links().baseUrl() + PATH);
    }
}
