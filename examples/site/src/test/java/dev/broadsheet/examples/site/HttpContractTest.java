package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.NuChecker;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site's HTTP contract, request by request with the JDK's HTTP client: security headers on every response,
 * 4xx pages for bad requests (never a stack trace), CSRF, the moderator's rules, the AMP form endpoints' origin and
 * CORS rules, and the newsletter tokens.
 */
class HttpContractTest {

    private static TestSite site;
    private static Article article;

    @BeforeAll
    static void start() {
        site = new TestSite();
        article = Fixtures.foreignAffairs();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String articlePath() {
        return "/articles/" + article.slug();
    }

    // ---------------------------------------------------------------- reading

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", articlePath(), articlePath() + "/amp", articlePath() + ".jsonld",
                "/assets/broadsheet.css", "/images/people/tamar-beridze-400x400.jpg", "/no-such-page")) {
            HttpResponse<String> r = site.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(site.get(articlePath()).headers().firstValue("Content-Security-Policy"))
                .hasValue(Response.PAGE_POLICY);
        assertThat(site.get("/articles/" + Fixtures.multimedia().slug()).headers()
                .firstValue("Content-Security-Policy")).hasValue(Response.PAGE_POLICY + "; frame-src "
                        + Response.EMBED_HOSTS);
        assertThat(site.get(articlePath() + "/amp").headers().firstValue("Content-Security-Policy"))
                .hasValue(Response.AMP_POLICY);
        assertThat(site.get("/images/2026/09/x-1600x900.jpg").headers().firstValue("Content-Security-Policy"))
                .hasValue(Response.RESOURCE_POLICY);
    }

    @Test
    void htmlAndAmpPagesArePairedAndTheAmpPageIsValid() {
        String html = site.get(articlePath()).body();
        String amp = site.get(articlePath() + "/amp").body();
        String url = site.uri(articlePath()).toString();
        assertThat(html).contains("<link rel=\"amphtml\" href=\"" + url + "/amp\">")
                .contains("<link rel=\"canonical\" href=\"" + url + "\">");
        assertThat(amp).contains("<link rel=\"canonical\" href=\"" + url + "\">").doesNotContain("csrf_token");
        AmpValidator.Result result = AmpValidator.validateHtml(amp);
        assertThat(result.pass()).as(result.toString()).isTrue();
    }

    @Test
    void jsonLdIsServedAsItsOwnDocument() {
        HttpResponse<String> r = site.get(articlePath() + ".jsonld");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/ld+json; charset=utf-8");
        assertThat(r.body()).startsWith("{\"@context\":\"https://schema.org\"").contains("\"NewsArticle\"")
                .doesNotContain("@mail.example");
    }

    @Test
    void onlyPublishedArticlesAreServed() {
        assertThat(site.get("/articles/" + Fixtures.draft().slug()).statusCode()).isEqualTo(404);
        assertThat(site.get("/articles/" + Fixtures.scheduled().slug()).statusCode()).isEqualTo(404);
        assertThat(site.get("/articles/" + Fixtures.draft().slug() + "/amp").statusCode()).isEqualTo(404);
        assertThat(site.get("/articles/" + Fixtures.withdrawn().slug()).statusCode()).isEqualTo(410);
        String home = site.get("/").body();
        assertThat(home).doesNotContain(Fixtures.draft().headline()).doesNotContain(Fixtures.scheduled().headline());
    }

    @Test
    void listingsArePaged() {
        HttpResponse<String> first = site.get("/section/world");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("rel=\"next\"").contains("Page 1 of");
        assertThat(site.get("/section/world?page=2").body()).contains("rel=\"prev\"");
        assertThat(site.get("/section/world?page=99").statusCode()).isEqualTo(404);
        assertThat(site.get("/section/world?page=zero").statusCode()).isEqualTo(400);
        assertThat(site.get("/tag/" + Fixtures.foreignAffairs().tags().get(0).slug()).statusCode()).isEqualTo(200);
        assertThat(site.get("/author/tamar-beridze").body()).contains("Articles by Tamar Beridze");
        assertThat(site.get("/author/nobody-at-all").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticlesCommentsArePagedInWholeThreadsAndEveryPageNamesItself() {
        try (TestSite paged = new TestSite("--comments-per-page", "1")) {
            HttpResponse<String> first = paged.get(articlePath());
            HttpResponse<String> second = paged.get(articlePath() + "?cpage=2");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            org.jsoup.nodes.Document one = org.jsoup.Jsoup.parse(first.body());
            org.jsoup.nodes.Document two = org.jsoup.Jsoup.parse(second.body());
            String url = paged.origin() + articlePath();

            assertThat(one.select("link[rel=canonical]").attr("href")).isEqualTo(url);
            assertThat(two.select("link[rel=canonical]").attr("href")).isEqualTo(url + "?cpage=2");
            assertThat(one.select("nav.bs-comment-pages a[rel=next]").attr("href"))
                    .isEqualTo(url + "?cpage=2#comments");
            assertThat(two.select("nav.bs-comment-pages a[rel=prev]").attr("href")).isEqualTo(url + "#comments");
            assertThat(two.select("#bs-comments-title").text()).isEqualTo(one.select("#bs-comments-title").text());
            assertThat(one.select(".bs-comment-list > li")).hasSize(1);
            assertThat(two.select(".bs-comment-list > li").eachAttr("id"))
                    .doesNotContainAnyElementsOf(one.select(".bs-comment-list > li").eachAttr("id"));
            assertThat(NuChecker.check(second.body())).isEmpty();
            assertThat(paged.get(articlePath() + "?cpage=999").statusCode()).isEqualTo(404);
            assertThat(paged.get(articlePath() + "?cpage=zero").statusCode()).isEqualTo(400);
        }
        assertThat(site.get(articlePath() + "?cpage=2").statusCode()).as("one page at the default size")
                .isEqualTo(404);
    }

    // ---------------------------------------------------------------- bad requests

    @Test
    void badRequestsGetErrorPagesWithoutDetails() {
        assertStatus(site.get("/no/such/page"), 404);
        HttpResponse<String> wrongMethod = site.postForm("/", Map.of());
        assertStatus(wrongMethod, 405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> getComments = site.get("/comments");
        assertStatus(getComments, 405);
        assertThat(getComments.headers().firstValue("Allow")).hasValue("POST");

        String tooBig = "comment=" + "a".repeat(Request.FORM_LIMIT);
        assertStatus(site.post("/comments", "application/x-www-form-urlencoded", tooBig), 413);
        assertStatus(site.post("/comments", "application/x-www-form-urlencoded", "comment=%zz"), 400);
        assertStatus(site.post("/comments", "application/x-www-form-urlencoded", "comment=%ff%fe"), 400);
        assertStatus(site.post("/comments", "application/x-www-form-urlencoded", "a=1&a=2"), 400);
        assertStatus(site.post("/comments", "text/plain", "comment=hello"), 415);
        assertStatus(site.post("/comments", "multipart/form-data; boundary=xyz", "--xyz\r\nbroken"), 400);
        assertStatus(site.get("/section/world?page=%ff"), 400);
    }

    @Test
    void anotherHostNameIsRedirectedToTheSitesOwnOrRefused() throws java.io.IOException {
        String port = String.valueOf(site.site.baseUri().getPort());
        assertThat(raw("GET /section/world?page=2 HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 301 ")
                .contains("\nLocation: " + site.origin() + "/section/world?page=2\r\n");
        assertThat(raw("POST /comments HTTP/1.1\r\nHost: rebound.example\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 421 ");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 ");
    }

    /** Sends a request as written and returns the whole answer. */
    private static String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(site.site.baseUri().getHost(), site.site.baseUri()
                .getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static void assertStatus(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("class=\"bs-site-header\"").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theSitesOwnPagesAreValidHtml() {
        HttpResponse<String> home = site.get("/");
        site.postForm("/newsletter/subscribe", subscription("valid.html@mail.example", home));
        for (String page : List.of(site.get(site.lastConfirmationLink()).body(), site.get("/moderation").body(),
                site.get("/no-such-page").body(), site.get("/newsletter/thanks").body())) {
            assertThat(NuChecker.check(page)).isEmpty();
        }
    }

    // ---------------------------------------------------------------- comments

    private static Map<String, String> comment(String page, String text, String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("comment", text);
        f.put("name", "Tester");
        f.put("email", email);
        f.put("url", "");
        f.put("article_id", article.id());
        f.put("parent_id", "");
        f.put("bs_hp", "");
        f.put("bs_stamp", TestSite.hidden(page, "bs_stamp"));
        f.put("csrf_token", TestSite.hidden(page, "csrf_token"));
        return f;
    }

    @Test
    void aCommentWithoutTheCsrfTokenComesBackWithEverythingKept() {
        String page = site.get(articlePath()).body();
        Map<String, String> f = comment(page, "Kept <em>text</em>", "csrf@mail.example");
        f.put("csrf_token", "forged");
        HttpResponse<String> r = site.postForm("/comments", f);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains(CommentRoutes.EXPIRED.replace("'", "&#39;"))
                .contains("Kept &lt;em&gt;text&lt;/em&gt;</textarea>").contains("value=\"csrf@mail.example\"");
    }

    @Test
    void everyInvalidFieldGetsItsMessageAndTheHoneypotIsNotKept() {
        String page = site.get(articlePath()).body();
        Map<String, String> f = comment(page, " ", "not an address");
        f.put("name", "");
        f.put("url", "javascript:alert(1)");
        f.put("bs_hp", "bot text");
        HttpResponse<String> r = site.postForm("/comments", f);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"bs-comment-comment-error\"").contains("id=\"bs-comment-name-error\"")
                .contains("id=\"bs-comment-email-error\"").contains("id=\"bs-comment-url-error\"")
                .contains("value=\"not an address\"").doesNotContain("bot text");
    }

    @Test
    void spamIsAnsweredLikeAHeldCommentButNeverQueued() {
        String page = site.get(articlePath()).body();
        Map<String, String> honeypot = comment(page, "Cheap flights here " + System.nanoTime(), "bot@mail.example");
        honeypot.put("bs_hp", "filled by a bot");
        HttpResponse<String> r = site.postForm("/comments", honeypot);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
                "?comment=held"));
        // and a form sent back at once (no stamp age) is spam too
        HttpResponse<String> fast = site.postForm("/comments", comment(page, "Too fast " + System.nanoTime(),
                "fast@mail.example"));
        assertThat(fast.statusCode()).isEqualTo(303);
        assertThat(site.log).anyMatch(l -> l.contains(": SPAM [comment.honeypot"))
                .anyMatch(l -> l.contains(": SPAM [comment.too_fast"));
    }

    // ---------------------------------------------------------------- AMP forms

    @Test
    void anAmpPostFromAForeignOriginIsRefused() {
        HttpResponse<String> r = site.postMultipart("/comments", Map.of("comment", "x"), "Origin",
                "https://evil.example", "AMP-Same-Origin", "true");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> subscribe = site.postMultipart("/newsletter/subscribe", Map.of("email",
                "x@mail.example"), "Origin", "https://evil.example");
        assertThat(subscribe.statusCode()).isEqualTo(403);
    }

    @Test
    void anAmpSameOriginPostGetsJsonWithTheCorsHeadersAndNeedsNoCsrfToken() {
        String amp = site.get(articlePath() + "/amp").body();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("comment", "From the AMP page");
        f.put("name", "Amp Reader");
        f.put("email", "reader@localhost");
        f.put("article_id", article.id());
        f.put("bs_stamp", TestSite.hidden(amp, "bs_stamp"));
        HttpResponse<String> invalid = site.postMultipart("/comments", f, "Origin", site.origin(),
                "AMP-Same-Origin", "true");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertCors(invalid, site.origin());
        assertThat(invalid.body()).startsWith("{\"errors\":[{\"field\":\"email\",\"message\":\"Email must have");

        f.put("email", "amp.reader@mail.example");
        HttpResponse<String> accepted = site.postMultipart("/comments", f, "AMP-Same-Origin", "true");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertCors(accepted, site.origin());
        assertThat(accepted.body()).startsWith("{\"message\":");

        HttpResponse<String> subscribed = site.postMultipart("/newsletter/subscribe", Map.of("email",
                "amp.subscriber@mail.example", "consent", "yes", "consent_version", "1"), "Origin", site.origin(),
                "AMP-Same-Origin", "true");
        assertThat(subscribed.statusCode()).isEqualTo(200);
        assertCors(subscribed, site.origin());
        assertThat(subscribed.body()).isEqualTo("{\"message\":\"Thank you. Please check your inbox to confirm your"
                + " subscription.\"}");
    }

    @Test
    void aPostFromTheSitesAmpCacheOriginIsAnAmpSubmission() {
        String cache = "https://127-0-0-1.cdn.ampproject.org";
        HttpResponse<String> r = site.postMultipart("/newsletter/subscribe", Map.of("email", "cache@mail.example",
                "consent", "yes", "consent_version", "1"), "Origin", cache);
        assertThat(r.statusCode()).isEqualTo(200);
        assertCors(r, cache);
    }

    @Test
    void anOrdinaryPostWithoutAmpHeadersStillNeedsTheCsrfToken() {
        HttpResponse<String> r = site.postMultipart("/newsletter/subscribe", Map.of("email", "plain@mail.example",
                "consent", "yes", "consent_version", "1"), "Origin", site.origin());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static void assertCors(HttpResponse<String> r, String origin) {
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    // ---------------------------------------------------------------- newsletter

    private static Map<String, String> subscription(String email, HttpResponse<String> page) {
        return Map.of("email", email, "consent", "yes", "consent_version", "1", "csrf_token",
                TestSite.hidden(page.body(), "csrf_token"));
    }

    @Test
    void aSignUpNeedsConsentAndAValidAddressAndComesBackOnItsPage() {
        HttpResponse<String> page = site.get(articlePath());
        Map<String, String> f = new LinkedHashMap<>(subscription("reader@localhost", page));
        f.remove("consent");
        HttpResponse<String> r = site.postForm("/newsletter/subscribe", f, "Referer", site.uri(articlePath())
                .toString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"bs-newsletter-email-error\"").contains("id=\"bs-newsletter-consent-error\"")
                .contains("value=\"reader@localhost\"").contains(article.headline());
    }

    @Test
    void tokensAreCheckedAndBareGetsChangeNothing() {
        HttpResponse<String> home = site.get("/");
        HttpResponse<String> r = site.postForm("/newsletter/subscribe", subscription("tokens@mail.example", home));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(site.origin() + "/newsletter/thanks");
        String link = site.lastConfirmationLink();
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(site.get(link).body()).contains("Confirm subscription</button>");
        assertThat(site.get(link).body()).contains("Confirm subscription</button>");
        assertThat(site.get("/newsletter/confirm?token=" + token.substring(0, token.length() - 4)).statusCode())
                .isEqualTo(400);
        assertThat(site.get("/newsletter/unsubscribe?token=" + token).statusCode()).as("wrong purpose")
                .isEqualTo(400);
        assertThat(site.postForm("/newsletter/confirm", Map.of("token", token)).body())
                .contains("Your subscription is confirmed");

        String unsubscribe = site.lastUnsubscribeLink();
        assertThat(site.post(unsubscribe, "application/x-www-form-urlencoded", "").statusCode())
                .as("one-click without its body").isEqualTo(400);
        assertThat(site.get(unsubscribe).body()).contains("Unsubscribe</button>");
    }

    @Test
    void signingUpTwiceTellsNothingAndSendsANewLink() {
        HttpResponse<String> home = site.get("/");
        java.util.regex.Pattern mails = java.util.regex.Pattern.compile("confirmation mail for subscriber (\\S+)");
        HttpResponse<String> first = site.postForm("/newsletter/subscribe", subscription("twice@mail.example", home));
        List<String> before = site.logged(mails);
        HttpResponse<String> again = site.postForm("/newsletter/subscribe", subscription("twice@MAIL.example",
                home));
        List<String> after = site.logged(mails);
        assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(after).hasSize(before.size() + 1).endsWith(before.get(before.size() - 1), before.get(
                before.size() - 1));
        assertThat(String.join("\n", site.log)).doesNotContain("twice@mail.example");
    }

    // ---------------------------------------------------------------- moderation

    @Test
    void moderationNeedsTheTokenAndAGetChangesNothing() {
        HttpResponse<String> signIn = site.get("/moderation");
        assertThat(signIn.body()).contains("type=\"password\"").doesNotContain("site-queue");
        HttpResponse<String> wrong = site.postForm("/moderation/sign-in", Map.of("token", "guess-guess-guess",
                "csrf_token", TestSite.hidden(signIn.body(), "csrf_token")));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(site.postForm("/moderation/comments", Map.of("comment_id", "c-1011", "action", "approve",
                "csrf_token", TestSite.hidden(signIn.body(), "csrf_token"))).statusCode()).isEqualTo(403);
        assertThat(site.get("/moderation/comments").statusCode()).isEqualTo(405);
    }
}
