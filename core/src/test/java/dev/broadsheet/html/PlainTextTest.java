package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {

    @Test
    void wordsInDifferentElementsNeverRunTogether() {
        String text = PlainText.of("<p>the <a>USA</a> senators</p><p>Next</p>");
        assertThat(text).isEqualTo("the USA senators\n\nNext");
        assertThat(text).doesNotContain("USAsenators").doesNotContain("senatorsNext");
        assertThat(PlainText.of("<p>the <a href=\"/x\">USA</a></p><p>Eight senators</p>"))
                .isEqualTo("the USA\n\nEight senators");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>a</p><p>b</p>                                  | a\\n\\nb",
        "<h2>Title</h2>Body                                | Title\\n\\nBody",
        "<div>a</div><div>b</div>                          | a\\nb",
        "a<br>b<br><br>c                                   | a\\nb\\n\\nc",
        "<ul><li>one</li><li>two</li></ul>after            | one\\ntwo\\n\\nafter",
        "<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>  | a\\nb\\nc",
        "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table> | 1 2\\n3",
        "<blockquote>q</blockquote><p>p</p>                | q\\n\\np",
        "<figure><img src=a alt=x><figcaption>cap</figcaption></figure> | cap",
        "<b>bold</b><i>italic</i>                          | bolditalic",
        "<span>a</span> <span>b</span>                     | a b",
        "  lots   of \\n\\t space   <p>  here  </p>      | lots of space\\n\\nhere",
        "a<pre>  keep\\n    this</pre>                    | `a\\n\\n  keep\\n    this`",
        "a<script>var x = 1;</script>b<style>p{}</style>c  | abc",
        "a<template>t</template><noscript>n</noscript>b   | ab",
        "x<img src=a alt=hidden>y                          | x y",
        "<p>Tom &amp; Jerry &lt;3 caf&eacute;&nbsp;au lait</p> | Tom & Jerry <3 café\u00A0au lait",
        "a<!-- hidden -->b                                 | ab",
        "<svg><text>s</text></svg>after                    | after",
        "<dl><dt>term</dt><dd>def</dd></dl>                | term\\ndef",
        "<p>a</p>\\n\\n\\n<p>b</p>                         | a\\n\\nb",
        "<hr>x                                             | x",
    })
    void blocksBecomeLinesAndParagraphs(String html, String expected) {
        assertThat(PlainText.of(html.replace("\\n", "\n").replace("\\t", "\t")))
                .isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void textOfSafeHtmlMatchesTextOfTheSameMarkup() {
        SafeHtml html = Sanitizer.sanitize("<p>One <b>two</b></p><ul><li>three</li></ul>", HtmlPolicy.article());
        assertThat(PlainText.of(html)).isEqualTo("One two\n\nthree");
        assertThat(PlainText.of(SafeHtml.empty())).isEmpty();
        assertThat(PlainText.of("")).isEmpty();
    }

    @Test
    void nullIsRejectedByName() {
        assertThatThrownBy(() -> PlainText.of((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("html");
    }

    @Test
    void safeHtmlCountsItsWordsAndMakesItsExcerptOnceFromItsText() {
        SafeHtml html = Sanitizer.sanitize("<p>the <a href=\"/x\">USA</a></p><p>Eight senators met on "
                + "Tuesday.</p>", HtmlPolicy.article());
        assertThat(html.wordCount()).isEqualTo(7).isEqualTo(dev.broadsheet.text.Words.count(PlainText.of(html)));
        assertThat(html.excerpt()).isEqualTo("the USA Eight senators met on Tuesday.")
                .isEqualTo(dev.broadsheet.text.Excerpts.of(PlainText.of(html)));
        assertThat(html.excerpt()).isSameAs(html.excerpt());
        assertThat(html.wordCount()).isEqualTo(7);
        assertThat(SafeHtml.empty().wordCount()).isZero();
        assertThat(SafeHtml.empty().excerpt()).isEmpty();
        String longText = "word ".repeat(100);
        assertThat(Sanitizer.sanitize("<p>" + longText + "</p>", HtmlPolicy.article()).excerpt())
                .hasSizeLessThanOrEqualTo(dev.broadsheet.text.Excerpts.DEFAULT_MAX_CHARS).endsWith("…");
    }
}
