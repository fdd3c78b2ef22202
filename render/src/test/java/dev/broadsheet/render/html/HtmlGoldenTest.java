package dev.broadsheet.render.html;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Golden;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.TestContent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: the HTML pages of a few fixtures, reviewed by a person, in
 * {@code src/test/resources/golden/html/}. Update deliberately with {@code -Dbroadsheet.updateGolden=true} (see
 * {@link Golden}). The JSON-LD block is masked: it has golden files of its own.
 */
class HtmlGoldenTest {

    private static final Pattern JSON_LD = Pattern.compile("(<script type=\"application/ld\\+json\">)[^<]*(</script>)");

    private final HtmlRenderer renderer = HtmlRenderer.builder().site(TestContent.site()).build();

    static Map<String, Page> goldenPages() {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("foreign-affairs", ArticlePage.builder(Fixtures.foreignAffairs())
                .comments(Fixtures.comments(Fixtures.foreignAffairs().id())).build());
        pages.put("paywalled", ArticlePage.of(Fixtures.paywalled()));
        pages.put("arabic", ArticlePage.of(Fixtures.arabic()));
        pages.put("home", ListingPage.home(Fixtures.articles().subList(0, 4)));
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> eachPageMatchesItsGoldenFile() {
        return goldenPages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + ".html", () ->
                Golden.assertMatches(Golden.ROOT.resolve("html").resolve(e.getKey() + ".html"),
                        JSON_LD.matcher(renderer.render(e.getValue())).replaceFirst(Matcher.quoteReplacement(
                                "<script type=\"application/ld+json\">{\"masked\":\"see golden/jsonld\"}</script>")))));
    }
}
