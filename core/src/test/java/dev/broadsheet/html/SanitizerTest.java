package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.testing.NuChecker;
import dev.broadsheet.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SanitizerTest {

    private static String article(String html) {
        return Sanitizer.sanitize(html, HtmlPolicy.article()).html();
    }

    private static String comment(String html) {
        return Sanitizer.sanitize(html, HtmlPolicy.comment()).html();
    }

    private static String text(String html) {
        return Sanitizer.sanitize(html, HtmlPolicy.text()).html();
    }

    static Stream<Arguments> articleKeepsItsElements() {
        return Stream.of(
                Arguments.of("<p>a</p>", "<p>a</p>"),
                Arguments.of("<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6>",
                        "<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6>"),
                Arguments.of("<blockquote cite=\"https://x.org/a\">q</blockquote>",
                        "<blockquote cite=\"https://x.org/a\">q</blockquote>"),
                Arguments.of("<ul><li>a</li></ul><ol start=\"3\"><li>b</li></ol>",
                        "<ul><li>a</li></ul><ol start=\"3\"><li>b</li></ol>"),
                Arguments.of("<figure><img src=\"https://x.org/a.png\" alt=\"A\" width=\"10\" height=\"20\">"
                                + "<figcaption>c</figcaption></figure>",
                        "<figure><img src=\"https://x.org/a.png\" alt=\"A\" width=\"10\" height=\"20\">"
                                + "<figcaption>c</figcaption></figure>"),
                Arguments.of("<a href=\"https://x.org/\">l</a>", "<a href=\"https://x.org/\">l</a>"),
                Arguments.of("<strong>1</strong><em>2</em><b>3</b><i>4</i><u>5</u><s>6</s><sub>7</sub><sup>8</sup>"
                                + "<small>9</small><mark>10</mark><q>11</q><cite>12</cite>",
                        "<strong>1</strong><em>2</em><b>3</b><i>4</i><u>5</u><s>6</s><sub>7</sub><sup>8</sup>"
                                + "<small>9</small><mark>10</mark><q>11</q><cite>12</cite>"),
                Arguments.of("<abbr title=\"North Atlantic\">NATO</abbr>", "<abbr title=\"North Atlantic\">NATO</abbr>"),
                Arguments.of("<time datetime=\"2026-11-27T10:00Z\">today</time>",
                        "<time datetime=\"2026-11-27T10:00Z\">today</time>"),
                Arguments.of("<pre><code>x = 1</code></pre>", "<pre><code>x = 1</code></pre>"),
                Arguments.of("<p>a<br>b</p><hr>", "<p>a<br>b</p><hr>"),
                Arguments.of("<table><caption>c</caption><thead><tr><th scope=col colspan=2>h</th></tr></thead>"
                                + "<tbody><tr><td rowspan=2>1</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
                        "<table><caption>c</caption><thead><tr><th scope=\"col\" colspan=\"2\">h</th></tr></thead>"
                                + "<tbody><tr><td rowspan=\"2\">1</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot>"
                                + "</table>"),
                Arguments.of("<iframe src=\"https://www.youtube.com/embed/abc\" width=560 height=315 allowfullscreen>"
                                + "</iframe>",
                        "<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\" allowfullscreen "
                        + "title=\"Embedded content from www.youtube.com\" "
                                + "loading=\"lazy\"></iframe>"),
                Arguments.of("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>",
                        "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" "
                        + "title=\"Embedded content from www.youtube-nocookie.com\" "
                                + "loading=\"lazy\"></iframe>"),
                Arguments.of("<iframe src=\"https://player.vimeo.com/video/123\"></iframe>",
                        "<iframe src=\"https://player.vimeo.com/video/123\" "
                        + "title=\"Embedded content from player.vimeo.com\" "
                                + "loading=\"lazy\"></iframe>"));
    }

    @ParameterizedTest
    @MethodSource
    void articleKeepsItsElements(String input, String expected) {
        assertThat(article(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // element dropped with its content
        "a<script>alert(1)</script>b          | ab",
        "a<style>p{}</style>b                 | ab",
        "a<template><p>t</p></template>b      | ab",
        "a<noscript><p>n</p></noscript>b      | ab",
        "a<object data=x>fallback</object>b   | a b",
        "a<embed src=x>b                      | a b",
        "a<svg><text>s</text></svg>b          | a b",
        "a<math><mi>m</mi></math>b            | a b",
        "a<textarea>t</textarea>b             | a b",
        "a<select><option>o</select>b         | a b",
        "a<title>t</title>b                   | ab",
        "a<xmp>x</xmp>b                       | a b",
        "a<noembed>x</noembed>b               | ab",
        "a<noframes>x</noframes>b             | ab",
        "a<plaintext>x                        | a",
        "a<iframe src=https://evil.org/embed/x>x</iframe>b | a b",
        "a<!-- comment -->b                   | ab",
        "a<![CDATA[x]]>b                      | ab",
        // element unwrapped, content kept, words kept apart
        "<div>a</div><div>b</div>             | a b",
        "<span>a</span><span>b</span>         | ab",
        "<h1>Title</h1><p>x</p>               | Title<p>x</p>",
        "<font color=red>a</font>             | a",
        "<my-widget>a</my-widget>             | a",
        "<form><p>a</p></form>                | <p>a</p>",
        "<button>Go</button>now               | Go now",
        "<details><summary>s</summary>d</details> | s d",
    })
    void articleDropsOrUnwrapsEverythingElse(String input, String expected) {
        assertThat(article(input)).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p onclick=\"x()\" style=\"color:red\" id=\"a\" class=\"b\">t</p> | <p>t</p>",
        "<a href=\"https://x.org/\" target=\"_blank\" rel=\"opener\" name=\"n\">t</a> | <a href=\"https://x.org/\">t</a>",
        "<img src=\"https://x.org/a.png\" onerror=\"alert(1)\" loading=\"lazy\"> | <img src=\"https://x.org/a.png\" alt=\"\">",
        "<img src=\"https://x.org/a.png\" width=\"100%\" height=\"-1\"> | <img src=\"https://x.org/a.png\" alt=\"\">",
        "<img src=\"https://x.org/a.png\" width=\" 007 \"> | <img src=\"https://x.org/a.png\" width=\"7\" alt=\"\">",
        "<th scope=\"sideways\">h</th> | h",
        "<table><tr><th scope=\"ROW\">h</th></tr></table> | <table><tbody><tr><th scope=\"row\">h</th></tr></tbody></table>",
        "<time datetime=\"<script>\">t</time> | <time>t</time>",
        "<ol start=\"-2\" reversed><li>a</li></ol> | <ol start=\"-2\"><li>a</li></ol>",
        "<abbr title='a \"quoted\" <b>'>x</abbr> | <abbr title=\"a &quot;quoted&quot; &lt;b&gt;\">x</abbr>",
    })
    void articleKeepsOnlyAllowedAttributesWithValidValues(String input, String expected) {
        assertThat(article(input)).isEqualTo(expected.strip());
    }

    @Test
    void imagesWithoutAValidSourceAreDropped() {
        assertThat(article("a<img alt=x>b")).isEqualTo("a b");
        assertThat(article("a<img src=\"javascript:alert(1)\">b")).isEqualTo("a b");
        assertThat(article("<img src=\"data:image/png;base64,AAAA\">")).isEmpty();
        assertThat(article("<img src=\"mailto:a@b.c\">")).isEmpty();
    }

    @Test
    void linksWithoutAValidHrefAreUnwrapped() {
        assertThat(article("<a>plain</a>")).isEqualTo("plain");
        assertThat(article("<a href=\"vbscript:x\">v</a>")).isEqualTo("v");
        assertThat(article("<a name=\"top\">t</a>")).isEqualTo("t");
    }

    @Test
    void commentKeepsOnlyItsElementsAndGivesEveryLinkItsRel() {
        assertThat(comment("<p>Hi <em>you</em> <strong>all</strong> <code>x</code></p><blockquote>q</blockquote>"
                + "a<br>b"))
                .isEqualTo("<p>Hi <em>you</em> <strong>all</strong> <code>x</code></p><blockquote>q</blockquote>"
                        + "a<br>b");
        assertThat(comment("<a href=\"https://x.org\" rel=\"author\">x</a>"))
                .isEqualTo("<a href=\"https://x.org/\" rel=\"nofollow ugc noopener noreferrer\">x</a>");
        assertThat(comment("<h2>a</h2><ul><li>b</li></ul><img src=\"https://x.org/a.png\"><b>c</b>"))
                .isEqualTo("a b c");
        assertThat(comment("<blockquote cite=\"https://x.org\">q</blockquote>")).isEqualTo("<blockquote>q</blockquote>");
    }

    @Test
    void commentLinksPastTheLimitBecomeTextAndAreReported() {
        String input = "<p>" + "<a href=\"https://x.org/\">l</a> ".repeat(12) + "</p>";
        Sanitized result = Sanitizer.sanitizeWithReport(input, HtmlPolicy.comment());
        assertThat(result.html().html().split("<a ", -1)).hasSize(HtmlPolicy.COMMENT_MAX_LINKS + 1);
        assertThat(result.html().html()).endsWith("l l </p>");
        assertThat(result.report().linksOverLimit()).isEqualTo(2);
        HtmlPolicy two = HtmlPolicy.comment().toBuilder().maxLinks(2).build();
        assertThat(Sanitizer.sanitize("<a href=/1>a</a><a href=/2>b</a><a href=/3>c</a>", two).html())
                .isEqualTo("<a href=\"/1\" rel=\"nofollow ugc noopener noreferrer\">a</a>"
                        + "<a href=\"/2\" rel=\"nofollow ugc noopener noreferrer\">b</a>c");
    }

    @Test
    void textPolicyKeepsOnlyEscapedTextAndSeparatesBlocks() {
        assertThat(text("<p>a &amp; <b>b</b></p><p>c</p>d<br>e<script>x</script>")).isEqualTo("a &amp; b c d e");
        assertThat(text("1 &lt; 2 &gt; 0 \"q\"")).isEqualTo("1 &lt; 2 &gt; 0 \"q\"");
    }

    @Test
    void removedBlocksNeverGlueWords() {
        assertThat(text("<div>the</div><div>USA</div>")).isEqualTo("the USA");
        assertThat(text("<table><tr><td>a</td><td>b</td></tr></table>")).isEqualTo("a b");
        assertThat(text("<ul><li>a</li><li>b</li></ul>")).isEqualTo("a b");
        assertThat(text("<p>the <a href=\"https://x.org\">USA</a></p><p>Eight senators</p>"))
                .isEqualTo("the USA Eight senators");
        assertThat(article("<p>x<span>a</span><div>b</div>c</p>")).isEqualTo("<p>xa</p>b c<p></p>");
        assertThat(text("a <div>b</div> c")).isEqualTo("a b c");
    }

    @Test
    void textIsEscapedConsistently() {
        assertThat(article("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;</p>"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; \"</p>");
        assertThat(article("<p>a&#13;b\u0000c</p>")).isEqualTo("<p>a&#13;bc</p>");
        assertThat(article("<p>caf&eacute; &nbsp;</p>")).isEqualTo("<p>café \u00A0</p>");
    }

    @Test
    void lineEndingsAreNormalisedAsABrowserDoes() {
        assertThat(article("<p>a\r\nb\rc</p>")).isEqualTo("<p>a\nb\nc</p>");
        assertThat(article("<p title=\"a\r\nb\">x</p>")).isEqualTo("<p>x</p>");
        assertThat(article("<abbr title=\"a\r\nb&#13;c\">x</abbr>")).isEqualTo("<abbr title=\"a\nb&#13;c\">x</abbr>");
    }

    @Test
    void sanitizingIsThreadSafe() throws Exception {
        String input = "<p>Hello <a href=\"/x\">you</a><script>x</script></p>".repeat(50);
        String expected = article(input);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> article(input)));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void preKeepsALeadingNewlineThroughReparsing() {
        String once = article("<pre>\n\nindented</pre>");
        assertThat(once).isEqualTo("<pre>\n\nindented</pre>");
        assertThat(article(once)).isEqualTo(once);
        assertThat(article("<pre>x</pre>")).isEqualTo("<pre>x</pre>");
    }

    @Test
    void controlsHtmlForbidsAreRemovedFromTextAndAttributes() {
        String html = Sanitizer.sanitize("<p><abbr title=\"a\u0001b\u0085c\">x\u007Fy\u0080z\u009F\u000B!\tok\u00A0"
                + "</abbr></p>", HtmlPolicy.article()).html();
        assertThat(html).isEqualTo("<p><abbr title=\"abc\">xyz!\tok\u00A0</abbr></p>");
        assertThat(NuChecker.checkFragment(html)).isEmpty();
    }

    @Test
    void nullArgumentsNameTheParameter() {
        assertThatThrownBy(() -> Sanitizer.sanitize(null, HtmlPolicy.article()))
                .isInstanceOf(NullPointerException.class).hasMessage("html");
        assertThatThrownBy(() -> Sanitizer.sanitize("x", null))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
        assertThatThrownBy(() -> Sanitizer.sanitizeWithReport(null, HtmlPolicy.article()))
                .isInstanceOf(NullPointerException.class).hasMessage("html");
    }

    @Test
    void inputOverTheLimitIsAValidationException() {
        HtmlPolicy small = HtmlPolicy.comment().toBuilder().maxInputLength(10).build();
        assertThat(Sanitizer.sanitize("0123456789", small).html()).isEqualTo("0123456789");
        assertThatThrownBy(() -> Sanitizer.sanitize("01234567890", small))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.has("too_long")).isTrue();
                    assertThat(e.getMessage()).contains("at most 10 characters, was 11");
                });
    }

    @Test
    void emptyInputGivesTheEmptyMarkup() {
        assertThat(Sanitizer.sanitize("", HtmlPolicy.article())).isSameAs(SafeHtml.empty());
        assertThat(Sanitizer.sanitize("<script>x</script>", HtmlPolicy.article())).isSameAs(SafeHtml.empty());
    }
}
