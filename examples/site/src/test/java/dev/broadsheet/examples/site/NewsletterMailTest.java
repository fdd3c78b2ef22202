package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.email.Email;
import dev.broadsheet.render.email.EmailKind;
import dev.broadsheet.render.email.EmailRenderer;
import dev.broadsheet.render.email.MailSender;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@link NewsletterMail} and the log outlet without a server: who gets a digest, what a bounce and an unsent
 * message do to the store and the log, and what the log outlet writes. The SMTP path runs end to end in
 * {@link NewsletterMailBrowserTest}.
 */
class NewsletterMailTest {

    private static final String BASE = "http://127.0.0.1:8080";

    private final Subscriptions subscriptions = Subscriptions.builder().clock(Fixtures.CLOCK).build();
    private final Store store = new Store(NewsSite.content(null, BASE), Fixtures.CLOCK, subscriptions::addressKey);
    private final SignedTokens tokens = SignedTokens.builder().addKey("t1", new byte[32]).clock(Fixtures.CLOCK)
            .build();
    private final Links mailLinks = Links.under(NewsSite.httpsForm(BASE));
    private final EmailRenderer renderer = EmailRenderer.builder().site(Site.builder().name(NewsSite.NAME)
            .baseUrl(BASE).build()).links(mailLinks).build();
    private final List<String> log = new ArrayList<>();
    private final List<MailOutlet.Letter> handed = new ArrayList<>();

    private NewsletterMail mail(MailOutlet outlet) {
        return new NewsletterMail(renderer, mailLinks, tokens, letters -> {
            handed.addAll(letters);
            return outlet.send(letters);
        }, store, subscriptions, log::add);
    }

