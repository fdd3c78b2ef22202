package dev.broadsheet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import org.junit.jupiter.api.Test;

/** The quick look that spares bodies without relative URLs a parse, and the parse for those that have them. */
class AbsoluteUrlsTest {

    private static final String BASE = "https://news.example.com/articles/story";

    @Test
    void bodiesWhoseUrlsAreAllAbsoluteOrFragmentsNeedNoParse() {
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<p class=\"x\" title=\"y\">No links at all.</p>")).isFalse();
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<p><a href=\"https://a.example/\" rel=\"nofollow\">a</a>"
                + " <a href=\"#notes\">b</a> <a href=\"mailto:desk@news.example\">c</a></p>"
                + "<img src=\"http://img.example/x.jpg\" alt=\"x\">")).isFalse();
    }

    @Test
    void anyRelativeOrEmptyUrlOrSrcsetIsLookedAt() {
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<p><a href=\"/world\">w</a></p>")).isTrue();
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<p><a href=\"https://a.example/\">a</a><img src=\"x.jpg\"></p>"))
                .isTrue();
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<blockquote cite=\"../source\"><p>q</p></blockquote>")).isTrue();
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<a href=\"\">empty</a>")).isTrue();
        assertThat(AbsoluteUrls.mayHoldRelativeUrl("<img src=\"https://i.example/a.jpg\" srcset=\"https://i.example/a.jpg"
                + " 1x, b.jpg 2x\">")).isTrue();
    }

    @Test
    void relativeUrlsAreResolvedAgainstTheCanonicalUrlAndAbsoluteBodiesAreKeptAsTheyAre() {
        var relative = Sanitizer.sanitize("<p><a href=\"/world\">w</a> <a href=\"#n\">n</a>"
                + " <img src=\"pics/a.jpg\" srcset=\"pics/a.jpg 1x, /pics/b.jpg 2x\" alt=\"a\"></p>", HtmlPolicy.article());
        String out = AbsoluteUrls.of(relative, BASE);
        assertThat(out).contains("href=\"https://news.example.com/world\"").contains("href=\"#n\"")
                .contains("src=\"https://news.example.com/articles/pics/a.jpg\"")
                .contains("https://news.example.com/articles/pics/a.jpg 1x, https://news.example.com/pics/b.jpg 2x");
        var absolute = Sanitizer.sanitize("<p><a href=\"https://a.example/x\">x</a></p>", HtmlPolicy.article());
        assertThat(AbsoluteUrls.of(absolute, BASE)).isSameAs(absolute.html());
    }
}
