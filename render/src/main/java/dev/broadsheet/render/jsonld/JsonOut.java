package dev.broadsheet.render.jsonld;

import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.Utf8Target;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Compact JSON for a graph whose shape {@link GraphWriter} knows, written through one small character buffer to an
 * {@link Appendable}: no tree and no generator, and each string is copied once into the buffer, checked there for
 * characters to escape and, in the usual case of none, left in place.
 *
 * <p>Strings (field names included) get JSON's escapes as Jackson writes them (short escapes for
 * {@code " \ \b \t \n \f \r}, upper-case {@code \}{@code u00XX} for other control characters) and, besides,
 * {@code < > &} and U+2028/U+2029 as {@code \}{@code u003C}, {@code \}{@code u003E}, {@code \}{@code u0026},
 * {@code \}{@code u2028} and {@code \}{@code u2029}, so no value can close a {@code <script>} element, open a comment
 * or end a JavaScript line. Work is linear in the length of the text, however many characters need escapes.
 *
 * <p>The writer checks nesting: an end that does not match its start, a value where a field name belongs, or a field
 * name outside an object throws {@link IllegalStateException}. {@link #finish()} checks the document is complete
 * and writes out what the buffer holds. One instance writes one document on one thread.
 *
 * <p>Written to UTF-8 output ({@link #JsonOut(Utf8Out)}, or an appendable that is a {@link Utf8Target}), the same
 * escapes are applied as each string is encoded, with no character buffer in between.
 */
final class JsonOut {

    /** For each ASCII character: 0 when written as it is, the short escape's letter, or {@code 'u'}. */
    private static final char[] ESCAPE = new char[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final byte OBJECT = 1;
    private static final byte ARRAY = 2;

    /** For every UTF-16 code unit, whether it needs an escape: one load per character, no range test. */
    private static final boolean[] NEEDS_ESCAPE = new boolean[Character.MAX_VALUE + 1];

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
        for (char c = 0; c < 128; c++) {
            NEEDS_ESCAPE[c] = ESCAPE[c] != 0;
        }
        NEEDS_ESCAPE['\u2028'] = true;
        NEEDS_ESCAPE['\u2029'] = true;
    }

    /** The same escapes, for UTF-8 output. */
    private static final Utf8Out.Escapes UTF8_ESCAPES;

    static {
        Utf8Out.Escapes.Builder b = Utf8Out.Escapes.builder().escapeLineTerminators();
        for (char c = 0; c < 128; c++) {
            if (ESCAPE[c] == 'u') {
                b.replace(c, "\\u" + HEX[c >> 12] + HEX[(c >> 8) & 0xF] + HEX[(c >> 4) & 0xF] + HEX[c & 0xF]);
            } else if (ESCAPE[c] != 0) {
                b.replace(c, "\\" + ESCAPE[c]);
            }
        }
        UTF8_ESCAPES = b.build();
    }

    /** Characters written out at a time: small enough to cost little per page, large enough to copy in bulk. */
    static final int BUFFER = 2048;

    /** Where the buffer goes when full; null when the whole document stays in it (see {@link #inMemory(int)}). */
    private final @Nullable Appendable out;
    private final @Nullable StringBuilder builder;
    private final @Nullable Writer writer;
    /** Where bytes go when this writer writes UTF-8; then the character buffer is not used. */
    private final @Nullable Utf8Out utf8;
    private char[] buf;
    private int pos;
    /** The rest of a string that has escapes, copied out of the way of its escaped form; made when first needed. */
    private char[] scratch = new char[0];
    /** The open containers, innermost last. */
    private byte[] open = new byte[16];
    /** Whether the innermost container already holds a member, so the next one needs a comma. */
    private boolean[] filled = new boolean[16];
    private int depth;
    /** Whether a field name was written and its value is due. */
    private boolean named;

    JsonOut(Appendable out) {
        if (out instanceof Utf8Target t) {
            this.out = null;
            this.builder = null;
            this.writer = null;
            this.utf8 = t.utf8();
            this.buf = new char[0];
            return;
        }
        this.out = out;
        this.builder = out instanceof StringBuilder b ? b : null;
        this.writer = out instanceof Writer w ? w : null;
        this.utf8 = null;
        this.buf = new char[BUFFER];
    }

    /**
     * A writer of UTF-8 bytes.
     *
     * @param utf8 where the document goes
     */
    JsonOut(Utf8Out utf8) {
        this.out = null;
        this.builder = null;
        this.writer = null;
        this.utf8 = utf8;
        this.buf = new char[0];
    }

    private JsonOut(int capacity) {
        this.out = null;
        this.builder = null;
        this.writer = null;
        this.utf8 = null;
        this.buf = new char[Math.max(capacity, BUFFER)];
    }

    /**
     * A writer that keeps the whole document in its buffer, growing it as needed, for {@link #text()}: one array and
     * one string, where a StringBuilder would inflate, grow and copy.
     *
     * @param capacity the expected length of the document
     * @return a new writer
     */
    static JsonOut inMemory(int capacity) {
        return new JsonOut(capacity);
    }

    /**
     * The document an {@linkplain #inMemory(int) in-memory} writer holds.
     *
     * @return the JSON text
     * @throws IllegalStateException when this writer streams to an appendable
     */
    String text() {
        if (out != null || utf8 != null) {
            throw new IllegalStateException("this writer streams its document to an appendable");
        }
        return new String(buf, 0, pos);
    }

    void writeStartObject() throws IOException {
        beforeValue();
        push(OBJECT);
        put('{');
    }

    void writeEndObject() throws IOException {
        pop(OBJECT);
        put('}');
    }

    void writeStartArray() throws IOException {
        beforeValue();
        push(ARRAY);
        put('[');
    }

    void writeEndArray() throws IOException {
        pop(ARRAY);
        put(']');
    }

    /**
     * Starts a field. Names are the graph writer's constants, such as {@code "@type"}: ASCII that needs no escape,
     * which both forms copy in bulk (an assertion, on in the tests, checks it).
     */
    void writeFieldName(String name) throws IOException {
        if (depth == 0 || open[depth - 1] != OBJECT || named) {
            throw new IllegalStateException("a field name belongs in an object, before its value: " + name);
        }
        if (filled[depth - 1]) {
            put(',');
        }
        filled[depth - 1] = true;
        assert plainName(name) : "field names are ASCII constants that need no escape, was " + name;
        if (utf8 != null) {
            utf8.ascii('"');
            utf8.ascii(name); // a constant of the graph writer's: copied in bulk, not escaped
            utf8.ascii('"');
        } else {
            put('"');
            plain(name);
            put('"');
        }
        put(':');
        named = true;
    }

    /** Whether a field name is written as it is: printable ASCII other than the quote and the backslash. */
    private static boolean plainName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
                return false;
            }
        }
        return true;
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

    void writeNumberField(String name, long value) throws IOException {
        writeFieldName(name);
        beforeValue();
        plain(Long.toString(value));
    }

    void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        beforeValue();
        plain(value ? "true" : "false");
    }

    /**
     * Writes a value this class wrote earlier, such as the site's nodes, which are the same on every page.
     *
     * @param json one complete JSON value from a {@code JsonOut}
     * @throws IOException when writing fails
     */
    void writeRawValue(Prepared json) throws IOException {
        beforeValue();
        raw(json);
    }

    /**
     * Writes the string {@code a + b}, where {@code a} was escaped earlier by {@link #escapedPart(String)}: for the
     * ids of a page's comments, {@code {page}#comment-{id}}, whose first part is the same for every comment.
     *
     * @param a the first part, escaped
     * @param b the second part
     * @throws IOException when writing fails
     */
    void writeJoined(Prepared a, String b) throws IOException {
        beforeValue();
        put('"');
        raw(a);
        escaped(b);
        put('"');
    }

    private void raw(Prepared json) throws IOException {
        if (utf8 != null) {
            utf8.bytes(json.utf8);
        } else {
            plain(json.text);
        }
    }

    /** A JSON value written once, kept as text and as UTF-8 for the two kinds of output. Immutable. */
    static final class Prepared {
        final String text;
        final byte[] utf8;

        Prepared(String text) {
            this.text = text;
            this.utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * A JSON string, escaped once, for a value written into many documents.
     *
     * @param value the string
     * @return it as a JSON string value, for {@link #writeRawValue(Prepared)}
     */
    static Prepared string(String value) {
        JsonOut out = inMemory(value.length() + 16);
        try {
            out.writeString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // an in-memory writer does no I/O
        }
        return new Prepared(out.text());
    }

    /**
     * Part of a JSON string, escaped once, without its quotes: for {@link #writeJoined(Prepared, String)}.
     *
     * @param part the part
     * @return it escaped
     */
    static Prepared escapedPart(String part) {
        String quoted = string(part).text;
        return new Prepared(quoted.substring(1, quoted.length() - 1));
    }

    /**
     * Checks that every container was closed.
     *
     * @throws IllegalStateException when one is still open
     */
    void finish() throws IOException {
        if (depth != 0 || named) {
            throw new IllegalStateException("the document is not complete: " + depth + " containers open");
        }
        flush();
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
                put(',');
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
        put('"');
        escaped(s);
        put('"');
    }

    /**
     * Writes {@code s} with its escapes. The characters are copied into the buffer and searched there; when none
     * needs an escape, which is the usual case, they stay as they are.
     */
    private void escaped(String s) throws IOException {
        if (utf8 != null) {
            utf8.escaped(s, UTF8_ESCAPES);
            return;
        }
        int n = s.length();
        if (n > buf.length - pos) {
            room(n);
            if (n > buf.length - pos) {
                escapedFrom(s, 0);
                return;
            }
        }
        int start = pos;
        s.getChars(0, n, buf, start);
        int end = start + n;
        int i = firstEscape(buf, start, end);
        pos = i;
        if (i < end) {
            escapedFrom(s, i - start);
        }
    }

    /** Writes {@code s} from index {@code k} on with its escapes, run by run. */
    private void escapedFrom(String s, int k) throws IOException {
        int m = s.length() - k;
        if (scratch.length < m) {
            scratch = new char[Math.max(m, scratch.length * 2)];
        }
        char[] rest = scratch;
        s.getChars(k, k + m, rest, 0);
        int start = 0;
        while (start < m) {
            int i = firstEscape(rest, start, m);
            chars(rest, start, i - start);
            if (i == m) {
                break;
            }
            escape(rest[i]);
            start = i + 1;
        }
    }

    /** The index of the first character in {@code chars[from, end)} that needs an escape, or {@code end}. */
    private static int firstEscape(char[] chars, int from, int end) {
        boolean[] needs = NEEDS_ESCAPE;
        for (int i = from; i < end; i++) {
            if (needs[chars[i]]) {
                return i;
            }
        }
        return end;
    }

    private void escape(char c) throws IOException {
        if (buf.length - pos < 6) {
            room(6);
        }
        char[] b = buf;
        int p = pos;
        char escape = c < 128 ? ESCAPE[c] : 'u';
        b[p++] = '\\';
        b[p++] = escape;
        if (escape == 'u') {
            b[p++] = HEX[c >> 12];
            b[p++] = HEX[(c >> 8) & 0xF];
            b[p++] = HEX[(c >> 4) & 0xF];
            b[p++] = HEX[c & 0xF];
        }
        pos = p;
    }

    /** Writes text that needs no escapes: numbers, literals and JSON this class wrote. */
    private void plain(String s) throws IOException {
        if (utf8 != null) {
            utf8.text(s);
            return;
        }
        int n = s.length();
        int done = 0;
        while (done < n) {
            if (pos == buf.length) {
                room(n - done);
            }
            int k = Math.min(n - done, buf.length - pos);
            s.getChars(done, done + k, buf, pos);
            pos += k;
            done += k;
        }
    }

    private void chars(char[] from, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == buf.length) {
                room(len);
            }
            int k = Math.min(len, buf.length - pos);
            System.arraycopy(from, off, buf, pos, k);
            pos += k;
            off += k;
            len -= k;
        }
    }

    private void put(char c) throws IOException {
        if (utf8 != null) {
            utf8.ascii(c);
            return;
        }
        if (pos == buf.length) {
            room(1);
        }
        buf[pos++] = c;
    }

    /**
     * Makes room in the buffer: writes it out (after which it is all room), or, for an in-memory writer, grows it to
     * hold {@code needed} more characters.
     */
    private void room(int needed) throws IOException {
        if (out != null) {
            flush();
        } else if (buf.length - pos < needed) {
            buf = Arrays.copyOf(buf, Math.max(pos + needed, buf.length * 2));
        }
    }

    private void flush() throws IOException {
        if (pos == 0 || out == null) {
            return;
        }
        if (builder != null) {
            builder.append(buf, 0, pos);
        } else if (writer != null) {
            writer.write(buf, 0, pos);
        } else {
            out.append(CharBuffer.wrap(buf, 0, pos));
        }
        pos = 0;
    }
}
