package dev.broadsheet.examples.spring;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.subscribers.IllegalTransitionException;
import dev.broadsheet.subscribers.ListUnsubscribe;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newsletter's double opt-in, over the shared {@link JdbcSubscriberRepository}:
 * <ul>
 *   <li>{@code POST /newsletter/subscribe}: a valid address and the consent box (422 with the form back on the home
 *       page otherwise). The answer is the same whether the address was new, pending, confirmed or unsubscribed, so
 *       the form does not tell who subscribes; a confirmation mail goes to the outbox for a new or lapsed one.</li>
 *   <li>{@code GET /newsletter/confirm?token=…} shows a button; {@code POST /newsletter/confirm} confirms (a GET never
 *       changes state: mail scanners open links). The welcome mail, with the unsubscribe link, goes to the outbox
 *       once, however many instances receive the click.</li>
 *   <li>{@code GET /newsletter/unsubscribe?token=…} shows a button; {@code POST /newsletter/unsubscribe} with the token
 *       in the form, or RFC 8058 one-click: token in the URL, body {@code List-Unsubscribe=One-Click}.</li>
 * </ul>
 */
@Controller
public class NewsletterController {

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterController.class);
    /** The outbox kind of the double opt-in mail. */
    public static final String CONFIRMATION = "confirmation";
    /** The outbox kind of the mail after confirming, carrying the unsubscribe link. */
    public static final String WELCOME = "welcome";

    private final JdbcSubscriberRepository subscribers;
    private final ContentRepository content;
    private final Subscriptions subscriptions;
    private final SignedTokens tokens;
    private final Pages pages;
    private final Clock clock;

    NewsletterController(JdbcSubscriberRepository subscribers, ContentRepository content,
            Subscriptions subscriptions, SignedTokens tokens, Pages pages, Clock clock) {
        this.subscribers = subscribers;
        this.content = content;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.pages = pages;
        this.clock = clock;
    }

    private Labels labels() {
        return pages.labels();
    }

    private Links links() {
        return pages.html().links();
    }

    @PostMapping("/newsletter/subscribe")
    void subscribe(@RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response) {
        String email = form.getOrDefault(FormFields.EMAIL, "").strip();
        String consent = form.getOrDefault(FormFields.CONSENT, "");
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put(FormFields.EMAIL, form.getOrDefault(FormFields.EMAIL, ""));
        kept.put(FormFields.CONSENT, consent);
        Map<String, String> errors = new LinkedHashMap<>();
        String label = labels().get("newsletter.email");
        if (email.isEmpty()) {
            CommentController.add(errors, FormFields.EMAIL, label + " is required.");
        }
        if (!consent.equals("yes")) {
            CommentController.add(errors, FormFields.CONSENT, "Please tick the box to agree to receive the"
                    + " newsletter.");
        }
        String version = pages.html().site().consentVersion();
        if (!version.equals(form.get(FormFields.CONSENT_VERSION))) {
            CommentController.add(errors, "", "The newsletter's terms changed since this page was loaded. Please"
                    + " read them again and subscribe.");
        }
        Consent given = Consent.of(clock.instant(), "web-form", version, request.getRemoteAddr());
        Subscriber fresh = null;
        if (!email.isEmpty()) {
            try {
                fresh = subscriptions.subscribe(Subscriber.builder().id("s-" + Keys.randomToken(12)).email(email)
                        .consent(given));
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    boolean address = v.path().startsWith("/email");
                    CommentController.add(errors, address ? FormFields.EMAIL : "",
                            CommentController.sentence(address ? label : "", v.message()));
                }
            }
        }
        if (!errors.isEmpty() || fresh == null) {
            List<Article> latest = content.latest(clock.instant(), ReadingController.HOME_ARTICLES);
            pages.page(request, response, 422, ListingPage.home(latest).withState(new FormState(kept, errors),
                    Pages.csrf(request), null), null);
            return;
        }
        Subscriber signup = fresh;
        Subscriber stored = subscribers.upsert(subscriptions.addressKey(signup.email()), current -> {
            if (current.isEmpty()) {
                return new JdbcSubscriberRepository.Change(signup, confirmation(signup));
            }
            Subscriber s = current.get();
            if (s.status() == SubscriberStatus.CONFIRMED
                    || s.status() == SubscriberStatus.PENDING && !subscriptions.isExpired(s)) {
                return new JdbcSubscriberRepository.Change(s, null);
            }
            Subscriber again = subscriptions.resubscribe(s, given);
            return new JdbcSubscriberRepository.Change(again, confirmation(again));
        });
        LOG.info("newsletter: sign-up for subscriber {} ({})", stored.id(), stored.status());
        Pages.seeOther(response, links().baseUrl() + "/newsletter/thanks");
    }

    private JdbcSubscriberRepository.Mail confirmation(Subscriber s) {
        return new JdbcSubscriberRepository.Mail(CONFIRMATION, links().confirm(tokens.issue(
                SignedTokens.Purpose.CONFIRM, s.id())));
    }

    @GetMapping("/newsletter/thanks")
    void thanks(HttpServletRequest request, HttpServletResponse response) {
        pages.message(request, response, 200, labels().get("newsletter.title"), labels().get("newsletter.sent"));
    }

    @GetMapping("/newsletter/confirm")
    void confirmPage(@RequestParam(name = "token", required = false) @Nullable String token,
            HttpServletRequest request, HttpServletResponse response) {
        Subscriber s = subscriber(token, SignedTokens.Purpose.CONFIRM);
        String title = labels().get("newsletter.confirm.title");
        if (s.status() == SubscriberStatus.CONFIRMED) {
            pages.message(request, response, 200, title, "Your subscription is already confirmed. Thank you.");
        } else if (s.status() != SubscriberStatus.PENDING || subscriptions.isExpired(s)) {
            pages.message(request, response, 410, title, "This sign-up can no longer be confirmed. Please sign up"
                    + " again.");
        } else {
            String csrf = Pages.csrf(request);
            pages.simple(request, response, 200, title, out -> {
                Pages.paragraph(out, "Press the button to confirm that you want to receive the newsletter of "
                        + pages.html().site().name() + ".");
                Pages.buttonForm(out, links().baseUrl() + "/newsletter/confirm", List.of(FormFields.TOKEN,
                        String.valueOf(token), FormFields.CSRF_TOKEN, String.valueOf(csrf)),
                        labels().get("newsletter.confirm.button"));
            });
        }
    }

    @PostMapping("/newsletter/confirm")
    void confirm(@RequestParam(name = "token", required = false) @Nullable String token,
            HttpServletRequest request, HttpServletResponse response) {
        Subscriber s = subscriber(token, SignedTokens.Purpose.CONFIRM);
        String title = labels().get("newsletter.confirm.title");
        try {
            Subscriber confirmed = subscribers.update(s.id(), current -> {
                if (current.status() == SubscriberStatus.CONFIRMED) {
                    return new JdbcSubscriberRepository.Change(current, null);
                }
                Subscriber next = subscriptions.confirm(current);
                String unsubscribe = links().unsubscribe(tokens.issue(SignedTokens.Purpose.UNSUBSCRIBE, next.id()));
                return new JdbcSubscriberRepository.Change(next, new JdbcSubscriberRepository.Mail(WELCOME,
                        unsubscribe));
            }).orElseThrow(PageProblem::notFound);
            LOG.info("newsletter: subscriber {} confirmed; welcome mail headers {}", confirmed.id(),
                    listUnsubscribeHeaders(links().unsubscribe("…")));
        } catch (IllegalTransitionException e) {
            pages.message(request, response, 410, title, "This sign-up can no longer be confirmed. Please sign up"
                    + " again.");
            return;
        }
        pages.simple(request, response, 200, title, out -> {
            Pages.paragraph(out, "Thank you. Your subscription is confirmed.");
            pages.homeLink(out);
        });
    }

    /** The RFC 8058 headers of a newsletter mail; {@link ListUnsubscribe} requires https, as RFC 8058 does. */
    static String listUnsubscribeHeaders(String url) {
        if (url.startsWith("https://")) {
            return ListUnsubscribe.of(url).headers().toString();
        }
        return "{" + ListUnsubscribe.HEADER + "=<" + url + ">, " + ListUnsubscribe.POST_HEADER + "="
                + ListUnsubscribe.ONE_CLICK + "} (served over http: mail providers require https)";
    }

    @GetMapping("/newsletter/unsubscribe")
    void unsubscribePage(@RequestParam(name = "token", required = false) @Nullable String token,
            HttpServletRequest request, HttpServletResponse response) {
        Subscriber s = subscriber(token, SignedTokens.Purpose.UNSUBSCRIBE);
        String title = labels().get("newsletter.unsubscribe.title");
        if (s.status() != SubscriberStatus.PENDING && s.status() != SubscriberStatus.CONFIRMED) {
            pages.message(request, response, 200, title, "You are not subscribed to the newsletter.");
            return;
        }
        pages.simple(request, response, 200, title, out -> {
            Pages.paragraph(out, "Press the button to stop receiving the newsletter of " + pages.html().site().name()
                    + ".");
            Pages.buttonForm(out, links().baseUrl() + "/newsletter/unsubscribe", List.of(FormFields.TOKEN,
                    String.valueOf(token)), labels().get("newsletter.unsubscribe.button"));
        });
    }

    @PostMapping("/newsletter/unsubscribe")
    void unsubscribe(@RequestParam Map<String, String> params, HttpServletRequest request,
            HttpServletResponse response) {
        String inQuery = queryToken(request);
        String token = inQuery != null ? inQuery : params.get(FormFields.TOKEN);
        if (inQuery != null && !"One-Click".equals(params.get("List-Unsubscribe"))) {
            throw PageProblem.badRequest("A one-click unsubscription must post " + ListUnsubscribe.ONE_CLICK + ".");
        }
        Subscriber s = subscriber(token, SignedTokens.Purpose.UNSUBSCRIBE);
        subscribers.update(s.id(), subscriptions::unsubscribe, next -> null).orElseThrow(PageProblem::notFound);
        LOG.info("newsletter: subscriber {} unsubscribed", s.id());
        pages.simple(request, response, 200, labels().get("newsletter.unsubscribe.title"), out -> {
            Pages.paragraph(out, "You have been unsubscribed. You will not receive the newsletter any more.");
            pages.homeLink(out);
        });
    }

    private static @Nullable String queryToken(HttpServletRequest request) {
        String q = request.getQueryString();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            if (pair.startsWith(FormFields.TOKEN + "=")) {
                return java.net.URLDecoder.decode(pair.substring(FormFields.TOKEN.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * The subscriber a token is for.
     *
     * @throws PageProblem 400 for a token that is not genuine, 410 for an expired one, 404 for a deleted subscriber
     */
    private Subscriber subscriber(@Nullable String token, SignedTokens.Purpose purpose) {
        SignedTokens.Verification v = tokens.verify(token, purpose);
        if (!v.isValid()) {
            if (v.rejection().equals(Optional.of(SignedTokens.Rejection.EXPIRED))) {
                throw new PageProblem(410, "Link expired", "This link has expired. Please sign up again.");
            }
            throw PageProblem.badRequest("This link is not valid. Please copy the whole link from the email.");
        }
        return subscribers.find(v.subscriberId().orElseThrow()).orElseThrow(PageProblem::notFound);
    }
}
