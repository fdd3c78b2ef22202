package dev.broadsheet.interchange.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code newsroom.wxr} export, field by field: what every mapped WordPress field becomes, and
 * that everything left out or changed is in the report with its item, field and code.
 */
class NewsroomExportTest {

    private final List<ImportedArticle> imported = new ArrayList<>();
    private ImportReport report;

    @BeforeEach
    void importIt() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("newsroom.wxr")) {
            report = WxrImporter.builder().build().read(in, imported::add);
        }
    }

    private ImportedArticle post(String id) {
        return imported.stream().filter(a -> a.wxrId().equals(id)).findFirst().orElseThrow();
    }

    private boolean reported(List<ImportReport.Entry> entries, String item, String field, String code) {
        return entries.stream().anyMatch(e -> e.item().equals(item) && e.field().equals(field) && e.code().equals(code));
    }

    @Test
    void aPublishedPostKeepsEveryMappedField() {
        Article a = post("201").article();
        assertThat(a.id()).isEqualTo("wp-201");
        assertThat(a.slug()).as("percent-decoded, then our slug rules").isEqualTo("boru-kemeri-muqavilesi");
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.publishedAt()).as("post_date_gmt, not the local post_date").contains(
                Instant.parse("2026-09-21T10:00:00Z"));
        assertThat(a.modifiedAt()).contains(Instant.parse("2026-09-22T09:30:00Z"));
        assertThat(a.authors().get(0).person().name()).isEqualTo("Nigar Əliyeva");
        assertThat(a.section().orElseThrow().name()).as("Yoast's primary category").isEqualTo("Economy & energy");
        assertThat(a.section().orElseThrow().parent().orElseThrow().description()).contains("The South Caucasus");
        assertThat(a.tags()).extracting(t -> t.name() + "/" + t.description().orElse(""))
                .containsExactly("Oil/Oil and gas", "Pipelines/Who builds them");
        assertThat(a.description()).contains("Azerbaijan, Georgia and Türkiye sign a pipeline agreement in Baku.");
        assertThat(a.dek()).as("the excerpt, as text").contains("Three countries sign a pipeline agreement.");
        assertThat(a.canonicalUrl()).contains("https://courier.example/economy/pipeline-deal");
        assertThat(a.language()).contains("en-GB");
        assertThat(a.commentMode()).isEqualTo(CommentMode.OPEN);
        var image = a.featuredImage().orElseThrow();
        assertThat(image.url()).isEqualTo("https://courier.example/wp-content/uploads/terminal.jpg");
        assertThat(image.alt()).contains("Storage tanks at the Sangachal terminal");
        assertThat(image.caption()).contains("The Sangachal terminal south of Baku.");
        assertThat(image.width()).contains(1200);
        assertThat(image.height()).contains(800);
        assertThat(image.renditions()).extracting(r -> r.url() + " " + r.width()).containsExactly(
                "https://courier.example/wp-content/uploads/terminal-300.jpg 300",
                "https://courier.example/wp-content/uploads/terminal-1024.jpg 1024");
        for (String[] e : new String[][] {{"wp:is_sticky", "sticky"}, {"/headline", "yoast.title"},
                {"/section", "category.secondary"}, {"/tags", "tag.duplicate"}, {"/body", "video.link"},
                {"/body", "audio.link"}, {"/body", ImportReport.SANITIZED}}) {
            assertThat(reported(report.changed(), "201", e[0], e[1])).as("%s %s", e[0], e[1]).isTrue();
        }
    }

    @Test
    void theShortcodesBecomeFiguresEmbedsAndLinks() {
        String body = post("201").article().body().html();
        assertThat(body).contains("<figure><a href=\"https://courier.example/terminal\"><img "
                        + "src=\"https://courier.example/wp-content/uploads/terminal.jpg\"")
                .contains("<figcaption>The Sangachal terminal.</figcaption>")
                .contains("src=\"https://courier.example/wp-content/uploads/ministers.jpg\"")
                .contains("<figcaption>The ministers after the signing.</figcaption>")
                .contains("src=\"https://courier.example/wp-content/uploads/harbour.jpg\"")
                .contains("<iframe src=\"https://www.youtube.com/embed/aBcDeFgHiJk\"")
                .contains("<iframe src=\"https://player.vimeo.com/video/123456789\"")
                .contains("<a href=\"https://courier.example/wp-content/uploads/signing.mp4\">Video: signing.mp4</a>")
                .contains("<a href=\"https://courier.example/wp-content/uploads/interview.mp3\">Audio: interview.mp3</a>")
                .contains("<p>[contact-form-7 id=\"9\" title=\"Tips\"]</p>")
                .contains("<p>Write [gallery] to show a gallery.</p>")
                .doesNotContain("[caption").doesNotContain("[gallery ids").doesNotContain("[embed");
        assertThat(report.unknownShortcodes()).containsExactlyEntriesOf(java.util.Map.of("contact-form-7", 1L));
    }

    @Test
    void commentsKeepTheirThreadsStatesAndPrivateFields() {
        List<Comment> comments = post("201").comments();
        assertThat(comments).extracting(c -> c.id() + " " + c.parentId().orElse("-") + " " + c.status())
                .containsExactly("wp-c-21 - APPROVED", "wp-c-22 wp-c-21 APPROVED", "wp-c-23 wp-c-22 APPROVED",
                        "wp-c-24 - PENDING", "wp-c-25 - TRASH", "wp-c-26 - APPROVED");
        assertThat(comments.get(0).author().email()).contains("elvin@mail.example");
        assertThat(comments.get(0).author().ip()).contains("198.51.100.21");
        assertThat(comments.get(0).author().url()).contains("https://elvin.example");
        assertThat(comments.get(1).author().ip()).contains("2001:db8::22");
        assertThat(comments.get(0).createdAt()).isEqualTo(Instant.parse("2026-09-21T11:00:00Z"));
        assertThat(comments.get(1).body().html()).isEqualTo("<p>Is it? Read this</p>\n");
        assertThat(reported(report.changed(), "201", "/comments/wp-c-26/parentId", "comment.orphan")).isTrue();
        assertThat(reported(report.skipped(), "201", "/comments/wp-c-27", "comment.pingback")).isTrue();
        assertThat(report.comments()).isEqualTo(6);
        assertThat(report.toJson()).doesNotContain("@mail.example").doesNotContain("198.51.100.21")
                .doesNotContain("nigar@courier.example");
    }

    @Test
    void everyStatusMapsAsTheReadmeTablesIt() {
        assertThat(post("202").article().status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(post("202").article().commentMode()).isEqualTo(CommentMode.CLOSED);
        assertThat(post("204").article().status()).as("trashed after it was published").isEqualTo(
                ArticleStatus.WITHDRAWN);
        assertThat(post("205").article().status()).as("password-protected").isEqualTo(ArticleStatus.DRAFT);
        assertThat(reported(report.changed(), "205", "/status", "status.password")).isTrue();
        assertThat(post("206").article().status()).as("pending review").isEqualTo(ArticleStatus.DRAFT);
        assertThat(reported(report.skipped(), "207", "wp:post_type", "post_type.revision")).isTrue();
        assertThat(reported(report.skipped(), "208", "wp:status", "status.auto-draft")).isTrue();
        assertThat(reported(report.skipped(), "209", "wp:post_type", "post_type.nav_menu_item")).isTrue();
        assertThat(report.items()).isEqualTo(13);
        assertThat(report.attachments()).isEqualTo(3);
        assertThat(report.articles()).isEqualTo(6);
    }

    @Test
    void authorsNeverShowAnEmailAddress() {
        assertThat(post("202").article().authors().get(0).person().name()).as("first and last name, not the "
                + "email-address display name or login").isEqualTo("News Desk");
        assertThat(post("206").article().authors().get(0).person().name()).isEqualTo("ghostwriter");
        assertThat(reported(report.changed(), "206", "/authors/0", "author.unknown")).isTrue();
    }

    @Test
    void blockEditorDelimitersLeaveNoEmptyParagraphs() {
        assertThat(post("202").article().body().html()).isEqualTo("<p>The commission set the date.</p>\n"
                + "<p>Turnout was 61% last time — a record.</p>\n<blockquote><p>We are ready.</p>\n</blockquote>\n"
                + "<ul><li>Registration opens in January</li>\n<li>Campaigning starts in March</li>\n</ul>\n"
                + "<p>Text after the list.</p>");
    }

    @Test
    void brokenTextIsCleanedOrReported() {
        Article broken = post("215").article();
        assertThat(broken.headline()).as("the tab is a space, the C1 control is gone")
                .isEqualTo("Broken text: a tab, zero\u200Bwidth, a replacement \uFFFD and a C1 control");
        assertThat(broken.body().html()).as("C1 controls are not allowed in HTML").doesNotContain("\u0085")
                .contains("C1 … and  controls").contains("mojibake Ã¼ from a double-encoded ü");
        assertThat(reported(report.changed(), "215", "/body", "text.control")).isTrue();
        assertThat(reported(report.rejected(), "203", "/headline", "text.bidi_control")).as("a bidi override in a "
                + "headline is refused, and said so").isTrue();
        assertThat(imported).noneMatch(a -> a.wxrId().equals("203"));
    }
}
