package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.checks.EditorialChecks;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.NuChecker;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor view lists an article's editorial findings next to its preview, for signed-in moderators only. */
class EditorViewTest {

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void signIn() {
        HttpResponse<String> form = site.get("/moderation");
        HttpResponse<String> in = site.postForm("/moderation/sign-in", Map.of("token", TestSite.TOKEN,
                "csrf_token", TestSite.hidden(form.body(), "csrf_token")));
        assertThat(in.statusCode()).isEqualTo(303);
    }

    @Test
    void theEditorViewIsForModeratorsOnly() {
        TestSite stranger = new TestSite();
        try {
            String slug = Fixtures.draft().slug();
            HttpResponse<String> r = stranger.get("/moderation/editor/" + slug);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).doesNotContain(Fixtures.draft().headline());
        } finally {
            stranger.close();
        }
    }

    @Test
    void findingsAreListedNextToThePreviewAndThePageIsValidHtml() {
        signIn();
        Article draft = Fixtures.draft();
        HttpResponse<String> r = site.get("/moderation/editor/" + draft.slug());
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("site-editor-findings", "site-editor-preview", "bs-article");
        // every finding the checks report (apart from links, which the site resolves) is in the list
        var expected = EditorialChecks.defaults().check(draft).stream()
                .filter(f -> !f.code().startsWith("link.")).toList();
        assertThat(expected).isNotEmpty();
        expected.forEach(f -> assertThat(html).contains("<code>" + f.code() + "</code>"));
        assertThat(html.indexOf("site-editor-findings")).isLessThan(html.indexOf("site-editor-preview"));
        assertThat(NuChecker.check(html)).isEmpty();
        assertThat(site.get("/moderation/editor/no-such-article").statusCode()).isEqualTo(404);
    }
}
