package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.render.FormFields;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database stopped in the middle of a comment post: the request had read the article and passed moderation
 * and is inside its INSERT (held there by a lock the test takes) when PostgreSQL is stopped at once, as a crash
 * would. The reader gets the 503 page, the comment is not in the database after the restart, pages answer 503
 * while the database is down, and the site recovers by itself once it is back — no restart of the app. The site
 * is started with nothing but {@code DATABASE_URL}.
 */
class DatabaseFaultTest {

    @RegisterExtension
    static final PostgresCluster PG = new PostgresCluster();

    private static TestApp app;
    private static final String SLUG = Fixtures.foreignAffairs().slug();

    @BeforeAll
    static void start() {
        PG.createDatabase("faults");
        // started the way a hosting platform starts it: DATABASE_URL alone, no profile, no datasource settings
        app = TestApp.start("--" + DatabaseUrl.VARIABLE + "=postgres://" + PostgresCluster.USER + "@127.0.0.1:"
                + PG.port() + "/faults");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theDatabaseStoppedMidRequestGives503NoHalfWrittenCommentAndTheSiteRecovers() throws Exception {
        HttpClient reader = TestApp.newClient();
        Map<String, String> form = new LinkedHashMap<>(TestApp.hiddenFields(app.get(reader, "/articles/" + SLUG)
                .body(), "#respond form"));
        String text = "Written while the database died " + System.nanoTime();
        form.putAll(Map.of(FormFields.NAME, "Unlucky", FormFields.EMAIL, "unlucky@mail.example",
                FormFields.URL, "", FormFields.COMMENT, text, FormFields.HONEYPOT, ""));

        Connection lock = DriverManager.getConnection(PG.jdbcUrl("faults"), "postgres", "");
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            // readers go on; the comment's INSERT waits for this transaction
            s.execute("LOCK TABLE comments IN SHARE MODE");
        }
        CompletableFuture<HttpResponse<String>> post = CompletableFuture.supplyAsync(
                () -> app.postForm(reader, "/comments", form));
        try (Connection watch = DriverManager.getConnection(PG.jdbcUrl("faults"), "postgres", "")) {
            // its own connection: inside the lock's transaction pg_stat_activity would stay the first snapshot
            waitForInsertBlocked(watch, post);
        }
        PG.stop();
        try {
            lock.close();
        } catch (java.sql.SQLException gone) {
            // the server is gone with the lock
        }
        HttpResponse<String> r = post.get(30, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue(Integer.toString(SiteErrors.RETRY_AFTER_SECONDS));
        assertThat(r.body()).contains("Nothing you sent was saved");

        HttpResponse<String> down = app.get("/articles/" + SLUG);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Security-Policy")).hasValue(Pages.PAGE_POLICY);

        PG.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int status = 0;
        while (System.nanoTime() < until && (status = app.get("/articles/" + SLUG).statusCode()) != 200) {
            Thread.sleep(200);
        }
        assertThat(status).as("the site answers again without a restart").isEqualTo(200);
        assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM comments WHERE doc::text LIKE ?", Integer.class,
                "%" + text + "%")).as("no half-written comment").isZero();

        // and posting works again (the flood store remembers the attempt, so another reader posts)
        String after = "After the restart " + System.nanoTime();
        assertThat(Flows.comment(app, TestApp.newClient(), SLUG, "Lucky", "lucky@mail.example", after)
                .statusCode()).isEqualTo(303);
        assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM comments WHERE doc::text LIKE ?", Integer.class,
                "%" + after + "%")).isEqualTo(1);
    }

    /** Waits until some session's INSERT INTO comments waits for a lock. */
    private static void waitForInsertBlocked(Connection c, CompletableFuture<HttpResponse<String>> post)
            throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (post.isDone()) {
                HttpResponse<String> r = post.get();
                throw new AssertionError("the post ended before its INSERT waited: " + r.statusCode() + " "
                        + r.body());
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM"
                    + " pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO comments%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the comment's INSERT never waited for the lock");
    }
}
