package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site's small parts on their own: options, form parsing, AMP cache origins, placeholders. */
class PartsTest {

    @Test
    void optionsHaveSafeDefaultsAndNameTheOptionThatIsWrong() {
        Options o = Options.parse(List.of(), Map.of());
        assertThat(o.host()).isEqualTo("127.0.0.1");
        assertThat(o.port()).isEqualTo(8080);
        assertThat(o.moderationToken()).isNull();
        assertThat(Options.parse(List.of("--port=0", "--public-url", "HTTPS://News.Example/"), Map.of()))
                .satisfies(p -> {
                    assertThat(p.port()).isZero();
                    assertThat(p.publicUrl()).isEqualTo("https://news.example");
                });
        assertThat(Options.parse(List.of(), Map.of(Options.TOKEN_VARIABLE, "from-the-environment-1234"))
                .moderationToken()).isEqualTo("from-the-environment-1234");
        assertThatThrownBy(() -> Options.parse(List.of("--port", "x"), Map.of())).hasMessageContaining("--port");
        assertThatThrownBy(() -> Options.parse(List.of("--prot", "1"), Map.of())).hasMessageContaining("--prot");
        assertThatThrownBy(() -> Options.parse(List.of("--moderation-token", "short"), Map.of()))
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> Options.parse(List.of("--public-url", "https://news.example/path"), Map.of()))
                .hasMessageContaining("--public-url");
    }

    @Test
    void urlEncodedFormsAreDecodedStrictly() {
        assertThat(FormData.urlEncoded("a=1+2&b=%C9%99&c&d=".getBytes(StandardCharsets.US_ASCII)))
                .containsExactly(Map.entry("a", "1 2"), Map.entry("b", "ə"), Map.entry("c", ""), Map.entry("d", ""));
        for (String bad : List.of("a=%", "a=%4", "a=%zz", "a=%C3", "a=1&a=2")) {
            assertThatThrownBy(() -> FormData.urlEncoded(bad.getBytes(StandardCharsets.US_ASCII))).as(bad)
                    .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(400));
        }
        String many = java.util.stream.IntStream.rangeClosed(0, FormData.MAX_FIELDS).mapToObj(i -> "f" + i + "=1")
                .collect(java.util.stream.Collectors.joining("&"));
        assertThatThrownBy(() -> FormData.urlEncoded(many.getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("more than " + FormData.MAX_FIELDS);
    }

    @Test
    void multipartFormsAreParsedAsAmpFormSendsThem() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nə@mail.example\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\nyes\r\n--b--\r\n";
        assertThat(FormData.parse("multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(Map.entry("email", "ə@mail.example"), Map.entry("consent", "yes"));
        String upload = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n\r\nx\r\n--b--";
        assertThatThrownBy(() -> FormData.parse("multipart/form-data; boundary=b",
                upload.getBytes(StandardCharsets.UTF_8))).isInstanceOf(HttpProblem.class);
        assertThatThrownBy(() -> FormData.parse("application/json", new byte[0]))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(415));
    }

    @Test
    void theSitesAmpCacheOriginFollowsAmpsRules() {
        assertThat(Origins.cacheSubdomain("news.example.com")).isEqualTo("news-example-com");
        assertThat(Origins.cacheSubdomain("news-site.example")).isEqualTo("news--site-example");
        assertThat(Origins.cacheSubdomain("my-news.example")).as("would look like punycode")
                .isEqualTo("0-my--news-example-0");
        assertThat(Origins.cacheSubdomain("127.0.0.1")).isEqualTo("127-0-0-1");
        assertThat(Origins.cacheSubdomain("ab--c.example")).isEqualTo("0-ab----c-example-0");
        assertThat(Origins.cacheSubdomain("a".repeat(60) + ".example")).hasSize(52).matches("[a-z2-7]+");
        assertThat(new Origins("https://news.example.com").caches())
                .containsExactly("https://news-example-com.cdn.ampproject.org");
        assertThat(new Origins("http://127.0.0.1:8080").self()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void placeholdersAreInertSvgOfTheNamedSize() {
        String svg = new String(Placeholders.svg("2026/09/story-1600x900.jpg").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1600\" height=\"900\"")
                .doesNotContain("<script").doesNotContain("href").doesNotContain("<style");
        assertThat(Placeholders.svg("people/someone-400x400.jpg")).isPresent();
        assertThat(Placeholders.svg("../../etc/passwd")).isEmpty();
        assertThat(Placeholders.svg("logo.png")).isEmpty();
    }
}
