package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random tag soup built from the pieces attacks are made of: sanitizing is safe and idempotent for all of it. */
class SanitizerPropertiesTest {

    private static final List<HtmlPolicy> POLICIES = List.of(HtmlPolicy.article(), HtmlPolicy.comment(),
            HtmlPolicy.text(), HtmlPolicy.article().toBuilder().maxDepth(3).allowAttributes("*", "id", "class")
                    .allowElements("div", "span", "dl", "dt", "dd", "h1").baseUrl("https://paper.example/a/b").build());

    private static final String[] PIECES = {
        "<p>", "</p>", "<div>", "</div>", "<a href=\"/x\">", "<a href=\"javascript:alert(1)\">", "</a>", "<b>", "</b>",
        "<i>", "</i>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<caption>", "<colgroup>", "<col>",
        "<ul>", "<ol>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "<h1>", "<h2>", "</h2>", "<h3>", "<pre>", "</pre>",
        "<blockquote>", "</blockquote>", "<img src=x onerror=alert(1)>", "<img src=\"https://x.org/a.png\">",
        "<br>", "<hr>", "<svg>", "</svg>", "<math>", "<mi>", "<mtext>", "<mglyph>", "<style>", "</style>",
        "<script>", "</script>", "<noscript>", "</noscript>", "<template>", "</template>", "<textarea>",
        "</textarea>", "<select>", "<option>", "<iframe src=\"https://www.youtube.com/embed/x\">", "</iframe>",
        "<iframe>", "<object>", "</object>", "<button>", "</button>", "<form>", "</form>", "<marquee>",
        "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#13;", "\u0000", "\r\n",
        "\n", " ", "\"", "'", "=", "text", "word", "\u00A0", "😀", "<p title=\"</p><img src=x onerror=1>\">",
        "<a title='</noscript><script>'>", "<span id=a class=b>", "</span>", "<code>", "<q cite=//x>",
        "<time datetime=2020>", "<abbr title=t>", "<sub>", "<sup>", "<figure>", "<figcaption>", "<x-y>",
        "<body>", "<html>", "<head>", "<frameset>", "<plaintext>", "<xmp>", "<listing>", "<image src=/a>",
        "<a href=//evil.org>", "<a href=\"java&#9;script:x\">", "<img srcset=\"a 1x, javascript:b 2x\" src=a>",
    };

    @Provide
    Arbitrary<String> tagSoup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void sanitizingIsIdempotentAndSafe(@ForAll("tagSoup") String html) {
        for (HtmlPolicy policy : POLICIES) {
            String once = Sanitizer.sanitize(html, policy).html();
            assertThat(Sanitizer.sanitize(once, policy).html()).as("%s under %s", html, policy).isEqualTo(once);
            assertThat(HtmlSafety.problems(once)).as("%s -> %s", html, once).isEmpty();
        }
    }

    @Property(tries = 1000)
    void plainTextIsTrimmedAndTheSameForTheSanitizedMarkup(@ForAll("tagSoup") String html) {
        String text = PlainText.of(html);
        assertThat(text).isEqualTo(text.strip());
        String clean = PlainText.of(Sanitizer.sanitize(html, HtmlPolicy.article()));
        assertThat(clean).isEqualTo(clean.strip());
    }
}
