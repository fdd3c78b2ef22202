package dev.broadsheet.interchange.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NinjsExporterTest {

    private static final Instant T = Instant.parse("2026-10-01T09:00:00Z");

    private static Article story() {
        Section world = Section.builder().name("World").slug("world").build();
        return Article.builder().id("a-1").headline("Senators visit Baku").dek("Eight of them")
                .status(ArticleStatus.PUBLISHED).publishedAt(T).modifiedAt(T.plusSeconds(3600))
                .addByline(new Byline(Person.builder().name("Leyla Aliyeva").url("https://news.example/leyla").build(),
                        Byline.Role.REPORTER))
                .section(Section.builder().name("Europe").slug("europe").parent(world).build())
                .addTag(Tag.of("Diplomacy")).description("A short visit.")
                .addCorrection(Correction.of(T.plusSeconds(3600), "The number of senators was wrong."))
                .body(Sanitizer.sanitize("<p>Eight senators arrived.</p>", HtmlPolicy.article()))
                .credit(Credit.of("Turan", "https://turan.az/", "BAKU"))
                .canonicalUrl("https://news.example/world/senators").language("en")
                .featuredImage(Image.builder().url("https://img.example/b.jpg").alt("The senators").size(1200, 800)
                        .addRendition(new Image.Rendition("https://img.example/b-600.jpg", 600, 400)).build())
                .build();
    }

    @Test
    void anArticleBecomesThisNinjs31Document() {
        String json = NinjsExporter.builder().uriBase("https://news.example/articles/").build().toJson(story());
        // written by hand from the mapping table in interchange/README.md
        assertThat(json).isEqualTo("{\"uri\":\"https://news.example/articles/a-1\","
                + "\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\","
                + "\"schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json\"},"
                + "\"type\":\"text\",\"version\":\"2\","
                + "\"firstCreated\":\"2026-10-01T09:00:00Z\",\"versionCreated\":\"2026-10-01T10:00:00Z\","
                + "\"pubStatus\":\"usable\",\"language\":\"en\",\"slugline\":\"senators-visit-baku\","
                + "\"headlines\":[{\"role\":\"main\",\"contentType\":\"text/plain\",\"value\":\"Senators visit Baku\"},"
                + "{\"role\":\"sub\",\"contentType\":\"text/plain\",\"value\":\"Eight of them\"}],"
                + "\"by\":\"Leyla Aliyeva\","
                + "\"people\":[{\"name\":\"Leyla Aliyeva\",\"rel\":\"reporter\",\"literal\":\"leyla-aliyeva\","
                + "\"uri\":\"https://news.example/leyla\"}],"
                + "\"subjects\":[{\"name\":\"World\",\"rel\":\"section\",\"literal\":\"world\"},"
                + "{\"name\":\"Europe\",\"rel\":\"section\",\"literal\":\"europe\"},"
                + "{\"name\":\"Diplomacy\",\"literal\":\"diplomacy\"}],"
                + "\"descriptions\":[{\"role\":\"summary\",\"contentType\":\"text/plain\",\"value\":\"A short visit.\"},"
                + "{\"role\":\"correction\",\"contentType\":\"text/plain\","
                + "\"value\":\"Corrected 2026-10-01T10:00:00Z: The number of senators was wrong.\"}],"
                + "\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/html\",\"charCount\":23,\"wordCount\":3,"
                + "\"value\":\"<p>Eight senators arrived.</p>\"},"
                + "{\"role\":\"main\",\"contentType\":\"text/plain\",\"charCount\":23,\"wordCount\":3,"
                + "\"value\":\"Eight senators arrived.\"}],"
                + "\"copyrightNotice\":\"© Turan\",\"located\":\"BAKU\","
                + "\"infoSources\":[{\"name\":\"Turan\",\"role\":\"originator\",\"uri\":\"https://turan.az/\"}],"
                + "\"altIds\":[{\"role\":\"canonical\",\"value\":\"https://news.example/world/senators\"}],"
                + "\"associations\":[{\"name\":\"featureimage\",\"uri\":\"https://img.example/b.jpg\",\"type\":\"picture\","
                + "\"descriptions\":[{\"role\":\"alt\",\"contentType\":\"text/plain\",\"value\":\"The senators\"}],"
                + "\"renditions\":[{\"name\":\"original\",\"href\":\"https://img.example/b.jpg\","
                + "\"contentType\":\"image/jpeg\",\"width\":1200,\"height\":800},"
                + "{\"name\":\"600x400\",\"href\":\"https://img.example/b-600.jpg\",\"contentType\":\"image/jpeg\","
                + "\"width\":600,\"height\":400}]}]}");
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, json)).isEmpty();
    }

    @Test
    void ninjs22SpellsTheSameDocumentInLowerCase() {
        String json = NinjsExporter.builder().version(NinjsVersion.V2_2).build().toJson(story());
        assertThat(json).contains("\"firstcreated\":", "\"versioncreated\":", "\"pubstatus\":\"usable\"",
                "\"contenttype\":\"text/html\"", "\"charcount\":23", "\"copyrightnotice\":", "\"infosources\":",
                "\"altids\":", "\"version\":\"2.2\"", "\"uri\":\"urn:broadsheet:article:a-1\"");
        assertThat(json).doesNotContain("Created\"", "contentType", "infoSources");
        assertThat(IptcSchemas.errors(NinjsVersion.V2_2, json)).isEmpty();
    }

    @Test
    void statusesBecomePubStatusAndAScheduledArticleAnEmbargo() {
        NinjsExporter e = NinjsExporter.builder().build();
        Article draft = Article.builder().id("d").headline("Draft").build();
        assertThat(e.toJson(draft)).contains("\"pubStatus\":\"withheld\"").doesNotContain("Created", "bodies",
                "embargoedUntil");
        Article scheduled = draft.toBuilder().status(ArticleStatus.SCHEDULED).publishedAt(T).build();
        assertThat(e.toJson(scheduled)).contains("\"pubStatus\":\"withheld\"",
                "\"embargoedUntil\":\"2026-10-01T09:00:00Z\"");
        assertThat(NinjsExporter.builder().version(NinjsVersion.V2_2).build().toJson(scheduled))
                .contains("\"embargoed\":\"2026-10-01T09:00:00Z\"");
        Article withdrawn = story().toBuilder().status(ArticleStatus.WITHDRAWN).build();
        assertThat(e.toJson(withdrawn)).contains("\"pubStatus\":\"canceled\"");
    }

    @Test
    void urlsTheModelAcceptsAsIrisArePercentEncodedForTheSchemasUriFormat() {
        Image image = Image.builder().url("https://img.example/bakı-şəhəri.jpg").alt("Bakı").build();
        Article a = story().toBuilder().featuredImage(image).build();
        String json = NinjsExporter.builder().build().toJson(a);
        assertThat(json).contains("\"href\":\"https://img.example/bak%C4%B1-%C5%9F%C9%99h%C9%99ri.jpg\"");
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, json)).isEmpty();
        assertThat(NinjsExporter.ascii("https://x.example/a?b=c")).isEqualTo("https://x.example/a?b=c");
        assertThat(NinjsExporter.ascii("https://x.example/😀")).isEqualTo("https://x.example/%F0%9F%98%80");
    }

    @Test
    void genresComeFromTheHost() {
        NinjsExporter e = NinjsExporter.builder()
                .genres(a -> List.of(new NinjsExporter.Genre("Current", "http://cv.iptc.org/newscodes/genre/Current"),
                        new NinjsExporter.Genre("Local", null)))
                .build();
        String json = e.toJson(story());
        assertThat(json).contains("\"genres\":[{\"name\":\"Current\",\"uri\":\"http://cv.iptc.org/newscodes/genre/"
                + "Current\"},{\"name\":\"Local\"}]");
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, json)).isEmpty();
    }

    @Test
    void theReadmeExampleRuns() throws Exception {
        Article article = story();
        // --- as in interchange/README.md, "IPTC ninjs"
        NinjsExporter ninjs = NinjsExporter.builder()
                .uriBase("https://news.example/articles/")
                .version(NinjsVersion.V3_1)
                .build();
        String json = ninjs.toJson(article);
        NinjsImporter importer = NinjsImporter.builder().uriBase("https://news.example/articles/").build();
        NinjsImport result = importer.read(json);
        java.io.StringWriter writer = new java.io.StringWriter();
        result.report().writeJson(writer);
        // ---
        assertThat(result.article()).isPresent();
        assertThat(result.article().get().id()).isEqualTo(article.id());
        assertThat(result.image()).isEmpty();
        assertThat(writer.toString()).contains("\"entries\" : [ ]");
    }

    @Test
    void anyAppendableReceivesTheSameDocument() throws Exception {
        NinjsExporter e = NinjsExporter.builder().pretty(true).build();
        StringBuilder out = new StringBuilder();
        e.write(story(), out);
        assertThat(out).hasToString(e.toJson(story()));
        assertThat(out.toString()).contains("\n");
    }

    @Test
    @Timeout(60)
    void oneExporterServesManyThreadsAtOnce() throws Exception {
        NinjsExporter e = NinjsExporter.builder().build();
        List<Article> articles = Fixtures.articles();
        List<String> expected = new ArrayList<>();
        for (Article a : articles) {
            expected.add(e.toJson(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        got.clear();
                        for (Article a : articles) {
                            got.add(e.toJson(a));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
