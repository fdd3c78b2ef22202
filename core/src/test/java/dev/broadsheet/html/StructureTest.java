package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Output that a browser parses back into the same tree: mutation XSS and idempotence. */
class StructureTest {

    private static final List<HtmlPolicy> POLICIES = List.of(HtmlPolicy.article(), HtmlPolicy.comment(),
            HtmlPolicy.text(), HtmlPolicy.article().toBuilder().allowAttributes("*", "id", "class", "title").build());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // namespace confusion
        "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<math><mi><mglyph><svg><mtext><textarea><a title=\"</textarea><img src=x onerror=alert(1)>\"></a>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        "<svg><foreignObject><p>x</p></foreignObject><desc><img src=x onerror=alert(1)></desc></svg>",
        // raw text and hidden content
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><p title=\"</template><img src=x onerror=alert(1)>\"></template>",
        "<style><img src=x onerror=alert(1)></style>",
        "<textarea><p title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>",
        "<title><img src=x onerror=alert(1)></title>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<noembed><img title=\"</noembed><img src onerror=alert(1)>\"></noembed>",
        "<noframes><p title=\"</noframes><img src=x onerror=alert(1)>\"></noframes>",
        "<iframe><p title=\"</iframe><img src=x onerror=alert(1)>\"></iframe>",
        "<plaintext><img src=x onerror=alert(1)>",
        // comments and CDATA
        "<!--><img src=x onerror=alert(1)>-->",
        "<!-- --!><img src=x onerror=alert(1)>-->",
        "<![CDATA[><img src=x onerror=alert(1)>]]>",
        "<?xml ><img src=x onerror=alert(1)>?>",
        "<p title=\"--><img src=x onerror=alert(1)>\">x</p>",
        // parser re-nesting
        "<p><button><h2>x</h2></button></p>",
        "<p><button><table><tr><td>x</td></tr></table></button></p>",
        "<a href=/a><object><a href=/b>in</a></object></a>",
        "<a href=/a><marquee><a href=/b>in</a></marquee></a>",
        "<li><object><li>x</li></object></li>",
        "<dl><dt><object><dd>x</dd></object></dt></dl>",
        "<h2><object><h3>x</h3></object></h2>",
        "<h2><span><h3>x</h3></span></h2>",
        "<table><tr><td><table><b>x</b></table></td></tr></table>",
        "<table><caption><table><tr><td>x</table></caption></table>",
        "<table><colgroup><col span=2><b>x</b></colgroup></table>",
        "<table>x<tr>y<td>z</table>",
        "<b><p>x</b>y</p>",
        "<a href=/1><p>x</a>y</p><a href=/2>z",
        "<i><b><u><s><p>x</i>y",
        "<pre>\n\nx</pre><pre>\r\nx</pre><pre><b>\nx</b></pre>",
        "<ul><li><ul><li>x</li></ul></li></ul>",
        "<p>a<hr>b</p><p><pre>x</pre></p>",
        "<p>x</p></p></p>",
        "<h2>a<h3>b</h3></h2>",
        "<center><p>x<div>y</div></center>",
        "<image src=\"/a.png\">",
        "<select><option><img src=x onerror=alert(1)></option></select>",
        "<body onload=alert(1)><html onmouseover=alert(1)>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<img srcset=\"javascript:alert(1) 1x\" src=\"x\">",
        "a\u0000b<p title=\"\u0000\">c</p>",
        "<p>a&#13;b</p><p title=\"a&#13;b\">c</p>",
        "<div><div><div><div><p>deep</p></div></div></div></div>",
    })
    void everyPolicyIsIdempotentAndSafe(String input) {
        for (HtmlPolicy policy : POLICIES) {
            String once = Sanitizer.sanitize(input, policy).html();
            assertThat(Sanitizer.sanitize(once, policy).html()).as("idempotent under %s", policy).isEqualTo(once);
            assertThat(HtmlSafety.problems(once)).as("problems in %s", once).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p><button><h2>x</h2></button></p>         | <p>x</p>",
        "<a href=/a><object><a href=/b>in</a></object></a> | <a href=\"/a\"></a>",
        "<a href=/a><marquee><a href=/b>in</a></marquee></a> | <a href=\"/a\">in</a>",
        "<li><object><li>x</li></object></li>       | <li></li>",
        "<h2><span><h3>x</h3></span></h2>          | <h2>x</h2>",
        "<p><b><ul><li>x</li></ul></b></p>          | <p><b></b></p><ul><li><b>x</b></li></ul><p></p>",
        "<table><tr><td>a<td>b</table>             | <table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>",
    })
    void elementsThatABrowserWouldMoveAreUnwrapped(String input, String expected) {
        assertThat(Sanitizer.sanitize(input, HtmlPolicy.article()).html()).isEqualTo(expected.strip());
    }
}
