package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.subscribers.SignedTokens;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The README's "Newsletter email" example, line for line. */
class ReadmeNewsletterExampleTest {

    @Test
    void theReadmeExampleRendersStampsAndAssemblesADigest() throws Exception {
        Site site = MailFixtures.site("en");
        List<Article> articles = MailFixtures.byLanguage().get("en");
        Subscriber subscriber = Fixtures.subscribers().stream()
                .filter(s -> s.status() == SubscriberStatus.CONFIRMED).findFirst().orElseThrow();
        SignedTokens tokens = SignedTokens.builder().addKey("k1", new byte[32]).build();
        Links links = Links.of(site);
        Session session = Session.getInstance(new Properties());

        EmailRenderer mail = EmailRenderer.builder().site(site).labels(Labels.of("en")).ampPart(false).build();
        EmailTemplate digest = mail.digest(articles);              // rendered once: HTML, text (and AMP) parts
        Email one = digest.stamp(Recipient.of(subscriber, tokens, links)); // name + signed links, no re-rendering
        one.html(); one.text(); one.amp();                         // the parts as strings, for SES, Mailgun, …
        MimeMessage m = MimeAssembler.builder().from("newsletter@news.example", site.name()).build()
                .assemble(one, session);                           // or MailSender for a whole batch over SMTP

        assertThat(m.getHeader("List-Unsubscribe", null)).startsWith("<" + site.baseUrl()
                + "/newsletter/unsubscribe?token=");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo(subscriber.email());
        assertThat(one.html()).doesNotContain(subscriber.email());
    }
}
