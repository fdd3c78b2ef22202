package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The editor's digest over HTTP, against GreenMail: only a signed-in moderator may send it, and a digest the mail
 * server did not take (the server is down) is sent again to exactly those it missed once the server is back.
 */
@Timeout(120)
class DigestRoutesTest {

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    private GreenMail greenMail(ServerSetup setup) {
        GreenMail g = new GreenMail(setup);
        g.start();
        running.add(g::stop);
        return g;
    }

    private TestSite site(int smtpPort) {
        TestSite site = new TestSite("--smtp", "127.0.0.1:" + smtpPort);
        running.add(site);
        return site;
    }

    @Test
    void theDigestIsForSignedInModeratorsOnly() {
        GreenMail mail = greenMail(ServerSetupTest.SMTP.dynamicPort());
        TestSite site = site(mail.getSmtp().getPort());
        HttpResponse<String> home = site.get("/");
        String csrf = TestSite.hidden(home.body(), "csrf_token");

        assertThat(site.get("/moderation/newsletter").statusCode()).isEqualTo(403);
        assertThat(site.postForm("/moderation/newsletter/digest", Map.of("csrf_token", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(site.postForm("/moderation/newsletter/resend", Map.of("csrf_token", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(site.get("/moderation/newsletter/digest").statusCode()).as("a GET sends nothing")
                .isEqualTo(405);

        signIn(site);
        assertThat(site.postForm("/moderation/newsletter/digest", Map.of("csrf_token", "forged")).statusCode())
                .as("signed in, without the form's token").isEqualTo(403);
        assertThat(site.postForm("/moderation/newsletter/digest", Map.of("csrf_token", csrf(site)),
                "Origin", "https://evil.example").statusCode()).as("from another origin").isEqualTo(403);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDigestTheServerDidNotTakeIsSentAgainToThoseItMissedAndNobodyElse() throws MessagingException {
        GreenMail first = greenMail(ServerSetupTest.SMTP.dynamicPort());
        int port = first.getSmtp().getPort();
        TestSite site = site(port);
        signIn(site);
        List<Subscriber> confirmed = site.site.store().subscribers(SubscriberStatus.CONFIRMED);
        assertThat(confirmed).isNotEmpty();

        first.stop(); // the mail server is down
        HttpResponse<String> down = site.postForm("/moderation/newsletter/digest", Map.of("csrf_token", csrf(site)));
        assertThat(down.statusCode()).isEqualTo(303);
        String page = site.get("/moderation/newsletter").body();
        assertThat(page).contains("Last send: 0 sent, 0 bounced, " + confirmed.size() + " not sent.")
                .contains("has not reached " + confirmed.size() + " subscribers yet");
        assertThat(site.site.store().subscribers(SubscriberStatus.CONFIRMED)).as("not sent is not bounced")
                .hasSameSizeAs(confirmed);

        GreenMail second = greenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        site.postForm("/moderation/newsletter/resend", Map.of("csrf_token", csrf(site)));
        assertThat(site.get("/moderation/newsletter").body())
                .contains("Last send: " + confirmed.size() + " sent, 0 bounced, 0 not sent.")
                .doesNotContain("has not reached");
        site.postForm("/moderation/newsletter/resend", Map.of("csrf_token", csrf(site)));
        assertThat(site.get("/moderation/newsletter").body()).as("a second resend has nobody left to send to")
                .contains("Last send: 0 sent, 0 bounced, 0 not sent.");

        List<String> to = new ArrayList<>();
        for (MimeMessage m : second.getReceivedMessages()) {
            assertThat(m.getHeader("List-Unsubscribe", null)).startsWith("<https://");
            to.add(m.getHeader("To", null));
        }
        assertThat(to).as("each confirmed subscriber once").hasSize(confirmed.size()).doesNotHaveDuplicates();
        assertThat(String.join("\n", site.log)).contains(confirmed.size() + " not sent")
                .doesNotContain(confirmed.get(0).email());
    }

    @Test
    void anAlertSendsOnePublicArticleToEveryConfirmedSubscriber() throws MessagingException {
        GreenMail mail = greenMail(ServerSetupTest.SMTP.dynamicPort());
        TestSite site = site(mail.getSmtp().getPort());
        String slug = site.site.store().published().get(0).slug();
        assertThat(site.postForm("/moderation/newsletter/alert", Map.of("csrf_token",
                TestSite.hidden(site.get("/").body(), "csrf_token"), "slug", slug)).statusCode())
                .as("signed out").isEqualTo(403);
        signIn(site);
        assertThat(site.postForm("/moderation/newsletter/alert", Map.of("csrf_token", csrf(site), "slug",
                "no-such-article")).statusCode()).isEqualTo(422);
        assertThat(mail.getReceivedMessages()).isEmpty();

        int confirmed = site.site.store().subscribers(SubscriberStatus.CONFIRMED).size();
        assertThat(site.postForm("/moderation/newsletter/alert", Map.of("csrf_token", csrf(site), "slug", slug))
                .statusCode()).isEqualTo(303);
        assertThat(site.get("/moderation/newsletter").body())
                .contains("Last send: " + confirmed + " sent, 0 bounced, 0 not sent.");
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(confirmed);
        for (MimeMessage m : received) {
            assertThat(m.getSubject()).startsWith("Breaking news: ")
                    .endsWith(site.site.store().published().get(0).headline());
        }
    }

    private static void signIn(TestSite site) {
        String form = site.get("/moderation").body();
        HttpResponse<String> in = site.postForm("/moderation/sign-in", Map.of("token", TestSite.TOKEN,
                "csrf_token", TestSite.hidden(form, "csrf_token")));
        assertThat(in.statusCode()).isEqualTo(303);
    }

    /** The CSRF token of the digest page's forms. */
    private static String csrf(TestSite site) {
        HttpResponse<String> page = site.get("/moderation/newsletter");
        assertThat(page.statusCode()).isEqualTo(200);
        return TestSite.hidden(page.body(), "csrf_token");
    }
}
