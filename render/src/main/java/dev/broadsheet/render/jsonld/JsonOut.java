package dev.broadsheet.render.jsonld;

import java.io.IOException;
import java.util.Arrays;

/**
 * Compact JSON written straight to an {@link Appendable}, for a graph whose shape {@link GraphWriter} knows: no
 * tree, no intermediate buffer, every string safe inside an HTML {@code <script>} element.
 *
 * <p>Strings (field names included) get JSON's escapes as Jackson writes them (short escapes for
 * {@code " \ \b \t \n \f \r}, upper-case {@code \}{@code u00XX} for other control characters) and, besides, {@code <
 * > &} and U+2028/U+2029 as {@code \}{@code u003C}, {@code \}{@code u003E}, {@code \}{@code u0026},
 * {@code \}{@code u2028} and {@code \}{@code u2029}, so no value can close the element, open a comment or end a
 * JavaScript line. A string with nothing to escape, the usual case, is appended whole.
 *
 * <p>The writer checks nesting: an end that does not match its start, a value where a field name belongs, or a field
 * name outside an object throws {@link IllegalStateException}. One instance writes one document on one thread.
 */
final class JsonOut {

    /** For each ASCII character: 0 when written as it is, the short escape's letter, or {@code 'u'}. */
    private static final char[] ESCAPE = new char[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final byte OBJECT = 1;
    private static final byte ARRAY = 2;

    static {
        Arrays.fill(ESCAPE, 0, 0x20, 'u');
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['<'] = 'u';
        ESCAPE['>'] = 'u';
        ESCAPE['&'] = 'u';
    }

    private final Appendable out;
    /** The open containers, innermost last. */
    private byte[] open = new byte[16];
    /** Whether the innermost container already holds a member, so the next one needs a comma. */
    private boolean[] filled = new boolean[16];
    private int depth;
    /** Whether a field name was written and its value is due. */
    private boolean named;

    JsonOut(Appendable out) {
        this.out = out;
    }

    void writeStartObject() throws IOException {
        beforeValue();
        push(OBJECT);
        out.append('{');
    }

    void writeEndObject() throws IOException {
        pop(OBJECT);
        out.append('}');
    }

    void writeStartArray() throws IOException {
        beforeValue();
        push(ARRAY);
        out.append('[');
    }

    void writeEndArray() throws IOException {
        pop(ARRAY);
        out.append(']');
    }

    void writeFieldName(String name) throws IOException {
        if (depth == 0 || open[depth - 1] != OBJECT || named) {
            throw new IllegalStateException("a field name belongs in an object, before its value: " + name);
        }
        if (filled[depth - 1]) {
            out.append(',');
        }
        filled[depth - 1] = true;
        quoted(name);
        out.append(':');
        named = true;
    }

    void writeObjectFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartObject();
    }

    void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    void writeString(String value) throws IOException {
        beforeValue();
        quoted(value);
    }

    void writeStringField(String name, String value) throws IOException {
        writeFieldName(name);
        writeString(value);
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
        beforeValue();
        out.append('"');
        escaped(a);
        escaped(b);
        escaped(c);
        out.append('"');
    }

    void writeNumberField(String name, long value) throws IOException {
        writeFieldName(name);
        beforeValue();
        out.append(Long.toString(value));
    }

    void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        beforeValue();
        out.append(value ? "true" : "false");
    }

    /**
     * Writes a value this class wrote earlier, such as the site's nodes, which are the same on every page.
     *
     * @param json one complete JSON value from a {@code JsonOut}
     * @throws IOException when writing fails
     */
    void writeRawValue(String json) throws IOException {
        beforeValue();
        out.append(json);
    }

    /**
     * Checks that every container was closed.
     *
     * @throws IllegalStateException when one is still open
     */
    void finish() {
        if (depth != 0 || named) {
            throw new IllegalStateException("the document is not complete: " + depth + " containers open");
        }
    }

    private void beforeValue() throws IOException {
        if (named) {
            named = false;
            return;
        }
        if (depth > 0) {
            if (open[depth - 1] != ARRAY) {
                throw new IllegalStateException("a value in an object needs a field name first");
            }
            if (filled[depth - 1]) {
                out.append(',');
            }
            filled[depth - 1] = true;
        }
    }

    private void push(byte kind) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            filled = Arrays.copyOf(filled, depth * 2);
        }
        open[depth] = kind;
        filled[depth] = false;
        depth++;
    }

    private void pop(byte kind) {
        if (depth == 0 || open[depth - 1] != kind || named) {
            throw new IllegalStateException("no open " + (kind == OBJECT ? "object" : "array") + " to end here");
        }
        depth--;
    }

    private void quoted(String s) throws IOException {
        out.append('"');
        escaped(s);
        out.append('"');
    }

    /** Appends {@code s} with its escapes: whole when it has none, else in runs between them. */
    private void escaped(String s) throws IOException {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char escape;
            if (c < 128) {
                escape = ESCAPE[c];
                if (escape == 0) {
                    continue;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                escape = 'u';
            } else {
                continue;
            }
            if (start < i) {
                out.append(s, start, i);
            }
            out.append('\\').append(escape);
            if (escape == 'u') {
                out.append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
            start = i + 1;
        }
        if (start == 0) {
            out.append(s);
        } else if (start < n) {
            out.append(s, start, n);
        }
    }
}
