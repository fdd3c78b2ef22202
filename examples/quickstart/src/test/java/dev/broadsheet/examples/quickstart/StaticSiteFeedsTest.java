package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.testing.Xml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The static export writes the feeds every page announces, the sitemap index with the sitemaps it lists, the Google
 * News sitemap and robots.txt.
 */
class StaticSiteFeedsTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void export() throws IOException {
        StaticSite.write(Fixtures.all(), out);
    }

    private static Path file(String url) {
        assertThat(url).startsWith(StaticSite.BASE_URL + "/");
        return out.resolve(url.substring(StaticSite.BASE_URL.length() + 1));
    }

    @Test
    void everyFeedAPageAnnouncesIsWrittenAndParses() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && !p.toString().endsWith(".amp.html")).toList();
        }
        List<String> announced = new ArrayList<>();
        for (Path page : pages) {
            announced.addAll(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8))
                    .select("link[rel=alternate]").eachAttr("href"));
        }
        assertThat(announced).contains(StaticSite.BASE_URL + "/feed.xml", StaticSite.BASE_URL + "/atom.xml",
                StaticSite.BASE_URL + "/feed.json", StaticSite.BASE_URL + "/section/world/atom.xml");
        for (String url : announced.stream().distinct().toList()) {
            Path feed = file(url);
            assertThat(feed).as(url).isRegularFile();
            if (url.endsWith(".json")) {
                assertThat(new ObjectMapper().readTree(feed.toFile()).path("items").isArray()).as(url).isTrue();
            } else {
                assertThat(Xml.parse(feed).getDocumentElement().getLocalName()).as(url).isIn("rss", "feed");
            }
        }
        String home = Files.readString(out.resolve("feed.xml"), StandardCharsets.UTF_8);
        assertThat(home).contains(Fixtures.foreignAffairs().headline())
                .doesNotContain(Fixtures.draft().headline());
    }

    @Test
    void theSitemapIndexListsSitemapsThatExistAndRobotsTxtNamesIt() throws Exception {
        Document index = Xml.parse(out.resolve("sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList locs = index.getElementsByTagNameNS("*", "loc");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            files.add(locs.item(i).getTextContent());
        }
        assertThat(files).contains(StaticSite.BASE_URL + "/sitemap-1.xml");
        boolean news = false;
        for (String url : files) {
            Document urlset = Xml.parse(file(url));
            assertThat(urlset.getDocumentElement().getLocalName()).as(url).isEqualTo("urlset");
            news |= urlset.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "news")
                    .getLength() > 0;
        }
        assertThat(news).as("the news sitemap lists the fixtures' latest news").isTrue();
        String sitemap = Files.readString(out.resolve("sitemap-1.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains(StaticSite.BASE_URL + "/articles/" + Fixtures.foreignAffairs().slug() + ".html")
                .doesNotContain(Fixtures.draft().slug());
        assertThat(Files.readString(out.resolve("robots.txt"), StandardCharsets.UTF_8))
                .contains("Sitemap: " + StaticSite.BASE_URL + "/sitemap.xml");
    }
}
