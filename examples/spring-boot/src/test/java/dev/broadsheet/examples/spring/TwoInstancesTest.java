package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.render.FormFields;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the site on two loopback ports sharing one PostgreSQL database, started at the same time (one
 * migrates and seeds, the other waits and skips): what one stores the other shows, the flood limit holds across
 * both, a subscriber confirmed on one unsubscribes on the other, and concurrent requests on both send no mail
 * twice.
 */
class TwoInstancesTest {

    @RegisterExtension
    static final PostgresCluster PG = new PostgresCluster();

    private static TestApp a;
    private static TestApp b;
    private static final String SLUG = Fixtures.foreignAffairs().slug();

    @BeforeAll
    static void start() throws Exception {
        String url = PG.createDatabase("shared");
        // one after the other: two Spring Boot applications in one JVM share Logback's context and cannot set up
        // logging at the same time ("Unable to find Spring Environment in logger context"); separate processes in
        // production have no such race. The second finds the schema migrated and the seed taken by the first.
        a = TestApp.postgres(url);
        b = TestApp.postgres(url);
    }

    @AfterAll
    static void stop() {
        for (TestApp app : new TestApp[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void bothInstancesStartOnOneDatabaseSeededOnce() {
        assertThat(a.base.getPort()).isNotEqualTo(b.base.getPort());
        assertThat(a.jdbc().queryForObject("SELECT COUNT(*) FROM articles", Integer.class))
                .isEqualTo(Fixtures.articles().size());
        assertThat(b.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aCommentPostedOnOneIsApprovedOnTheOtherAndShownOnBoth() {
        String text = "Posted on A " + System.nanoTime();
        assertThat(Flows.comment(a, TestApp.newClient(), SLUG, "Reader A", "reader.a@mail.example", text)
                .statusCode()).isEqualTo(303);
        Flows.approve(b, text);
        assertThat(a.get("/articles/" + SLUG).body()).contains(text);
        assertThat(b.get("/articles/" + SLUG).body()).contains(text);
    }

    @Test
    void aCommenterWhoPostsOnAThenOnBWithinTheWindowIsRefused() {
        HttpClient reader = TestApp.newClient();
        String email = "hasty" + System.nanoTime() + "@mail.example";
        assertThat(Flows.comment(a, reader, SLUG, "Hasty", email, "On A " + System.nanoTime()).statusCode())
                .isEqualTo(303);
        String onB = "Then on B " + System.nanoTime();
        HttpResponse<String> r = Flows.comment(b, reader, SLUG, "Hasty", email, onB);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains(CommentController.TOO_QUICK);
        assertThat(count(onB)).isZero();
    }

    @Test
    void concurrentPostsOnBothInstancesAdmitExactlyOne() throws Exception {
        String email = "burst" + System.nanoTime() + "@mail.example";
        String marker = "Burst " + System.nanoTime();
        int posts = 8;
        List<TestApp> targets = new ArrayList<>();
        List<HttpClient> clients = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            TestApp app = i % 2 == 0 ? a : b;
            HttpClient client = TestApp.newClient();
            Map<String, String> form = new LinkedHashMap<>(TestApp.hiddenFields(app.get(client, "/articles/" + SLUG)
                    .body(), "#respond form"));
            form.putAll(Map.of(FormFields.NAME, "Burst", FormFields.EMAIL, email, FormFields.COMMENT,
                    marker + " number " + i));
            targets.add(app);
            clients.add(client);
            forms.add(form);
        }
        ExecutorService pool = Executors.newFixedThreadPool(posts);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    go.await();
                    return targets.get(n).postForm(clients.get(n), "/comments", forms.get(n)).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 303).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(posts - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(marker)).isEqualTo(1);
    }

    @Test
    void aSubscriberConfirmedOnAUnsubscribesOnB() {
        String id = Flows.subscribe(a, TestApp.newClient(), "both" + System.nanoTime() + "@mail.example");
        Flows.confirm(a, TestApp.newClient(), Flows.mails(a, id, NewsletterController.CONFIRMATION).get(0));
        assertThat(Flows.status(b, id)).isEqualTo("CONFIRMED");
        String link = Flows.mails(b, id, NewsletterController.WELCOME).get(0);
        String onB = b.base + link.substring(link.indexOf("/newsletter/"));
        assertThat(Flows.oneClick(b, onB).statusCode()).isEqualTo(200);
        assertThat(Flows.status(a, id)).isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void theSameSignUpAndConfirmationOnBothAtOnceSendEachMailOnce() throws Exception {
        String email = "twice" + System.nanoTime() + "@mail.example";
        List<CompletableFuture<String>> signups = List.of(
                CompletableFuture.supplyAsync(() -> Flows.subscribe(a, TestApp.newClient(), email)),
                CompletableFuture.supplyAsync(() -> Flows.subscribe(b, TestApp.newClient(), email)));
        String id = signups.get(0).get();
        assertThat(signups.get(1).get()).isEqualTo(id);
        List<String> confirmations = Flows.mails(a, id, NewsletterController.CONFIRMATION);
        assertThat(confirmations).hasSize(1);

        String link = confirmations.get(0);
        String path = link.substring(link.indexOf("/newsletter/"));
        HttpClient onA = TestApp.newClient();
        HttpClient onB = TestApp.newClient();
        Map<String, String> buttonA = TestApp.hiddenFields(a.get(onA, path).body(), "main form");
        Map<String, String> buttonB = TestApp.hiddenFields(b.get(onB, path).body(), "main form");
        List<CompletableFuture<Integer>> clicks = List.of(
                CompletableFuture.supplyAsync(() -> a.postForm(onA, "/newsletter/confirm", buttonA).statusCode()),
                CompletableFuture.supplyAsync(() -> b.postForm(onB, "/newsletter/confirm", buttonB).statusCode()));
        assertThat(clicks.get(0).get()).isEqualTo(200);
        assertThat(clicks.get(1).get()).isEqualTo(200);
        assertThat(Flows.status(a, id)).isEqualTo("CONFIRMED");
        assertThat(Flows.mails(b, id, NewsletterController.WELCOME)).hasSize(1);
    }

    private static int count(String text) {
        Integer n = a.jdbc().queryForObject("SELECT COUNT(*) FROM comments WHERE doc::text LIKE ?", Integer.class,
                "%" + text + "%");
        return n == null ? 0 : n;
    }
}
