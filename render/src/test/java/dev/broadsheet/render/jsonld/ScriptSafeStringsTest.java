package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Strings escaped by ScriptSafeStrings are exactly what Jackson writes with the same escapes as CharacterEscapes. */
class ScriptSafeStringsTest {

    /** The escapes as Jackson's own mechanism, the way the renderer used them before. */
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
    private static final JsonFactory PLAIN = new JsonFactory();

    private static String write(JsonGenerator g, StringWriter out, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("a", value);
        g.writeArrayFieldStart("b");
        g.writeString(value);
        g.writeNumber(1);
        g.writeString(value);
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        return out.toString();
    }

    private static void sameAsJackson(String value) throws IOException {
        StringWriter expected = new StringWriter();
        StringWriter actual = new StringWriter();
        assertThat(write(new ScriptSafeStrings(PLAIN.createGenerator(actual)), actual, value))
                .as("%s", value.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(write(JACKSON.createGenerator(expected), expected, value));
    }

    @Test
    void everyEscapeIsWrittenAsJacksonWritesIt() throws IOException {
        sameAsJackson("a </script> & <!-- b \"q\" back\\slash \u2028 \u2029 \b\t\n\f\r \u0000 \u001f \u007f é ə 日本 \uD83D\uDE00");
        sameAsJackson("");
        sameAsJackson("x".repeat(20_000) + "<");
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
}
