package dev.broadsheet.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.validation.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCheckTest {

    private final Problems problems = new Problems();

    private List<String> codes(String url) {
        assertThat(UrlCheck.absoluteHttp(problems, "/url", url, true)).isNull();
        assertThat(problems.list()).extracting(Violation::path).containsOnly("/url");
        return problems.list().stream().map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com                        | https://example.com
            https://example.com/                       | https://example.com/
            HTTPS://Example.COM/Path?Q=A#Frag          | https://example.com/Path?Q=A#Frag
            http://example.com:8080/a/b                | http://example.com:8080/a/b
            https://bücher.example/straße?ü=1          | https://xn--bcher-kva.example/straße?ü=1
            https://BÜCHER.example/                    | https://xn--bcher-kva.example/
            https://example.com?q=1                    | https://example.com?q=1
            https://example.com#top                    | https://example.com#top
            https://medium.com/@reader/post            | https://medium.com/@reader/post
            https://example.com/a%20b?c=%E2%82%AC      | https://example.com/a%20b?c=%E2%82%AC
            https://my_site.example.com/               | https://my_site.example.com/
            https://127.0.0.1/                         | https://127.0.0.1/
            https://[2001:DB8:0:0:0:0:0:1]:8443/x      | https://[2001:db8::1]:8443/x
            https://example.com./                      | https://example.com./
            https://example.com/search?q=a:b&x[]=1     | https://example.com/search?q=a:b&x[]=1
            """)
    void acceptsAndNormalizesHttpUrls(String url, String normalized) {
        assertThat(UrlCheck.absoluteHttp(problems, "/url", url, true)).isEqualTo(normalized);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void trimsSurroundingWhiteSpace() {
        assertThat(UrlCheck.absoluteHttp(problems, "/url", " \t https://example.com/\n\u00A0", true))
                .isEqualTo("https://example.com/");
    }

    @Test
    void reportsMissingUrlsOnlyWhenRequired() {
        assertThat(UrlCheck.absoluteHttp(problems, "/url", null, false)).isNull();
        assertThat(UrlCheck.absoluteHttp(problems, "/url", "  ", false)).isNull();
        assertThat(problems.isEmpty()).isTrue();

        assertThat(codes(null)).containsExactly(Codes.REQUIRED);
        assertThat(codes("  ")).containsExactly(Codes.REQUIRED, Codes.REQUIRED); // one for each call
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "java\rscript:alert(1)", "\u0001javascript:alert(1)",
            "\u0000\u0008 javascript:alert(1)", "javascript\t:alert(1)", "data:text/html,<script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
            "ftp://example.com/", "mailto:reader@example.org", "file:///etc/passwd", "httpx://example.com",
            "https+evil://example.com"})
    void rejectsEverySchemeButHttpAndHttps(String url) {
        assertThat(codes(url)).containsExactly(Codes.URL_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/path", "\\\\evil.example", "/\\evil.example",
            "/path/page.html", "page.html", "?q=1", "#top", "javascript&#58;alert(1)", "javascript&colon;alert(1)",
            "&#106;avascript:alert(1)", "\u200Bjavascript:alert(1)", ":no-scheme"})
    void rejectsRelativeUrlsAndTextThatOnlyLooksLikeAScheme(String url) {
        assertThat(codes(url)).containsExactly(Codes.URL_RELATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@example.com/", "https://user@example.com/",
            "https://example.com@evil.example/", "http://:@example.com/"})
    void rejectsUserInformation(String url) {
        assertThat(codes(url)).containsExactly(Codes.URL_USERINFO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa mple.com", "https://example.com/a b", "https://example.com/\u00A0x",
            "https:example.com", "https:/example.com", "https://", "https:///path", "https://example.com:/",
            "https://example.com:0/", "https://example.com:65536/", "https://example.com:8o/",
            "https://exa\tmple.com/", "https://example.com/\nx", "https://example.com/\u0000",
            "\u0001https://example.com/", "https://example.com/\u0085", "https://example.com\\@evil.example/",
            "https://example.com/a\\b", "https://example.com/\"onmouseover=\"alert(1)",
            "https://example.com/<script>", "https://example.com/`", "https://example.com/%", "https://example.com/%4",
            "https://example.com/%zz", "https://%65vil.example/", "https://example..com/", "https://.example.com/",
            "https://-example.com/", "https://example-.com/", "https://exa!mple.com/",
            "https://0x7f.0.0.1/", "https://2130706433/", "https://127.1/", "https://0177.0.0.1/",
            "https://256.0.0.1/", "https://[::1/", "https://[zz::1]/", "https://[::1]x/",
            "https://example.com/\u202Etxt.exe", "https://example.com/\u200B", "https://example.com/\uD800",
            "https://\uD83D\uDE00.example/"})
    void rejectsMalformedUrls(String url) {
        assertThat(codes(url)).containsExactly(Codes.URL_INVALID);
    }

    @Test
    void rejectsHostLabelsOverSixtyThreeCharacters() {
        assertThat(UrlCheck.absoluteHttp(new Problems(), "/url", "https://" + "a".repeat(63) + ".example/", true))
                .isNotNull();
        assertThat(codes("https://" + "a".repeat(64) + ".example/")).containsExactly(Codes.URL_INVALID);
    }

    @Test
    void rejectsHostNamesOverTwoHundredFiftyThreeCharacters() {
        String host = ("a".repeat(63) + ".").repeat(4) + "com"; // 259 characters
        assertThat(codes("https://" + host + "/")).containsExactly(Codes.URL_INVALID);
    }

    @Test
    void acceptsTwoThousandCharacters() {
        String url = "https://example.com/" + "a".repeat(2000 - 20);
        assertThat(url).hasSize(2000);

        assertThat(UrlCheck.absoluteHttp(problems, "/url", url, true)).isEqualTo(url);
    }

    @Test
    void rejectsTwoThousandAndOneCharacters() {
        assertThat(codes("https://example.com/" + "a".repeat(2001 - 20))).containsExactly(Codes.TOO_LONG);
    }

    @Test
    void checksTheLengthAgainAfterIdnConversion() {
        String url = "https://" + "ü".repeat(40) + ".example/" + "a".repeat(1940);
        assertThat(url.length()).isLessThanOrEqualTo(2000);

        assertThat(codes(url)).containsExactly(Codes.TOO_LONG);
    }

    @Test
    void reportsTheSchemeOfAnOverlongUrlToo() {
        assertThat(codes("javascript:" + "a".repeat(3000))).containsExactly(Codes.TOO_LONG, Codes.URL_SCHEME);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void rejectsTenMegabytesQuickly() {
        int size = 10 * 1024 * 1024;
        assertThat(codes("https://example.com/" + "a".repeat(size))).containsExactly(Codes.TOO_LONG);
        Problems more = new Problems();
        assertThat(UrlCheck.absoluteHttp(more, "/url", "a".repeat(size) + ":", true)).isNull();
        assertThat(more.list()).extracting(Violation::code).containsExactly(Codes.TOO_LONG, Codes.URL_SCHEME);
    }

    @Test
    void showsTheRejectedUrlShortened() {
        codes("javascript:alert(1)");

        assertThat(problems.list()).singleElement().extracting(Violation::rejectedValue)
                .isEqualTo("javascript:alert(1)");
    }
}
