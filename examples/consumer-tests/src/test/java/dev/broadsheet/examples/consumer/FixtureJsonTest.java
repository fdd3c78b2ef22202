package dev.broadsheet.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.validation.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that stores content as JSON checks that the fixtures survive its storage and its public API. */
class FixtureJsonTest {

    private static final BroadsheetJson STORAGE = BroadsheetJson.storage();
    private static final BroadsheetJson PUBLIC = BroadsheetJson.publicView();

    @Test
    void everyFixtureRoundTripsThroughStorageJson() {
        for (Article a : Fixtures.articles()) {
            assertThat(STORAGE.read(STORAGE.write(a), Article.class)).as(a.id()).isEqualTo(a);
        }
        for (Comment c : Fixtures.comments()) {
            assertThat(STORAGE.read(STORAGE.write(c), Comment.class)).as(c.id()).isEqualTo(c);
        }
        for (Subscriber s : Fixtures.subscribers()) {
            assertThat(STORAGE.read(STORAGE.write(s), Subscriber.class)).as(s.id()).isEqualTo(s);
        }
    }

    @Test
    void theSitesPublicApiNeverShowsEmailsIpsOrConsent() {
        for (Comment c : Fixtures.comments()) {
            String json = PUBLIC.write(c);
            assertThat(json).as(c.id()).doesNotContain("\"email\"", "\"ip\"", c.author().email().orElseThrow(),
                    c.author().ip().orElseThrow());
        }
        for (Subscriber s : Fixtures.subscribers()) {
            assertThat(PUBLIC.write(s)).as(s.id()).doesNotContain(s.email(), "\"consent\"");
        }
    }

    @Test
    void theSiteKeepsItsOwnFixturesInTheSameFormat(@TempDir Path dir) throws IOException {
        Fixtures.all().writeTo(dir);
        FixtureSet mine = Fixtures.load(dir);
        assertThat(mine).isEqualTo(Fixtures.all());
        Files.writeString(dir.resolve("articles.json"), "[{\"id\":\"mine-1\",\"headline\":\"\"}]");
        assertThatThrownBy(() -> Fixtures.load(dir)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(v -> v.path() + " " + v.code()).contains("/articles.json/0/headline required"));
    }
}
