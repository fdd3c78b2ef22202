package dev.broadsheet.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.render.Utf8Buffer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The feed and sitemap XML writer: what XML 1.0 cannot hold never reaches the output, and the rest round-trips. */
class XmlWriterTest {

    /** Every C0 control, XML's markup characters, a CDATA end, the non-characters and an unpaired surrogate. */
    private static final String NASTY;

    static {
        StringBuilder sb = new StringBuilder("a");
        for (char c = 0; c < 0x20; c++) {
            sb.append(c);
        }
        sb.append("<b>&amp;]]>\"'\u007F\u0085\uFFFE\uFFFF\uD800x\uDC00y\uD83D\uDE00z");
        NASTY = sb.toString();
    }

    /** What a parser must read back: the same, less what XML 1.0 forbids. */
    private static final String KEPT = "a\t\n\r<b>&amp;]]>\"'\u007F\u0085xy\uD83D\uDE00z";

    private static String write(java.util.function.Consumer<XmlWriter> body) {
        StringBuilder sb = new StringBuilder();
        XmlWriter x = XmlWriter.to(sb);
        body.accept(x);
        x.finish();
        Utf8Buffer bytes = new Utf8Buffer(8);
        Utf8Out out = Utf8Out.into(bytes);
        XmlWriter y = XmlWriter.to(out);
        body.accept(y);
        y.finish();
        assertThat(bytes.toByteArray()).isEqualTo(sb.toString().getBytes(StandardCharsets.UTF_8));
        return sb.toString();
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    @Test
    void textAndAttributesRoundTripLessWhatXmlCannotHold() throws Exception {
        String xml = write(x -> x.declaration().start("r").attr("v", NASTY).text(NASTY).end("r"));
        assertThat(xml).doesNotContain("]]>").doesNotContain("<b>");
        Element r = parse(xml);
        assertThat(r.getTextContent()).isEqualTo(KEPT);
        assertThat(r.getAttribute("v")).isEqualTo(KEPT);
    }

    @Test
    void textEscapedOnceIsWrittenAsTextWouldBe() throws Exception {
        String longer = NASTY.repeat(200) + "\u0259\u015F"; // past one chunk of the byte escaper
        for (String t : new String[] {NASTY, longer, "", "plain"}) {
            XmlWriter.Escaped once = XmlWriter.escape(t);
            String direct = write(x -> x.start("r").text(t).end("r"));
            assertThat(write(x -> x.start("r").text(once).end("r"))).isEqualTo(direct);
            TextOut joining = TextOut.joining();
            XmlWriter j = XmlWriter.to(joining);
            j.start("r").text(once).text(once).end("r");
            j.finish();
            assertThat(joining.joined()).isEqualTo(write(x -> x.start("r").text(t).text(t).end("r")));
            assertThat(once.length()).isEqualTo(direct.getBytes(StandardCharsets.UTF_8).length - "<r></r>".length());
        }
        assertThat(parse(write(x -> x.start("r").text(XmlWriter.escape(NASTY)).end("r"))).getTextContent())
                .isEqualTo(KEPT);
    }

    @Test
    void htmlTextIsEscapedTwiceSoItStaysText() throws Exception {
        String xml = write(x -> x.start("d").htmlText("<script>&").end("d"));
        assertThat(parse(xml).getTextContent()).isEqualTo("&lt;script&gt;&amp;");
    }

    @Test
    void namesAreCheckedAndMarkupIsConstantAscii() {
        assertThatThrownBy(() -> write(x -> x.start("a b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(x -> x.start("1a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(x -> x.start("a").attr("x\"", "v")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(x -> x.markup("&lt;"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(x -> x.text("t").attr("a", "v"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongTextStreamsThroughTheByteBuffer() throws Exception {
        String big = "<&>".repeat(20_000);
        String xml = write(x -> x.element("r", big));
        assertThat(parse(xml).getTextContent()).isEqualTo(big);
    }
}
