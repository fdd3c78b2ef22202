package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.testing.NuChecker;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same site with {@code --spring.profiles.active=postgres} on a throw-away PostgreSQL cluster: migrated (jsonb
 * columns), seeded, reading, commenting through moderation and the newsletter work as on H2.
 */
class PostgresTest {

    @RegisterExtension
    static final PostgresCluster PG = new PostgresCluster();

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.postgres(PG.createDatabase("single"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theSchemaIsMigratedWithJsonbDocumentsAndSeeded() {
        assertThat(app.bean(Dialect.class)).isEqualTo(Dialect.POSTGRESQL);
        assertThat(app.jdbc().queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name ="
                + " 'articles' AND column_name = 'doc'", String.class)).isEqualTo("jsonb");
        assertThat(app.jdbc().queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY"
                + " installed_rank", String.class)).containsExactly("1", "2");
        assertThat(app.jdbc().queryForObject("SELECT doc->>'headline' FROM articles WHERE slug = ?", String.class,
                Fixtures.foreignAffairs().slug())).isEqualTo(Fixtures.foreignAffairs().headline());
    }

    @Test
    void pagesAreServedFromPostgresqlAndValid() {
        for (String path : List.of("/", "/articles/" + Fixtures.foreignAffairs().slug(),
                "/tag/" + Fixtures.foreignAffairs().tags().get(0).slug())) {
            HttpResponse<String> r = app.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(NuChecker.check(r.body())).as(path).isEmpty();
        }
    }

    @Test
    void aCommentIsHeldApprovedAndShownAndASubscriberConfirmsAndLeaves() {
        String slug = Fixtures.foreignAffairs().slug();
        String text = "On PostgreSQL " + System.nanoTime();
        assertThat(Flows.comment(app, TestApp.newClient(), slug, "Pg Reader", "pg@mail.example", text).statusCode())
                .isEqualTo(303);
        assertThat(app.get("/articles/" + slug).body()).doesNotContain(text);
        Flows.approve(app, text);
        assertThat(app.get("/articles/" + slug).body()).contains(text).doesNotContain("pg@mail.example");

        String id = Flows.subscribe(app, TestApp.newClient(), "pg-reader@mail.example");
        Flows.confirm(app, TestApp.newClient(), Flows.mails(app, id, NewsletterController.CONFIRMATION).get(0));
        assertThat(Flows.status(app, id)).isEqualTo("CONFIRMED");
        Flows.oneClick(app, Flows.mails(app, id, NewsletterController.WELCOME).get(0));
        assertThat(Flows.status(app, id)).isEqualTo("UNSUBSCRIBED");
    }
}
