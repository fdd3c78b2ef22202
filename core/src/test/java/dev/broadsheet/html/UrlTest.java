package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTest {

    private static String href(String url, HtmlPolicy policy) {
        String html = Sanitizer.sanitize("<a href=\"" + url.replace("\"", "&quot;") + "\">x</a>", policy).html();
        if (html.equals("x")) {
            return null;
        }
        int start = html.indexOf("href=\"") + 6;
        return html.substring(start, html.indexOf('"', start));
    }

    private static String href(String url) {
        return href(url, HtmlPolicy.article());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
        "javascript&colon;alert(1)",
        "java\tscript:alert(1)",
        "java&#x09;script:alert(1)",
        "java&#x0A;script:alert(1)",
        "java&#x0D;script:alert(1)",
        "java&NewLine;script:alert(1)",
        "java&Tab;script:alert(1)",
        " javascript:alert(1)",
        "\u0001\u0002 javascript:alert(1)",
        "&#x01;javascript:alert(1)",
        "&#x20;javascript:alert(1)",
        "\u00A0javascript:alert(1)",
        "java\u0000script:alert(1)",
        "java script:alert(1)",
        "vbscript:msgbox(1)",
        "livescript:x",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "feed:javascript:alert(1)",
        "jar:https://x.org/!/",
        ":javascript:alert(1)",
        "https://user:pass@x.org/",
        "https://x.org@evil.org/",
        "https:evil.org",
        "http://",
        "https://ex ample.org/",
        "https://x.org:99999/",
    })
    void dangerousOrMalformedUrlsAreRejected(String url) {
        assertThat(href(url)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "https://Example.COM                  | https://example.com/",
        "HTTPS://example.com:443/a            | https://example.com/a",
        "http://example.com:80/a              | http://example.com/a",
        "http://example.com:8080/a            | http://example.com:8080/a",
        "https://example.com/a/./b/../c       | https://example.com/a/c",
        "https://example.com/a/%2e%2E/c       | https://example.com/c",
        "https://example.com/a b?q=1 2#f g    | https://example.com/a%20b?q=1%202#f%20g",
        "https://example.com/\"onmouseover=x  | https://example.com/%22onmouseover=x",
        "https://example.com/<x>`             | https://example.com/%3Cx%3E%60",
        "  https://example.com/\u0001         | https://example.com/",
        "mailto:editor@example.com            | mailto:editor@example.com",
        "MAILTO:a@b.c?subject=Hi there        | mailto:a@b.c?subject=Hi%20there",
        "https://[::1]:8443/x                 | https://[::1]:8443/x",
        "https://bücher.example/              | https://bücher.example/",
    })
    void absoluteUrlsAreNormalisedStably(String input, String expected) {
        assertThat(href(input.strip())).isEqualTo(expected.strip());
        assertThat(href(expected.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "//evil.org/x          | https://evil.org/x",
        "\\\\evil.org/x        | https://evil.org/x",
        "/\\evil.org/x         | https://evil.org/x",
        "\\/evil.org           | https://evil.org/",
        "/&#x09;/evil.org      | https://evil.org/",
    })
    void protocolRelativeUrlsBecomeHttps(String input, String expected) {
        assertThat(href(input.strip())).isEqualTo(expected.strip());
    }

    @Test
    void protocolRelativeUrlsAreRemovedWhenHttpsIsNotAllowed() {
        HtmlPolicy httpOnly = HtmlPolicy.article().toBuilder().urlSchemes("http").build();
        assertThat(href("//evil.org/x", httpOnly)).isNull();
        assertThat(href("https://x.org/", httpOnly)).isNull();
        assertThat(href("http://x.org/", httpOnly)).isEqualTo("http://x.org/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/news/1            | /news/1",
        "../a/b.html        | ../a/b.html",
        "page?x=1#y         | page?x=1#y",
        "#notes             | #notes",
        "?q=a b             | ?q=a%20b",
        "a\\b               | a/b",
        "./x:y              | ./x:y",
    })
    void relativeUrlsStayRelativeWithoutABase(String input, String expected) {
        assertThat(href(input.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/news/1            | https://paper.example/news/1",
        "../a/b.html        | https://paper.example/a/b.html",
        "c                  | https://paper.example/world/c",
        "./c?x              | https://paper.example/world/c?x",
        "?q=1               | https://paper.example/world/today?q=1",
        "../../../../x      | https://paper.example/x",
        "#notes             | #notes",
        "//other.example/y  | https://other.example/y",
        "https://x.org/z    | https://x.org/z",
    })
    void relativeUrlsAreResolvedAgainstTheBase(String input, String expected) {
        HtmlPolicy withBase = HtmlPolicy.article().toBuilder().baseUrl("https://paper.example/world/today").build();
        assertThat(href(input.strip(), withBase)).isEqualTo(expected.strip());
    }

    @Test
    void aColonBeforeAnySlashMeansAScheme() {
        assertThat(href("x:y")).isNull();
        assertThat(href("tel:+123")).isNull();
        HtmlPolicy tel = HtmlPolicy.article().toBuilder().urlSchemes("https", "tel").build();
        assertThat(href("tel:+1 23", tel)).isEqualTo("tel:+1%2023");
        assertThat(href("mailto:a@b.c", tel)).isNull();
    }

    @Test
    void imageSourcesAreHttpOrRelativeOnly() {
        HtmlPolicy withMailto = HtmlPolicy.article();
        assertThat(Sanitizer.sanitize("<img src=\"//cdn.example/a.png\">", withMailto).html())
                .isEqualTo("<img src=\"https://cdn.example/a.png\" alt=\"\">");
        assertThat(Sanitizer.sanitize("<img src=\"/a.png\">", withMailto).html()).isEqualTo("<img src=\"/a.png\" alt=\"\">");
        assertThat(Sanitizer.sanitize("<img src=\"ftp://x.org/a.png\">", withMailto).html()).isEmpty();
    }

    @Test
    void everySrcsetCandidateIsChecked() {
        String html = Sanitizer.sanitize("<img src=\"/a.png\" srcset=\" /a.png 1x,javascript:alert(1) 2x , "
                + "https://x.org/b,c.png  640w, data:image/png;base64,AA== 3x, /d.png 2q, //cdn.example/e.png 1.5x,"
                + "/f.png,\">", HtmlPolicy.article()).html();
        assertThat(html).isEqualTo("<img src=\"/a.png\" srcset=\"/a.png 1x, https://x.org/b%2Cc.png 640w, "
                + "https://cdn.example/e.png 1.5x, /f.png\" alt=\"\">");
        assertThat(Sanitizer.sanitize(html, HtmlPolicy.article()).html()).isEqualTo(html);
        assertThat(Sanitizer.sanitize("<img src=\"/a.png\" srcset=\"javascript:x 1x\">", HtmlPolicy.article())
                .html()).isEqualTo("<img src=\"/a.png\" alt=\"\">");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "http://www.youtube.com/embed/abc",
        "https://www.youtube.com/watch?v=abc",
        "https://www.youtube.com/embed/",
        "https://www.youtube.com/embed/../redirect?u=x",
        "https://www.youtube.com/embed/%2e%2e/redirect",
        "https://www.youtube.com.evil.org/embed/abc",
        "https://www.youtube.com@evil.org/embed/abc",
        "https://www.youtube.com:8443/embed/abc",
        "https://evil.org/embed/abc",
        "https://player.vimeo.com/embed/1",
        "//evil.org/embed/abc",
        "/embed/abc",
        "javascript:alert(1)",
    })
    void iframesOnlyFromAllowedEmbedHostsAndPaths(String src) {
        assertThat(Sanitizer.sanitize("<iframe src=\"" + src + "\"></iframe>", HtmlPolicy.article()).html())
                .isEmpty();
    }

    @Test
    void protocolRelativeEmbedsBecomeHttps() {
        assertThat(Sanitizer.sanitize("<iframe src=\"//www.youtube.com/embed/x\"></iframe>", HtmlPolicy.article())
                .html()).startsWith("<iframe src=\"https://www.youtube.com/embed/x\"");
    }

    @Test
    void citeUrlsAreCheckedLikeLinks() {
        assertThat(Sanitizer.sanitize("<blockquote cite=\"javascript:x\">q</blockquote>", HtmlPolicy.article())
                .html()).isEqualTo("<blockquote>q</blockquote>");
    }
}
