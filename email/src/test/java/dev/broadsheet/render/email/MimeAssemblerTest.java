package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.Fixtures;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeAssemblerTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private final MimeAssembler assembler = MimeAssembler.builder().from("newsletter@news.example.com",
            "The Caspian Ledger").clock(Fixtures.CLOCK).messageIds(() -> "m-1").build();

    private static MimeMessage roundTrip(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }

    private static String wire(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void aDigestIsMultipartAlternativeTextThenHtmlWithOneClickUnsubscribeAndListHeaders() throws Exception {
        Email mail = MailFixtures.renderer("en").digest(MailFixtures.byLanguage().get("en"))
                .stamp(MailFixtures.recipient());
        MimeMessage m = roundTrip(assembler.assemble(mail, SESSION));
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(mail.text());
        assertThat(((String) parts.getBodyPart(1).getContent()).replace("\r\n", "\n")).isEqualTo(mail.html());
        assertThat(m.getHeader("List-Unsubscribe", null))
                .isEqualTo("<" + MailFixtures.BASE + "/newsletter/unsubscribe?token=UNSUB-TOKEN>");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(m.getHeader("List-Id", null)).isEqualTo("<newsletter.news.example.com>");
        assertThat(m.getHeader("Precedence", null)).isEqualTo("bulk");
        assertThat(m.getHeader("Auto-Submitted")).isNull();
        assertThat(m.getMessageID()).isEqualTo("<m-1@news.example.com>");
        assertThat(m.getSentDate().toInstant()).isEqualTo(Fixtures.NOW);
        assertThat(m.getHeader("To", null)).isEqualTo("reader@example.org");
        for (String line : wire(assembler.assemble(mail, SESSION)).split("\r\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(998);
        }
    }

    @Test
    void aConfirmationIsAutoSubmittedWithoutListHeaders() throws Exception {
        Email mail = MailFixtures.renderer("en").confirmation().stamp(MailFixtures.recipient());
        MimeMessage m = roundTrip(assembler.assemble(mail, SESSION));
        assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(m.getHeader("List-Unsubscribe")).isNull();
        assertThat(m.getHeader("Precedence")).isNull();
    }

    @Test
    void nonAsciiSubjectsAndNamesAreRfc2047Encoded() throws Exception {
        MimeAssembler arabic = MimeAssembler.builder().from("news@news.example.com", "صحيفة").build();
        Email mail = MailFixtures.renderer("ar").welcome().stamp(MailFixtures.recipient());
        String wire = wire(arabic.assemble(mail, SESSION));
        String subjectLine = wire.lines().filter(l -> l.startsWith("Subject:")).findFirst().orElseThrow();
        assertThat(subjectLine).startsWith("Subject: =?UTF-8?");
        assertThat(MimeUtility.decodeText(roundTrip(arabic.assemble(mail, SESSION)).getHeader("Subject", null)))
                .isEqualTo(mail.subject());
        assertThat(wire).contains("From: =?UTF-8?");
        assertThat(wire.chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void headersCannotBeInjected() throws Exception {
        assertThatThrownBy(() -> MimeAssembler.builder().from("a@example.org", "Ledger\r\nBcc: x@evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recipient.to("a@example.org\r\nBcc: x@evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailFixtures.recipient().withUnsubscribeUrl("https://x.example/\r\nBcc: y"))
                .isInstanceOf(IllegalArgumentException.class);
        EmailRenderer r = EmailRenderer.builder().site(MailFixtures.site("en")).build();
        Email mail = r.digest("Today\r\nBcc: victim@evil.example\nX-Injected: 1", MailFixtures.byLanguage().get("en"))
                .stamp(MailFixtures.recipient());
        MimeMessage m = roundTrip(assembler.assemble(mail, SESSION));
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getHeader("X-Injected")).isNull();
        assertThat(m.getSubject()).isEqualTo("Today  Bcc: victim@evil.example X-Injected: 1");
    }

    @Test
    void apiSendersGetTheSameHeadersAsAMap() {
        Email mail = MailFixtures.renderer("en").alert(Fixtures.breakingNews()).stamp(MailFixtures.recipient());
        assertThat(assembler.headers(mail)).containsKeys("List-Unsubscribe", "List-Unsubscribe-Post", "List-Id",
                "Precedence");
    }
}
