package dev.broadsheet.render.jsonld;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.util.Arrays;

/**
 * A generator whose string values are safe inside an HTML {@code <script>} element however the JSON gets there:
 * besides JSON's own escapes, {@code < > &} and U+2028/U+2029 become {@code \}{@code u003C}, {@code \}{@code u003E},
 * {@code \}{@code u0026}, {@code \}{@code u2028} and {@code \}{@code u2029}, so no value can close the element, open a
 * comment or end a JavaScript line.
 *
 * <p>The text is exactly what Jackson writes with these characters added to its escapes through
 * {@link CharacterEscapes} (short escapes for {@code " \ \b \t \n \f \r}, upper-case {@code \}{@code u00XX} for other
 * control characters), but each string is escaped here in one tight loop and handed to Jackson as a raw value:
 * Jackson's custom-escape path calls out for every non-ASCII character and was a third of the time of a page's
 * JSON-LD. Field names are constants of {@link GraphWriter} and go through Jackson unchanged.
 */
final class ScriptSafeStrings extends JsonGeneratorDelegate {

    private static final int[] ESCAPES = CharacterEscapes.standardAsciiEscapesForJSON();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        ESCAPES['<'] = CharacterEscapes.ESCAPE_STANDARD;
        ESCAPES['>'] = CharacterEscapes.ESCAPE_STANDARD;
        ESCAPES['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    /** The quoted string as written: its characters copied in bulk, escapes worked in where needed. */
    private char[] buffer = new char[512];
    /** The escaped form, for the strings that need escapes; made when first needed. */
    private char[] escaped = new char[0];

    ScriptSafeStrings(JsonGenerator generator) {
        super(generator, false);
    }

    @Override
    public void writeStringField(String fieldName, String value) throws IOException {
        writeFieldName(fieldName);
        writeString(value);
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text == null) {
            delegate.writeNull();
            return;
        }
        int n = text.length();
        char[] in = room(n);
        text.getChars(0, n, in, 1);
        writeQuoted(n);
    }

    /**
     * Writes the string {@code a + b + c} without building it, for ids such as {@code {page}#comment-{id}}.
     *
     * @param a the first part
     * @param b the second part
     * @param c the third part
     * @throws IOException when writing fails
     */
    void writeJoined(String a, String b, String c) throws IOException {
        int n = a.length() + b.length() + c.length();
        char[] in = room(n);
        a.getChars(0, a.length(), in, 1);
        b.getChars(0, b.length(), in, 1 + a.length());
        c.getChars(0, c.length(), in, 1 + a.length() + b.length());
        writeQuoted(n);
    }

    /** The buffer, with room for {@code n} characters between quotes. */
    private char[] room(int n) {
        if (buffer.length < n + 2) {
            buffer = new char[Math.max(n + 2, buffer.length * 2)];
        }
        return buffer;
    }

    /** Writes the {@code n} characters at {@code buffer[1]} as a string value, quoted and escaped. */
    private void writeQuoted(int n) throws IOException {
        char[] in = buffer;
        in[0] = '"';
        int end = n + 1;
        int i = 1;
        while (i < end && !needsEscape(in[i])) {
            i++;
        }
        if (i == end) { // the usual case: nothing to escape
            in[end] = '"';
            delegate.writeRawValue(in, 0, end + 1);
            return;
        }
        char[] out = escaped.length >= end + 16 ? escaped : grow(end + 16);
        System.arraycopy(in, 0, out, 0, i);
        int j = i;
        for (; i < end; i++) {
            char c = in[i];
            if (!needsEscape(c)) {
                out[j++] = c;
                continue;
            }
            if (j + 6 + (end - i) > out.length) { // room for this escape, the rest and the closing quote
                out = grow(j + 6 + (end - i));
            }
            if (c < 128 && ESCAPES[c] > 0) {
                out[j++] = '\\';
                out[j++] = (char) ESCAPES[c];
            } else {
                out[j++] = '\\';
                out[j++] = 'u';
                out[j++] = HEX[c >> 12];
                out[j++] = HEX[(c >> 8) & 0xF];
                out[j++] = HEX[(c >> 4) & 0xF];
                out[j++] = HEX[c & 0xF];
            }
        }
        out[j++] = '"';
        delegate.writeRawValue(out, 0, j);
    }

    /** A larger {@link #escaped} buffer holding what was written so far. */
    private char[] grow(int min) {
        escaped = Arrays.copyOf(escaped, Math.max(min, escaped.length * 2));
        return escaped;
    }

    private static boolean needsEscape(char c) {
        return c < 128 ? ESCAPES[c] != 0 : c == '\u2028' || c == '\u2029';
    }
}
