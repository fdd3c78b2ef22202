package dev.broadsheet.examples.site;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.email.Email;
import dev.broadsheet.render.email.EmailRenderer;
import dev.broadsheet.render.email.EmailTemplate;
import dev.broadsheet.render.email.MailSender;
import dev.broadsheet.render.email.Recipient;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The newsletter's messages, built with {@link EmailRenderer} (an HTML and a plain-text part) and handed to the
 * site's {@link MailOutlet}: the confirmation of a sign-up, the welcome once confirmed, the confirmation of an
 * unsubscription, and the editor's digest. The three one-off messages are rendered once when the site starts; a
 * digest is rendered once per send and stamped for each confirmed subscriber, who gets a fresh
 * {@link SignedTokens.Purpose#UNSUBSCRIBE} token in the unsubscribe link and the {@code List-Unsubscribe} header.
 *
 * <p><b>The links in mail</b> are under {@link NewsSite#httpsForm(String) the https form of the site's base URL}
 * ({@code --public-url}, or {@code http://HOST:PORT} with its scheme made https), whichever outlet is in use: RFC
 * 8058 one-click unsubscription needs an https {@code List-Unsubscribe} URL, and mail is read on other machines,
 * which reach the site through its TLS front (as the AMP pages' forms assume). A site served over plain http, such
 * as the tests' loopback site, is reached by those links once {@code https://} is read as {@code http://}.
 *
 * <p>A message the server refuses for good (an SMTP 5xx) marks its subscriber {@link SubscriberStatus#BOUNCED};
 * one it does not take after every attempt is counted as not sent; the digest's are kept, to be
 * {@linkplain #resendDigest() sent again} to those subscribers only, so nobody gets it twice. Sending waits for the
 * outlet; interrupted (the site is stopping), it answers 503.
 */
final class NewsletterMail {

    /** How many of the latest articles a digest lists. */
    static final int DIGEST_ARTICLES = 5;

    private static final MailSender.Report NOTHING = new MailSender.Report(List.of(), List.of(), List.of());

    private final EmailRenderer renderer;
    private final SignedTokens tokens;
    private final Links links;
    private final MailOutlet outlet;
    private final Store store;
    private final Subscriptions subscriptions;
    private final Consumer<String> log;
    private final EmailTemplate confirmation;
    private final EmailTemplate welcome;
    private final EmailTemplate unsubscribed;
    /** Held while a digest is sent, so that two editors' presses do not send it twice. */
    private final Object digestLock = new Object();
    private @Nullable EmailTemplate lastDigest;
    private volatile List<String> unsentDigest = List.of();

    /**
     * @param renderer renders the messages, with the mail links
     * @param links the mail links, under {@link NewsSite#httpsForm(String)}, for each recipient's signed links
     * @param tokens signs the links' tokens
     * @param outlet where the messages go
     * @param store the subscribers
     * @param subscriptions the life cycle, for marking bounces
     * @param log where failures are noted (by subscriber id)
     */
    NewsletterMail(EmailRenderer renderer, Links links, SignedTokens tokens, MailOutlet outlet, Store store,
            Subscriptions subscriptions, Consumer<String> log) {
        this.renderer = renderer;
        this.links = links;
        this.tokens = tokens;
        this.outlet = outlet;
        this.store = store;
        this.subscriptions = subscriptions;
        this.log = log;
        this.confirmation = renderer.confirmation();
        this.welcome = renderer.welcome();
        this.unsubscribed = renderer.unsubscribed();
    }

    /** Sends a pending subscriber the double opt-in message with its confirmation link. */
    MailSender.Report confirmation(Subscriber pending) {
        return send(confirmation, List.of(pending)).report();
    }

    /** Sends a confirmed subscriber the welcome message. */
    MailSender.Report welcome(Subscriber confirmed) {
        return send(welcome, List.of(confirmed)).report();
    }

    /** Tells a subscriber who just left that nothing more will come. */
    MailSender.Report unsubscribed(Subscriber gone) {
        return send(unsubscribed, List.of(gone)).report();
    }

    /**
     * The digest of the latest public articles, rendered once and stamped for every confirmed subscriber.
     *
     * @return what became of each message; empty lists when there is no article or no confirmed subscriber
     */
    MailSender.Report digest() {
        synchronized (digestLock) {
            List<Article> latest = latest();
            List<Subscriber> confirmed = store.subscribers(SubscriberStatus.CONFIRMED);
            if (latest.isEmpty() || confirmed.isEmpty()) {
                return NOTHING;
            }
            EmailTemplate digest = renderer.digest(latest);
            Batch batch = send(digest, confirmed);
            lastDigest = digest;
            unsentDigest = batch.unsent();
            return batch.report();
        }
    }

    /**
     * Sends the last digest again to those it was not sent to (the server did not take it after every attempt) and
     * who are still confirmed; everyone else had it once and gets nothing. A new {@link #digest()} forgets them: it
     * goes to every confirmed subscriber.
     *
     * @return what became of each message; empty lists when every message of the last digest was sent
     */
    MailSender.Report resendDigest() {
        synchronized (digestLock) {
            EmailTemplate digest = lastDigest;
            if (digest == null || unsentDigest.isEmpty()) {
                return NOTHING;
            }
            List<Subscriber> to = unsentDigest.stream().map(store::subscriber).flatMap(Optional::stream)
                    .filter(s -> s.status() == SubscriberStatus.CONFIRMED).toList();
            Batch batch = send(digest, to);
            unsentDigest = batch.unsent();
            return batch.report();
        }
    }

    /** @return how many subscribers the last digest has not reached yet */
    int unsentDigestCount() {
        return unsentDigest.size();
    }

    /** @return the articles the next digest lists, newest first */
    List<Article> latest() {
        List<Article> published = store.published();
        return published.subList(0, Math.min(DIGEST_ARTICLES, published.size()));
    }

    /** A batch's report, and the ids of the subscribers whose message was not sent. */
    private record Batch(MailSender.Report report, List<String> unsent) {
    }

    private Batch send(EmailTemplate template, List<Subscriber> to) {
        List<MailOutlet.Letter> letters = new ArrayList<>(to.size());
        Map<Email, String> ids = new IdentityHashMap<>();
        for (Subscriber s : to) {
            Email email = template.stamp(Recipient.of(s, tokens, links));
            letters.add(new MailOutlet.Letter(s.id(), email));
            ids.put(email, s.id());
        }
        MailSender.Report report;
        try {
            report = outlet.send(letters);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "Service unavailable", "The site is stopping. Please try again later.");
        }
        for (Email bounced : report.bounced()) {
            String id = ids.get(bounced);
            store.update(id, subscriptions::bounce);
            log.accept("newsletter: subscriber " + id + " is bounced: the mail server refused the address");
        }
        List<String> unsent = new ArrayList<>();
        for (Email email : report.unsent()) {
            unsent.add(ids.get(email));
            log.accept("newsletter: " + MailOutlet.name(email.kind()) + " mail for subscriber " + ids.get(email)
                    + " not sent: the mail server did not take it");
        }
        return new Batch(report, List.copyOf(unsent));
    }
}
