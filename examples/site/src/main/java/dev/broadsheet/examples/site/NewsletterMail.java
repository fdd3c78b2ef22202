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
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The newsletter's messages, built with {@link EmailRenderer} (an HTML and a plain-text part) and handed to the
 * site's {@link MailOutlet}: the confirmation of a sign-up, the welcome once confirmed, the confirmation of an
 * unsubscription, the editor's digest (the latest articles on each subscriber's topics) and breaking-news alerts.
 * The three one-off messages are rendered once when the site starts; a digest once per send and distinct set of
 * topics, an alert once per send, and each is stamped for each confirmed subscriber, who gets a fresh
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
    /** The last digest's messages not sent yet: subscriber id to the digest rendered for their topics. */
    private volatile Map<String, EmailTemplate> unsentDigest = Map.of();

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
     * The digest for every confirmed subscriber: the {@value #DIGEST_ARTICLES} latest public articles on the topics
     * they follow (an article is on a topic when the topic is the slug of one of its tags or of its section or a
     * parent section), or the latest articles for a subscriber who follows none. Each distinct set of topics is
     * rendered once and stamped for each of its subscribers; a subscriber whose topics no recent article is on gets
     * nothing this time.
     *
     * @return what became of each message; empty lists when there is no article or no confirmed subscriber
     */
    MailSender.Report digest() {
        synchronized (digestLock) {
            Map<Set<String>, Optional<EmailTemplate>> byTopics = new HashMap<>();
            Map<Subscriber, EmailTemplate> templates = new LinkedHashMap<>();
            for (Subscriber s : store.subscribers(SubscriberStatus.CONFIRMED)) {
                byTopics.computeIfAbsent(Set.copyOf(s.topics()), topics -> {
                    List<Article> on = latest(topics);
                    return on.isEmpty() ? Optional.empty() : Optional.of(renderer.digest(on));
                }).ifPresent(t -> templates.put(s, t));
            }
            Batch batch = send(templates);
            unsentDigest = batch.unsent();
            return batch.report();
        }
    }

    /**
     * A breaking-news alert about one article, to every confirmed subscriber whatever their topics: rendered once,
     * stamped for each.
     *
     * @param article a public article
     * @return what became of each message
     */
    MailSender.Report alert(Article article) {
        EmailTemplate alert = renderer.alert(article);
        Map<Subscriber, EmailTemplate> templates = new LinkedHashMap<>();
        store.subscribers(SubscriberStatus.CONFIRMED).forEach(s -> templates.put(s, alert));
        return send(templates).report();
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
            Map<Subscriber, EmailTemplate> again = new LinkedHashMap<>();
            unsentDigest.forEach((id, template) -> store.subscriber(id)
                    .filter(s -> s.status() == SubscriberStatus.CONFIRMED).ifPresent(s -> again.put(s, template)));
            if (again.isEmpty()) {
                return NOTHING;
            }
            Batch batch = send(again);
            unsentDigest = batch.unsent();
            return batch.report();
        }
    }

    /** @return how many subscribers the last digest has not reached yet */
    int unsentDigestCount() {
        return unsentDigest.size();
    }

    /** @return the articles the next digest lists for a subscriber who follows no topic, newest first */
    List<Article> latest() {
        return latest(Set.of());
    }

    /** The latest public articles on any of {@code topics} (any article when there are none), newest first. */
    private List<Article> latest(Set<String> topics) {
        return store.published().stream().filter(a -> topics.isEmpty() || isOn(a, topics)).limit(DIGEST_ARTICLES)
                .toList();
    }

    private static boolean isOn(Article a, Set<String> topics) {
        return a.tags().stream().anyMatch(t -> topics.contains(t.slug()))
                || a.section().map(s -> s.path().stream().anyMatch(p -> topics.contains(p.slug()))).orElse(false);
    }

    /** A batch's report, and the messages not sent: subscriber id to the template. */
    private record Batch(MailSender.Report report, Map<String, EmailTemplate> unsent) {
    }

    private Batch send(EmailTemplate template, List<Subscriber> to) {
        Map<Subscriber, EmailTemplate> templates = new LinkedHashMap<>();
        to.forEach(s -> templates.put(s, template));
        return send(templates);
    }

    /** Stamps each subscriber's template for them and sends the lot as one batch, in the map's order. */
    private Batch send(Map<Subscriber, EmailTemplate> templates) {
        List<MailOutlet.Letter> letters = new ArrayList<>(templates.size());
        Map<Email, Subscriber> to = new IdentityHashMap<>();
        templates.forEach((s, template) -> {
            Email email = template.stamp(Recipient.of(s, tokens, links));
            letters.add(new MailOutlet.Letter(s.id(), email));
            to.put(email, s);
        });
        MailSender.Report report;
        try {
            report = outlet.send(letters);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "Service unavailable", "The site is stopping. Please try again later.");
        }
        for (Email bounced : report.bounced()) {
            String id = to.get(bounced).id();
            store.update(id, subscriptions::bounce);
            log.accept("newsletter: subscriber " + id + " is bounced: the mail server refused the address");
        }
        Map<String, EmailTemplate> unsent = new LinkedHashMap<>();
        for (Email email : report.unsent()) {
            Subscriber s = to.get(email);
            unsent.put(s.id(), templates.get(s));
            log.accept("newsletter: " + MailOutlet.name(email.kind()) + " mail for subscriber " + s.id()
                    + " not sent: the mail server did not take it");
        }
        return new Batch(report, Collections.unmodifiableMap(unsent));
    }
}
