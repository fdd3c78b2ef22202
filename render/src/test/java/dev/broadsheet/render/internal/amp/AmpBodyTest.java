package dev.broadsheet.render.internal.amp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Stylesheet;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.amp.ImageSizeResolver;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.internal.HtmlParts;
import dev.broadsheet.render.internal.PartRegistry;
import dev.broadsheet.render.internal.RenderCall;
import dev.broadsheet.testing.XssVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per conversion rule. The converter is fed raw markup here, not only sanitized markup, because it is an
 * allow-list of its own: whatever reaches it, only AMP's elements and attributes come out.
 */
class AmpBodyTest {

    static final AmpStylesheet CSS = AmpStylesheet.of(Stylesheet.css());

    private AmpCall call = new AmpCall(CSS, null);

    String convert(String html) {
        StringBuilder sb = new StringBuilder();
        AmpBody.write(html, call, context(new HtmlWriter(sb), call));
        return sb.toString();
    }

    static RenderCall context(HtmlWriter out, AmpCall call) {
        return new RenderCall(out, TestContent.site(), Links.of(TestContent.site()), Labels.of("en"),
                ArticlePage.of(TestContent.article()), true, new PartRegistry(Map.of(), HtmlParts.defaults(AmpBodyTest::emptyJsonLd)),
                call);
    }

