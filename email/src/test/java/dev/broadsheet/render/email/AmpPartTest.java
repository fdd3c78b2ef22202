package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.Labels;
import dev.broadsheet.testing.AmpValidator;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmpPartTest {

    @Test
    void everyAmpPartOfEveryKindInEveryFixtureLanguagePassesTheAmp4EmailValidator(@TempDir Path dir)
            throws Exception {
        Map<Path, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<Article>> lang : MailFixtures.byLanguage().entrySet()) {
            EmailRenderer r = EmailRenderer.builder().site(MailFixtures.site(lang.getKey()))
                    .labels(Labels.of(lang.getKey())).ampPart(true).build();
            List<EmailTemplate> templates = new ArrayList<>(List.of(r.confirmation(), r.welcome(),
                    r.digest(lang.getValue()), r.unsubscribed()));
            for (Article a : lang.getValue()) {
                templates.add(r.alert(a));
            }
            for (EmailTemplate t : templates) {
                String amp = t.stamp(MailFixtures.recipient()).amp().orElseThrow();
                Path f = dir.resolve(lang.getKey() + "-" + files.size() + ".html");
                Files.writeString(f, amp, StandardCharsets.UTF_8);
                files.put(f, t.toString());
            }
        }
        Map<Path, AmpValidator.Result> results = AmpValidator.validate(files.keySet(), "AMP4EMAIL");
        List<String> failed = new ArrayList<>();
        results.forEach((f, r) -> {
            if (!r.pass()) {
                failed.add(files.get(f) + " " + r);
            }
        });
        assertThat(results).hasSize(files.size());
        assertThat(failed).isEmpty();
    }

    @Test
    void theValidatorRejectsAnAmpPartWithAScript(@TempDir Path dir) throws Exception {
        String amp = EmailRenderer.builder().site(MailFixtures.site("en")).ampPart(true).build().welcome()
                .stamp(MailFixtures.recipient()).amp().orElseThrow();
        Path f = dir.resolve("bad.html");
        Files.writeString(f, amp.replace("</body>", "<script>alert(1)</script></body>"), StandardCharsets.UTF_8);
        assertThat(AmpValidator.validate(List.of(f), "AMP4EMAIL").get(f).pass()).isFalse();
    }

    @Test
    void theAmpPartSitsBetweenTextAndHtml() throws Exception {
        Email mail = EmailRenderer.builder().site(MailFixtures.site("en")).ampPart(true).build().welcome()
                .stamp(MailFixtures.recipient());
        Session session = Session.getInstance(new Properties());
        MimeMessage m = MimeAssembler.builder().from("n@news.example.com", "Ledger").build().assemble(mail, session);
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/x-amp-html");
        assertThat(parts.getBodyPart(2).getContentType()).startsWith("text/html");
        assertThat(mail.amp().orElseThrow()).contains("UNSUB-TOKEN").doesNotContain("reader@example.org");
    }
}
