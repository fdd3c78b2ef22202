package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.broadsheet.render.PlainAppendable;
import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * JsonOut writes exactly what Jackson writes with the script-safe escapes added through CharacterEscapes, and refuses
 * to write malformed JSON.
 */
class JsonOutTest {

    /** The escapes through Jackson's own mechanism: the oracle. */
    private static final class JacksonScriptEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }

    private static final JsonFactory JACKSON = new JsonFactoryBuilder().characterEscapes(new JacksonScriptEscapes())
            .build();

    private static String jackson(String value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("a", value);
            g.writeArrayFieldStart("b");
            g.writeString(value);
            g.writeStartObject();
            g.writeNumberField("n", -12);
            g.writeBooleanField("t", true);
            g.writeEndObject();
            g.writeString(value);
            g.writeEndArray();
            g.writeFieldName("@c");
            g.writeString("x" + value + "y" + value);
            g.writeFieldName("@d");
            g.writeString(value);
            g.writeEndObject();
        }
        return out.toString();
    }

    private static String jsonOut(String value) throws IOException {
        StringBuilder out = new StringBuilder();
        write(new JsonOut(out), value);
        return out.toString();
    }

    private static void write(JsonOut g, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("a", value);
        g.writeArrayFieldStart("b");
        g.writeString(value);
        g.writeStartObject();
        g.writeNumberField("n", -12);
        g.writeBooleanField("t", true);
        g.writeEndObject();
        g.writeString(value);
        g.writeEndArray();
        g.writeFieldName("@c");
        g.writeJoined(JsonOut.escapedPart("x" + value), "y" + value);
        g.writeFieldName("@d");
        g.writeRawValue(JsonOut.string(value)); // escaped once, as a page's comment texts are
        g.writeEndObject();
        g.finish();
    }

    private static void sameAsJackson(String value) throws IOException {
        assertThat(jsonOut(value)).as("%s", value.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(jackson(value));
    }

    @Test
    void everyEscapeIsWrittenAsJacksonWritesIt() throws IOException {
        sameAsJackson("a </script> & <!-- b \"q\" back\\slash \u2028 \u2029 \b\t\n\f\r \u0000 \u001f \u007f é ə 日本 \uD83D\uDE00");
        sameAsJackson("");
        sameAsJackson("x".repeat(20_000) + "<");
        // longer than the buffer, escapes across its boundaries, one escape after another
        sameAsJackson("<\n".repeat(3_000));
        sameAsJackson("abc\u2028defg\"".repeat(700) + "x".repeat(JsonOut.BUFFER - 3));
        sameAsJackson("x".repeat(JsonOut.BUFFER - 1) + "&");
    }

    @Test
    void randomStringsAreWrittenAsJacksonWritesThem() throws IOException {
        String alphabet = "aZ09 <>&\"\\/'\u0000\u0001\b\t\n\f\r\u001f\u007f\u0080\u00e9\u0259\u2028\u2029\u4e2d\ud83d\ude00\ufffe";
        SplittableRandom random = new SplittableRandom(10);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            sameAsJackson(s.toString());
        }
    }

    @Test
    void aFieldNameThatWouldNeedEscapingIsCaughtInTheTests() throws IOException {
        JsonOut named = JsonOut.inMemory(16);
        named.writeStartObject();
        assertThatThrownBy(() -> named.writeFieldName("</script>")).isInstanceOf(AssertionError.class);
    }

    @Test
    void malformedDocumentsAreRefused() throws IOException {
        JsonOut valueWithoutName = new JsonOut(new StringBuilder());
        valueWithoutName.writeStartObject();
        assertThatThrownBy(() -> valueWithoutName.writeString("v")).isInstanceOf(IllegalStateException.class);

        JsonOut nameInArray = new JsonOut(new StringBuilder());
        nameInArray.writeStartArray();
        assertThatThrownBy(() -> nameInArray.writeFieldName("k")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(nameInArray::writeEndObject).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(nameInArray::finish).isInstanceOf(IllegalStateException.class);

        JsonOut twoNames = new JsonOut(new StringBuilder());
        twoNames.writeStartObject();
        twoNames.writeFieldName("a");
        assertThatThrownBy(() -> twoNames.writeFieldName("b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(twoNames::writeEndObject).isInstanceOf(IllegalStateException.class);

        JsonOut deep = new JsonOut(new StringBuilder());
        for (int i = 0; i < 100; i++) {
            deep.writeStartArray();
        }
        for (int i = 0; i < 100; i++) {
            deep.writeEndArray();
        }
        deep.finish();
        assertThatThrownBy(deep::writeEndArray).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyKindOfTargetGetsTheSameText() throws IOException {
        String value = "é<\n" + "ə".repeat(3 * JsonOut.BUFFER);
        String expected = jsonOut(value);
        StringWriter writer = new StringWriter();
        write(new JsonOut(writer), value);
        assertThat(writer.toString()).isEqualTo(expected);
        PlainAppendable other = new PlainAppendable();
        write(new JsonOut(other), value);
        assertThat(other.toString()).isEqualTo(expected);
        JsonOut inMemory = JsonOut.inMemory(16);
        write(inMemory, value);
        assertThat(inMemory.text()).isEqualTo(expected);
        assertThatThrownBy(() -> new JsonOut(new StringBuilder()).text()).isInstanceOf(IllegalStateException.class);
    }
}
