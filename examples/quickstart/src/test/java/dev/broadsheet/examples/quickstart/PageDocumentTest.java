package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PageDocumentTest {

    static final Path SAMPLE = Path.of("sample-page.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every field of an article in the storage format; {@code bodyMarkdown} is the alternative to {@code body}. */
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "slug", "headline", "dek", "section", "authors",
            "body", "description", "featuredImage", "tags", "language", "canonicalUrl", "status", "publishedAt",
            "modifiedAt", "displayDate", "credit", "corrections", "paywalled", "commentMode");

    static ObjectNode sample() {
        try {
            return (ObjectNode) JSON.readTree(SAMPLE.toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The sample with one change. */
    private static ObjectNode sampleWith(Consumer<ObjectNode> change) {
        ObjectNode doc = sample();
        change.accept(doc);
        return doc;
    }

    /** The sample with one field of one comment changed. */
    private static ObjectNode commentWith(int index, String field, String value) {
        return sampleWith(d -> ((ObjectNode) d.get("comments").get(index)).put(field, value));
    }

    private static List<String> violations(JsonNode document) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> PageDocument.of(document));
        assertThat(e).as("violations of %s", document).isNotNull();
        return e.violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }

    private static List<String> violations(String text) throws IOException {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> PageDocument.read(in));
        assertThat(e).as("violations of %s", text).isNotNull();
        return e.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void theSampleIsAValidPageDocument() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            PageDocument doc = PageDocument.read(in);
            assertThat(doc.site().name()).isEqualTo("The Kura Valley Courier");
            assertThat(doc.article().id()).isEqualTo("lankaran-tea-drying-house");
            assertThat(doc.comments()).hasSize(8);
            assertThat(doc.page().comments()).isEqualTo(doc.comments());
        }
    }

    @Test
    void theReadmesExampleIsAValidPageDocument() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json\n", readme.indexOf("## The page document")) + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        PageDocument doc = PageDocument.read(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.comments()).hasSize(1);
        // every format but the news sitemap, which is for articles of the last two days
        List<Format> formats = java.util.Arrays.stream(Format.values()).filter(f -> f != Format.NEWSSITEMAP).toList();
        assertThat(RenderCommand.render(doc, formats)).hasSize(formats.size()).allSatisfy((f, out) -> assertThat(out)
                .isNotBlank());
    }

    @Test
    void theSampleUsesEveryFieldOfASiteAndAnArticle() throws IOException {
        ObjectNode doc = sample();
        assertThat(names(doc.get("site"))).containsExactlyInAnyOrderElementsOf(SiteJson.FIELDS);
        assertThat(names(doc.get("article"))).containsExactlyInAnyOrderElementsOf(ARTICLE_FIELDS);
        // and reading keeps them all: written back, the article has every field
        PageDocument read = PageDocument.of(doc);
        JsonNode written = JSON.readTree(BroadsheetJson.storage().write(read.article()));
        assertThat(names(written)).containsAll(ARTICLE_FIELDS);
    }

    @Test
    void theSampleShowsWhatAPageCanHold() {
        PageDocument doc = PageDocument.of(sample());
        assertThat(doc.article().section().orElseThrow().parent()).isPresent();
        assertThat(doc.article().authors()).extracting(Byline::role).doesNotHaveDuplicates().hasSizeGreaterThan(2);
        assertThat(doc.article().featuredImage().orElseThrow().renditions()).hasSize(3);
        assertThat(doc.article().tags()).hasSize(3);
        assertThat(doc.article().corrections()).hasSize(2);
        assertThat(doc.article().credit()).isPresent();
        assertThat(doc.article().paywalled()).isTrue();
        assertThat(doc.comments()).extracting(Comment::status).containsAll(Set.of(CommentStatus.values()));
        CommentThread all = CommentThread.builder().visibility(CommentThread.Visibility.ALL).build(doc.comments());
        assertThat(all.flatten()).anySatisfy(n -> assertThat(n.depth()).isGreaterThanOrEqualTo(5));
        assertThat(CommentThread.of(doc.comments()).flatten()).anySatisfy(n -> assertThat(n.removed()).isTrue());
    }

    @Test
    void commentsAreOptional() {
        assertThat(PageDocument.of(sampleWith(d -> d.remove("comments"))).comments()).isEmpty();
        assertThat(PageDocument.of(sampleWith(d -> d.putNull("comments"))).comments()).isEmpty();
    }

    @Test
    void aSiteLeftAtItsDefaultsNeedsANameAndABaseUrl() {
        PageDocument doc = PageDocument.of(sampleWith(d -> d.putObject("site").put("name", "Courier")
                .put("baseUrl", "https://courier.example/")));
        assertThat(doc.site().baseUrl()).isEqualTo("https://courier.example");
        assertThat(doc.site().language()).isEqualTo("en");
        assertThat(doc.site().consentVersion()).isEqualTo("1");
        assertThat(violations(sampleWith(d -> d.putObject("site"))))
                .containsExactly("/site/name required", "/site/baseUrl required");
    }

    @Test
    void theDocumentMustBeAnObjectWithItsMembers() {
        assertThat(violations(JSON.createArrayNode())).containsExactly(" json.type");
        assertThat(violations(JSON.createObjectNode())).containsExactly("/site required", "/article required");
        assertThat(violations(sampleWith(d -> d.put("sidebar", 1).put("a/b~c", 2))))
                .containsExactly("/sidebar json.unknown_field", "/a~1b~0c json.unknown_field");
        assertThat(violations(sampleWith(d -> d.putNull("site")))).containsExactly("/site required");
        assertThat(violations(sampleWith(d -> d.put("article", "x")))).containsExactly("/article json.type");
        assertThat(violations(sampleWith(d -> d.put("comments", 3)))).containsExactly("/comments json.type");
    }

    @Test
    void siteFieldsHaveTheirTypesAndNoOthers() {
        assertThat(violations(sampleWith(d -> d.put("site", 7)))).containsExactly("/site json.type");
        assertThat(violations(sampleWith(d -> ((ObjectNode) d.get("site")).put("name", 5).put("language", true)
                .put("colour", "red").putArray("zone")))).containsExactly("/site/name json.type",
                "/site/language json.type", "/site/zone json.type", "/site/colour json.unknown_field");
        assertThat(violations(sampleWith(d -> ((ObjectNode) d.get("site")).put("socialProfiles", "x"))))
                .containsExactly("/site/socialProfiles json.type");
    }

    @Test
    void aNullFieldIsAbsent() {
        PageDocument doc = PageDocument.of(sampleWith(d -> ((ObjectNode) d.get("site")).putNull("description")
                .putNull("logo").putNull("socialProfiles").putNull("language")));
        assertThat(doc.site().description()).isEmpty();
        assertThat(doc.site().logo()).isEmpty();
        assertThat(doc.site().socialProfiles()).isEmpty();
        assertThat(doc.site().language()).isEqualTo("en");
    }

    @Test
    void everySiteRuleIsReportedUnderTheSite() {
        assertThat(violations(sampleWith(d -> {
            ObjectNode site = (ObjectNode) d.get("site");
            site.put("baseUrl", "ftp://courier.example").put("zone", "Mars/Olympus").put("twitterHandle", "courier");
            ((ArrayNode) site.get("socialProfiles")).add(3).addNull().add("javascript:alert(1)");
            ((ObjectNode) site.get("logo")).put("url", "logo.png").put("width", -1);
        }))).containsExactly(
                "/site/logo/url url.relative", "/site/logo/width image.size",
                "/site/socialProfiles/2 json.type",
                "/site/baseUrl url.scheme", "/site/zone zone.invalid", "/site/socialProfiles/3 required",
                "/site/socialProfiles/4 url.scheme", "/site/twitterHandle twitter.handle");
    }

    @Test
    void articleViolationsHaveTheirPathsUnderTheArticle() {
        assertThat(violations(sampleWith(d -> {
            ObjectNode article = (ObjectNode) d.get("article");
            article.put("headline", "").put("status", "live").put("wordCount", 3);
            ((ObjectNode) article.get("authors").get(0)).put("url", "people/aysel");
        }))).containsExactlyInAnyOrder("/article/headline required", "/article/status json.enum",
                "/article/wordCount json.unknown_field", "/article/authors/0/url url.relative");
    }

    @Test
    void commentViolationsHaveTheirIndexes() {
        assertThat(violations(sampleWith(d -> {
            ((ObjectNode) d.get("comments").get(3).get("author")).put("email", "nurlan at post.example");
            ((ObjectNode) d.get("comments").get(5)).put("status", "hidden");
        }))).containsExactly("/comments/3/author/email email.invalid", "/comments/5/status json.enum");
    }

    @Test
    void everyViolationOfTheDocumentIsReportedTogether() {
        assertThat(violations(sampleWith(d -> {
            ((ObjectNode) d.get("site")).remove("name");
            ((ObjectNode) d.get("article")).put("headline", " ");
            ((ObjectNode) d.get("comments").get(0)).remove("body");
            d.put("extra", true);
        }))).containsExactly("/extra json.unknown_field", "/site/name required", "/article/headline required",
                "/comments/0/body required");
    }

    @Test
    void commentsBelongToTheArticle() {
        assertThat(violations(commentWith(2, "articleId", "other")))
                .containsExactly("/comments/2/articleId " + PageDocument.OTHER_ARTICLE);
    }

    @Test
    void commentIdsAreUnique() {
        assertThat(violations(commentWith(6, "id", "c-2")))
                .containsExactly("/comments/6/id duplicate");
    }

    @Test
    void aReplyNeedsItsParentInTheDocument() {
        assertThat(violations(commentWith(2, "parentId", "c-99")))
                .contains("/comments/2/parentId " + FixtureSet.ORPHAN);
    }

    @Test
    void repliesMayNotLoop() {
        assertThat(violations(commentWith(0, "parentId", "c-4")))
                .containsExactly("/comments/0/parentId " + FixtureSet.CYCLE, "/comments/1/parentId " + FixtureSet.CYCLE,
                        "/comments/2/parentId " + FixtureSet.CYCLE, "/comments/3/parentId " + FixtureSet.CYCLE);
    }

    @Test
    void threadRulesWaitUntilTheCommentsAreValid() {
        assertThat(violations(sampleWith(d -> {
            ((ObjectNode) d.get("comments").get(2)).put("articleId", "other");
            ((ObjectNode) d.get("comments").get(0)).put("createdAt", "yesterday");
        }))).containsExactly("/comments/0/createdAt json.date");
    }

    @Test
    void malformedJsonIsAViolationWithItsPlace() throws IOException {
        assertThat(violations("{\"site\": ")).singleElement().asString()
                .startsWith("(value) json.syntax: is not well-formed JSON at line 1, column 10");
        assertThat(violations("")).containsExactly("(value) json.syntax: is empty; expected a JSON object");
        assertThat(violations("  \n ")).containsExactly("(value) json.syntax: is empty; expected a JSON object");
        assertThat(violations("{\"site\": {}, \"site\": {}}")).singleElement().asString()
                .contains("json.syntax").contains("Duplicate field 'site'");
        assertThat(violations("{} {}")).singleElement().asString().contains("json.syntax").contains("Trailing token");
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        InputStream in = new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> PageDocument.read(in));
        assertThat(e.violations()).singleElement().extracting(Violation::code).isEqualTo(BroadsheetJson.SYNTAX);
    }

    @Test
    void documentsBeyondTheParsersLimitsAreRefused() throws IOException {
        String deep = "[".repeat(1200) + "]".repeat(1200);
        assertThat(violations(deep)).singleElement().asString().startsWith("(value) json.limit: exceeds a parser "
                + "limit");
    }

    @Test
    void anInputThatFailsIsAnIoErrorNotAViolation() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        assertThat(catchThrowableOfType(IOException.class, () -> PageDocument.read(broken)))
                .hasMessage("disk on fire");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
            out.add(i.next());
        }
        return out;
    }
}
