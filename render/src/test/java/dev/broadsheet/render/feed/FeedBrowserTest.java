package dev.broadsheet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.Hostile;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.ScriptWatch;
import dev.broadsheet.testing.Xml;
import dev.broadsheet.testing.XssVectors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A feed reader unescapes an item's body and shows it as HTML. In headless Chromium, the bodies of every XSS corpus
 * vector, taken back out of the RSS, Atom and JSON feeds by their parsers, run no script while each element is
 * hovered, focused and clicked; nor do the hostile site's feeds. A raw payload slipped into the same document is
 * caught, so the watch is not blind.
 */
class FeedBrowserTest {

    /** XSS vectors per document: their items' bodies one after another. */
    private static final int VECTORS_PER_PAGE = 25;

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static FeedRenderer renderer(FeedFormat format, dev.broadsheet.render.Site site) {
        return FeedRenderer.builder().site(site).format(format).itemCount(FeedRenderer.MAX_ITEMS)
                .fullTextForPaywalled(true).clock(Fixtures.CLOCK).build();
    }

    /** The bodies of a feed's items as a reader's parser hands them over: unescaped markup. */
    static List<String> bodies(FeedFormat format, String feed) throws Exception {
        List<String> out = new ArrayList<>();
        switch (format) {
            case RSS -> {
                NodeList n = Xml.parse(feed).getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded");
                for (int i = 0; i < n.getLength(); i++) {
                    out.add(n.item(i).getTextContent());
                }
            }
            case ATOM -> {
                NodeList n = Xml.parse(feed).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content");
                for (int i = 0; i < n.getLength(); i++) {
                    out.add(n.item(i).getTextContent());
                }
            }
            case JSON_FEED -> {
                for (JsonNode item : new ObjectMapper().readTree(feed).path("items")) {
                    out.add(item.path("content_html").asText());
                }
            }
        }
        return out;
    }

    private static String document(List<String> bodies) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Feed reader</title></head><body>"
                + String.join("\n<hr>\n", bodies) + "</body></html>";
    }

    @Test
    @Timeout(300)
    void theBodiesOfEveryXssVectorInEveryFormatRunNoScript() throws Exception {
        List<XssVectors.Vector> vectors = XssVectors.all();
        Article model = TestContent.article();
        int shown = 0;
        for (int from = 0; from < vectors.size(); from += VECTORS_PER_PAGE) {
            List<Article> items = new ArrayList<>();
            for (int i = from; i < Math.min(vectors.size(), from + VECTORS_PER_PAGE); i++) {
                items.add(model.toBuilder().id("a-x" + i).slug("vector-" + i)
                        .body(Sanitizer.sanitize("<p>Vector " + i + ":</p>" + vectors.get(i).payload(),
                                HtmlPolicy.article())).build());
            }
            List<String> bodies = new ArrayList<>();
            for (FeedFormat format : FeedFormat.values()) {
                List<String> b = bodies(format, renderer(format, TestContent.site()).render(
                        Feed.home(items).build()));
                assertThat(b).as(format.name()).hasSize(items.size());
                bodies.addAll(b);
            }
            ScriptWatch.Report report = browser.watchScripts(document(bodies));
            assertThat(report.events()).as("%s", report).isEmpty();
            shown += bodies.size();
        }
        assertThat(shown).isEqualTo(3 * vectors.size());
    }

    @Test
    @Timeout(120)
    void theHostileSitesFeedsRunNoScriptAndAPayloadSlippedInIsCaught() throws Exception {
        dev.broadsheet.render.Site site = Hostile.site("https://news.example.com");
        List<Article> items = List.of(Hostile.page().article());
        List<String> bodies = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            bodies.addAll(bodies(format, renderer(format, site).render(Feed.home(items).build())));
        }
        assertThat(bodies).hasSize(3);
        ScriptWatch.Report clean = browser.watchScripts(document(bodies));
        assertThat(clean.events()).as("%s", clean).isEmpty();
        assertThat(clean.elementsExercised()).isPositive();

        List<String> slipped = new ArrayList<>(bodies);
        slipped.add("<p><img src=\"x\" onerror=\"document.title='ran'\" alt=\"x\"></p>");
        assertThat(browser.watchScripts(document(slipped)).events()).isNotEmpty();
    }
}
