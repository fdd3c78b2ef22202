package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.RenderCases;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.testing.NuChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Nu Html Checker, in-process, reports no error for any page or fragment the renderer writes. */
class HtmlStandardsTest {

    private final HtmlRenderer renderer = HtmlRenderer.builder().site(TestContent.site()).build();

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        return RenderCases.pages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String html = renderer.render(e.getValue());
            assertThat(NuChecker.check(html)).as(e.getKey()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFragmentIsValidHtmlOnItsOwn() {
        ArticlePage page = (ArticlePage) RenderCases.pages().get("article with form errors");
        ArticlePage comments = (ArticlePage) RenderCases.pages().get("article with comments");
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, String> bodyFragments = Map.of(
                "article", renderer.fragment(Part.ARTICLE, comments),
                "comments", renderer.fragment(Part.COMMENTS, comments),
                "comment form", renderer.fragment(Part.COMMENT_FORM, page),
                "newsletter form", renderer.fragment(Part.NEWSLETTER_FORM, (Page) page),
                "tag list", renderer.fragment(Part.TAGS, comments),
                "breadcrumb", renderer.fragment(Part.BREADCRUMB, (Page) comments),
                "byline", renderer.fragment(Part.BYLINE, comments));
        bodyFragments.forEach((name, html) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            assertThat(html).isNotBlank();
            assertThat(NuChecker.checkFragment(html)).as(name).isEmpty();
        })));
        String head = renderer.fragment(Part.HEAD, (Page) comments) + renderer.fragment(Part.JSON_LD, (Page) comments);
        tests.add(DynamicTest.dynamicTest("head tags and JSON-LD", () -> assertThat(NuChecker.check(
                "<!DOCTYPE html><html lang=\"en\"><head>" + head + "</head><body><p>x</p></body></html>"))
                .isEmpty()));
        return tests.stream();
    }
}
