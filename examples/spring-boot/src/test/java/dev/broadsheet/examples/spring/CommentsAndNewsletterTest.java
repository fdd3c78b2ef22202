package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.testing.NuChecker;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comments (validation, CSRF, moderation queue behind the login, the flood limit) and the newsletter's double
 * opt-in and one-click unsubscription, over HTTP against a real server on H2.
 */
class CommentsAndNewsletterTest {

    private static TestApp app;
    private static final String SLUG = Fixtures.foreignAffairs().slug();

    @BeforeAll
    static void start() {
        app = TestApp.h2();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCommentIsHeldThenApprovedByTheSignedInModeratorThenShownWithoutItsAddress() {
        String text = "Held first, then shown " + System.nanoTime();
        HttpResponse<String> r = Flows.comment(app, TestApp.newClient(), SLUG, "Reader One", "one@mail.example", text);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(app.base + "/articles/" + SLUG + "?comment=held");
        String held = app.get("/articles/" + SLUG + "?comment=held").body();
        assertThat(Jsoup.parse(held).select(".bs-notice").text()).isEqualTo("Your comment is awaiting moderation.");
        assertThat(held).doesNotContain(text);

        HttpResponse<String> anonymous = TestApp.send(TestApp.newClient(), java.net.http.HttpRequest
                .newBuilder(app.uri("/moderation")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/moderation/login");
        HttpResponse<String> login = app.get("/moderation/login");
        assertThat(NuChecker.check(login.body())).isEmpty();

        app.signIn();
        HttpResponse<String> queue = app.get("/moderation");
        assertThat(queue.body()).contains(text).contains("comment.first_comment").doesNotContain("one@mail.example");
        assertThat(NuChecker.check(queue.body())).isEmpty();
        Flows.approve(app, text);

        String shown = app.get("/articles/" + SLUG).body();
        assertThat(shown).contains(text).contains("Reader One").doesNotContain("one@mail.example");
        assertThat(app.jdbc().queryForObject("SELECT author_email FROM comments WHERE doc LIKE ?", String.class,
                "%" + text + "%")).isEqualTo("one@mail.example");
        assertThat(app.jdbc().queryForObject("SELECT doc FROM comments WHERE doc LIKE ?", String.class,
                "%" + text + "%")).doesNotContain("one@mail.example").doesNotContain("127.0.0.1");
    }

    @Test
    void anInvalidCommentComesBackWithItsMessagesAndEverythingTyped() {
        String text = "My text stays " + System.nanoTime();
        HttpResponse<String> r = Flows.comment(app, TestApp.newClient(), SLUG, "Reader Two", "two@localhost", text);
        assertThat(r.statusCode()).isEqualTo(422);
        var d = Jsoup.parse(r.body());
        assertThat(d.getElementById("bs-comment-email-error").text()).startsWith("Email must have a domain");
        assertThat(d.getElementById("bs-comment-comment").text()).isEqualTo(text);
        assertThat(d.getElementById("bs-comment-email").attr("value")).isEqualTo("two@localhost");
        assertThat(NuChecker.check(r.body())).isEmpty();
        assertThat(count(text)).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        HttpClient client = TestApp.newClient();
        String page = app.get(client, "/articles/" + SLUG).body();
        Map<String, String> form = new LinkedHashMap<>(TestApp.hiddenFields(page, "#respond form"));
        form.remove(FormFields.CSRF_TOKEN);
        String text = "No token " + System.nanoTime();
        form.putAll(Map.of(FormFields.NAME, "Reader Three", FormFields.EMAIL, "three@mail.example",
                FormFields.COMMENT, text));
        HttpResponse<String> r = app.postForm(client, "/comments", form);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("This form has expired");
        assertThat(count(text)).isZero();
        form.put(FormFields.CSRF_TOKEN, "forged");
        assertThat(app.postForm(client, "/comments", form).statusCode()).isEqualTo(403);
        assertThat(count(text)).isZero();
    }

    @Test
    void theSecondCommentWithinTheFloodWindowIsRefusedWith429() {
        HttpClient client = TestApp.newClient();
        assertThat(Flows.comment(app, client, SLUG, "Quick", "quick@mail.example", "First " + System.nanoTime())
                .statusCode()).isEqualTo(303);
        String second = "Second " + System.nanoTime();
        HttpResponse<String> r = Flows.comment(app, client, SLUG, "Quick", "quick@mail.example", second);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains(CommentController.TOO_QUICK);
        assertThat(count(second)).isZero();
    }

    @Test
    void aSubscriberConfirmsOnceAndUnsubscribesWithOneClick() {
        String email = "reader" + System.nanoTime() + "@mail.example";
        HttpClient client = TestApp.newClient();
        String id = Flows.subscribe(app, client, email);
        assertThat(Flows.status(app, id)).isEqualTo("PENDING");
        List<String> confirmations = Flows.mails(app, id, NewsletterController.CONFIRMATION);
        assertThat(confirmations).hasSize(1);

        // the same address again: the same answer, no second mail while the first link is valid
        assertThat(Flows.subscribe(app, TestApp.newClient(), email)).isEqualTo(id);
        assertThat(Flows.mails(app, id, NewsletterController.CONFIRMATION)).hasSize(1);

        String path = confirmations.get(0).substring(confirmations.get(0).indexOf("/newsletter/"));
        HttpResponse<String> page = app.get(client, path);
        assertThat(NuChecker.check(page.body())).isEmpty();
        assertThat(Flows.status(app, id)).as("a GET changes nothing").isEqualTo("PENDING");
        Map<String, String> button = TestApp.hiddenFields(page.body(), "main form");
        HttpResponse<String> done = app.postForm(client, "/newsletter/confirm", button);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Your subscription is confirmed");
        assertThat(Flows.status(app, id)).isEqualTo("CONFIRMED");
        assertThat(app.postForm(client, "/newsletter/confirm", button).statusCode()).isEqualTo(200);
        assertThat(app.get(client, path).body()).contains("already confirmed");
        List<String> welcome = Flows.mails(app, id, NewsletterController.WELCOME);
        assertThat(welcome).as("one welcome mail however often the link is used").hasSize(1);

        HttpResponse<String> gone = Flows.oneClick(app, welcome.get(0));
        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(Flows.status(app, id)).isEqualTo("UNSUBSCRIBED");
        assertThat(app.get("/").body()).doesNotContain(email);
    }

    @Test
    void forgedOrMissingNewsletterTokensAreRefused() {
        assertThat(app.get("/newsletter/confirm?token=forged").statusCode()).isEqualTo(400);
        assertThat(app.get("/newsletter/confirm").statusCode()).isEqualTo(400);
        assertThat(app.postForm(TestApp.newClient(), "/newsletter/unsubscribe?token=forged",
                Map.of("List-Unsubscribe", "One-Click")).statusCode()).isEqualTo(400);
    }

    private static int count(String text) {
        Integer n = app.jdbc().queryForObject("SELECT COUNT(*) FROM comments WHERE doc LIKE ?", Integer.class,
                "%" + text + "%");
        return n == null ? 0 : n;
    }
}
