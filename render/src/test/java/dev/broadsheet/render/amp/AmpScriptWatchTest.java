package dev.broadsheet.render.amp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.ScriptWatch;
import dev.broadsheet.testing.XssVectors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * In headless Chromium, the AMP pages of hostile content run no script of their own: the only scripts are the AMP
 * runtime and its extensions from {@code cdn.ampproject.org} (which does not resolve here, so the page's own
 * markup is all that is left to run). The watch counts every script the page runs while each element is hovered,
 * focused and clicked: inline handlers, {@code javascript:} URLs, inline scripts, dialogs.
 */
class AmpScriptWatchTest {

    /** The AMP runtime's origin: its scripts are the page's only ones, and each load is reported. */
    static final String RUNTIME = "https://cdn.ampproject.org/";
    /** XSS vectors per page: their bodies one after another, each also a comment. */
    static final int VECTORS_PER_PAGE = 15;

    static Browser browser;

    private final AmpRenderer amp = AmpRenderer.of(HtmlRenderer.builder().site(TestContent.site()).build());

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    @Timeout(300)
    void theAmpPagesOfEveryXssVectorRunNoScriptButTheRuntime() {
        List<XssVectors.Vector> vectors = XssVectors.all();
        int pages = 0;
        int exercised = 0;
        for (int from = 0; from < vectors.size(); from += VECTORS_PER_PAGE) {
            List<XssVectors.Vector> group = vectors.subList(from, Math.min(vectors.size(), from + VECTORS_PER_PAGE));
            ScriptWatch.Report report = browser.watchScripts(amp.render(page(group)));
            assertThat(ownScripts(report)).as("%s for %s", report, group).isEmpty();
            assertThat(report.events()).as("the runtime's loading is seen: the watch is not blind").isNotEmpty();
            pages++;
            exercised += report.elementsExercised();
        }
        System.out.printf("AMP script watch: %d pages with %d XSS vectors, %d elements exercised, no script ran "
                + "but the AMP runtime's%n", pages, vectors.size(), exercised);
    }

    @Test
    @Timeout(120)
    void theTestAmpPagesRunNoScriptButTheRuntime() {
        for (String name : List.of("everything", "form-errors", "generic-embed", "image-without-size")) {
            ArticlePage page = AmpPages.all().get(name);
            ScriptWatch.Report report = browser.watchScripts(amp.render(page));
            assertThat(ownScripts(report)).as("%s", report).isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void positiveControlAnInlineHandlerSlippedIntoAnAmpPageIsCaught() {
        String page = amp.render(AmpPages.all().get("article"))
                .replace("<p class=\"bs-dek\">", "<p class=\"bs-dek\" onclick=\"document.title='ran'\">");

        assertThat(ownScripts(browser.watchScripts(page))).isNotEmpty();
    }

    /** The events that are not the AMP runtime's scripts loading. */
    static List<ScriptWatch.Event> ownScripts(ScriptWatch.Report report) {
        List<ScriptWatch.Event> own = new ArrayList<>();
        for (ScriptWatch.Event e : report.events()) {
            if (!(e.kind() == ScriptWatch.Kind.SCRIPT && e.detail().contains(RUNTIME))) {
                own.add(e);
            }
        }
        return own;
    }

    /** One article whose body is the group's sanitized bodies in a row, with each vector as a comment too. */
    static ArticlePage page(List<XssVectors.Vector> group) {
        StringBuilder body = new StringBuilder();
        List<Comment> comments = new ArrayList<>();
        for (XssVectors.Vector v : group) {
            body.append("<p>").append(v.id()).append(":</p>")
                    .append(Sanitizer.sanitize(v.payload(), HtmlPolicy.article()).html());
            SafeHtml comment = Sanitizer.sanitize(v.payload(), HtmlPolicy.comment());
            if (!comment.isEmpty()) {
                comments.add(Comment.builder().id("c-" + v.id()).articleId("a-1001")
                        .author(TestContent.comments().get(0).author()).body(comment)
                        .createdAt(TestContent.PUBLISHED).status(CommentStatus.APPROVED).build());
            }
        }
        // sanitized markup sanitizes to itself, so the row of bodies is what each vector's body was
        return ArticlePage.builder(TestContent.article().toBuilder().slug("xss-" + group.get(0).id())
                .body(Sanitizer.sanitize(body.toString(), HtmlPolicy.article())).build()).comments(comments).build();
    }
}
