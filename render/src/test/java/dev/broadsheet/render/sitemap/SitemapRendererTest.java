package dev.broadsheet.render.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Translation;
import dev.broadsheet.render.Hostile;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Oracles;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Sitemaps, news sitemaps and the index: valid against their schemas, complete, split and never truncated. */
class SitemapRendererTest {

    static final Site SITE = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com").build();

    private static SitemapRenderer.Builder renderer() {
        return SitemapRenderer.builder().site(SITE).clock(Fixtures.CLOCK);
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** loc to lastmod (or "" when absent) of every url in every file, checking each file on the way. */
    private static Map<String, String> urls(MemoryFiles files, List<SitemapFile> written) throws Exception {
        Map<String, String> all = new HashMap<>();
        for (SitemapFile f : written) {
            byte[] xml = files.bytes(f.name());
            assertThat(SitemapSchemas.urlsetProblems(xml)).as(f.name()).isEmpty();
            assertThat((long) xml.length).isEqualTo(f.bytes());
            NodeList urls = dom(xml).getElementsByTagNameNS(SitemapRenderer.SITEMAP_NS, "url");
            assertThat(urls.getLength()).isEqualTo(f.urls());
            for (int i = 0; i < urls.getLength(); i++) {
                Element u = (Element) urls.item(i);
                String loc = u.getElementsByTagNameNS(SitemapRenderer.SITEMAP_NS, "loc").item(0).getTextContent();
                NodeList lm = u.getElementsByTagNameNS(SitemapRenderer.SITEMAP_NS, "lastmod");
                assertThat(all.put(loc, lm.getLength() == 0 ? "" : lm.item(0).getTextContent()))
                        .as("listed once: " + loc).isNull();
            }
        }
        assertThat(files.open).as("every stream closed").isZero();
        return all;
    }

    private static boolean listable(Article a) {
        return a.status() == ArticleStatus.PUBLISHED && !a.publishedAt().orElseThrow().isAfter(Fixtures.NOW)
                && a.canonicalUrl().map(u -> u.startsWith("https://news.example.com/")).orElse(true);
    }

    @Test
    void lastmodIsWhatInstantToStringWrites() {
        for (String t : new String[] {"2026-09-22T08:30:00Z", "2026-09-22T08:30:00.120Z", "1970-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z",
            "2026-02-28T23:59:59.000000001Z"}) {
            java.time.Instant at = java.time.Instant.parse(t);
            assertThat(SitemapRenderer.lastmod(at)).isEqualTo(at.toString());
        }
    }

    @Test
    void theFixturesSitemapListsEveryPublicPageOnceWithItsLastmod() throws Exception {
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().build().sitemaps(Fixtures.articles(), Fixtures.sections(),
                Fixtures.tags(), Fixtures.people(), files);
        assertThat(written).extracting(SitemapFile::name).containsExactly("sitemap-1.xml");
        Map<String, String> urls = urls(files, written);
        List<String> expected = new ArrayList<>();
        expected.add("https://news.example.com/");
        for (Article a : Fixtures.articles()) {
            String loc = a.canonicalUrl().orElse("https://news.example.com/articles/" + a.slug());
            if (listable(a)) {
                expected.add(loc);
                assertThat(urls.get(loc)).isEqualTo(Oracles.updated(a).toString());
            } else {
                assertThat(urls).doesNotContainKey(loc);
            }
        }
        Fixtures.sections().forEach(s -> expected.add("https://news.example.com/section/" + s.slug()));
        Fixtures.tags().forEach(t -> expected.add("https://news.example.com/tag/" + t.slug()));
        Fixtures.people().forEach(p -> expected.add("https://news.example.com/author/" + p.slug()));
        assertThat(urls.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        // the partner-canonical, draft, scheduled and withdrawn fixtures are among those left out
        assertThat(expected.size()).isLessThan(1 + Fixtures.articles().size() + Fixtures.sections().size()
                + Fixtures.tags().size() + Fixtures.people().size());
        Instant newest = Fixtures.articles().stream().filter(SitemapRendererTest::listable)
                .map(Oracles::updated).max(Instant::compareTo).orElseThrow();
        assertThat(urls.get("https://news.example.com/")).isEqualTo(newest.toString());
        assertThat(written.get(0).lastModified()).isEqualTo(newest);
    }

    @Test
    void featuredImagesBecomeImageEntries() throws Exception {
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().build().sitemaps(Fixtures.articles(), List.of(), List.of(),
                List.of(), files);
        Document d = dom(files.bytes(written.get(0).name()));
        NodeList images = d.getElementsByTagNameNS(SitemapRenderer.IMAGE_NS, "loc");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            locs.add(images.item(i).getTextContent());
        }
        assertThat(locs).containsExactlyInAnyOrderElementsOf(Fixtures.articles().stream()
                .filter(SitemapRendererTest::listable).flatMap(a -> a.featuredImage().stream())
                .map(i -> i.url()).toList());
        assertThat(locs).isNotEmpty();
    }

    @Test
    void translationsBecomeHreflangAlternatesNamingEveryLanguageVersion() throws Exception {
        Article en = Fixtures.foreignAffairs().toBuilder().language("en")
                .addTranslation(Translation.of("az", "https://news.example.com/az/senatorlar"))
                .addTranslation(Translation.of("ru", "https://news.example.com/ru/senatory?a=1&b=2")).build();
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().build().sitemaps(List.of(en, Fixtures.foreignAffairs()
                .toBuilder().id("untranslated").slug("untranslated").build()), List.of(), List.of(), List.of(), files);
        byte[] xml = files.bytes(written.get(0).name());
        assertThat(SitemapSchemas.urlsetProblems(xml)).isEmpty();
        NodeList urls = dom(xml).getElementsByTagNameNS(SitemapRenderer.SITEMAP_NS, "url");
        List<String> alternates = new ArrayList<>();
        int translatedUrls = 0;
        for (int i = 0; i < urls.getLength(); i++) {
            NodeList links = ((Element) urls.item(i)).getElementsByTagNameNS(SitemapRenderer.XHTML_NS, "link");
            translatedUrls += links.getLength() > 0 ? 1 : 0;
            for (int j = 0; j < links.getLength(); j++) {
                Element l = (Element) links.item(j);
                alternates.add(l.getAttribute("rel") + " " + l.getAttribute("hreflang") + " " + l.getAttribute("href"));
            }
        }
        assertThat(translatedUrls).as("only the translated article's url").isEqualTo(1);
        assertThat(alternates).containsExactly(
                "alternate en " + en.canonicalUrl().orElseGet(() -> Links.of(SITE).article(en)),
                "alternate az https://news.example.com/az/senatorlar",
                "alternate ru https://news.example.com/ru/senatory?a=1&b=2");

        MemoryFiles plain = new MemoryFiles();
        renderer().build().sitemaps(Fixtures.articles(), List.of(), List.of(), List.of(), plain);
        assertThat(new String(plain.bytes("sitemap-1.xml"), StandardCharsets.UTF_8)).doesNotContain("xhtml");
    }

    @Test
    void aSmallUrlLimitSplitsIntoFilesTheIndexListsAndNothingIsLost() throws Exception {
        MemoryFiles files = new MemoryFiles();
        SitemapRenderer r = renderer().maxUrlsPerFile(5).build();
        List<SitemapFile> written = r.sitemaps(Fixtures.articles(), Fixtures.sections(), Fixtures.tags(),
                Fixtures.people(), files);
        MemoryFiles whole = new MemoryFiles();
        Map<String, String> all = urls(whole, renderer().build().sitemaps(Fixtures.articles(),
                Fixtures.sections(), Fixtures.tags(), Fixtures.people(), whole));
        assertThat(written).hasSize((all.size() + 4) / 5);
        assertThat(written).allSatisfy(f -> assertThat(f.urls()).isBetween(1, 5));
        assertThat(urls(files, written)).isEqualTo(all);

        byte[] index = r.index(written).getBytes(StandardCharsets.UTF_8);
        assertThat(SitemapSchemas.indexProblems(index)).isEmpty();
        NodeList locs = dom(index).getElementsByTagNameNS(SitemapRenderer.SITEMAP_NS, "loc");
        assertThat(locs.getLength()).isEqualTo(written.size());
        assertThat(locs.item(1).getTextContent()).isEqualTo("https://news.example.com/sitemap-2.xml");
    }

    @Test
    void aByteLimitSplitsBeforeAFileWouldPassIt() throws Exception {
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().maxBytesPerFile(4096).build().sitemaps(Fixtures.articles(),
                Fixtures.sections(), Fixtures.tags(), Fixtures.people(), files);
        assertThat(written.size()).isGreaterThan(1);
        assertThat(written).allSatisfy(f -> assertThat(files.bytes(f.name()).length).isLessThanOrEqualTo(4096));
        MemoryFiles whole = new MemoryFiles();
        assertThat(urls(files, written)).isEqualTo(urls(whole, renderer().build().sitemaps(Fixtures.articles(),
                Fixtures.sections(), Fixtures.tags(), Fixtures.people(), whole)));
    }

    @Test
    void gzipCompressesEachFileAndCountsBytesBeforeCompression() throws Exception {
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().gzip(true).maxUrlsPerFile(10).build().sitemaps(
                Fixtures.articles(), Fixtures.sections(), Fixtures.tags(), Fixtures.people(), files);
        assertThat(written).allSatisfy(f -> assertThat(f.name()).endsWith(".xml.gz"));
        assertThat(files.files.get(written.get(0).name()).toByteArray()[0]).isEqualTo((byte) 0x1f);
        assertThat(urls(files, written)).isNotEmpty();
    }

    @Test
    void fiftyThousandAndOneUrlsMakeTwoFilesInConstantMemory() throws Exception {
        Article base = Fixtures.foreignAffairs();
        List<Article> many = new ArrayList<>(50_001);
        IntStream.range(0, 50_000).forEach(i -> many.add(base.toBuilder().id("n-" + i).slug("n-" + i).build()));
        Map<String, Integer> counts = new HashMap<>();
        SitemapFiles counting = name -> new OutputStream() {
            private int urls;
            private final byte[] pattern = "<url>".getBytes(StandardCharsets.US_ASCII);
            private int matched;

            @Override
            public void write(int b) {
                matched = b == pattern[matched] ? matched + 1 : (b == pattern[0] ? 1 : 0);
                if (matched == pattern.length) {
                    urls++;
                    matched = 0;
                }
            }

            @Override
            public void close() {
                counts.put(name, urls);
            }
        };
        List<SitemapFile> written = renderer().build().sitemaps(many, List.of(), List.of(), List.of(), counting);
        assertThat(written).extracting(SitemapFile::urls).containsExactly(50_000, 1);
        assertThat(counts).containsEntry("sitemap-1.xml", 50_000).containsEntry("sitemap-2.xml", 1);
        assertThat(written).allSatisfy(f -> assertThat(f.bytes()).isLessThanOrEqualTo(SitemapRenderer.MAX_BYTES));
    }

    @Test
    void theNewsSitemapHoldsOnlyTheLastTwoDaysAtMostAThousandAFile() throws Exception {
        Article base = Fixtures.foreignAffairs().toBuilder().modifiedAt(null).corrections(null).build();
        List<Article> articles = new ArrayList<>();
        Instant now = Fixtures.NOW;
        IntStream.range(0, 2_500).forEach(i -> articles.add(base.toBuilder().id("w-" + i).slug("w-" + i)
                .publishedAt(now.minusSeconds(60L * i)).build()));
        Article old = base.toBuilder().id("old").slug("old")
                .publishedAt(now.minus(Duration.ofDays(2)).minusSeconds(1)).build();
        Article edge = base.toBuilder().id("edge").slug("edge").publishedAt(now.minus(Duration.ofDays(2))).build();
        Article future = base.toBuilder().id("future").slug("future").publishedAt(now.plusSeconds(1)).build();
        Article chinese = base.toBuilder().id("zh").slug("zh").language("zh-Hant").publishedAt(now).build();
        articles.addAll(List.of(old, edge, future, chinese, Fixtures.draft(), Fixtures.withdrawn()));
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().build().news(articles, files);
        assertThat(written).extracting(SitemapFile::urls).containsExactly(1000, 1000, 502);
        assertThat(written).extracting(SitemapFile::name).containsExactly("news-sitemap-1.xml",
                "news-sitemap-2.xml", "news-sitemap-3.xml");
        Map<String, String> urls = urls(files, written);
        assertThat(urls).containsKeys("https://news.example.com/articles/edge", "https://news.example.com/articles/zh")
                .doesNotContainKeys("https://news.example.com/articles/old",
                        "https://news.example.com/articles/future");
        String third = new String(files.bytes("news-sitemap-3.xml"), StandardCharsets.UTF_8);
        assertThat(third).contains("<news:language>zh-tw</news:language>")
                .contains("<news:name>The Caspian Ledger</news:name>")
                .contains("<news:title>" + base.headline().replace("&", "&amp;") + "</news:title>");
    }

    @Test
    void hostileTitlesStayTextAndTheNewsSitemapIsStillValid() throws Exception {
        Article a = Hostile.article().toBuilder().publishedAt(Fixtures.NOW.minusSeconds(3600)).modifiedAt(null)
                .corrections(null).build();
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = SitemapRenderer.builder().site(Hostile.site("https://news.example.com"))
                .clock(Fixtures.CLOCK).build().news(List.of(a), files);
        byte[] xml = files.bytes(written.get(0).name());
        assertThat(SitemapSchemas.urlsetProblems(xml)).isEmpty();
        Document d = dom(xml);
        assertThat(d.getElementsByTagNameNS(SitemapRenderer.NEWS_NS, "title").item(0).getTextContent())
                .isEqualTo(a.headline());
        assertThat(d.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void theIndexIsTheSameAsTextAndBytes() {
        SitemapRenderer r = renderer().build();
        List<SitemapFile> files = List.of(new SitemapFile("sitemap-1.xml", "https://news.example.com/sitemap-1.xml",
                Fixtures.NOW, 3, 100), new SitemapFile("news-sitemap-1.xml",
                "https://news.example.com/news-sitemap-1.xml?a=1&b=2", null, 1, 10));
        byte[] text = r.index(files).getBytes(StandardCharsets.UTF_8);
        Utf8Buffer buffer = new Utf8Buffer();
        r.index(files, buffer);
        assertThat(buffer.toByteArray()).isEqualTo(text);
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        r.index(files, stream);
        assertThat(stream.toByteArray()).isEqualTo(text);
        assertThat(new String(text, StandardCharsets.UTF_8)).contains("?a=1&amp;b=2");
    }

    @Test
    void limitsAreNamedInTheirErrors() {
        assertThatThrownBy(() -> SitemapRenderer.builder().maxUrlsPerFile(50_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxUrlsPerFile")
                .hasMessageContaining("50001");
        assertThatThrownBy(() -> SitemapRenderer.builder().maxBytesPerFile(SitemapRenderer.MAX_BYTES + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytesPerFile");
        assertThatThrownBy(() -> SitemapRenderer.builder().filesUrl("ftp://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filesUrl");
        List<SitemapFile> tooMany = java.util.Collections.nCopies(SitemapRenderer.MAX_INDEX_FILES + 1,
                new SitemapFile("s.xml", "https://news.example.com/s.xml", null, 1, 1));
        assertThatThrownBy(() -> renderer().build().index(tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50000");
    }

    @Test
    void anEmptySiteStillGetsAValidSitemapWithItsHomePage() throws Exception {
        MemoryFiles files = new MemoryFiles();
        List<SitemapFile> written = renderer().build().sitemaps(List.of(), List.of(), List.of(), List.of(), files);
        assertThat(urls(files, written)).containsOnlyKeys("https://news.example.com/");
        MemoryFiles news = new MemoryFiles();
        assertThat(renderer().build().news(List.of(Fixtures.draft()), news)).isEmpty();
        assertThat(news.files).isEmpty();
    }

    @Test
    void newsLanguagesFollowGooglesCodes() {
        assertThat(SitemapRenderer.newsLanguage("en-GB")).isEqualTo("en");
        assertThat(SitemapRenderer.newsLanguage("zh-Hans")).isEqualTo("zh-cn");
        assertThat(SitemapRenderer.newsLanguage("zh-TW")).isEqualTo("zh-tw");
        assertThat(SitemapRenderer.newsLanguage("az-Latn-AZ")).isEqualTo("az");
    }

    @Test
    void theSchemasRejectWhatTheProtocolForbids() throws Exception {
        String head = "<urlset xmlns='" + SitemapRenderer.SITEMAP_NS + "' xmlns:news='" + SitemapRenderer.NEWS_NS
                + "' xmlns:image='" + SitemapRenderer.IMAGE_NS + "' xmlns:x='urn:unknown'>";
        String[] broken = {
            head + "</urlset>",
            head + "<url><lastmod>2026-01-01</lastmod></url></urlset>",
            head + "<url><loc>https://news.example.com/a</loc><lastmod>yesterday</lastmod></url></urlset>",
            head + "<url><loc>https://news.example.com/a</loc><news:news><news:title>t</news:title></news:news>"
                    + "</url></urlset>",
            head + "<url><loc>https://news.example.com/a</loc><news:news><news:publication><news:name>n"
                    + "</news:name><news:language>en-GB</news:language></news:publication><news:publication_date>"
                    + "2026-01-01</news:publication_date><news:title>t</news:title></news:news></url></urlset>",
            head + "<url><loc>https://news.example.com/a</loc><image:image><image:caption>c</image:caption>"
                    + "</image:image></url></urlset>",
            head + "<url><loc>https://news.example.com/a</loc><x:y/></url></urlset>",
        };
        for (String xml : broken) {
            assertThat(SitemapSchemas.urlsetProblems(xml.getBytes(StandardCharsets.UTF_8))).as(xml).isNotEmpty();
        }
        assertThat(SitemapSchemas.indexProblems(("<sitemapindex xmlns='" + SitemapRenderer.SITEMAP_NS
                + "'><sitemap><lastmod>2026-01-01</lastmod></sitemap></sitemapindex>")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }
}
