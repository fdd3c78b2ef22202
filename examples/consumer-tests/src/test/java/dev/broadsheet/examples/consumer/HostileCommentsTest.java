package dev.broadsheet.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.examples.consumer.CommentHandler.Refused;
import dev.broadsheet.examples.consumer.CommentHandler.Result;
import dev.broadsheet.examples.consumer.CommentHandler.Saved;
import dev.broadsheet.examples.consumer.CommentHandler.Submission;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.fixtures.HostileFixtures;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The site's comment handler, fed Broadsheet's hostile fixtures: each must end as the fixture says. */
class HostileCommentsTest {

    /**
     * The fields of a hostile comment that the comment form posts. The site sets id, date and status itself, so the
     * cases about them (including a comment replying to its own id) do not apply to its form.
     */
    private static final Set<String> FORM_FIELDS = Set.of("/parentId", "/author/name", "/author/email",
            "/author/url", "/author/ip", "/body");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Article OPEN = Fixtures.foreignAffairs().toBuilder().id("hostile-base").build();

    private final AtomicInteger ids = new AtomicInteger();
    private final CommentHandler handler = new CommentHandler(
            id -> id.equals(OPEN.id()) ? Optional.of(OPEN)
                    : Fixtures.articles().stream().filter(a -> a.id().equals(id)).findFirst(),
            Fixtures.CLOCK, () -> "site-" + ids.incrementAndGet());

    @TestFactory
    Stream<DynamicTest> everyHostileCommentEndsAsItsFixtureSays() {
        List<HostileFixtures.Case> cases = HostileFixtures.cases().stream()
                .filter(c -> c.type().equals("comment") && FORM_FIELDS.contains(c.field()))
                .filter(c -> !c.id().equals("comment.parentId.self")).toList();
        assertThat(cases).hasSizeGreaterThan(40);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(c))));
    }

    private void check(HostileFixtures.Case c) throws IOException {
        Result result = handler.submit(submission(MAPPER.readTree(c.input())));
        if (c.expected() instanceof HostileFixtures.Rejected expected) {
            assertThat(result).as(c.id()).isInstanceOf(Refused.class);
            assertThat(((Refused) result).violations()).extracting(v -> v.path() + " " + v.code()).as(c.id())
                    .containsExactlyInAnyOrderElementsOf(expected.violations().stream()
                            .map(v -> v.path() + " " + v.code()).toList());
        } else if (c.expected() instanceof HostileFixtures.Accepted expected) {
            assertThat(result).as(c.id()).isInstanceOf(Saved.class);
            JsonNode saved = MAPPER.readTree(BroadsheetJson.storage().write(((Saved) result).comment()));
            expected.values().forEach((pointer, text) -> assertThat(saved.at(pointer).asText()).isEqualTo(text));
        } else if (c.expected() instanceof HostileFixtures.Sanitized expected) {
            assertThat(result).as(c.id()).isInstanceOf(Saved.class);
            String body = ((Saved) result).comment().body().html();
            for (String gone : expected.absent()) {
                assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain(gone.toLowerCase(Locale.ROOT));
            }
            assertThat(body).contains(expected.present());
        }
    }

    /** Turns a hostile comment into what the form would have posted. */
    private static Submission submission(JsonNode comment) {
        return new Submission(text(comment, "/articleId"), text(comment, "/parentId"), text(comment, "/author/name"),
                text(comment, "/author/email"), text(comment, "/author/url"), text(comment, "/body"),
                text(comment, "/author/ip"));
    }

    private static String text(JsonNode node, String pointer) {
        JsonNode v = node.at(pointer);
        return v.isTextual() ? v.textValue() : null;
    }

    @Test
    void aGoodCommentIsSavedForModeration() {
        Comment fixture = Fixtures.comments(Fixtures.foreignAffairs().id()).get(0);
        Result result = handler.submit(new Submission(fixture.articleId(), null, fixture.author().name(),
                fixture.author().email().orElse(null), null, fixture.body().html(), "203.0.113.5"));
        assertThat(result).isInstanceOf(Saved.class);
        Comment saved = ((Saved) result).comment();
        assertThat(saved.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(saved.createdAt()).isEqualTo(Fixtures.NOW);
        assertThat(saved.body()).isEqualTo(fixture.body());
        assertThat(saved.id()).startsWith("site-");
    }

    @Test
    void articlesThatTakeNoCommentsRefuseThem() {
        for (Article closed : List.of(Fixtures.longRead(), Fixtures.breakingNews())) {
            Result result = handler.submit(new Submission(closed.id(), null, "Reader", null, null, "<p>Hi</p>", null));
            assertThat(result).isInstanceOf(Refused.class);
            assertThat(((Refused) result).violations()).extracting(v -> v.code())
                    .containsExactly(CommentHandler.COMMENTS_CLOSED);
        }
        Result unknown = handler.submit(new Submission("no-such-article", null, "Reader", null, null, "<p>Hi</p>",
                null));
        assertThat(((Refused) unknown).violations()).extracting(v -> v.code())
                .containsExactly(CommentHandler.UNKNOWN_ARTICLE);
    }

    @Test
    void everyProblemOfOneSubmissionIsReportedAtOnce() {
        Result result = handler.submit(new Submission(OPEN.id(), "<script>", "Eve\u202Egnp.exe", "not an address",
                "javascript:alert(1)", "<script>alert(1)</script>", "999.1.1.1"));
        Set<String> codes = ((Refused) result).violations().stream().map(v -> v.path() + " " + v.code())
                .collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("/author/name text.bidi_control", "/author/email email.invalid",
                "/author/url url.scheme", "/author/ip ip.invalid", "/parentId id.format", "/body required");
        // private values are redacted in the violations a site might log
        assertThat(((Refused) result).violations()).filteredOn(v -> v.path().equals("/author/email"))
                .allSatisfy(v -> assertThat(v.rejectedValue()).isEqualTo("[redacted]"));
    }
}
