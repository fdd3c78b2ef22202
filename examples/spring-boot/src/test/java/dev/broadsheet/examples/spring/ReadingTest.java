package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.NuChecker;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reading pages over HTTP from a real server on H2, seeded with the fixtures: what they show, their headers
 * (CSP, ETag, Last-Modified, Cache-Control), their status for drafts and unknown addresses, and the Nu Html
 * Checker's and the AMP validator's verdicts.
 */
class ReadingTest {

    private static TestApp app;

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
    void theHomePageListsTheNewestArticlesFromTheDatabaseAndIsValidHtml() {
        HttpResponse<String> r = app.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        Document d = Jsoup.parse(r.body());
        assertThat(d.title()).isEqualTo("The Caspian Ledger");
        assertThat(d.select(".bs-teaser-title a")).hasSize(ReadingController.HOME_ARTICLES);
        assertThat(NuChecker.check(r.body())).isEmpty();
    }

    @Test
    void anArticlePageShowsTheArticleAndItsApprovedCommentsButNoPrivateData() {
        Article a = Fixtures.foreignAffairs();
        HttpResponse<String> r = app.get("/articles/" + a.slug());
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("h1.bs-headline").text()).isEqualTo(a.headline());
        assertThat(d.select("link[rel=amphtml]").attr("href")).isEqualTo(app.base + "/articles/" + a.slug() + "/amp");
        List<Comment> seeded = Fixtures.comments(a.id());
        assertThat(seeded).isNotEmpty();
        for (Comment c : seeded) {
            if (c.isApproved()) {
                assertThat(d.getElementById("comment-" + c.id())).as(c.id()).isNotNull();
            } else {
                assertThat(d.getElementById("comment-" + c.id())).as(c.id()).isNull();
            }
            c.author().email().ifPresent(e -> assertThat(r.body()).doesNotContain(e));
            c.author().ip().ifPresent(ip -> assertThat(r.body()).doesNotContain(ip));
        }
        assertThat(d.select("input[name=csrf_token]").attr("value")).isNotBlank();
        assertThat(NuChecker.check(r.body())).isEmpty();
    }

    @Test
    void pagesOfCommentsAreAddressedByCpageAndAPagePastTheLastIsNotFound() {
        String path = "/articles/" + Fixtures.foreignAffairs().slug();
        assertThat(app.get(path + "?cpage=1").statusCode()).isEqualTo(200);
        assertThat(app.get(path + "?cpage=2").statusCode()).as("its comments fit on one page").isEqualTo(404);
        assertThat(app.get(path + "?cpage=zero").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesCarryTheStrictPolicyAndCacheValidators() {
        Article a = Fixtures.foreignAffairs();
        HttpResponse<String> r = app.get("/articles/" + a.slug());
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Pages.PAGE_POLICY);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        String etag = r.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = app.get("/articles/" + a.slug(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = app.get("/articles/" + a.slug(), "If-None-Match", "W/\"something-else\"");
        assertThat(other.statusCode()).isEqualTo(200);

        HttpResponse<String> home = app.get("/");
        String homeTag = home.headers().firstValue("ETag").orElseThrow();
        assertThat(homeTag).doesNotStartWith("W/");
        assertThat(app.get("/", "If-None-Match", homeTag).statusCode()).isEqualTo(304);
    }

    @Test
    void theAmpPagePassesTheAmpValidatorWithItsOwnPolicyAndCaching() {
        Article a = Fixtures.foreignAffairs();
        HttpResponse<String> r = app.get("/articles/" + a.slug() + "/amp");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Pages.AMP_POLICY);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        AmpValidator.Result result = AmpValidator.validateHtml(r.body());
        assertThat(result.pass()).as(result.toString()).isTrue();
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(app.get("/articles/" + a.slug() + "/amp", "If-Modified-Since", modified).statusCode())
                .isEqualTo(304);
    }

    @Test
    void sectionTagAndAuthorListingsAreValidHtml() {
        Article a = Fixtures.foreignAffairs();
        List<String> paths = List.of("/section/" + a.section().orElseThrow().slug(),
                "/tag/" + a.tags().get(0).slug(), "/author/" + a.authors().get(0).person().slug());
        for (String path : paths) {
            HttpResponse<String> r = app.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Document d = Jsoup.parse(r.body());
            assertThat(d.select(".bs-teaser-title a").eachText()).as(path).contains(a.headline());
            assertThat(NuChecker.check(r.body())).as(path).isEmpty();
        }
    }

    @Test
    void draftsUnknownPagesAndBadPageNumbersAreRefusedWithValidPages() {
        HttpResponse<String> draft = app.get("/articles/" + Fixtures.draft().slug());
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(NuChecker.check(draft.body())).isEmpty();
        assertThat(app.get("/articles/" + Fixtures.withdrawn().slug()).statusCode()).isEqualTo(410);
        HttpResponse<String> unknown = app.get("/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no page at this address.");
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).hasValue(Pages.PAGE_POLICY);
        String section = Fixtures.foreignAffairs().section().orElseThrow().slug();
        assertThat(app.get("/section/" + section + "?page=x").statusCode()).isEqualTo(400);
        assertThat(app.get("/section/" + section + "?page=999").statusCode()).isEqualTo(404);
    }

    @Test
    void theStylesheetIsServedAsAResource() {
        HttpResponse<String> r = app.get("/assets/broadsheet.css");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Pages.RESOURCE_POLICY);
        assertThat(r.body()).contains(".bs-headline");
    }
}
