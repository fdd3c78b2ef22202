package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmailConcurrencyAndLimitsTest {

    @Test
    @Timeout(60)
    void oneRendererAndOneTemplateServeManyThreadsAlike() throws Exception {
        EmailRenderer renderer = MailFixtures.renderer("en");
        List<Article> articles = MailFixtures.byLanguage().get("en");
        EmailTemplate digest = renderer.digest(articles);
        String expectedDigest = digest.stamp(MailFixtures.recipient()).html();
        String expectedAlert = renderer.alert(Fixtures.multimedia()).stamp(MailFixtures.recipient()).html();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean render = i % 2 == 0;
                results.add(pool.submit(() -> render
                        ? renderer.alert(Fixtures.multimedia()).stamp(MailFixtures.recipient()).html()
                                .equals(expectedAlert)
                        : digest.stamp(MailFixtures.recipient()).html().equals(expectedDigest)));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theHtmlPartIsWrittenAsUtf8Bytes() throws Exception {
        Email mail = MailFixtures.renderer("ar").alert(Fixtures.arabic()).stamp(MailFixtures.recipient());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeHtml(out);
        assertThat(out.toByteArray()).isEqualTo(mail.html().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(mail.htmlUtf8());
    }

    @Test
    @Timeout(20)
    void aHugeBodyIsRenderedInBoundedTime() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 1_500_000) {
            body.append("<p>A paragraph with <a href=\"https://example.org/x\">a link</a> and <em>words</em>.</p>");
        }
        Article big = Fixtures.breakingNews().toBuilder()
                .body(Sanitizer.sanitize(body.toString(), HtmlPolicy.article())).build();
        Email mail = MailFixtures.renderer("en").alert(big).stamp(MailFixtures.recipient());
        assertThat(mail.html().length()).isGreaterThan(1_500_000);
        assertThat(mail.text()).contains("[15000] https://example.org/x");
    }
}
