package dev.broadsheet.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.internal.markup.References;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.XssVectors;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The body scan reads sanitized markup in one pass without a parser; jsoup, parsing the same markup, is the judge
 * of what it must see: as many paragraphs, links and images, on every fixture body and on every XSS corpus vector
 * sanitized by every policy.
 */
class BodyScanTest {

    private static String scanned(SafeHtml body) {
        return BodyFacts.read(body).seen();
    }

    private static String parsed(SafeHtml body) {
        Document d = Jsoup.parseBodyFragment(body.html());
        return d.select("p").size() + " paragraphs, " + d.select("a").size() + " links, " + d.select("img").size()
                + " images";
    }

    @Test
    void theScanSeesWhatAParserSeesInEveryFixtureAndEveryCorpusVector() {
        List<SafeHtml> bodies = new ArrayList<>();
        for (Article a : Fixtures.articles()) {
            bodies.add(a.body());
        }
        for (XssVectors.Vector v : XssVectors.all()) {
            for (HtmlPolicy p : List.of(HtmlPolicy.article(), HtmlPolicy.comment(), HtmlPolicy.text())) {
                bodies.add(Sanitizer.sanitize(v.payload(), p));
            }
        }
        bodies.add(Sanitizer.sanitize("<p>a &amp; b &lt;c&gt; \"d\" <a href=\"https://x.example/?a=1&amp;b=2\""
                + " title=\"x > y\">e</a><img src=\"https://i.example/a.png\" alt=\"5 > 4 &amp; &quot;q&quot;\">",
                HtmlPolicy.article()));
        assertThat(bodies).hasSizeGreaterThan(400);
        for (SafeHtml body : bodies) {
            if (!body.isEmpty()) {
                assertThat(scanned(body)).as(body.html()).isEqualTo(parsed(body));
            }
        }
    }

    private static String decode(String s) {
        return References.decode(s, 0, s.length());
    }

    @Test
    void theFactsAreReadOnceAndKeptOnTheBody() {
        SafeHtml body = Sanitizer.sanitize("<p>One <a href=\"/x\">link</a>.</p>", HtmlPolicy.article());
        assertThat(BodyFacts.of(body)).isSameAs(BodyFacts.of(body));
        assertThat(BodyFacts.of(body).facts()).isEqualTo(BodyFacts.read(body).facts());
    }

    @Test
    void characterReferencesAreDecodedAsTheSanitizerWritesThem() {
        assertThat(decode("a &amp; b &lt;c&gt; &quot;d&quot; &#13;&#x41; &copy; & x"))
                .isEqualTo("a & b <c> \"d\" \rA &copy; & x");
        assertThat(decode("&#99999999; &#xZZ;")).isEqualTo("&#99999999; &#xZZ;");
        assertThat(References.decode("xx&amp;yy", 2, 9)).isEqualTo("&yy");
    }
}
