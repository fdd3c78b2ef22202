package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlPolicyTest {

    @Test
    void articleAllowsExactlyTheListedElements() {
        assertThat(HtmlPolicy.article().allowedElements()).containsExactlyInAnyOrder("p", "h2", "h3", "h4", "h5",
                "h6", "blockquote", "ul", "ol", "li", "figure", "figcaption", "img", "a", "strong", "em", "b", "i",
                "u", "s", "sub", "sup", "small", "mark", "q", "cite", "abbr", "time", "code", "pre", "table",
                "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "hr", "br", "iframe");
        assertThat(HtmlPolicy.article().allowedAttributes("img")).containsExactly("alt", "height", "src", "srcset",
                "width");
        assertThat(HtmlPolicy.article().allowedAttributes("a")).containsExactly("href");
        assertThat(HtmlPolicy.article().allowedAttributes("script")).isEmpty();
        assertThat(HtmlPolicy.article().embeds()).containsExactly("www.youtube.com/embed/",
                "www.youtube-nocookie.com/embed/", "player.vimeo.com/video/");
        assertThat(HtmlPolicy.article().linkRel()).isEmpty();
        assertThat(HtmlPolicy.article().maxLinks()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void commentAndTextDefaults() {
        assertThat(HtmlPolicy.comment().allowedElements()).containsExactlyInAnyOrder("p", "br", "a", "em", "strong",
                "code", "blockquote");
        assertThat(HtmlPolicy.comment().linkRel()).isEqualTo("nofollow ugc noopener noreferrer");
        assertThat(HtmlPolicy.comment().maxLinks()).isEqualTo(10);
        assertThat(HtmlPolicy.text().allowedElements()).isEmpty();
        for (HtmlPolicy p : new HtmlPolicy[] {HtmlPolicy.article(), HtmlPolicy.comment(), HtmlPolicy.text()}) {
            assertThat(p.urlSchemes()).containsExactly("http", "https", "mailto");
            assertThat(p.baseUrl()).isNull();
            assertThat(p.maxDepth()).isEqualTo(HtmlPolicy.DEFAULT_MAX_DEPTH);
            assertThat(p.maxInputLength()).isEqualTo(HtmlPolicy.DEFAULT_MAX_INPUT_LENGTH);
        }
    }

    @Test
    void toBuilderRoundTrips() {
        for (HtmlPolicy p : new HtmlPolicy[] {HtmlPolicy.article(), HtmlPolicy.comment(), HtmlPolicy.text()}) {
            assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        }
        HtmlPolicy custom = HtmlPolicy.comment().toBuilder().allowElements("ul", "LI").disallowElements("code")
                .allowAttributes("*", "lang").baseUrl("https://paper.example/").maxDepth(10).build();
        assertThat(custom.allowedElements()).contains("ul", "li").doesNotContain("code");
        assertThat(custom.allowedAttributes("p")).containsExactly("lang");
        assertThat(custom).isNotEqualTo(HtmlPolicy.comment());
        assertThat(custom.toString()).contains("baseUrl=https://paper.example/").contains("maxDepth=10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "style", "svg", "math", "form", "input", "object", "embed", "textarea",
            "template", "noscript", "base", "meta", "link", "frame", "x-custom", "marquee", ""})
    void dangerousOrUnknownElementsCannotBeAllowed(String element) {
        assertThatThrownBy(() -> HtmlPolicy.builder().allowElements(element))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tagNames: \"" + element + "\" is not an element a policy can allow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "onerror", "style", "target", "srcdoc", "name", "formaction", "xlink:href",
            "data-x", "background"})
    void dangerousAttributesCannotBeAllowed(String attribute) {
        assertThatThrownBy(() -> HtmlPolicy.builder().allowAttributes("a", attribute))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + attribute + "\" cannot be allowed on <a>");
        assertThatThrownBy(() -> HtmlPolicy.builder().allowAttributes("*", attribute))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablePartsComeWithTheTable() {
        assertThat(HtmlPolicy.builder().allowElements("table").build().allowedElements())
                .containsExactlyInAnyOrder("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr",
                        "th", "td");
        assertThatThrownBy(() -> HtmlPolicy.builder().allowElements("td"))
                .hasMessageContaining("is a table part");
        assertThat(HtmlPolicy.article().toBuilder().disallowElements("table").build().allowedElements())
                .doesNotContain("td", "tr");
    }

    @Test
    void optionsAreChecked() {
        HtmlPolicy.Builder b = HtmlPolicy.builder();
        assertThatThrownBy(() -> b.urlSchemes("javascript")).hasMessageContaining("never allowed");
        assertThatThrownBy(() -> b.urlSchemes("DATA")).hasMessageContaining("never allowed");
        assertThatThrownBy(() -> b.urlSchemes("not a scheme")).hasMessageContaining("not a URL scheme");
        assertThatThrownBy(() -> b.baseUrl("/relative")).hasMessageStartingWith("baseUrl must be");
        assertThatThrownBy(() -> b.baseUrl("ftp://x.org/")).hasMessageStartingWith("baseUrl must be");
        assertThatThrownBy(() -> b.baseUrl("https://u@x.org/")).hasMessageStartingWith("baseUrl must be");
        assertThatThrownBy(() -> b.allowEmbed("Evil.org", "/x")).hasMessageStartingWith("host:");
        assertThatThrownBy(() -> b.allowEmbed("evil.org", "x")).hasMessageStartingWith("pathPrefix:");
        assertThatThrownBy(() -> b.linkRel("nofollow\"onclick")).hasMessageStartingWith("rel:");
        assertThatThrownBy(() -> b.maxLinks(-1)).hasMessage("maxLinks: must be at least 0, was -1");
        assertThatThrownBy(() -> b.maxDepth(0)).hasMessage("maxDepth: must be 1 to 200, was 0");
        assertThatThrownBy(() -> b.maxDepth(201)).hasMessage("maxDepth: must be 1 to 200, was 201");
        assertThatThrownBy(() -> b.maxInputLength(0)).hasMessage("maxInputLength: must be at least 1, was 0");
        assertThatThrownBy(() -> b.allowElements((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tagNames");
    }

    @Test
    void idAndClassCanBeAllowedWithCheckedValues() {
        HtmlPolicy p = HtmlPolicy.article().toBuilder().allowAttributes("*", "id", "class").build();
        assertThat(Sanitizer.sanitize("<p id=\"intro\" class=\"lead  big x\">a</p><p id=\"1x\" class=\"<\">b</p>", p)
                .html()).isEqualTo("<p id=\"intro\" class=\"lead big x\">a</p><p>b</p>");
    }

    @Test
    void aDisallowedAttributeIsRemoved() {
        HtmlPolicy p = HtmlPolicy.article().toBuilder().disallowAttributes("img", "srcset").build();
        assertThat(Sanitizer.sanitize("<img src=/a srcset=\"/b 2x\">", p).html()).isEqualTo("<img src=\"/a\" alt=\"\">");
    }
}
