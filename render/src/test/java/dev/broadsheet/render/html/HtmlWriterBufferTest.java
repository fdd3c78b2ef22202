package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the AMP page needs from the writer: a body written before its head, a stylesheet, and {@code ⚡}. */
class HtmlWriterBufferTest {

    @Test
    void aBufferedWriterIsAppendedWithEverythingItEscaped() {
        HtmlWriter body = HtmlWriter.buffer(16);
        body.open("p").attr("title", "\"x\"").close().text("<b>&").end("p");
        StringBuilder sb = new StringBuilder();

        new HtmlWriter(sb).start("head").end("head").append(body).append(body);

        assertThat(sb).hasToString("<head></head><p title=\"&quot;x&quot;\">&lt;b&gt;&amp;</p>"
                + "<p title=\"&quot;x&quot;\">&lt;b&gt;&amp;</p>");
    }

    @Test
    void onlyAnotherBufferedWriterCanBeAppended() {
        HtmlWriter plain = new HtmlWriter(new StringBuilder("<script>alert(1)</script>"));
        HtmlWriter buffered = HtmlWriter.buffer(0);

        assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).append(plain))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> buffered.append(buffered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlWriter.buffer(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void aStylesheetIsWrittenAsItIsUnlessItCouldEndTheStyleElement() {
        StringBuilder sb = new StringBuilder();
        new HtmlWriter(sb).css("a > b::after{content:\"&amp;\"}");

        assertThat(sb).hasToString("a > b::after{content:\"&amp;\"}");
        assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).css("a{}</StYlE ><script>x()</script>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 3");
        assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).css("<!-- a{} -->"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAmpAttributeIsTheOnlyNameOutsideAscii() {
        StringBuilder sb = new StringBuilder();
        new HtmlWriter(sb).open("html").attr("\u26A1").attr("lang", "az").close();

        assertThat(sb).hasToString("<html ⚡ lang=\"az\">");
        assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).attr("\u26A1\u26A1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).open("\u26A1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).attr("é")).isInstanceOf(IllegalArgumentException.class);
    }
}
