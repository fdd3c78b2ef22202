package dev.broadsheet.interchange.wordpress;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A WXR 1.2 export of any size, written as it is read: a channel with an author, two categories and a tag, then
 * posts until the size is reached. Every post has a paragraph-less body of some 4 KB (a {@code [caption]}, an
 * unknown shortcode, an {@code onerror} attribute and a {@code javascript:} link the sanitizer removes, non-ASCII
 * text), an excerpt, Yoast meta, three threaded comments with email and IP, and every fourth post a featured
 * image whose attachment follows it, as WordPress writes them. Nothing is held but the item being read.
 */
final class SyntheticExport extends InputStream {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
              xmlns:content="http://purl.org/rss/1.0/modules/content/"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>The Caspian Ledger</title>
              <link>https://ledger.example</link>
              <language>en-US</language>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:author><wp:author_login><![CDATA[rauf]]></wp:author_login><wp:author_email><![CDATA[rauf@ledger.example]]></wp:author_email><wp:author_display_name><![CDATA[Rauf Həsənov]]></wp:author_display_name></wp:author>
              <wp:category><wp:term_id>10</wp:term_id><wp:category_nicename>world</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[World]]></wp:cat_name></wp:category>
              <wp:category><wp:term_id>11</wp:term_id><wp:category_nicename>azerbaijan</wp:category_nicename><wp:category_parent>world</wp:category_parent><wp:cat_name><![CDATA[Azerbaijan news]]></wp:cat_name></wp:category>
              <wp:tag><wp:term_id>20</wp:term_id><wp:tag_slug>karabakh</wp:tag_slug><wp:tag_name><![CDATA[Karabakh]]></wp:tag_name></wp:tag>
            """;
    private static final String TAIL = "</channel>\n</rss>\n";
    private static final String PARAGRAPH = "Eight senators wrote to the Secretary of State on Monday, asking "
            + "whether security assistance to Azerbaijan continues after the events in Qarabağ. The letter, seen "
            + "by the Turan agency, names <strong>four programmes</strong> and asks for an answer within thirty "
            + "days.\nThe State Department said it would respond &amp; declined to comment further.\n\n";

    private final long target;
    private byte[] chunk;
    private int pos;
    private long written;
    private long posts;
    private long attachments;
    private boolean done;

    /** @param targetBytes about how large the export is: posts are written until it is reached */
    SyntheticExport(long targetBytes) {
        this.target = targetBytes;
        this.chunk = HEAD.getBytes(StandardCharsets.UTF_8);
    }

    /** @return posts written so far; after the end, every post of the export */
    long posts() {
        return posts;
    }

    /** @return attachments written so far */
    long attachments() {
        return attachments;
    }

    /** @return bytes handed out so far */
    long bytes() {
        return written;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        while (pos == chunk.length) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        written += n;
        return n;
    }

    private boolean refill() {
        if (done) {
            return false;
        }
        pos = 0;
        if (written >= target) {
            chunk = TAIL.getBytes(StandardCharsets.UTF_8);
            done = true;
            return true;
        }
        long id = 1000 + 2 * posts;
        posts++;
        boolean featured = posts % 4 == 0;
        chunk = (post(id, featured) + (featured ? attachment(id + 1, id) : "")).getBytes(StandardCharsets.UTF_8);
        if (featured) {
            attachments++;
        }
        return true;
    }

    private static String post(long id, boolean featured) {
        StringBuilder body = new StringBuilder(4600);
        for (int i = 0; i < 5; i++) {
            body.append(PARAGRAPH);
        }
        body.append("[caption id=\"attachment_").append(id + 1).append("\" width=\"1600\"]<img src=\"https://ledger"
                + ".example/wp-content/uploads/road-").append(id).append(".jpg\" alt=\"A road\" width=\"1600\" "
                + "height=\"900\" /> A road near the border.[/caption]\n\n");
        body.append("[poll id=\"").append(id).append("\"]\n\n");
        body.append("<img src=x onerror=\"alert(1)\"> <a href=\"javascript:alert(2)\">a link</a> and "
                + "<a href=\"https://ledger.example/").append(id).append("\">another</a>.\n\n");
        for (int i = 0; i < 2; i++) {
            body.append(PARAGRAPH);
        }
        return "<item>\n<title><![CDATA[Senators question security cooperation, part " + id + "]]></title>\n"
                + "<dc:creator><![CDATA[rauf]]></dc:creator>\n"
                + "<content:encoded><![CDATA[" + body + "]]></content:encoded>\n"
                + "<excerpt:encoded><![CDATA[A letter from eight senators, part " + id + ".]]></excerpt:encoded>\n"
                + "<wp:post_id>" + id + "</wp:post_id>\n"
                + "<wp:post_date_gmt>2026-09-21 14:05:00</wp:post_date_gmt>\n"
                + "<wp:post_modified_gmt>2026-09-21 15:05:00</wp:post_modified_gmt>\n"
                + "<wp:comment_status>open</wp:comment_status>\n"
                + "<wp:post_name>senators-question-" + id + "</wp:post_name>\n"
                + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n"
                + "<category domain=\"category\" nicename=\"world\"><![CDATA[World]]></category>\n"
                + "<category domain=\"category\" nicename=\"azerbaijan\"><![CDATA[Azerbaijan news]]></category>\n"
                + "<category domain=\"post_tag\" nicename=\"karabakh\"><![CDATA[Karabakh]]></category>\n"
                + (featured ? meta("_thumbnail_id", String.valueOf(id + 1)) : "")
                + meta("_yoast_wpseo_primary_category", "11")
                + meta("_yoast_wpseo_metadesc", "Eight senators ask whether security assistance continues.")
                + comment(id * 10, 0, "Thanks for the report.", "1")
                + comment(id * 10 + 1, id * 10, "I agree with <em>every</em> word.", "1")
                + comment(id * 10 + 2, id * 10 + 1, "Cheap pills <script>alert(3)</script>", "spam")
                + "</item>\n";
    }

    private static String attachment(long id, long parent) {
        return "<item>\n<title><![CDATA[road-" + parent + ".jpg]]></title>\n"
                + "<excerpt:encoded><![CDATA[A road near the border, September 2026.]]></excerpt:encoded>\n"
                + "<wp:post_id>" + id + "</wp:post_id><wp:post_parent>" + parent + "</wp:post_parent>\n"
                + "<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>\n"
                + "<wp:attachment_url>https://ledger.example/wp-content/uploads/road-" + parent + ".jpg"
                + "</wp:attachment_url>\n"
                + meta("_wp_attachment_image_alt", "Soldiers on a mountain road")
                + meta("_wp_attachment_metadata", "a:3:{s:5:\"width\";i:1600;s:6:\"height\";i:900;s:5:\"sizes\";"
                        + "a:1:{s:6:\"medium\";a:3:{s:4:\"file\";s:12:\"road-300.jpg\";s:5:\"width\";i:300;"
                        + "s:6:\"height\";i:169;}}}")
                + "</item>\n";
    }

    private static String meta(String key, String value) {
        return "<wp:postmeta><wp:meta_key><![CDATA[" + key + "]]></wp:meta_key><wp:meta_value><![CDATA[" + value
                + "]]></wp:meta_value></wp:postmeta>\n";
    }

    private static String comment(long id, long parent, String text, String approved) {
        return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id>"
                + "<wp:comment_author><![CDATA[Samir Quliyev]]></wp:comment_author>"
                + "<wp:comment_author_email><![CDATA[samir" + id + "@mail.example]]></wp:comment_author_email>"
                + "<wp:comment_author_IP><![CDATA[203.0.113." + id % 250 + "]]></wp:comment_author_IP>"
                + "<wp:comment_date_gmt>2026-09-21 14:15:00</wp:comment_date_gmt>"
                + "<wp:comment_content><![CDATA[" + text + "]]></wp:comment_content>"
                + "<wp:comment_approved>" + approved + "</wp:comment_approved>"
                + "<wp:comment_parent>" + parent + "</wp:comment_parent></wp:comment>\n";
    }
}
