package dev.broadsheet.interchange.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WxrImporterTest {

    private final WxrImporter importer = WxrImporter.builder().build();

    private List<ImportedArticle> imported = new ArrayList<>();

    private ImportReport fixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("caspian-ledger.wxr")) {
            return importer.read(in, imported::add);
        }
    }

    @Test
    void aPublishedPostBecomesAnArticleWithEveryMappedField() throws Exception {
        ImportReport report = fixture();
        assertThat(imported).hasSize(2);
        ImportedArticle first = imported.stream().filter(a -> a.wxrId().equals("101")).findFirst().orElseThrow();
        var a = first.article();
        assertThat(a.id()).isEqualTo("wp-101");
        assertThat(a.headline()).isEqualTo("Senators question security cooperation with Baku");
        assertThat(a.slug()).isEqualTo("senators-question-baku");
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.publishedAt()).contains(Instant.parse("2026-09-21T14:05:00Z"));
        assertThat(a.modifiedAt()).contains(Instant.parse("2026-09-21T15:05:00Z"));
        assertThat(a.authors().get(0).person().name()).isEqualTo("Rauf Həsənov");
        assertThat(a.section().orElseThrow().name()).isEqualTo("Azerbaijan news");
        assertThat(a.section().orElseThrow().parent().orElseThrow().description())
                .contains("News from around the world");
        assertThat(a.tags()).extracting(t -> t.slug()).containsExactly("karabakh");
        assertThat(a.description()).contains("Eight senators ask whether security assistance continues.");
        assertThat(a.dek()).contains("A letter from eight senators.");
        assertThat(a.language()).contains("en-US");
        var image = a.featuredImage().orElseThrow();
        assertThat(image.url()).isEqualTo("https://ledger.example/wp-content/uploads/border.jpg");
        assertThat(image.alt()).contains("Soldiers on a mountain road");
        assertThat(image.caption()).contains("A road near the border, September 2026.");
        assertThat(image.width()).contains(1600);
        assertThat(image.renditions()).extracting(r -> r.url())
                .containsExactly("https://ledger.example/wp-content/uploads/border-300.jpg");
        assertThat(report.changed()).anyMatch(e -> e.item().equals("101") && e.code().equals("category.secondary"));
    }

    @Test
    void bodiesGetParagraphsFiguresEmbedsAndLoseScripts() throws Exception {
        ImportReport report = fixture();
        String body = imported.get(0).article().body().html();
        assertThat(body).contains("<p>Eight senators wrote to the Secretary of State.<br>")
                .contains("<figure><img src=\"https://ledger.example/wp-content/uploads/border.jpg\"")
                .contains("<figcaption>A road near the border.</figcaption>")
                .contains("https://www.youtube.com/embed/dQw4w9WgXcQ")
                .contains("href=\"https://ledger.example/wp-content/uploads/clip.mp4\"")
                .contains("[contact-form-7 id=\"5\" title=\"Contact\"]")
                .doesNotContain("<script").doesNotContain("onerror").doesNotContain("[caption");
        assertThat(report.unknownShortcodes()).containsEntry("contact-form-7", 1L);
        assertThat(report.changed()).anyMatch(e -> e.code().equals(ImportReport.SANITIZED) && e.item().equals("101"));
        assertThat(report.changed()).anyMatch(e -> e.code().equals("video.link"));
        assertThat(report.changedBySanitizing()).isEqualTo(1);
    }

    @Test
    void commentsKeepThreadingStatusAndPrivateFieldsAndDropOnlyInvalidOnes() throws Exception {
        ImportReport report = fixture();
        List<Comment> comments = imported.get(0).comments();
        assertThat(comments).extracting(Comment::id).containsExactly("wp-c-7", "wp-c-8", "wp-c-9");
        assertThat(comments.get(0).status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(comments.get(0).author().email()).contains("samir@mail.example");
        assertThat(comments.get(0).author().ip()).contains("203.0.113.7");
        assertThat(comments.get(1).parentId()).contains("wp-c-7");
        assertThat(comments.get(1).status()).isEqualTo(CommentStatus.PENDING);
        assertThat(comments.get(1).author().email()).isEmpty();
        assertThat(comments.get(2).status()).isEqualTo(CommentStatus.SPAM);
        assertThat(report.changed()).anyMatch(e -> e.field().equals("/comments/wp-c-8/author/email")
                && e.message().contains("[redacted]") && !e.message().contains("not an email"));
        assertThat(report.comments()).isEqualTo(3);
    }

    @Test
    void everyItemThatIsNotImportedIsReportedWithItsIdFieldAndCode() throws Exception {
        ImportReport report = fixture();
        assertThat(report.items()).isEqualTo(5);
        assertThat(report.attachments()).isEqualTo(1);
        assertThat(report.skipped()).anyMatch(e -> e.item().equals("103") && e.code().equals("post_type.page"));
        assertThat(report.rejected()).anyMatch(e -> e.item().equals("104") && e.field().equals("/headline")
                && e.code().equals("required"));
        ImportedArticle priv = imported.stream().filter(a -> a.wxrId().equals("105")).findFirst().orElseThrow();
        assertThat(priv.article().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(report.changed()).anyMatch(e -> e.item().equals("105") && e.code().equals("status.private"));
        assertThat(report.toJson()).contains("\"articles\" : 2").contains("\"post_type.page\"")
                .doesNotContain("samir@mail.example").doesNotContain("rauf@ledger.example");
    }

    @Test
    void brokenXmlNamesTheLineAndKeepsWhatCameBefore() {
        String wxr = "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>\n"
                + "<item><title>One</title><wp:post_id>1</wp:post_id><wp:status>draft</wp:status>"
                + "<wp:post_type>post</wp:post_type></item>\n"
                + "<item><title>Two</title>\n<wp:post_id>2</wp:post_id></itm>\n";
        assertThatThrownBy(() -> importer.read(in(wxr.getBytes(StandardCharsets.UTF_8)), imported::add))
                .isInstanceOfSatisfying(WxrException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("line 5");
                    assertThat(e.report().articles()).isEqualTo(1);
                    assertThat(e.report().failure()).isPresent();
                });
        assertThat(imported).extracting(a -> a.article().headline()).containsExactly("One");
    }

    @Test
    void aTruncatedFileNamesTheLine() {
        String wxr = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>One";
        assertThatThrownBy(() -> importer.read(in(wxr.getBytes(StandardCharsets.UTF_8)), imported::add))
                .isInstanceOfSatisfying(WxrException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void bytesNotInTheDeclaredEncodingNameTheLine() {
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><channel>\n<title>".getBytes(
                StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = "</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        assertThatThrownBy(() -> importer.read(in(all), imported::add))
                .isInstanceOfSatisfying(WxrException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("line 3");
                });
    }

    @Test
    void undecodableBytesAreThrownNotPrinted() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> importer.read(in(new byte[] {(byte) 0xC3, (byte) 0x28}), imported::add))
                    .isInstanceOf(WxrException.class).hasMessageContaining("line 1, column 1")
                    .hasMessageContaining("not valid UTF-8");
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anEncodingThisRuntimeLacksIsNamedOnLineOne() {
        String wxr = "<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n<rss><channel/></rss>";
        assertThatThrownBy(() -> importer.read(in(wxr.getBytes(StandardCharsets.US_ASCII)), imported::add))
                .isInstanceOfSatisfying(WxrException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("\"x-klingon\"");
                });
    }

    @Test
    void aWindows1252ExportIsReadInItsEncoding() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("courrier-cp1252.wxr")) {
            importer.read(in, imported::add);
        }
        assertThat(imported.get(0).article().headline()).matches("«.Un accord historique.» à Bakou");
        assertThat(imported.get(0).article().body().html()).contains("90\u00a0€").contains("C’est un succès")
                .contains("Œuvre commune");
        assertThat(imported.get(0).comments().get(0).body().html()).contains("Très intéressant… merci !");
    }

    @Test
    void theChannelIsReadUpToTheFirstItemWithoutImporting() throws Exception {
        Map<String, String> channel;
        try (InputStream in = getClass().getResourceAsStream("caspian-ledger.wxr")) {
            channel = importer.channel(in);
        }
        assertThat(channel).containsEntry("title", "The Caspian Ledger").containsEntry("link", "https://ledger.example")
                .containsEntry("language", "en-US").containsEntry("wp:wxr_version", "1.2");
        String cut = "<?xml version=\"1.0\"?>\n<rss><channel><title>One</title>\n<item><title>a</title></item>"
                + "<item><title>cut";
        assertThat(importer.channel(in(cut.getBytes(StandardCharsets.UTF_8)))).containsOnlyKeys("title");
        assertThatThrownBy(() -> importer.channel(in("<html/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(WxrException.class).hasMessageContaining("not a WordPress export");
        assertThatThrownBy(() -> importer.channel(in("<rss><channel><title>x".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(WxrException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void aFileThatIsNotAnExportIsRefused() {
        assertThatThrownBy(() -> importer.read(in("<html><body/></html>".getBytes(StandardCharsets.UTF_8)),
                imported::add)).isInstanceOf(WxrException.class).hasMessageContaining("not a WordPress export");
    }

    @Test
    void doctypesAreRefusedSoEntitiesCannotExpand() {
        String wxr = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]>\n"
                + "<rss><channel><title>&a;</title></channel></rss>";
        assertThatThrownBy(() -> importer.read(in(wxr.getBytes(StandardCharsets.UTF_8)), imported::add))
                .isInstanceOf(WxrException.class);
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
