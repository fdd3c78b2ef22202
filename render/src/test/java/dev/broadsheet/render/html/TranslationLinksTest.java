package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Translation;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.NuChecker;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** An article's translations are announced in its head as hreflang alternates, naming the page itself too. */
class TranslationLinksTest {

    private final HtmlRenderer renderer = HtmlRenderer.builder().site(TestContent.site()).build();

    private static List<String> hreflangs(String html) {
        return Jsoup.parse(html).head().select("link[rel=alternate][hreflang]").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
    }

    private static Article translated() {
        return TestContent.article().toBuilder().language("en")
                .addTranslation(Translation.of("az", "https://news.example.com/az/senatorlar"))
                .addTranslation(Translation.of("ru", "https://news.example.com/ru/senatory?from=en&v=2")).build();
    }

    @Test
    void theHtmlPageNamesItselfAndEachTranslation() {
        Article a = translated();
        String html = renderer.render(ArticlePage.of(a));
        assertThat(hreflangs(html)).containsExactly(
                "en " + Links.of(TestContent.site()).article(a),
                "az https://news.example.com/az/senatorlar",
                "ru https://news.example.com/ru/senatory?from=en&v=2");
        assertThat(html).contains("href=\"https://news.example.com/ru/senatory?from=en&amp;v=2\"");
        assertThat(NuChecker.check(html)).isEmpty();
    }

    @Test
    void theAmpPageNamesTheCanonicalPageAndStaysValid() {
        Article a = translated();
        String amp = AmpRenderer.builder(renderer).build().render(ArticlePage.of(a));
        assertThat(hreflangs(amp)).first().isEqualTo("en " + Links.of(TestContent.site()).article(a));
        assertThat(hreflangs(amp)).hasSize(3);
        AmpValidator.Result result = AmpValidator.validateHtml(amp);
        assertThat(result.pass()).as(result.toString()).isTrue();
    }

    @Test
    void anArticleWithoutTranslationsHasNoHreflang() {
        assertThat(hreflangs(renderer.render(ArticlePage.of(TestContent.article())))).isEmpty();
    }
}