    @Test
    void aDigestIsStampedForEachConfirmedSubscriberAndABounceMarksTheSubscriberBounced() {
        List<Subscriber> confirmed = store.subscribers(SubscriberStatus.CONFIRMED);
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(2);
        String bounces = confirmed.get(0).id();
        String stalls = confirmed.get(1).id();
        MailSender.Report report = mail(letters -> {
            List<Email> sent = new ArrayList<>();
            List<Email> bounced = new ArrayList<>();
            List<Email> unsent = new ArrayList<>();
            for (MailOutlet.Letter l : letters) {
                (l.subscriberId().equals(bounces) ? bounced : l.subscriberId().equals(stalls) ? unsent : sent)
                        .add(l.email());
            }
            return new MailSender.Report(sent, bounced, unsent);
        }).digest();

        assertThat(handed).extracting(MailOutlet.Letter::subscriberId)
                .containsExactlyElementsOf(confirmed.stream().map(Subscriber::id).toList());
        for (MailOutlet.Letter l : handed) {
            assertThat(l.email().kind()).isEqualTo(EmailKind.DIGEST);
            assertThat(l.email().unsubscribeUrl()).hasValueSatisfying(url -> assertThat(url)
                    .startsWith("https://127.0.0.1:8080/newsletter/unsubscribe?token="));
        }
        assertThat(report.bounced()).hasSize(1);
        assertThat(report.unsent()).hasSize(1);
        assertThat(store.subscriber(bounces).orElseThrow().status()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(store.subscriber(stalls).orElseThrow().status()).as("not sent is not bounced")
                .isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(log).containsExactly(
                "newsletter: subscriber " + bounces + " is bounced: the mail server refused the address",
                "newsletter: digest mail for subscriber " + stalls + " not sent: the mail server did not take it");
        assertThat(store.subscribers(SubscriberStatus.CONFIRMED)).hasSize(confirmed.size() - 1);
    }

    /** On a topic: tagged with it, or in a section (or under a parent section) of that slug. */
    private static boolean isOn(Article a, Set<String> topics) {
        return a.tags().stream().anyMatch(t -> topics.contains(t.slug()))
                || a.section().stream().flatMap(x -> x.path().stream()).anyMatch(x -> topics.contains(x.slug()));
    }

    private static MailSender.Report allSent(List<MailOutlet.Letter> letters) {
        return new MailSender.Report(letters.stream().map(MailOutlet.Letter::email).toList(), List.of(), List.of());
    }

    @Test
    void eachSubscriberGetsTheLatestArticlesOnTheTopicsTheyFollowAndNoOthers() {
        mail(NewsletterMailTest::allSent).digest();
        assertThat(handed).isNotEmpty();
        List<Article> published = store.published();
        for (MailOutlet.Letter l : handed) {
            Subscriber s = store.subscriber(l.subscriberId()).orElseThrow();
            Set<String> topics = Set.copyOf(s.topics());
            List<Article> on = published.stream().filter(a -> topics.isEmpty() || isOn(a, topics)).toList();
            String text = Jsoup.parse(l.email().html()).text();
            for (Article a : published) {
                boolean listed = on.indexOf(a) >= 0 && on.indexOf(a) < NewsletterMail.DIGEST_ARTICLES;
                assertThat(text.contains(a.headline())).as(s.id() + " " + topics + ": " + a.headline())
                        .isEqualTo(listed);
            }
        }
        Set<String> got = handed.stream().map(MailOutlet.Letter::subscriberId).collect(Collectors.toSet());
        assertThat(store.subscribers(SubscriberStatus.CONFIRMED)).filteredOn(s -> !got.contains(s.id()))
                .as("only those no recent article is for get nothing").allSatisfy(s -> assertThat(published)
                        .noneMatch(a -> isOn(a, Set.copyOf(s.topics()))));
        long distinctTopicSets = handed.stream().map(l -> Set.copyOf(store.subscriber(l.subscriberId()).orElseThrow()
                .topics())).distinct().count();
        assertThat(distinctTopicSets).as("the fixtures' subscribers follow different topics").isGreaterThan(1);
    }

    @Test
    void aBreakingNewsAlertGoesToEveryConfirmedSubscriberWhateverTheirTopics() {
        Article breaking = store.published().get(0);
        mail(NewsletterMailTest::allSent).alert(breaking);
        assertThat(handed).extracting(MailOutlet.Letter::subscriberId).containsExactlyElementsOf(
                store.subscribers(SubscriberStatus.CONFIRMED).stream().map(Subscriber::id).toList());
        for (MailOutlet.Letter l : handed) {
            assertThat(l.email().kind()).isEqualTo(EmailKind.ALERT);
            assertThat(Jsoup.parse(l.email().html()).text()).contains(breaking.headline());
            assertThat(l.email().html()).doesNotContain(store.subscriber(l.subscriberId()).orElseThrow().email());
        }
    }

    @Test
    void theLogOutletWritesTheLinkAndTheHeadersButNeverTheAddress() {
        Subscriber pending = store.subscribers(SubscriberStatus.PENDING).get(0);
        Subscriber confirmed = store.subscribers(SubscriberStatus.CONFIRMED).get(0);
        NewsletterMail mail = mail(MailOutlet.log(log::add));
        mail.confirmation(pending);
        mail.welcome(confirmed);
        mail.unsubscribed(confirmed);

        assertThat(log).hasSize(3);
        assertThat(log.get(0)).startsWith("newsletter: confirmation mail for subscriber " + pending.id()
                + " (double opt-in); link: https://127.0.0.1:8080/newsletter/confirm?token=");
        assertThat(log.get(1)).startsWith("newsletter: welcome mail for subscriber " + confirmed.id()
                + "; headers: {List-Unsubscribe=<https://127.0.0.1:8080/newsletter/unsubscribe?token=")
                .endsWith(">, List-Unsubscribe-Post=List-Unsubscribe=One-Click}");
        assertThat(log.get(2)).isEqualTo("newsletter: unsubscribe-confirmation mail for subscriber "
                + confirmed.id());
        assertThat(String.join("\n", log)).doesNotContain(pending.email()).doesNotContain(confirmed.email());
        assertThat(handed).extracting(l -> l.email().kind())
                .containsExactly(EmailKind.CONFIRMATION, EmailKind.WELCOME, EmailKind.UNSUBSCRIBED);
        for (MailOutlet.Letter l : handed) {
            assertThat(l.email().text()).doesNotContain(l.email().recipient().address());
            assertThat(l.email().html()).doesNotContain(l.email().recipient().address());
        }
    }

    @Test
    void aDigestWithoutConfirmedSubscribersSendsNothing() {
        for (Subscriber s : store.subscribers(SubscriberStatus.CONFIRMED)) {
            store.update(s.id(), subscriptions::unsubscribe);
        }
        MailSender.Report report = mail(MailOutlet.log(log::add)).digest();
        assertThat(report.sent()).isEmpty();
        assertThat(handed).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void theSmtpAndSenderOptionsAreCheckedAndNamed() {
        Options o = Options.parse(List.of("--smtp", "127.0.0.1:2525", "--mail-from", "desk@news.example"),
                Map.of());
        assertThat(o.smtpHost()).isEqualTo("127.0.0.1");
        assertThat(o.smtpPort()).isEqualTo(2525);
        assertThat(o.mailFrom()).isEqualTo("desk@news.example");
        assertThat(Options.defaults().smtp()).as("mail goes to the log by default").isNull();
        assertThat(Options.defaults().mailFrom()).isEqualTo(Options.DEFAULT_MAIL_FROM);
        for (String bad : List.of("localhost", "localhost:", ":25", "localhost:0", "localhost:70000", "a b:25")) {
            assertThatThrownBy(() -> Options.parse(List.of("--smtp", bad), Map.of())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--smtp");
        }
        for (String bad : List.of("desk", "desk@news", "Desk <desk@news.example>", "desk@news.example\r\nBcc: x")) {
            assertThatThrownBy(() -> Options.parse(List.of("--mail-from", bad), Map.of())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--mail-from");
        }
    }
}
