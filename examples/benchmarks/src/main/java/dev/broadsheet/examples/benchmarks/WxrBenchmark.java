package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.interchange.wordpress.ImportReport;
import dev.broadsheet.interchange.wordpress.WxrImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * WordPress import throughput: a generated WXR export of about 3 MB ({@value #POSTS} posts of some 2 KB of body,
 * each with three comments, a featured image every fifth post) read from memory by {@link WxrImporter}, every
 * body through wpautop, the shortcodes and the article policy, every comment through the comment policy, every
 * value through the model's builders. The report divides the export's size by the time: MB/s on one core,
 * sanitizing included (issue 16's goal: at least 20).
 */
@State(Scope.Benchmark)
public class WxrBenchmark {

    /** Posts in the export. */
    public static final int POSTS = 800;

    private static final String BODY = """
            Parliament met on Tuesday to debate the budget. The opposition asked for <em>more</em> time.
            The speaker refused &amp; called the vote.

            [caption id="attachment_9" width="800"]<img src="https://news.example.com/up/hall.jpg" alt="" \
            width="800" height="533" /> The hall during the vote.[/caption]

            <blockquote>We will appeal, said the leader of the opposition.</blockquote>

            https://www.youtube.com/watch?v=aBcDeFgHiJk

            Analysts expect the budget to pass. <a href="https://news.example.com/budget">Read the draft</a> or \
            <a href="javascript:alert(1)" onclick="steal()">this</a>.<script>track()</script>
            """;

    private WxrImporter importer;
    private byte[] export;

    /** Generates the export and builds the importer. */
    @Setup
    public void setUp() {
        importer = WxrImporter.builder().build();
        export = export();
    }

    /** @return the export, the same bytes on every call */
    static byte[] export() {
        StringBuilder x = new StringBuilder(POSTS * 6000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n")
                .append("<channel><title>The Daily Example</title><link>https://news.example.com</link>")
                .append("<language>en</language><wp:wxr_version>1.2</wp:wxr_version>\n")
                .append("<wp:author><wp:author_login>lale</wp:author_login><wp:author_display_name>Lalə Məmmədova")
                .append("</wp:author_display_name></wp:author>\n")
                .append("<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>politics")
                .append("</wp:category_nicename><wp:cat_name>Politics</wp:cat_name></wp:category>\n");
        for (int i = 0; i < POSTS; i++) {
            int id = 10 + 2 * i;
            x.append("<item><title>Budget debate, day ").append(i).append("</title><dc:creator>lale</dc:creator>")
                    .append("<content:encoded><![CDATA[").append(BODY).append(BODY).append(BODY)
                    .append("]]></content:encoded><excerpt:encoded>Day ").append(i).append(" of the debate.")
                    .append("</excerpt:encoded><wp:post_id>").append(id).append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2026-03-0").append(1 + i % 9).append(" 10:00:00</wp:post_date_gmt>")
                    .append("<wp:post_name>budget-debate-day-").append(i).append("</wp:post_name>")
                    .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
                    .append("<category domain=\"category\" nicename=\"politics\">Politics</category>")
                    .append("<category domain=\"post_tag\" nicename=\"budget\">Budget</category>");
            if (i % 5 == 0) {
                x.append("<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>").append(id + 1)
                        .append("</wp:meta_value></wp:postmeta>");
            }
            for (int c = 0; c < 3; c++) {
                x.append("<wp:comment><wp:comment_id>").append(id * 10 + c).append("</wp:comment_id>")
                        .append("<wp:comment_author>Reader ").append(c).append("</wp:comment_author>")
                        .append("<wp:comment_author_email>reader").append(c).append("@example.org")
                        .append("</wp:comment_author_email><wp:comment_date_gmt>2026-03-09 12:00:00")
                        .append("</wp:comment_date_gmt><wp:comment_content><![CDATA[I disagree with <b>all</b> of ")
                        .append("it.\nSecond line.]]></wp:comment_content><wp:comment_approved>1")
                        .append("</wp:comment_approved><wp:comment_parent>").append(c == 0 ? 0 : id * 10)
                        .append("</wp:comment_parent></wp:comment>");
            }
            x.append("</item>\n");
            if (i % 5 == 0) {
                x.append("<item><title>hall.jpg</title><wp:post_id>").append(id + 1).append("</wp:post_id>")
                        .append("<wp:post_parent>").append(id).append("</wp:post_parent><wp:status>inherit")
                        .append("</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>")
                        .append("https://news.example.com/up/hall-").append(id).append(".jpg</wp:attachment_url>")
                        .append("<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>")
                        .append("The parliament hall</wp:meta_value></wp:postmeta></item>\n");
            }
        }
        return x.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the import's report (every post imported, or the benchmark fails) */
    @Benchmark
    public ImportReport importExport() throws Exception {
        ImportReport report = importer.read(new ByteArrayInputStream(export), imported -> { });
        if (report.articles() != POSTS) {
            throw new IllegalStateException("expected " + POSTS + " articles, got " + report);
        }
        return report;
    }
}
