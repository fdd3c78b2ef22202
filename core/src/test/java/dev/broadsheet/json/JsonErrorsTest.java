package dev.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Samples;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.validation.ValidationException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {

    private final BroadsheetJson json = BroadsheetJson.storage();

    private List<String> violations(String text, Class<?> type) {
        AtomicReference<ValidationException> caught = new AtomicReference<>();
        assertThatThrownBy(() -> json.read(text, type)).isInstanceOfSatisfying(ValidationException.class, caught::set);
        return caught.get().violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }

    @Test
    void aBadDocumentNamesEveryViolationWithItsJsonPath() {
        String text = """
                {"id": "a-1", "headline": "",
                 "authors": [{"name": "Ann", "url": "javascript:alert(1)"}, {"role": "reporter"}],
                 "tags": [{"name": ",x"}], "status": "published", "publishedAt": "yesterday"}""";
        assertThat(violations(text, Article.class)).containsExactlyInAnyOrder(
                "/headline required",
                "/authors/0/url url.scheme",
                "/authors/1/name required",
                "/tags/0/name tag.comma",
                "/publishedAt json.date",
                "/body required");
    }

    @Test
    void theExceptionMessageListsEveryPath() {
        assertThatThrownBy(() -> json.read("{\"headline\": 5, \"extra\": 1}", Article.class))
                .hasMessageContaining("/id required")
                .hasMessageContaining("/headline json.type")
                .hasMessageContaining("/extra json.unknown_field");
    }

    @Test
    void wrongTypesAreReportedNotThrownAsClassCastExceptions() {
        assertThat(violations("{\"id\": [], \"headline\": {}, \"paywalled\": \"yes\", \"tags\": {}}", Article.class))
                .contains("/id json.type", "/headline json.type", "/paywalled json.type", "/tags json.type");
        assertThat(violations("[]", Article.class)).containsExactly(" json.type");
        assertThat(violations("null", Article.class)).containsExactly(" json.type");
    }

    @Test
    void malformedJsonIsAValidationErrorWithItsPosition() {
        assertThat(violations("{\"id\": ", Article.class)).containsExactly(" json.syntax");
        assertThat(violations("", Article.class)).hasSize(1);
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        assertThatThrownBy(() -> json.read("{\"id\":\"a\",\"headline\":\"h\",\"status\":\"live\"}", Article.class))
                .hasMessageContaining("draft, scheduled, published, withdrawn");
    }

    @Test
    void markupIsSanitizedAgainOnTheWayIn() {
        String text = json.write(Samples.comment()).replace("<p>Thanks for the report.</p>",
                "<p onclick=\\\"alert(1)\\\">Hi<script>alert(2)</script></p>");
        Comment c = json.read(text, Comment.class);
        assertThat(c.body().html()).doesNotContain("onclick").doesNotContain("script").contains("Hi");
    }

    @Test
    void privateValuesAreRedactedInErrors() {
        String text = json.write(Samples.subscriber()).replace("Reader.One@mail.example", "no-at-sign.example");
        assertThatThrownBy(() -> json.read(text, Subscriber.class))
                .hasMessageContaining("/email")
                .hasMessageNotContaining("no-at-sign");
    }

    @Test
    void deepNestingIsALimitViolationNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(violations(deep, Article.class)).containsExactly(" json.limit");
    }
}
