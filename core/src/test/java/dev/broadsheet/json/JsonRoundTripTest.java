package dev.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Samples;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Subscriber;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    private final BroadsheetJson json = BroadsheetJson.storage();

    @Test
    void everySampleValueRoundTripsThroughStorageJson() {
        assertThat(json.read(json.write(Samples.article()), Article.class)).isEqualTo(Samples.article());
        assertThat(json.read(json.write(Samples.comment()), Comment.class)).isEqualTo(Samples.comment());
        assertThat(json.read(json.write(Samples.subscriber()), Subscriber.class)).isEqualTo(Samples.subscriber());
        assertThat(json.read(json.write(Samples.reporter()), Person.class)).isEqualTo(Samples.reporter());
        assertThat(json.read(json.write(Samples.section()), Section.class)).isEqualTo(Samples.section());
        assertThat(json.read(json.write(Samples.photo()), Image.class)).isEqualTo(Samples.photo());
    }

    @Test
    void theModuleWorksOnAPlainObjectMapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(BroadsheetModule.storage());
        String text = mapper.writeValueAsString(List.of(Samples.article()));
        List<Article> back = mapper.readValue(text, new TypeReference<List<Article>>() { });
        assertThat(back).containsExactly(Samples.article());
    }

    @Test
    void writingIsDeterministicWithFieldsInDocumentedOrder() {
        String text = json.write(Samples.comment());
        assertThat(text).isEqualTo(json.write(Samples.comment()));
        assertThat(text).startsWith("{\"id\":\"c-1\",\"articleId\":\"a-1001\",\"parentId\":\"c-0\",\"author\":");
    }

    @Test
    void instantsAreWrittenInUtcAndReadWithAnyOffset() {
        String text = json.write(Samples.article()).replace("\"publishedAt\":\"2026-09-21T14:05:00Z\"",
                "\"publishedAt\":\"2026-09-21T18:05:00+04:00\"");
        assertThat(json.read(text, Article.class).publishedAt()).hasValue(Samples.PUBLISHED);
        assertThat(json.write(Samples.article())).contains("\"publishedAt\":\"2026-09-21T14:05:00Z\"");
    }

    @Test
    void aListReadsWithIndexedPaths() {
        String text = "[" + json.write(Samples.comment()) + "," + json.write(Samples.comment()) + "]";
        assertThat(json.readList(text, Comment.class)).hasSize(2);
    }
}
