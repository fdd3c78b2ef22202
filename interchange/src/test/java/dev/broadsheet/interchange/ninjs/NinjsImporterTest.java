package dev.broadsheet.interchange.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsImporterTest {

    private static final NinjsImporter IMPORTER = NinjsImporter.builder().build();

    private static NinjsImport example(String name) throws NinjsException {
        return IMPORTER.read(IptcSchemas.resource(name));
    }

    private static List<String> codes(NinjsImport r, NinjsReport.Kind kind) {
        return r.report().entries(kind).stream().map(e -> e.path() + " " + e.code()).toList();
    }

    // ---- the specification's examples

    @ParameterizedTest
    @ValueSource(strings = {"001_simple_example.json", "002_renditions_example.json",
        "003_associations_example.json", "004_simple_text_article.json", "005_complex_text_article.json",
        "006_photo_only.json", "007_multimedia.json", "008_event.json"})
    void everyExampleOfTheSpecImportsAndNamesWhatItLeftOut(String name) throws Exception {
        NinjsImport r = example("examples-3.1/" + name);
        assertThat(r.report().version()).isEqualTo(NinjsVersion.V3_1);
        assertThat(r.article().isPresent() || r.image().isPresent()).as(r.report().toJson()).isTrue();
        // every rejection names a path and a code; the JSON report carries every entry
        assertThat(r.report().entries()).allSatisfy(e -> assertThat(e.path()).startsWith("/"));
        assertThat(r.report().toJson()).contains("\"entries\"");
    }

    @Test
    void theSimpleExampleBecomesAPublishedArticleWithTwoAuthorsFromItsByLine() throws Exception {
        NinjsImport r = example("examples-3.1/001_simple_example.json");
        Article a = r.article().orElseThrow();
        assertThat(a.id()).isEqualTo("ninjs-ninjs.example.com-newsitems-20130709simp123");
        assertThat(a.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.publishedAt()).contains(Instant.parse("2013-07-09T10:37:00Z"));
        assertThat(a.authors()).extracting(b -> b.person().name()).containsExactly("Paulo Santalucia",
                "Frances d'Emilio");
        assertThat(a.body().html()).startsWith("<p>GROSSETO, Italy (AP) -- The trial").endsWith("</p>");
        assertThat(codes(r, NinjsReport.Kind.CHANGED)).containsExactly("/uri id.from_uri", "/by by.split");
        assertThat(r.report().unmappedPaths()).isEmpty();
    }

    @Test
    void theComplexExampleListsEveryPropertyTheModelHasNoPlaceFor() throws Exception {
        NinjsImport r = example("examples-3.1/005_complex_text_article.json");
        assertThat(r.article()).isPresent();
        // the HTML body is the one imported; the people are "about" the story, not its authors
        assertThat(r.article().get().body().html()).contains("<p>His lawyer, Domenico Pepe");
        assertThat(r.report().unmappedPaths()).containsExactly("/profile", "/copyrightNotice", "/people",
                "/places", "/organisations", "/located");
    }

    @Test
    void thePhotoExampleBecomesAnImageAndADraftWithIt() throws Exception {
        NinjsImport r = example("examples-3.1/006_photo_only.json");
        Image image = r.image().orElseThrow();
        assertThat(image.url()).isEqualTo("http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg");
        assertThat(image.width()).contains(429);
        assertThat(image.height()).contains(281);
        assertThat(image.renditions()).containsExactly(new Image.Rendition(
                "http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-small.jpg", 179, 117));
        assertThat(image.alt()).contains("Costa Concordia cruise ship");
        assertThat(image.caption().orElseThrow()).startsWith("The Costa Concordia cruise ship lies on its side");
        assertThat(image.credit()).contains("Paulo Santalucia");
        assertThat(r.article().orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(codes(r, NinjsReport.Kind.CHANGED)).contains("/status status.draft",
                "/headlines/0 alt.from_headline");
        assertThat(r.report().unmappedPaths()).containsExactly("/descriptions/1", "/renditions/0/title",
                "/renditions/1/title");
    }

    @Test
    void theRenditionsExampleHasNoHeadlineSoOnlyItsImageImportsAndTheArticleIsReported() throws Exception {
        NinjsImport r = example("examples-3.1/002_renditions_example.json");
        assertThat(r.article()).isEmpty();
        assertThat(codes(r, NinjsReport.Kind.REJECTED)).containsExactly("/headline required");
        assertThat(r.image().orElseThrow().url()).endsWith("/221373/5/dell_blue_rgb.jpg");
        assertThat(r.image().get().decorative()).isTrue();
        assertThat(r.report().unmappedPaths()).containsExactly("/renditions/0/sizeInBytes",
                "/renditions/1/sizeInBytes");
    }

    @Test
    void theEventExampleTakesItsTitleAsHeadlineAndListsItsEventDetails() throws Exception {
        NinjsImport r = example("examples-3.1/008_event.json");
        assertThat(r.report().versionDetectedBy()).isEqualTo("standard.version \"3.1\"");
        assertThat(r.article().orElseThrow().headline()).isEqualTo("2023 NATO Summit Press Conference");
        assertThat(r.report().unmappedPaths()).containsExactly("/eventDetails", "/places");
    }

    @Test
    void theAssociationsExampleTakesTheFirstPictureAsTheFeaturedImage() throws Exception {
        NinjsImport r = example("examples-3.1/003_associations_example.json");
        Article a = r.article().orElseThrow();
        assertThat(a.featuredImage().orElseThrow().url())
                .isEqualTo("http://mms.businesswire.com/media/newsItemId/en/221373/3/dell_blue_rgb.jpg");
        assertThat(r.report().unmappedPaths()).contains("/associations/1");
    }

    // ---- older versions

    @Test
    void aNinjs1DocumentIsReadWithItsSingleValuedProperties() throws Exception {
        NinjsImport r = IMPORTER.read(IptcSchemas.resource("v1/agency-story.json"));
        assertThat(r.report().version()).isEqualTo(NinjsVersion.V1);
        Article a = r.article().orElseThrow();
        assertThat(a.headline()).isEqualTo("Eight senators visit Baku");
        assertThat(a.slug()).isEqualTo("baku-senators");
        assertThat(a.description()).contains("A delegation from the USA met the foreign minister.");
        assertThat(a.publishedAt()).contains(Instant.parse("2026-03-02T03:00:00Z"));
        assertThat(a.modifiedAt()).contains(Instant.parse("2026-03-02T04:30:00Z"));
        assertThat(a.tags()).extracting(t -> t.name()).containsExactly("Diplomacy", "Azerbaijan");
        assertThat(a.credit().orElseThrow().source()).isEqualTo("Turan");
        assertThat(a.credit().get().dateline()).contains("BAKU");
        // the script and the handler are gone, the link and the words around it are kept apart
        assertThat(a.body().html()).doesNotContain("script", "onclick").contains("the <a href=\"https://example"
                + ".org/usa\"", "</a> arrived.");
        assertThat(codes(r, NinjsReport.Kind.CHANGED)).contains("/body_html sanitized");
        assertThat(r.report().unmappedPaths()).containsExactly("/version", "/subject/0/code", "/subject/0/scheme",
                "/place", "/renditions");
    }

    @Test
    void aNinjs2DocumentWithAnEmbargoIsScheduledForIt() throws Exception {
        NinjsImport r = IMPORTER.read(IptcSchemas.resource("v2/agency-story.json"));
        assertThat(r.report().version()).isEqualTo(NinjsVersion.V2_2);
        assertThat(r.report().versionDetectedBy()).isEqualTo("standard.version \"2.1\"");
        Article a = r.article().orElseThrow();
        assertThat(a.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(a.publishedAt()).contains(Instant.parse("2026-04-11T06:00:00Z"));
        assertThat(a.dek()).contains("Three countries agree on a route");
        assertThat(a.language()).contains("en-GB");
        assertThat(a.body().html()).isEqualTo("<p>The pipeline will run under the sea.</p><p>Construction "
                + "starts in May.</p>");
        assertThat(a.authors()).containsExactly(new Byline(a.authors().get(0).person(), Byline.Role.REPORTER));
        assertThat(a.authors().get(0).person().url()).contains("https://agency.example/staff/anar");
        assertThat(a.credit().orElseThrow().url()).contains("https://turan.az/");
        assertThat(r.report().unmappedPaths()).containsExactly("/people/1", "/subjects/0/uri", "/genres",
                "/urgency");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"uri\":\"u:1\",\"versionCreated\":\"2020-01-01T00:00:00Z\"}|V3_1|camel-case property name \"versionCreated\"",
        "{\"uri\":\"u:1\",\"versioncreated\":\"2020-01-01T00:00:00Z\"}|V2_2|lower-case property names",
        "{\"uri\":\"u:1\",\"body_text\":\"x\"}|V1|ninjs 1 property \"body_text\"",
        "{\"uri\":\"u:1\",\"renditions\":{}}|V1|ninjs 1 property \"renditions\"",
        "{\"$schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json\",\"uri\":\"u:1\"}|V1|$schema \"http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json\"",
        "{\"uri\":\"u:1\",\"standard\":{\"version\":\"2.0\"}}|V2_2|standard.version \"2.0\"",
        "{\"uri\":\"u:1\"}|V3_1|no version stated and no property that differs between versions; read as the current version"})
    void theVersionIsToldAndTheReportSaysHow(String json, NinjsVersion version, String how) throws Exception {
        NinjsReport report = IMPORTER.read(json).report();
        assertThat(report.version()).isEqualTo(version);
        assertThat(report.versionDetectedBy()).isEqualTo(how);
    }

    // ---- hostile input

    @Test
    void scriptsInBodiesAreSanitizedAndTheReportSaysSo() throws Exception {
        NinjsImport r = IMPORTER.read("{\"uri\":\"u:1\",\"headlines\":[{\"value\":\"<b>H</b>\"}],\"by\":\"A\","
                + "\"versionCreated\":\"2020-01-01T00:00:00Z\",\"bodies\":[{\"contentType\":\"text/html\",\"value\":"
                + "\"<p>ok</p><script>alert(1)</script><img src=x onerror=alert(1)>"
                + "<a href='javascript:x()'>l</a>\"}]}");
        Article a = r.article().orElseThrow();
        assertThat(a.body().html()).containsIgnoringCase("<p>ok</p>").doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("javascript");
        assertThat(a.headline()).as("headlines are text: the tag is kept as text, for renderers to escape")
                .isEqualTo("<b>H</b>");
        assertThat(codes(r, NinjsReport.Kind.CHANGED)).contains("/bodies/0/value sanitized");
    }

    @Test
    void plainTextBodiesAreEscapedNotParsed() throws Exception {
        NinjsImport r = IMPORTER.read("{\"uri\":\"u:1\",\"headlines\":[{\"value\":\"H\"}],\"bodies\":[{\"value\":"
                + "\"<script>alert(1)</script> & more\\nline two\"}]}");
        assertThat(r.article().orElseThrow().body().html())
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br>line two</p>");
    }

    @Test
    void wrongTypesAreReportedNotThrown() throws Exception {
        NinjsImport r = IMPORTER.read("{\"uri\":\"u:1\",\"headlines\":\"not an array\",\"title\":\"T\","
                + "\"bodies\":[1,{\"value\":{\"x\":1}}],\"people\":[{\"name\":[\"n\"],\"rel\":\"author\"}],"
                + "\"versionCreated\":12,\"language\":true,\"subjects\":{},\"renditions\":[{\"href\":\"x\","
                + "\"width\":\"wide\"}],\"pubStatus\":\"live\"}");
        assertThat(r.article().orElseThrow().headline()).isEqualTo("T");
        assertThat(codes(r, NinjsReport.Kind.REJECTED)).contains("/headlines type", "/bodies/0 type",
                "/bodies/1/value type", "/people/0/name type", "/versionCreated type", "/language type",
                "/subjects type", "/pubStatus enum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples-3.1/003_associations_example.json", "examples-3.1/006_photo_only.json",
        "examples-3.1/007_multimedia.json", "v1/agency-story.json", "v2/agency-story.json"})
    @Timeout(120)
    void everyValueReplacedByEveryWrongTypeIsReportedNeverThrown(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode original = json.readTree(IptcSchemas.resource(name));
        List<JsonNode> wrong = List.of(NullNode.getInstance(), IntNode.valueOf(-1), TextNode.valueOf("x"),
                json.createArrayNode().add(1), json.createObjectNode().put("value", 1));
        List<String> paths = new ArrayList<>();
        collect(original, "", paths);
        NinjsImport baseline = IMPORTER.read(IptcSchemas.resource(name));
        int imports = 0;
        for (String path : paths) {
            for (JsonNode replacement : wrong) {
                JsonNode doc = original.deepCopy();
                JsonNode parent = doc.at(path.substring(0, path.lastIndexOf('/')));
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (parent instanceof ObjectNode o) {
                    o.set(last, replacement);
                } else if (parent instanceof ArrayNode a) {
                    a.set(Integer.parseInt(last), replacement);
                }
                NinjsImport r = IMPORTER.read(json.writeValueAsString(doc));
                imports++;
                boolean mapped = baseline.report().unmappedPaths().stream().noneMatch(u -> (path + "/")
                        .startsWith(u + "/"));
                if (mapped && !replacement.isNull() && replacement.getNodeType() != original.at(path).getNodeType()) {
                    assertThat(entries(r)).as("%s = %s: a value of the wrong type is reported", path, replacement)
                            .isNotEqualTo(entries(baseline));
                }
            }
        }
        assertThat(imports).isGreaterThan(50);
    }

    private static java.util.Set<String> entries(NinjsImport r) {
        java.util.Set<String> out = new java.util.HashSet<>();
        r.report().entries().forEach(e -> out.add(e.kind() + " " + e.path() + " " + e.code()));
        return out;
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (!path.isEmpty()) {
            out.add(path);
        }
        if (n.isObject()) {
            n.properties().forEach(e -> collect(e.getValue(), path + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), path + "/" + i, out);
            }
        }
    }

    @Test
    void aHugeArrayIsReadUpToTheLimitAndTheRestIsReported() throws Exception {
        StringBuilder json = new StringBuilder("{\"uri\":\"u:1\",\"headlines\":[{\"value\":\"H\"}],\"subjects\":[");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"t").append(i).append("\"}");
        }
        json.append("]}");
        NinjsImport r = IMPORTER.read(json.toString());
        assertThat(r.article().orElseThrow().tags()).hasSize(Article.MAX_TAGS);
        assertThat(r.report().entries(NinjsReport.Kind.REJECTED)).filteredOn(e -> e.code().equals("too_many"))
                .extracting(NinjsReport.Entry::path).contains("/subjects");
        assertThat(r.report().entries().size() + r.report().entriesOverLimit()).isLessThan(2_000);
    }

    @Test
    void maxItemsIsTheMostItemsReadFromOneArray() throws Exception {
        NinjsImporter small = NinjsImporter.builder().maxItems(2).build();
        NinjsImport r = small.read("{\"uri\":\"u:1\",\"headlines\":[{\"value\":\"H\"}],\"subjects\":[{\"name\":\"a\"},"
                + "{\"name\":\"b\"},{\"name\":\"c\"}]}");
        assertThat(r.article().orElseThrow().tags()).extracting(t -> t.name()).containsExactly("a", "b");
        assertThat(codes(r, NinjsReport.Kind.REJECTED)).containsExactly("/subjects too_many");
        assertThat(NinjsImporter.DEFAULT_MAX_ITEMS).isEqualTo(1_000);
    }

    @Test
    void maxDocumentCharsRefusesALargerDocument() {
        NinjsImporter small = NinjsImporter.builder().maxDocumentChars(100).build();
        String json = "{\"uri\":\"u:1\",\"title\":\"" + "x".repeat(200) + "\"}";
        NinjsException e = catchThrowableOfType(NinjsException.class, () -> small.read(json));
        assertThat(e).hasMessageContaining("larger or deeper than the importer's limits");
        assertThat(NinjsImporter.DEFAULT_MAX_DOCUMENT_CHARS).isEqualTo(16 * 1024 * 1024);
    }

    @Test
    @Timeout(10)
    void maxDepthRefusesDeepNestingWithoutAStackOverflow() {
        String deep = "{\"uri\":\"u:1\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        NinjsException e = catchThrowableOfType(NinjsException.class, () -> IMPORTER.read(deep));
        assertThat(e).hasMessageContaining("larger or deeper");
        assertThat(e.line()).isEqualTo(1);
        assertThat(NinjsImporter.DEFAULT_MAX_DEPTH).isEqualTo(32);
        NinjsImporter shallow = NinjsImporter.builder().maxDepth(4).build();
        assertThatThrownBy(() -> shallow.read("{\"uri\":\"u:1\",\"a\":[[[[1]]]]}")).isInstanceOf(NinjsException.class);
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        NinjsException e = catchThrowableOfType(NinjsException.class,
                () -> IMPORTER.read("{\n  \"uri\": \"u:1\",\n  \"headlines\": [ {\"value\": \"H\"} ,, ]\n}"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(34); // the second comma
        assertThat(e).hasMessageStartingWith("malformed JSON at line 3, column 34: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\"", "{\"uri\":\"u:1\"} {}", "{\"uri\":\"u:1\",\"uri\":\"u:2\"}",
        "{\"uri\":\"u:1\""})
    void whatIsNotOneJsonObjectIsAClearError(String json) {
        NinjsException e = catchThrowableOfType(NinjsException.class, () -> IMPORTER.read(json));
        assertThat(e.getMessage()).matches("(not a ninjs document|malformed JSON).*");
    }

    @Test
    void aDocumentWithoutUriIsReportedNotThrown() throws Exception {
        NinjsImport r = IMPORTER.read("{\"headlines\":[{\"value\":\"H\"}]}");
        assertThat(r.article()).isEmpty();
        assertThat(codes(r, NinjsReport.Kind.REJECTED)).containsExactly("/uri required");
        assertThat(r.report().unmappedPaths()).containsExactly("/headlines");
    }

    @Test
    void bytesAreReadAsUtf8() throws Exception {
        byte[] json = "{\"uri\":\"u:1\",\"headlines\":[{\"value\":\"Bakı xəbərləri\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(IMPORTER.read(new ByteArrayInputStream(json)).article().orElseThrow().headline())
                .isEqualTo("Bakı xəbərləri");
    }

    @Test
    void ourOwnUrisGiveBackTheArticlesId() throws Exception {
        Article a = Fixtures.foreignAffairs();
        NinjsExporter exporter = NinjsExporter.builder().uriBase("https://news.example/a/").build();
        NinjsImporter importer = NinjsImporter.builder().uriBase("https://news.example/a/").build();
        assertThat(importer.read(exporter.toJson(a)).article().orElseThrow().id()).isEqualTo(a.id());
        assertThat(IMPORTER.read(exporter.toJson(a)).article().orElseThrow().id())
                .as("a site that does not know the base makes an id of the whole uri")
                .isEqualTo("ninjs-news.example-a-" + a.id());
    }

    @Test
    void theReportIsJson() throws Exception {
        String json = example("examples-3.1/005_complex_text_article.json").report().toJson();
        assertThat(json).contains("\"version\" : \"3.1\"", "\"kind\" : \"unmapped\"", "\"path\" : \"/places\"");
    }

    @Test
    void builderArgumentsAreChecked() {
        assertThatThrownBy(() -> NinjsImporter.builder().maxItems(0)).hasMessage("maxItems must be at least 1, was 0");
        assertThatThrownBy(() -> NinjsImporter.builder().maxDepth(3)).hasMessage("maxDepth must be at least 4, was 3");
        assertThatThrownBy(() -> NinjsImporter.builder().idPrefix("-x")).hasMessageContaining("\"-x\"");
        assertThatThrownBy(() -> NinjsExporter.builder().uriBase("not a uri")).hasMessageContaining("\"not a uri\"");
        assertThatThrownBy(() -> NinjsExporter.builder().version(NinjsVersion.V1)).hasMessageContaining("V1");
    }
}
