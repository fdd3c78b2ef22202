package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.FormFields;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What readers and moderators do, over HTTP, against any instance; shared by the H2, PostgreSQL and two-instance tests. */
final class Flows {

    private Flows() {
    }

    /** Loads the article page on {@code app} with {@code client} and posts its comment form. */
    static HttpResponse<String> comment(TestApp app, HttpClient client, String slug, String name, String email,
            String text) {
        String page = app.get(client, "/articles/" + slug).body();
        Map<String, String> form = new LinkedHashMap<>(TestApp.hiddenFields(page, "#respond form"));
        form.put(FormFields.NAME, name);
        form.put(FormFields.EMAIL, email);
        form.put(FormFields.URL, "");
        form.put(FormFields.COMMENT, text);
        form.put(FormFields.HONEYPOT, "");
        return app.postForm(client, "/comments", form);
    }

    /** Signs in on {@code app}'s own client, approves the held comment with this text, and checks the queue. */
    static void approve(TestApp app, String text) {
        app.signIn();
        String queue = app.get("/moderation").body();
        org.jsoup.nodes.Element item = org.jsoup.Jsoup.parse(queue).select(".site-queue-item").stream()
                .filter(li -> li.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the queue: " + text));
        Map<String, String> form = new LinkedHashMap<>();
        item.select("input[type=hidden]").forEach(i -> form.put(i.attr("name"), i.attr("value")));
        form.put("action", "approve");
        HttpResponse<String> r = app.postForm("/moderation/comments", form);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(app.get("/moderation").body()).doesNotContain(text);
    }

    /** Posts the home page's newsletter form and returns the subscriber's id. */
    static String subscribe(TestApp app, HttpClient client, String email) {
        String home = app.get(client, "/").body();
        Map<String, String> form = new LinkedHashMap<>(TestApp.hiddenFields(home, ".bs-newsletter-form"));
        form.put(FormFields.EMAIL, email);
        form.put(FormFields.CONSENT, "yes");
        HttpResponse<String> r = app.postForm(client, "/newsletter/subscribe", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(app.base + "/newsletter/thanks");
        List<String> ids = app.jdbc().queryForList("SELECT id FROM subscribers WHERE address_key = ?", String.class,
                app.bean(dev.broadsheet.subscribers.Subscriptions.class).addressKey(email));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** The links of the mails of a kind written for a subscriber, oldest first. */
    static List<String> mails(TestApp app, String subscriberId, String kind) {
        return app.bean(JdbcSubscriberRepository.class).outbox(subscriberId).stream()
                .filter(m -> m.kind().equals(kind)).map(JdbcSubscriberRepository.Mail::link).toList();
    }

    /** Opens a confirmation link's page on {@code app} and presses its button. */
    static HttpResponse<String> confirm(TestApp app, HttpClient client, String link) {
        String path = link.substring(link.indexOf("/newsletter/"));
        HttpResponse<String> page = app.get(client, path);
        assertThat(page.statusCode()).isEqualTo(200);
        return app.postForm(client, "/newsletter/confirm", TestApp.hiddenFields(page.body(), "main form"));
    }

    /** An RFC 8058 one-click unsubscription of a link, as a mail provider posts it: no cookies, no CSRF token. */
    static HttpResponse<String> oneClick(TestApp app, String link) {
        String path = link.substring(link.indexOf("/newsletter/"));
        return app.postForm(TestApp.newClient(), path, Map.of("List-Unsubscribe", "One-Click"));
    }

    /** @return the status of a subscriber */
    static String status(TestApp app, String subscriberId) {
        return app.jdbc().queryForObject("SELECT status FROM subscribers WHERE id = ?", String.class, subscriberId);
    }
}
