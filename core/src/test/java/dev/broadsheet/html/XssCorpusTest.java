package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.XssVectors;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of the public XSS corpus, through every policy and through Markdown: the DOM a browser would build
 * from the output holds no script, handler, script URL, foreign element or embed from a host that is not allowed,
 * and sanitizing again changes nothing. (The headless-browser proof runs these vectors in Chromium too.)
 */
class XssCorpusTest {

    private static final List<HtmlPolicy> POLICIES = List.of(HtmlPolicy.article(), HtmlPolicy.comment(),
            HtmlPolicy.text());

    @Test
    void theCorpusIsComplete() {
        List<XssVectors.Vector> vectors = XssVectors.all();
        assertThat(vectors).hasSize(149);
        assertThat(vectors).allSatisfy(v -> assertThat(v.payload()).isNotEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyVectorIsNeutralised() {
        List<XssVectors.Vector> vectors = XssVectors.all();
        return vectors.stream().map(v -> DynamicTest.dynamicTest(v.id() + " " + v.name() + " (1 of " + vectors.size() + ")",
                () -> {
                    for (HtmlPolicy policy : POLICIES) {
                        check(v, Sanitizer.sanitize(v.payload(), policy), policy);
                        check(v, Markdown.toHtml(v.payload(), policy), policy);
                    }
                }));
    }

    private static void check(XssVectors.Vector v, SafeHtml html, HtmlPolicy policy) {
        assertThat(HtmlSafety.problems(html.html())).as("%s -> %s", v.id(), html).isEmpty();
        assertThat(Sanitizer.sanitize(html.html(), policy)).as("idempotent: %s", v.id()).isEqualTo(html);
    }
}
