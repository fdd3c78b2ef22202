package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.TestContent;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private final HtmlRenderer renderer = HtmlRenderer.builder().site(TestContent.site()).build();

    @Test
    void anArticlePageHasTheSeedAnatomy() {
        String html = renderer.render(ArticlePage.builder(TestContent.article()).comments(TestContent.comments())
                .build());
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>Senators question security cooperation with Baku \u2013 The Caspian Ledger</title>")
                .contains("Leave a Reply").contains("Your email address will not be published.")
                .contains("href=\"#top\"").contains("Newsletter Signup")
                .doesNotContain("samir@mail.example").doesNotContain("203.0.113.9").doesNotContain("Buy now");
    }
}
