package dev.broadsheet.examples.site;

import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.subscribers.IllegalTransitionException;
import dev.broadsheet.subscribers.ListUnsubscribe;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The newsletter's double opt-in.
 *
 * <ul>
 *   <li>{@code POST /newsletter/subscribe} (HTML or AMP form): checked like comments (origin, CSRF for HTML posts,
 *       validation: a valid address and the consent box; 422 with the form back otherwise). A new address becomes a
 *       pending subscriber and gets the confirmation mail through the site's {@link MailOutlet} (the log, or SMTP
 *       with {@code --smtp}; see {@link NewsletterMail} for the messages and their links). The
 *       answer is the same whether the address was new, pending, confirmed or unsubscribed (a pending one gets a new
 *       link, an unsubscribed one a new opt-in, a confirmed one nothing), so the form does not tell who subscribes.
 *       HTML posts are redirected (303) to {@code /newsletter/thanks}.</li>
 *   <li>{@code GET /newsletter/confirm?token=…}: a page whose button POSTs the token; a GET never changes state,
 *       because mail scanners and link prefetchers open links nobody clicked.</li>
 *   <li>{@code POST /newsletter/confirm}: verifies the {@link SignedTokens.Purpose#CONFIRM} token and confirms; the
 *       welcome mail, with its {@code List-Unsubscribe} headers, goes out. The token works once: posted again for a
 *       confirmed subscriber it is refused with 409 and sends nothing; for one who left since, 410.</li>
 *   <li>{@code GET /newsletter/unsubscribe?token=…}: a page with a button.</li>
 *   <li>{@code POST /newsletter/unsubscribe}: the button (token in the form) or RFC 8058 one-click (token in the
 *       URL, body {@code List-Unsubscribe=One-Click}, no cookies, no CSRF token: the signed token is the
 *       authorisation). A subscriber who leaves gets the unsubscribe-confirmation mail.</li>
 * </ul>
 *
 * <p>The editor's digest is sent from {@link DigestRoutes}.
 */
final class NewsletterRoutes {

    private final Store store;
    private final Views views;
    private final ReadingRoutes reading;
    private final Subscriptions subscriptions;
    private final SignedTokens tokens;
    private final NewsletterMail mail;
    private final Csrf csrf;
    private final Origins origins;
    private final Clock clock;
    private final Consumer<String> log;
    private final Site site;
    private final Links links;

    NewsletterRoutes(Store store, Views views, ReadingRoutes reading, Subscriptions subscriptions,
            SignedTokens tokens, NewsletterMail mail, Csrf csrf, Origins origins, Clock clock,
            Consumer<String> log) {
        this.store = store;
        this.views = views;
        this.reading = reading;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.mail = mail;
        this.csrf = csrf;
        this.origins = origins;
        this.clock = clock;
        this.log = log;
        this.site = views.html().site();
        this.links = views.html().links();
    }

    void register(Router router) {
        router.post("/newsletter/subscribe", FormReplies.endpoint(origins, this::signUp))
                .get("/newsletter/thanks", (r, m) -> views.message(200, labels().get("newsletter.title"),
                        labels().get("newsletter.sent")))
                .get("/newsletter/confirm", (r, m) -> confirmPage(r))
                .post("/newsletter/confirm", (r, m) -> confirm(r))
                .get("/newsletter/unsubscribe", (r, m) -> unsubscribePage(r))
                .post("/newsletter/unsubscribe", (r, m) -> unsubscribe(r));
    }

    private Labels labels() {
        return views.labels();
    }

    // ---------------------------------------------------------------- subscribe

    private Response signUp(Request request, Origins.Check origin) {
        Map<String, String> form = request.form();
        String email = form.getOrDefault(FormFields.EMAIL, "").strip();
        String consent = form.getOrDefault(FormFields.CONSENT, "");
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put(FormFields.EMAIL, form.getOrDefault(FormFields.EMAIL, ""));
        kept.put(FormFields.CONSENT, consent);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!origin.amp() && !csrf.verify(request, form.get(FormFields.CSRF_TOKEN))) {
            errors.put("", "This form has expired. Please send it again.");
            return refuse(request, kept, errors, 403, origin);
        }
        String label = labels().get("newsletter.email");
        if (email.isEmpty()) {
            FormReplies.add(errors, FormFields.EMAIL, label + " is required.");
        }
        if (!consent.equals("yes")) {
            FormReplies.add(errors, FormFields.CONSENT, "Please tick the box to agree to receive the newsletter.");
        }
        if (!site.consentVersion().equals(form.get(FormFields.CONSENT_VERSION))) {
            FormReplies.add(errors, "", "The newsletter's terms changed since this page was loaded. Please read"
                    + " them again and subscribe.");
        }
        Subscriber pending = null;
        Consent given = Consent.of(clock.instant(), origin.amp() ? "amp-form" : "web-form", site.consentVersion(),
                request.clientIp());
        if (!email.isEmpty()) {
            try {
                pending = subscriptions.subscribe(Subscriber.builder().id("s-" + Secrets.randomToken(12))
                        .email(email).consent(given));
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    boolean address = v.path().startsWith("/email");
                    FormReplies.add(errors, address ? FormFields.EMAIL : "",
                            FormReplies.sentence(address ? label : "", v.message()));
                }
            }
        }
        if (!errors.isEmpty() || pending == null) {
            return refuse(request, kept, errors, 422, origin);
        }
        Subscriber fresh = pending;
        AtomicReference<String> answer = new AtomicReference<>("confirmation");
        Subscriber stored = store.upsertByAddress(fresh.email(), current -> {
            if (current.isEmpty()) {
                return fresh;
            }
            Subscriber s = current.get();
            if (s.status() == SubscriberStatus.CONFIRMED) {
                answer.set("already-subscribed");
                return s;
            }
            if (s.status() == SubscriberStatus.PENDING && !subscriptions.isExpired(s)) {
                return s;
            }
            return subscriptions.resubscribe(s, given);
        });
        if (answer.get().equals("confirmation")) {
            mail.confirmation(stored);
        } else {
            log.accept("newsletter: subscriber " + stored.id() + " signed up again while confirmed; a mail would"
                    + " tell them they are subscribed already");
        }
        if (origin.amp()) {
            return FormReplies.ampSuccess(labels().get("newsletter.sent"), origin);
        }
        return Response.seeOther(links.baseUrl() + "/newsletter/thanks");
    }

    /** Sends the form back on the page it came from (by its Referer), or on the home page. */
    private Response refuse(Request request, Map<String, String> kept, Map<String, String> errors, int status,
            Origins.Check origin) {
        if (origin.amp()) {
            return FormReplies.ampFailure(status, errors, origin);
        }
        Page page = reading.pageAt(request.header("Referer").orElse(null), links.baseUrl())
                .orElseGet(reading::home);
        return views.withNewsletter(request, page, new FormState(kept, errors), status);
    }

    // ---------------------------------------------------------------- confirm

    private Response confirmPage(Request request) {
        String token = request.query(FormFields.TOKEN);
        Subscriber s = subscriber(token, SignedTokens.Purpose.CONFIRM);
        String title = labels().get("newsletter.confirm.title");
        if (s.status() == SubscriberStatus.CONFIRMED) {
            return views.message(200, title, "Your subscription is already confirmed. Thank you.");
        }
        if (s.status() != SubscriberStatus.PENDING || subscriptions.isExpired(s)) {
            return views.message(410, title, "This sign-up can no longer be confirmed. Please sign up again.");
        }
        return views.simple(200, title, out -> {
            Views.paragraph(out, "Press the button to confirm that you want to receive the newsletter of "
                    + site.name() + ".");
            Views.buttonForm(out, links.baseUrl() + "/newsletter/confirm", List.of(FormFields.TOKEN, token),
                    labels().get("newsletter.confirm.button"));
        });
    }

    private Response confirm(Request request) {
        origins.check(request);
        String token = request.form().get(FormFields.TOKEN);
        Subscriber s = subscriber(token, SignedTokens.Purpose.CONFIRM);
        String title = labels().get("newsletter.confirm.title");
        Subscriber confirmed;
        AtomicBoolean changed = new AtomicBoolean();
        try {
            confirmed = store.update(s.id(), current -> {
                Subscriber next = subscriptions.confirm(current);
                changed.set(next != current);
                return next;
            }).orElseThrow(HttpProblem::notFound);
        } catch (IllegalTransitionException e) {
            return views.message(410, title, "This sign-up can no longer be confirmed. Please sign up again.");
        }
        if (!changed.get()) { // a replayed token: confirmed before, so no second welcome
            return views.message(409, title, "Your subscription is already confirmed. Thank you.");
        }
        mail.welcome(confirmed);
        return views.simple(200, title, out -> {
            Views.paragraph(out, "Thank you. Your subscription is confirmed.");
            views.homeLink(out);
        });
    }

    // ---------------------------------------------------------------- unsubscribe

    private Response unsubscribePage(Request request) {
        String token = request.query(FormFields.TOKEN);
        Subscriber s = subscriber(token, SignedTokens.Purpose.UNSUBSCRIBE);
        String title = labels().get("newsletter.unsubscribe.title");
        if (s.status() != SubscriberStatus.PENDING && s.status() != SubscriberStatus.CONFIRMED) {
            return views.message(200, title, "You are not subscribed to the newsletter.");
        }
        return views.simple(200, title, out -> {
            Views.paragraph(out, "Press the button to stop receiving the newsletter of " + site.name() + ".");
            Views.buttonForm(out, links.baseUrl() + "/newsletter/unsubscribe", List.of(FormFields.TOKEN, token),
                    labels().get("newsletter.unsubscribe.button"));
        });
    }

    private Response unsubscribe(Request request) {
        Map<String, String> form = request.form();
        String token = form.get(FormFields.TOKEN);
        if (token == null) {
            token = request.query(FormFields.TOKEN);
            if (token != null && !"One-Click".equals(form.get("List-Unsubscribe"))) {
                throw HttpProblem.badRequest("A one-click unsubscription must post " + ListUnsubscribe.ONE_CLICK
                        + ".");
            }
        }
        Subscriber s = subscriber(token, SignedTokens.Purpose.UNSUBSCRIBE);
        Subscriber after = store.update(s.id(), subscriptions::unsubscribe).orElseThrow(HttpProblem::notFound);
        if (after != s) {
            log.accept("newsletter: subscriber " + after.id() + " unsubscribed");
            mail.unsubscribed(after);
        }
        return views.simple(200, labels().get("newsletter.unsubscribe.title"), out -> {
            Views.paragraph(out, "You have been unsubscribed. You will not receive the newsletter any more.");
            views.homeLink(out);
        });
    }

    /**
     * The subscriber a token is for.
     *
     * @throws HttpProblem 400 for a token that is not genuine, 410 for an expired one, 404 for a deleted subscriber
     */
    private Subscriber subscriber(String token, SignedTokens.Purpose purpose) {
        SignedTokens.Verification v = tokens.verify(token, purpose);
        if (!v.isValid()) {
            if (v.rejection().equals(Optional.of(SignedTokens.Rejection.EXPIRED))) {
                throw new HttpProblem(410, "Link expired", "This link has expired. Please sign up again.");
            }
            throw HttpProblem.badRequest("This link is not valid. Please copy the whole link from the email.");
        }
        return store.subscriber(v.subscriberId().orElseThrow()).orElseThrow(HttpProblem::notFound);
    }
}
