package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.render.Links;
import dev.broadsheet.subscribers.SignedTokens;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EmailTemplateTest {

    private final EmailTemplate digest = MailFixtures.renderer("en").digest(MailFixtures.byLanguage().get("en"));

    @Test
    void oneRenderingIsStampedForEachRecipientWithTheirOwnGreetingAndLinks() {
        Email ana = digest.stamp(Recipient.to("ana@example.org").withName("Ana")
                .withUnsubscribeUrl(MailFixtures.BASE + "/u?token=AAA"));
        Email bo = digest.stamp(Recipient.to("bo@example.org")
                .withUnsubscribeUrl(MailFixtures.BASE + "/u?token=BBB"));
        assertThat(ana.html()).contains("Hello Ana,").contains("/u?token=AAA").doesNotContain("BBB");
        assertThat(bo.html()).contains("<p style=\"margin:0 0 14px\">Hello,</p>").contains("/u?token=BBB")
                .doesNotContain("AAA");
        assertThat(ana.html().replace("Hello Ana,", "Hello,").replace("AAA", "BBB")).isEqualTo(bo.html());
        assertThat(ana.text()).contains("Hello Ana,").contains("/u?token=AAA");
        assertThat(digest.unstampedHtml()).doesNotContain("AAA", "Ana");
    }

    @Test
    void aHostileNameIsTextAndNeverPartOfAUrl() {
        String name = "\"><script>alert(1)</script>&\uE000B\uE001";
        Email mail = digest.stamp(Recipient.to("x@example.org").withName(name)
                .withUnsubscribeUrl(MailFixtures.BASE + "/u?token=T&x=1"));
        Document doc = Jsoup.parse(mail.html());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("td td p").eachText()).contains("Hello " + name + ",");
        assertThat(doc.select("a[href$=T&x=1]")).hasSize(1);
        assertThat(mail.text()).contains("Hello " + name + ",");
    }

    @Test
    void aSubscriberGetsSignedTokensAndTheirAddressAppearsInNoPart() {
        SignedTokens tokens = SignedTokens.builder().addKey("k1", new byte[32]).clock(Fixtures.CLOCK).build();
        for (Subscriber s : Fixtures.subscribers()) {
            Recipient r = Recipient.of(s, tokens, Links.under(MailFixtures.BASE));
            Email mail = digest.stamp(r);
            assertThat(mail.html()).doesNotContain(s.email());
            assertThat(mail.text()).doesNotContain(s.email());
            assertThat(mail.html().toLowerCase()).doesNotContain(s.email().toLowerCase());
            String url = r.unsubscribeUrl().orElseThrow();
            String token = url.substring(url.indexOf("token=") + 6);
            assertThat(tokens.verify(java.net.URLDecoder.decode(token, StandardCharsets.UTF_8),
                    SignedTokens.Purpose.UNSUBSCRIBE).subscriberId()).contains(s.id());
            assertThat(r.toString()).doesNotContain(s.email()).doesNotContain(token);
        }
    }
}
