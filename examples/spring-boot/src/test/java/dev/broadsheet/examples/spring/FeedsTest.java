package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.w3c.dom.NodeList;

/** Feeds, sitemaps and robots.txt served from the database, with conditional GET. */
class FeedsTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.h2();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void pagesAnnounceFeedsThatAreServedWithTheirMediaTypes() throws Exception {
        List<String> feeds = Jsoup.parse(app.get("/section/world").body()).select("link[rel=alternate]")
                .eachAttr("href");
        assertThat(feeds).hasSize(6).contains(app.base + "/feed.xml", app.base + "/section/world/atom.xml");
        for (String href : feeds) {
            HttpResponse<String> r = app.get(href.substring(app.base.toString().length()));
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            if (href.endsWith(".json")) {
                assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/feed+json")
                        .containsIgnoringCase("charset=utf-8");
                assertThat(new ObjectMapper().readTree(r.body()).path("items").size()).isPositive();
            } else {
                assertThat(Xml.parse(r.body()).getDocumentElement().getLocalName()).isIn("rss", "feed");
            }
        }
        String rss = app.get("/feed.xml").body();
        assertThat(rss).contains(Fixtures.foreignAffairs().headline()).doesNotContain(Fixtures.draft().headline());
        assertThat(app.get("/tag/no-such-tag/feed.xml").statusCode()).isEqualTo(404);
        assertThat(app.get("/author/" + Fixtures.foreignAffairs().authors().get(0).person().slug() + "/feed.json")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aReaderThatHasTheFeedIsToldNotModified() {
        HttpResponse<String> first = app.get("/atom.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(app.get("/atom.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(app.get("/atom.xml", "If-Modified-Since", first.headers().firstValue("Last-Modified")
                .orElseThrow()).statusCode()).isEqualTo(304);
        assertThat(app.get("/feed.xml", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void theSitemapIndexListsFilesThatAreServedAndRobotsTxtNamesIt() throws Exception {
        Document index = Xml.parse(app.get("/sitemap.xml").body());
        NodeList locs = index.getElementsByTagNameNS("*", "loc");
        assertThat(locs.getLength()).isPositive();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            HttpResponse<String> file = app.get(loc.substring(app.base.toString().length()));
            assertThat(file.statusCode()).as(loc).isEqualTo(200);
            assertThat(Xml.parse(file.body()).getDocumentElement().getLocalName()).isEqualTo("urlset");
            assertThat(file.body()).doesNotContain(Fixtures.draft().slug());
        }
        assertThat(app.get("/sitemap-9.xml").statusCode()).isEqualTo(404);
        assertThat(app.get("/robots.txt").body()).contains("Sitemap: " + app.base + "/sitemap.xml")
                .contains("Disallow: /moderation");
    }
}
