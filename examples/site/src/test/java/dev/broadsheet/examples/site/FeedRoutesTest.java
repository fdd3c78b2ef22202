package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.testing.Xml;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The demo site serves its feeds, sitemaps and robots.txt with their media types, announces the feeds from every
 * page, and answers a reader that already has a feed with 304 Not Modified.
 */
class FeedRoutesTest {

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void feedsAreServedWithTheirMediaTypesAndHoldOnlyPublishedArticles() throws Exception {
        HttpResponse<String> rss = site.get("/feed.xml");
        assertThat(rss.statusCode()).isEqualTo(200);
        assertThat(rss.headers().firstValue("Content-Type")).contains("application/rss+xml; charset=utf-8");
        Document doc = Xml.parse(rss.body());
        assertThat(doc.getElementsByTagName("item").getLength()).isPositive();
        assertThat(rss.body()).contains(Fixtures.foreignAffairs().slug())
                .doesNotContain(Fixtures.draft().slug()).doesNotContain(Fixtures.scheduled().slug());

        HttpResponse<String> atom = site.get("/atom.xml");
        assertThat(atom.headers().firstValue("Content-Type")).contains("application/atom+xml; charset=utf-8");
        assertThat(Xml.parse(atom.body()).getDocumentElement().getLocalName()).isEqualTo("feed");

        HttpResponse<String> json = site.get("/feed.json");
        assertThat(json.headers().firstValue("Content-Type")).contains("application/feed+json; charset=utf-8");
        JsonNode feed = new ObjectMapper().readTree(json.body());
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("items").size()).isPositive();

        String tag = Fixtures.foreignAffairs().tags().get(0).slug();
        assertThat(site.get("/section/world/atom.xml").statusCode()).isEqualTo(200);
        assertThat(site.get("/tag/" + tag + "/feed.json").statusCode()).isEqualTo(200);
        assertThat(site.get("/author/tamar-beridze/feed.xml").statusCode()).isEqualTo(200);
        assertThat(site.get("/section/no-such-section/feed.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/author/nobody-at-all/atom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageAnnouncesTheFeedsItsReaderCanFollow() {
        List<String> home = Jsoup.parse(site.get("/").body()).select("link[rel=alternate]").eachAttr("href");
        assertThat(home).hasSize(3).allSatisfy(h -> assertThat(h).startsWith(site.origin()));
        for (String href : home) {
            assertThat(site.get(href).statusCode()).as(href).isEqualTo(200);
        }
        List<String> section = Jsoup.parse(site.get("/section/world").body()).select("link[rel=alternate]")
                .eachAttr("href");
        assertThat(section).hasSize(6).contains(site.origin() + "/section/world/feed.xml");
        for (String href : section) {
            assertThat(site.get(href).statusCode()).as(href).isEqualTo(200);
        }
    }

    @Test
    void aReaderThatHasTheFeedIsToldNotModified() {
        HttpResponse<String> first = site.get("/feed.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = site.get("/feed.xml", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);

        assertThat(site.get("/feed.xml", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(site.get("/feed.xml", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(site.get("/atom.xml", "If-None-Match", etag).statusCode())
                .as("another format is another document").isEqualTo(200);
    }

    @Test
    void sitemapsAndRobotsTxtLeadSearchEnginesToEveryPublicPage() throws Exception {
        HttpResponse<String> index = site.get("/sitemap.xml");
        assertThat(index.headers().firstValue("Content-Type")).contains("application/xml; charset=utf-8");
        Document d = Xml.parse(index.body());
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        int files = d.getElementsByTagNameNS("*", "loc").getLength();
        assertThat(files).isPositive();
        for (int i = 0; i < files; i++) {
            String loc = d.getElementsByTagNameNS("*", "loc").item(i).getTextContent();
            HttpResponse<String> file = site.get(loc);
            assertThat(file.statusCode()).as(loc).isEqualTo(200);
            Document urlset = Xml.parse(file.body());
            assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
            assertThat(file.body()).doesNotContain(Fixtures.draft().slug());
        }
        assertThat(site.get("/sitemap-99.xml").statusCode()).isEqualTo(404);

        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain"));
        assertThat(robots.body()).contains("Sitemap: " + site.origin() + "/sitemap.xml")
                .contains("Disallow: /moderation/");
    }
}
