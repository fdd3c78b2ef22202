package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input sizes and shapes: each must finish quickly, in linear time, without {@link StackOverflowError}.
 * The timeouts are generous for a shared 2-core machine; on a laptop each case takes well under a second.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalTest {

    private static final int NESTING = 100_000;

    @Test
    void tenMegabyteBody() {
        String paragraph = "<p>Eight senators <a href=\"https://example.org/a?b=c&amp;d\">wrote</a> to the "
                + "<b>minister</b> &amp; <i>asked</i> <img src=\"/a.png\" alt=\"x\"> for <span>answers</span>.</p>\n";
        String body = paragraph.repeat(10_000_000 / paragraph.length() + 1);
        assertThat(body.length()).isGreaterThan(10_000_000);
        String html = Sanitizer.sanitize(body, HtmlPolicy.article()).html();
        assertThat(html).startsWith("<p>Eight senators <a href=\"https://example.org/a?b=c&amp;d\">wrote</a>");
        assertThat(PlainText.of(body)).startsWith("Eight senators wrote to the minister & asked for answers.");
    }

    @Test
    void hundredThousandNestedBlocks() {
        String html = "<div>".repeat(NESTING) + "deep" + "</div>".repeat(NESTING);
        assertThat(Sanitizer.sanitize(html, HtmlPolicy.article()).html()).isEqualTo("deep");
        assertThat(PlainText.of(html)).isEqualTo("deep");
    }

    @Test
    void hundredThousandNestedAllowedElementsAreFlattenedAtTheLimit() {
        String html = "<blockquote>".repeat(NESTING) + "deep";
        String clean = Sanitizer.sanitize(html, HtmlPolicy.article()).html();
        assertThat(clean).startsWith("<blockquote>".repeat(HtmlPolicy.DEFAULT_MAX_DEPTH) + "deep");
        assertThat(clean.split("<blockquote>", -1)).hasSize(HtmlPolicy.DEFAULT_MAX_DEPTH + 1);
        assertThat(Sanitizer.sanitize(clean, HtmlPolicy.article()).html()).isEqualTo(clean);
    }

    @Test
    void hundredThousandNestedInlineAndListElements() {
        for (String open : new String[] {"<b>", "<span>", "<a href=/x>", "<ul><li>", "<table><tr><td>", "<p><b>",
                "<svg>", "<math><mi>", "<h2>", "<dl><dd>", "<q>"}) {
            String html = open.repeat(NESTING / 2) + "x";
            String clean = Sanitizer.sanitize(html, HtmlPolicy.article()).html();
            assertThat(Sanitizer.sanitize(clean, HtmlPolicy.article()).html()).as(open).isEqualTo(clean);
            PlainText.of(html);
        }
    }

    @Test
    void manyUnclosedFormattingElementsAndAttributes() {
        String html = "<b><i><u><s>".repeat(25_000) + "<p>x</p>".repeat(1000);
        Sanitizer.sanitize(html, HtmlPolicy.article());
        String attrs = "<p " + "a=1 ".repeat(200_000) + ">x</p>";
        assertThat(Sanitizer.sanitize(attrs, HtmlPolicy.article()).html()).isEqualTo("<p>x</p>");
    }

    @Test
    void longTextsAndUrls() {
        String longUrl = "<a href=\"https://x.org/" + "a".repeat(1_000_000) + "\">l</a>";
        assertThat(Sanitizer.sanitize(longUrl, HtmlPolicy.article()).html()).isEqualTo("l");
        String srcset = "<img src=/a.png srcset=\"" + "/a.png 1x, ".repeat(200_000) + "\">";
        assertThat(Sanitizer.sanitize(srcset, HtmlPolicy.article()).html()).startsWith("<img src=\"/a.png\"");
        String entities = "&amp;".repeat(1_000_000);
        assertThat(Sanitizer.sanitize(entities, HtmlPolicy.text()).html()).isEqualTo(entities);
    }

    @Test
    void pathologicalMarkdown() {
        String[] inputs = {
            ">".repeat(NESTING) + " x",
            "- ".repeat(NESTING / 2) + "x",
            "*a ".repeat(NESTING / 2) + "b" + " c*".repeat(NESTING / 2),
            "[".repeat(NESTING) + "a" + "](b)".repeat(NESTING),
            "<div>".repeat(NESTING) + "\n\nx",
            "`".repeat(NESTING) + "x",
        };
        for (String md : inputs) {
            SafeHtml html = Markdown.toHtml(md, HtmlPolicy.article());
            assertThat(Sanitizer.sanitize(html.html(), HtmlPolicy.article())).isEqualTo(html);
        }
    }
}
