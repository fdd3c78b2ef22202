package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.broadsheet.fixtures.Fixtures;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MailSenderTest {

    private final MimeAssembler assembler = MimeAssembler.builder().from("newsletter@news.example.com",
            "The Caspian Ledger").clock(Fixtures.CLOCK).build();
    private final EmailTemplate digest = MailFixtures.renderer("en").digest(MailFixtures.byLanguage().get("en"));
    private final AtomicLong now = new AtomicLong();
    private final List<Long> sleeps = new ArrayList<>();
    private final List<GreenMail> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(GreenMail::stop);
    }

    private GreenMail greenMail() {
        ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
        GreenMail g = new GreenMail(setup);
        g.start();
        servers.add(g);
        return g;
    }

    private static Session session(int port) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", "3000");
        p.setProperty("mail.smtp.timeout", "3000");
        return Session.getInstance(p);
    }

    private List<Email> batch(int n) {
        List<Email> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(digest.stamp(Recipient.to("reader" + i + "@example.org")
                    .withUnsubscribeUrl(MailFixtures.BASE + "/u?token=T" + i)));
        }
        return out;
    }

    private MailSender.Builder sender(int port, Runnable beforeEachWait) {
        return MailSender.builder().session(session(port)).assembler(assembler).messagesPerSecond(5)
                .backoff(Duration.ofSeconds(1)).time(nanos -> {
                    sleeps.add(nanos);
                    now.addAndGet(nanos);
                    beforeEachWait.run();
                }, now::get);
    }

    private static Set<String> recipients(MimeMessage[] received) throws Exception {
        Set<String> out = new HashSet<>();
        for (MimeMessage m : received) {
            assertThat(out.add(m.getHeader("To", null))).as("sent twice: " + m.getHeader("To", null)).isTrue();
        }
        return out;
    }

    @Test
    void aBatchArrivesAtTheServerPacedToTheRate() throws Exception {
        GreenMail server = greenMail();
        MailSender.Report report = sender(server.getSmtp().getPort(), () -> { }).build().send(batch(6));
        assertThat(report.sent()).hasSize(6);
        assertThat(report.bounced()).isEmpty();
        assertThat(report.unsent()).isEmpty();
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(recipients(received)).hasSize(6).contains("reader0@example.org", "reader5@example.org");
        assertThat(received[0].getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(sleeps).hasSize(5).allMatch(n -> n == 200_000_000L); // 5 a second: 200 ms apart
    }

    @Test
    void whenTheServerStopsMidBatchNothingIsLostAndNothingIsSentTwice() throws Exception {
        GreenMail first = greenMail();
        List<Email> batch = batch(10);
        MailSender.Report report = sender(first.getSmtp().getPort(), () -> {
            if (first.isRunning() && first.getReceivedMessages().length >= 4) {
                first.stop();
            }
        }).maxAttempts(2).build().send(batch);
        Set<String> delivered = new HashSet<>();
        for (Email e : report.sent()) {
            delivered.add(e.recipient().address());
        }
        assertThat(report.sent()).hasSize(4);
        assertThat(report.bounced()).isEmpty();
        assertThat(report.unsent()).hasSize(6);
        List<Email> all = new ArrayList<>(report.sent());
        all.addAll(report.unsent());
        assertThat(all).containsExactlyInAnyOrderElementsOf(batch);

        GreenMail second = greenMail();
        MailSender.Report retry = sender(second.getSmtp().getPort(), () -> { }).build().send(report.unsent());
        assertThat(retry.sent()).hasSize(6);
        Set<String> again = recipients(second.getReceivedMessages());
        assertThat(again).doesNotContainAnyElementsOf(delivered);
        again.addAll(delivered);
        assertThat(again).hasSize(10);
    }

    @Test
    void aTransientRefusalIsRetriedWithDoublingBackOffAndAPermanentOneIsABounce() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp("451", "451", "250", "550", "250")) {
            List<Email> batch = batch(3);
            MailSender.Report report = sender(server.port(), () -> { }).build().send(batch);
            assertThat(report.sent()).containsExactly(batch.get(0), batch.get(2));
            assertThat(report.bounced()).containsExactly(batch.get(1));
            assertThat(report.unsent()).isEmpty();
            assertThat(server.accepted).containsExactly("reader0@example.org", "reader2@example.org");
            assertThat(sleeps).contains(1_000_000_000L, 2_000_000_000L);
        }
    }

    @Test
    void aMessageStillRefusedAfterEveryAttemptIsReportedUnsent() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp("421", "421", "421")) {
            List<Email> batch = batch(2);
            MailSender.Report report = sender(server.port(), () -> { }).maxAttempts(3).build().send(batch);
            assertThat(report.unsent()).containsExactly(batch.get(0));
            assertThat(report.sent()).containsExactly(batch.get(1));
            assertThat(server.accepted).containsExactly("reader1@example.org");
        }
    }
}
