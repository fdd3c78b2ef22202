package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.render.PlainAppendable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlWriterTest {

    private static String write(java.util.function.Consumer<HtmlWriter> body) {
        StringBuilder sb = new StringBuilder();
        body.accept(new HtmlWriter(sb));
        return sb.toString();
    }

    @Test
    void textEscapesMarkupCharactersOnly() {
        assertThat(write(w -> w.text("a < b && c > d \"q\" 'a'"))).isEqualTo("a &lt; b &amp;&amp; c &gt; d \"q\" 'a'");
    }

    @Test
    void attributesEscapeQuotesToo() {
        assertThat(write(w -> w.open("a").attr("title", "x\" onmouseover='alert(1)' <b>&").close()))
                .isEqualTo("<a title=\"x&quot; onmouseover=&#39;alert(1)&#39; &lt;b&gt;&amp;\">");
    }

    @Test
    void stringsWithoutSpecialCharactersAreWrittenAsTheyAre() {
        String plain = "Azərbaycan xəbərləri — 日本語 — عربي";
        assertThat(write(w -> w.text(plain))).isEqualTo(plain);
    }

    @Test
    void manySpecialCharactersAreEscapedInOnePass() {
        String s = "&".repeat(10_000) + "<".repeat(10_000);
        assertThat(write(w -> w.text(s))).isEqualTo("&amp;".repeat(10_000) + "&lt;".repeat(10_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:x",
        "java\nscript:x", "\u0001javascript:x", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox",
        "blob:https://x.example/1"})
    void urlAttributesBlockDangerousSchemes(String url) {
        assertThat(write(w -> w.open("a").urlAttr("href", url).close()))
                .isEqualTo("<a href=\"" + HtmlWriter.BLOCKED_URL + "\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.com/a?b=1&c=2", "http://x.example", "mailto:desk@news.example",
        "tel:+994123", "/relative/path", "#top", "?page=2", "relative"})
    void urlAttributesKeepSafeUrls(String url) {
        assertThat(write(w -> w.open("a").urlAttr("href", url).close())).doesNotContain(HtmlWriter.BLOCKED_URL);
    }

    @Test
    void jsonScriptsCannotBeClosedFromInside() {
        String json = "{\"a\":\"</script><script>alert(1)</script><!-- & \u2028\u2029\"}";
        String out = write(w -> w.jsonScript(json));
        assertThat(out).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
        String inner = out.substring("<script type=\"application/ld+json\">".length(), out.length() - 9);
        assertThat(inner).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028").doesNotContain("\u2029")
                .contains("\\u003c/script\\u003e");
    }

    @Test
    void streamedJsonScriptsAreEscapedLikeStringOnes() {
        String json = "{\"a\":\"</script><script>alert(1)</script><!-- & \u2028\u2029\"}";
        String streamed = write(w -> w.jsonScript(writer -> {
            try {
                writer.write(json.toCharArray(), 0, 10);
                writer.write(json, 10, json.length() - 10);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        assertThat(streamed).isEqualTo(write(w -> w.jsonScript(json)));
        PlainAppendable notAStringBuilder = new PlainAppendable();
        new HtmlWriter(notAStringBuilder).jsonScript(writer -> {
            try {
                writer.write(json.toCharArray(), 0, json.length());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(notAStringBuilder.toString()).isEqualTo(streamed);
    }

    @Test
    void aJsonScriptWriterKeptPastItsCallCannotWriteUnchecked() {
        StringBuilder page = new StringBuilder("<p>before</p>");
        java.io.Writer[] kept = new java.io.Writer[1];
        new HtmlWriter(page).jsonScript(writer -> kept[0] = writer).text("after");
        assertThat(page.toString()).isEqualTo("<p>before</p><script type=\"application/ld+json\"></script>after");
        assertThatThrownBy(() -> kept[0].write("</script><script>alert(1)</script>"))
                .isInstanceOf(NullPointerException.class);
        assertThat(page.toString()).isEqualTo("<p>before</p><script type=\"application/ld+json\"></script>after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1a", "a b", "a\"", "a>", "on click", "x=y"})
    void namesMustBePlainAsciiNames(String name) {
        assertThatThrownBy(() -> write(w -> w.open(name))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must match");
        assertThatThrownBy(() -> write(w -> w.attr(name, "v"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ioErrorsAreRethrownUnchecked() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> new HtmlWriter(broken).text("x")).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }

    /** The three kinds of writer: to a StringBuilder, to another Appendable, and of UTF-8 bytes. */
    private static java.util.List<String> writtenEachWay(java.util.function.Consumer<HtmlWriter> body) {
        StringBuilder sb = new StringBuilder();
        body.accept(new HtmlWriter(sb));
        PlainAppendable plain = new PlainAppendable();
        body.accept(new HtmlWriter(plain));
        dev.broadsheet.render.internal.Utf8Out bytes = dev.broadsheet.render.internal.Utf8Out.inMemory(16);
        body.accept(dev.broadsheet.render.internal.WriterAccess.utf8(bytes));
        return java.util.List.of(sb.toString(), plain.toString(),
                new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7 December 2026, 14:05", "<b>&amp;\"x\" 'y'</b>", "7 dekabr 2026, 14:05 — ə",
        "\uD83D\uDCF0 news", "a&", "<", "\u2028x\u2029"})
    void arraysAndPrefixedValuesAreEscapedAsStringsAre(String value) {
        char[] chars = (value + "tail not to write").toCharArray();
        int n = value.length();
        var access = new Object() {
            void text(HtmlWriter w) {
                dev.broadsheet.render.internal.WriterAccess.text(w, chars, n);
            }

            void attr(HtmlWriter w) {
                dev.broadsheet.render.internal.WriterAccess.attr(w, "title", chars, n);
            }

            void prefixed(HtmlWriter w) {
                dev.broadsheet.render.internal.WriterAccess.attr(w, "id", "c-<&", value);
            }
        };
        String text = write(w -> w.text(value));
        String attr = write(w -> w.attr("title", value));
        String prefixed = write(w -> w.attr("id", "c-<&" + value));
        assertThat(writtenEachWay(access::text)).containsOnly(text);
        assertThat(writtenEachWay(access::attr)).containsOnly(attr);
        assertThat(writtenEachWay(access::prefixed)).containsOnly(prefixed);
        assertThat(attr).startsWith(" title=\"").endsWith("\"").doesNotContain("tail");
        assertThat(attr.substring(" title=\"".length(), attr.length() - 1)).doesNotContain("\"", "<", "'");
    }
}
