package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.validation.ValidationException;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersCommonMarkThroughThePolicy() {
        assertThat(Markdown.toHtml("Some *emphasis* and **strong** `code`", HtmlPolicy.article()).html())
                .isEqualTo("<p>Some <em>emphasis</em> and <strong>strong</strong> <code>code</code></p>\n");
        assertThat(Markdown.toHtml("- a\n- b\n\n> quote", HtmlPolicy.article()).html())
                .isEqualTo("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<blockquote>\n<p>quote</p>\n</blockquote>\n");
    }

    @Test
    void aTopLevelHeadingBecomesH2WhenThePolicyHasNoH1() {
        assertThat(Markdown.toHtml("# Title\n\n## Sub", HtmlPolicy.article()).html())
                .isEqualTo("<h2>Title</h2>\n<h2>Sub</h2>\n");
        HtmlPolicy withH1 = HtmlPolicy.article().toBuilder().allowElements("h1").build();
        assertThat(Markdown.toHtml("# Title", withH1).html()).isEqualTo("<h1>Title</h1>\n");
    }

    @Test
    void rawHtmlIsSanitizedNotEscapedAway() {
        assertThat(Markdown.toHtml("E = mc<sup>2</sup> <script>alert(1)</script><img src=x onerror=alert(1)>",
                HtmlPolicy.article()).html())
                .isEqualTo("<p>E = mc<sup>2</sup> <img src=\"x\" alt=\"\"></p>\n");
        assertThat(Markdown.toHtml("<div onclick=\"x\">\n\n*hi*\n\n</div>", HtmlPolicy.article()).html())
                .isEqualTo("\n<p><em>hi</em></p>\n\n");
        assertThat(Markdown.toHtml("<sup>2</sup>", HtmlPolicy.comment()).html()).isEqualTo("<p>2</p>\n");
    }

    @Test
    void autolinksWorkAndGetThePolicysRel() {
        String rel = " rel=\"nofollow ugc noopener noreferrer\"";
        assertThat(Markdown.toHtml("See https://example.org/a and www.example.com or <https://x.org>.",
                HtmlPolicy.comment()).html())
                .isEqualTo("<p>See <a href=\"https://example.org/a\"" + rel + ">https://example.org/a</a> and "
                        + "<a href=\"http://www.example.com/\"" + rel + ">www.example.com</a> or "
                        + "<a href=\"https://x.org/\"" + rel + ">https://x.org</a>.</p>\n");
        assertThat(Markdown.toHtml("mail editor@example.org", HtmlPolicy.comment()).html())
                .isEqualTo("<p>mail <a href=\"mailto:editor@example.org\"" + rel + ">editor@example.org</a></p>\n");
    }

    @Test
    void dangerousLinksLoseTheirHref() {
        assertThat(Markdown.toHtml("[click](javascript:alert(1)) [ok](/news)", HtmlPolicy.article()).html())
                .isEqualTo("<p>click <a href=\"/news\">ok</a></p>\n");
        assertThat(Markdown.toHtml("![x](javascript:alert(1))", HtmlPolicy.article()).html()).isEqualTo("<p></p>\n");
    }

    @Test
    void linksCountTowardsTheLimit() {
        HtmlPolicy two = HtmlPolicy.comment().toBuilder().maxLinks(2).build();
        String html = Markdown.toHtml("https://a.org https://b.org https://c.org", two).html();
        assertThat(html.split("<a ", -1)).hasSize(3);
        assertThat(html).endsWith(" https://c.org</p>\n");
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> Markdown.toHtml(null, HtmlPolicy.comment())).isInstanceOf(NullPointerException.class)
                .hasMessage("markdown");
        HtmlPolicy tiny = HtmlPolicy.comment().toBuilder().maxInputLength(5).build();
        assertThatThrownBy(() -> Markdown.toHtml("123456", tiny)).isInstanceOf(ValidationException.class);
        assertThat(Markdown.toHtml("  \n ", HtmlPolicy.comment())).isSameAs(SafeHtml.empty());
    }
}