    /** The JSON-LD these tests' pages would embed: an empty object (no test here renders it). */
    private static void emptyJsonLd(Page page, Appendable out) {
        try {
            out.append("{}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class Images {

        @Test
        void anImageWithItsSizeBecomesAnIntrinsicAmpImgKeepingAltAndSrcset() {
            assertThat(convert("<img src=\"https://img.example/a.jpg\" srcset=\"https://img.example/a-600.jpg 600w, "
                    + "https://img.example/a.jpg 1200w\" alt=\"A\" width=\"1200\" height=\"800\">"))
                    .isEqualTo("<amp-img src=\"https://img.example/a.jpg\" srcset=\"https://img.example/a-600.jpg "
                            + "600w, https://img.example/a.jpg 1200w\" alt=\"A\" width=\"1200\" height=\"800\" "
                            + "layout=\"intrinsic\"></amp-img>");
        }

        @Test
        void anImageOfUnknownSizeIsFittedIntoASixteenByNineBox() {
            assertThat(convert("<p>a <img src=\"/map.png\" alt=\"Map\" width=\"300\"> b</p>"))
                    .isEqualTo("<p>a <span class=\"bs-amp-fill\"><amp-img src=\"/map.png\" alt=\"Map\" "
                            + "layout=\"fill\" object-fit=\"contain\"></amp-img></span> b</p>");
        }

        @Test
        void theResolverSuppliesTheSizeOfAnImageWithoutOne() {
            List<String> asked = new ArrayList<>();
            call = new AmpCall(CSS, url -> {
                asked.add(url);
                return Optional.of(new ImageSizeResolver.Size(640, 480));
            });

            assertThat(convert("<img src=\"https://img.example/b.jpg\" alt=\"\"><img src=\"https://img.example/c.jpg\" "
                    + "width=\"10\" height=\"20\">"))
                    .isEqualTo("<amp-img src=\"https://img.example/b.jpg\" alt=\"\" width=\"640\" height=\"480\" "
                            + "layout=\"intrinsic\"></amp-img><amp-img src=\"https://img.example/c.jpg\" width=\"10\" "
                            + "height=\"20\" layout=\"intrinsic\"></amp-img>");
            assertThat(asked).containsExactly("https://img.example/b.jpg");
        }

        @Test
        void aResolverThatDoesNotKnowLeavesTheBox() {
            call = new AmpCall(CSS, url -> Optional.empty());

            assertThat(convert("<img src=\"https://img.example/b.jpg\">")).contains("layout=\"fill\"");
        }

        @Test
        void anImageWithAScriptOrDataUrlIsDroppedLeavingASpace() {
            assertThat(convert("a<img src=\"javascript:alert(1)\" width=\"1\" height=\"1\">b"
                    + "<img src=\"data:image/png;base64,AAAA\">c")).isEqualTo("a b c");
        }

        @Test
        void aSrcsetWithAnInvalidCandidateIsDroppedAndTheImageKept() {
            assertThat(convert("<img src=\"a.jpg\" srcset=\"a.jpg 1x, javascript:x 2x\" width=\"1\" height=\"1\">"))
                    .isEqualTo("<amp-img src=\"a.jpg\" width=\"1\" height=\"1\" layout=\"intrinsic\"></amp-img>");
        }

        @Test
        void aPictureGivesItsImageItsSourcesGo() {
            assertThat(convert("<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=\"a.jpg\" "
                    + "width=\"4\" height=\"3\"></picture>"))
                    .isEqualTo("<amp-img src=\"a.jpg\" width=\"4\" height=\"3\" layout=\"intrinsic\"></amp-img>");
        }

        @Test
        void aFigureKeepsItsImageAndCaption() {
            assertThat(convert("<figure><img src=\"a.jpg\" alt=\"x\" width=\"4\" height=\"3\"><figcaption>Caption"
                    + "</figcaption></figure>"))
                    .isEqualTo("<figure><amp-img src=\"a.jpg\" alt=\"x\" width=\"4\" height=\"3\" "
                            + "layout=\"intrinsic\"></amp-img><figcaption>Caption</figcaption></figure>");
        }
    }

    @Nested
    class Embeds {

        @Test
        void aYouTubeIframeBecomesAmpYoutubeWithItsIdAndStartSecond() {
            assertThat(convert("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=42&amp;end=90&amp;"
                    + "autoplay=1\" width=\"560\" height=\"315\" allowfullscreen></iframe>"))
                    .isEqualTo("<amp-youtube data-videoid=\"dQw4w9WgXcQ\" layout=\"responsive\" width=\"560\" "
                            + "height=\"315\" data-param-start=\"42\" data-param-end=\"90\"></amp-youtube>");
            assertThat(call.uses(Extension.YOUTUBE)).isTrue();
            assertThat(call.uses(Extension.IFRAME)).isFalse();
        }

        @Test
        void thePrivacyEnhancedYouTubeHostOmitsCredentials() {
            assertThat(convert("<iframe src=\"https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ\"></iframe>"))
                    .isEqualTo("<amp-youtube data-videoid=\"aqz-KE-bpKQ\" layout=\"responsive\" width=\"16\" "
                            + "height=\"9\" credentials=\"omit\"></amp-youtube>");
        }

        @Test
        void aYouTubePlaylistIsAGenericEmbed() {
            assertThat(convert("<iframe src=\"https://www.youtube.com/embed/videoseries?list=PL123\"></iframe>"))
                    .startsWith("<amp-iframe src=\"https://www.youtube.com/embed/videoseries?list=PL123\"");
        }

        @Test
        void aVimeoIframeBecomesAmpVimeo() {
            assertThat(convert("<iframe src=\"https://player.vimeo.com/video/76979871\" width=\"640\" height=\"360\">"
                    + "</iframe>"))
                    .isEqualTo("<amp-vimeo data-videoid=\"76979871\" layout=\"responsive\" width=\"640\" "
                            + "height=\"360\"></amp-vimeo>");
            assertThat(call.uses(Extension.VIMEO)).isTrue();
        }

        @Test
        void aPrivateVimeoLinkKeepsItsHashInAGenericEmbed() {
            assertThat(convert("<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"></iframe>"))
                    .startsWith("<amp-iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"");
        }

        @Test
        void anyOtherHttpsIframeBecomesASandboxedAmpIframeWithAPlaceholder() {
            assertThat(convert("<p><iframe src=\"https://maps.example/embed?q=Baku\" width=\"600\" height=\"450\" "
                    + "title=\"Map of Baku\" allowfullscreen onload=\"x()\" style=\"border:0\" "
                    + "srcdoc=\"<script>x()</script>\"></iframe></p>"))
                    .isEqualTo("<p><amp-iframe src=\"https://maps.example/embed?q=Baku\" sandbox=\"allow-scripts "
                            + "allow-same-origin allow-popups allow-presentation\" layout=\"responsive\" "
                            + "width=\"600\" height=\"450\" frameborder=\"0\" allowfullscreen title=\"Map of Baku\">"
                            + "<span placeholder class=\"bs-embed-placeholder\">Loading the embedded content…</span>"
                            + "</amp-iframe></p>");
            assertThat(call.uses(Extension.IFRAME)).isTrue();
        }

        @Test
        void anIframeThatIsNotHttpsIsDropped() {
            assertThat(convert("a<iframe src=\"http://example.com/\"></iframe>b<iframe src=\"javascript:alert(1)\">"
                    + "</iframe>c<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>d"))
                    .isEqualTo("a b c d");
            assertThat(call.uses(Extension.IFRAME)).isFalse();
        }

        @Test
        void aVideoBecomesAmpVideoWithItsHttpsSourcesAndTracks() {
            assertThat(convert("<video src=\"https://v.example/a.mp4\" poster=\"https://v.example/a.jpg\" width=\"640\" "
                    + "height=\"360\" autoplay onplay=\"x()\"><source src=\"https://v.example/a.webm\" "
                    + "type=\"video/webm\"><source src=\"http://v.example/a.ogv\"><track kind=\"captions\" "
                    + "src=\"https://v.example/a.vtt\" srclang=\"az\" label=\"Azərbaycanca\">Fallback</video>"))
                    .isEqualTo("<amp-video src=\"https://v.example/a.mp4\" poster=\"https://v.example/a.jpg\" "
                            + "controls layout=\"responsive\" width=\"640\" height=\"360\"><source "
                            + "src=\"https://v.example/a.webm\" type=\"video/webm\"><track "
                            + "src=\"https://v.example/a.vtt\" kind=\"captions\" srclang=\"az\" "
                            + "label=\"Azərbaycanca\"></amp-video>");
            assertThat(call.uses(Extension.VIDEO)).isTrue();
        }

        @Test
        void aVideoWithoutAnHttpsSourceIsDropped() {
            assertThat(convert("<video src=\"http://v.example/a.mp4\"></video>")).isEqualTo(" ");
            assertThat(call.uses(Extension.VIDEO)).isFalse();
        }

        @Test
        void anAudioBecomesAmpAudio() {
            assertThat(convert("<audio controls><source src=\"https://v.example/a.mp3\" type=\"audio/mpeg\"></audio>"))
                    .isEqualTo("<amp-audio controls width=\"auto\" height=\"50\" layout=\"fixed-height\"><source "
                            + "src=\"https://v.example/a.mp3\" type=\"audio/mpeg\"></amp-audio>");
            assertThat(call.uses(Extension.AUDIO)).isTrue();
        }
    }

    @Nested
    class WhatAmpForbids {

        @Test
        void inlineStylesAndEventHandlersAreRemoved() {
            assertThat(convert("<p style=\"color:red\" onclick=\"alert(1)\" onmouseover=\"x\" data-x=\"1\" "
                    + "tabindex=\"1\">text</p>")).isEqualTo("<p>text</p>");
        }

        @Test
        void codeStylesFormsAndForeignMarkupGoWithTheirContent() {
            assertThat(convert("a<script>alert(1)</script><style>p{}</style><form action=\"/x\"><input name=\"q\">"
                    + "<button>Go</button></form><svg><text>svg</text></svg><template>t</template>"
                    + "<noscript>n</noscript><object data=\"x\">o</object>b")).isEqualTo("ab");
        }

        @Test
        void unknownElementsAreUnwrappedToTheirText() {
            assertThat(convert("<font color=\"red\">old</font> <center>style</center> <custom-el>x</custom-el>"))
                    .isEqualTo("old style x");
        }

        @Test
        void linksKeepOnlySchemesAmpAccepts() {
            assertThat(convert("<a href=\"javascript:alert(1)\">j</a><a href=\"https://x.example/?__amp_source_origin=1\""
                    + ">o</a><a href=\"mailto:a@b.example\">m</a><a href=\"tel:+994\">t</a><a href=\"/rel\">r</a>"
                    + "<a href=\"#notes\" rel=\"nofollow ugc\" target=\"_blank\">f</a>"))
                    .isEqualTo("<a>j</a><a>o</a><a href=\"mailto:a@b.example\">m</a><a href=\"tel:+994\">t</a>"
                            + "<a href=\"/rel\">r</a><a href=\"#notes\" rel=\"nofollow ugc\">f</a>");
        }

        @Test
        void citationsMustBeWebUrls() {
            assertThat(convert("<blockquote cite=\"mailto:a@b.example\"><p>q</p></blockquote><q cite=\"https://x\">"
                    + "q</q>")).isEqualTo("<blockquote><p>q</p></blockquote><q cite=\"https://x\">q</q>");
        }

        @Test
        void classesOfTheAmpRuntimeAreDroppedOthersKept() {
            assertThat(convert("<p class=\"lead i-amphtml-layout -amp-x I-AMPHTML-y note_2\">x</p>"))
                    .isEqualTo("<p class=\"lead note_2\">x</p>");
        }

        @Test
        void idsThatCouldNameADomPropertyAreDropped() {
            assertThat(convert("<p id=\"innerHTML\">a</p><p id=\"AMP\">b</p><p id=\"fn-1\">c</p><p id=\"i-amphtml-1\">"
                    + "d</p><p id=\"notes_2\">e</p>"))
                    .isEqualTo("<p>a</p><p>b</p><p id=\"fn-1\">c</p><p>d</p><p id=\"notes_2\">e</p>");
        }

        @Test
        void commentsAreDroppedAndTextIsEscaped() {
            assertThat(convert("<p>a<!-- secret -->&lt;b&gt; &amp; \"c\"</p>")).isEqualTo("<p>a&lt;b&gt; &amp; \"c\"</p>");
        }
    }

    /** Kept elements are written with their attributes in a fixed order: their own, then id, class, title, lang, dir. */
    @Nested
    class Kept {

        @Test
        void tablesAreKeptWithTheirAttributes() {
            String table = "<table><caption>c</caption><colgroup span=\"2\"></colgroup><thead><tr><th colspan=\"2\" "
                    + "scope=\"col\" abbr=\"P\">Party</th></tr></thead><tbody><tr><td rowspan=\"2\">1</td><td>2</td>"
                    + "</tr></tbody></table>";
            assertThat(convert(table)).isEqualTo(table);
        }

        @Test
        void textLevelElementsListsAndQuotesAreKept() {
            String html = "<h2 title=\"t\" lang=\"az\" dir=\"ltr\">H</h2><ol start=\"3\" reversed type=\"a\">"
                    + "<li value=\"2\">x</li></ol><ul><li><b>b</b> <i>i</i> <s>s</s> <sub>1</sub><sup>2</sup> "
                    + "<mark>m</mark> <small>s</small> <abbr title=\"OSCE\">O</abbr> <time datetime=\"2026-09-21\">"
                    + "d</time> <del datetime=\"2026\">x</del><ins>y</ins> <code>c</code> <kbd>k</kbd> <var>v</var>"
                    + "<br><wbr></li></ul><dl><dt>t</dt><dd>d</dd></dl><hr>";
            assertThat(convert(html)).isEqualTo(html);
        }

        @Test
        void aPreKeepsALeadingNewline() {
            assertThat(convert("<pre>\n\ncode</pre>")).isEqualTo("<pre>\n\ncode</pre>");
        }
    }

    @Nested
    class AsIs {

        @Test
        void sanitizedCommentsAndPlainBodiesAreValidAmpAsTheyAre() {
            assertThat(Verbatim.isValidAmp(Sanitizer.sanitize("<p>Thanks, <a href=\"https://x.example/?a=1&b=2\">"
                    + "see</a> <em>this</em>.</p><blockquote><p>q</p></blockquote>", HtmlPolicy.comment()).html()))
                    .isTrue();
            assertThat(Verbatim.isValidAmp(Sanitizer.sanitize("<h2>H</h2><p>a<br>b</p><ol start=\"2\"><li>x</li></ol>"
                    + "<table><tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>", HtmlPolicy.article()).html()))
                    .isTrue();
        }

        @Test
        void imagesEmbedsAndCheckedAttributesNeedConverting() {
            assertThat(Verbatim.isValidAmp("<p><img src=\"a.jpg\"></p>")).isFalse();
            assertThat(Verbatim.isValidAmp("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>")).isFalse();
            assertThat(Verbatim.isValidAmp("<p class=\"i-amphtml-x\">a</p>")).isFalse();
            assertThat(Verbatim.isValidAmp("<p id=\"innerHTML\">a</p>")).isFalse();
            assertThat(Verbatim.isValidAmp("<a href=\"ftp://x\">a</a>")).isFalse();
            assertThat(Verbatim.isValidAmp("<blockquote cite=\"mailto:a@b\">a</blockquote>")).isFalse();
            assertThat(Verbatim.isValidAmp("<p style=\"x\">a</p>")).isFalse();
            assertThat(Verbatim.isValidAmp("<font>a</font>")).isFalse();
            assertThat(Verbatim.isValidAmp("<p>a")).isTrue();
            assertThat(Verbatim.isValidAmp("a < b")).isFalse();
        }

        @Test
        void markupTakenAsItIsParsesToWhatTheConverterWouldWriteForEveryXssVector() {
            int asIs = 0;
            for (XssVectors.Vector v : XssVectors.all()) {
                for (HtmlPolicy policy : List.of(HtmlPolicy.article(), HtmlPolicy.comment())) {
                    SafeHtml html = Sanitizer.sanitize(v.payload(), policy);
                    if (Verbatim.isValidAmp(html.html())) {
                        asIs++;
                        assertThat(Jsoup.parseBodyFragment(convert(html.html())).body().html())
                                .as("%s", v).isEqualTo(Jsoup.parseBodyFragment(html.html()).body().html());
                    }
                }
            }
            assertThat(asIs).isGreaterThan(200);
        }
    }
}
