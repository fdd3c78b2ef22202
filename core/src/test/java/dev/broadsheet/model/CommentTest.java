package dev.broadsheet.model;

import static dev.broadsheet.model.Rules.details;
import static dev.broadsheet.model.Rules.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.validation.Violation;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static Comment.Builder comment() {
        return Comment.builder().id("c-1").articleId("a-1").author(Commenter.builder().name("Samir").build())
                .body(Sanitizer.sanitize("<p>Hello</p>", HtmlPolicy.comment())).createdAt(Samples.PUBLISHED);
    }

    @Test
    void aNewCommentIsPending() {
        assertThat(comment().build().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void everyRequiredFieldIsReported() {
        assertThat(violations(() -> Comment.builder().status(null).build())).containsExactly("/id required",
                "/articleId required", "/author required", "/createdAt required", "/status required",
                "/body required");
    }

    @Test
    void aCommentCannotReplyToItself() {
        assertThat(violations(() -> comment().parentId("c-1").build())).containsExactly("/parentId comment.self_reply");
    }

    @Test
    void theBodyIsNotEmptyAndAtMost65525Characters() {
        assertThat(violations(() -> comment().body(SafeHtml.empty()).build())).containsExactly("/body required");
        String longBody = "<p>" + "x".repeat(Comment.MAX_BODY) + "</p>";
        assertThat(violations(() -> comment().body(Sanitizer.sanitize(longBody, HtmlPolicy.comment())).build()))
                .containsExactly("/body too_long");
    }

    @Test
    void aCommenterNameIsAtMost245Characters() {
        assertThat(Commenter.builder().name("n".repeat(245)).build().name()).hasSize(245);
        assertThat(violations(() -> Commenter.builder().name("n".repeat(246)).build())).containsExactly("/name too_long");
    }

    @Test
    void commenterEmailAndIpAreValidatedAndRedacted() {
        var found = details(() -> Commenter.builder().name("S").email("not-an-email").ip("999.1.1.1").build());
        assertThat(found).extracting(Violation::path).contains("/email");
        assertThat(found).extracting(Violation::rejectedValue).containsOnly(Violation.REDACTED);
        assertThat(found.toString()).doesNotContain("not-an-email").doesNotContain("999.1.1.1");
    }

    @Test
    void toStringNeverShowsTheEmailOrIp() {
        Comment c = Samples.comment();
        assertThat(c.toString()).contains("Samir").doesNotContain("samir@").doesNotContain("203.0.113.7");
    }

    @Test
    void toBuilderRoundTrips() {
        Comment c = Samples.comment();
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    }
}
