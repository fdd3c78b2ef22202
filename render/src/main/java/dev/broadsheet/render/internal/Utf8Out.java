package dev.broadsheet.render.internal;

import dev.broadsheet.render.Utf8Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The UTF-8 output every format's writer writes through when a renderer renders to bytes: into a host's
 * {@link Utf8Buffer} (growing it) or through a fixed buffer to an {@link OutputStream}. It knows nothing of HTML,
 * JSON or XML: the writers own their escaping and hand it {@link Escapes tables}, so each string is escaped and
 * encoded in one pass over its characters.
 *
 * <p>Encoding follows {@link String#getBytes(java.nio.charset.Charset) getBytes(UTF_8)} exactly — an unpaired
 * surrogate becomes {@code ?} — so a page rendered to bytes is byte for byte the page rendered to a string and then
 * encoded. One instance belongs to one render call on one thread; {@link #finish()} ends it.
 */
public final class Utf8Out {

    /** The buffer size when streaming to an {@link OutputStream}. */
    static final int STREAM_BUFFER = 8192;
    /**
     * Characters escaped per capacity check: small enough that a chunk always fits the stream buffer. It is also the
     * most that {@link #escaped(char[], int, Escapes)} takes, and so the most that the writers' array writes take.
     */
    public static final int CHUNK = 1024;
    /** Strings up to this length are encoded in place, longer ones through the chunk buffer. */
    private static final int SHORT = 64;
    /** The most bytes one character can become: a six-character escape such as {@code &quot;} or {@code \}{@code u001F}. */
    public static final int MAX_BYTES_PER_CHAR = 6;

    private static volatile @Nullable Storage storage;

    private byte[] buf;
    /** The characters of the chunk being encoded, allocated on first use. */
    private char @Nullable [] chars;
    private int pos;
    private final @Nullable OutputStream stream;
    private final @Nullable Utf8Buffer target;
    /** Bytes already flushed to the stream, for {@link #position()}. */
    private long flushed;

    private Utf8Out(byte[] buf, int pos, @Nullable OutputStream stream, @Nullable Utf8Buffer target) {
        this.buf = buf;
        this.pos = pos;
        this.stream = stream;
        this.target = target;
    }

    /**
     * Output appended to what a buffer holds; {@link #finish()} sets the buffer's new length.
     *
     * @param buffer the host's buffer
     * @return a new output
     */
    public static Utf8Out into(Utf8Buffer buffer) {
        Storage s = storage();
        return new Utf8Out(s.array(buffer), s.length(buffer), null, buffer);
    }

    /**
     * Output to a stream through a buffer of {@value #STREAM_BUFFER} bytes; {@link #finish()} writes out the rest
     * (and does not close the stream).
     *
     * @param stream where the bytes go
     * @return a new output
     */
    public static Utf8Out to(OutputStream stream) {
        return new Utf8Out(new byte[STREAM_BUFFER], 0, Objects.requireNonNull(stream, "stream"), null);
    }

    /**
     * Output kept in memory, growing as needed, for a part written before what precedes it (an AMP page's body).
     *
     * @param capacity the initial capacity in bytes
     * @return a new output
     */
    public static Utf8Out inMemory(int capacity) {
        return new Utf8Out(new byte[Math.max(capacity, 64)], 0, null, null);
    }

    /** Writes one ASCII character. */
    public void ascii(char c) {
        if (pos == buf.length) {
            room(1);
        }
        buf[pos++] = (byte) c;
    }

    /**
     * Writes a string known to be ASCII — element names, numbers, constant markup — copied in bulk.
     *
     * @param s characters below U+0080 only; others would be written wrongly
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies the low byte of each character: exact for ASCII
    public void ascii(String s) {
        int n = s.length();
        if (n > buf.length - pos) {
            if (stream != null && n > buf.length) {
                for (int i = 0; i < n; i += CHUNK) {
                    ascii(s.substring(i, Math.min(n, i + CHUNK)));
                }
                return;
            }
            room(n);
        }
        s.getBytes(0, n, buf, pos);
        pos += n;
    }

    /** Writes bytes as they are. */
    public void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }

    /** Writes {@code len} bytes of {@code b} from {@code off} as they are. */
    public void bytes(byte[] b, int off, int len) {
        while (len > 0) {
            if (buf.length - pos < len) {
                room(len);
            }
            int k = Math.min(len, buf.length - pos);
            System.arraycopy(b, off, buf, pos, k);
            pos += k;
            off += k;
            len -= k;
        }
    }

    /** Writes what another output kept in memory holds. */
    public void append(Utf8Out kept) {
        if (kept.stream != null || kept.target != null) {
            throw new IllegalArgumentException("only an in-memory output can be appended");
        }
        bytes(kept.buf, 0, kept.pos);
    }

    /** Writes text as it is, encoded. */
    public void text(String s) {
        escaped(s, 0, s.length(), Escapes.NONE);
    }

    /** Writes {@code s} with every character that {@code escapes} names replaced, encoded. */
    public void escaped(String s, Escapes escapes) {
        escaped(s, 0, s.length(), escapes);
    }

    /**
     * Writes {@code s[from, to)} with every character that {@code escapes} names replaced, encoded as UTF-8 in the
     * same pass.
     */
    public void escaped(String s, int from, int to, Escapes escapes) {
        boolean[] plain = escapes.plain;
        if (to - from <= SHORT && buf.length - pos >= SHORT * MAX_BYTES_PER_CHAR) {
            // a name, a date, a label: read in place, without the chunk copy's set-up
            byte[] b = buf;
            int p = pos;
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (c < 0x80 && plain[c]) {
                    b[p++] = (byte) c;
                } else {
                    pos = p;
                    escaped(s, k, to, escapes, plain);
                    return;
                }
            }
            pos = p;
            return;
        }
        escaped(s, from, to, escapes, plain);
    }

    private void escaped(String s, int from, int to, Escapes escapes, boolean[] plain) {
        char[] cs = chars;
        if (cs == null) {
            cs = new char[CHUNK];
            chars = cs;
        }
        int i = from;
        while (i < to) {
            int end = Math.min(to, i + CHUNK);
            if (end < to && end - i > 1 && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--; // a pair never straddles two chunks
            }
            int n = end - i;
            // copying the chunk out first lets the loop read an array: per-character String.charAt, with its coder
            // test and bounds check, cost as much as the rest of the loop together
            s.getChars(i, end, cs, 0);
            chunk(cs, n, escapes, plain);
            i = end;
        }
    }

    /**
     * Writes the first {@code n} characters of {@code cs} with every character that {@code escapes} names replaced,
     * encoded: for text formatted into an array (dates), which needs no string.
     *
     * @param cs the characters
     * @param n how many, at most {@value #CHUNK}; a surrogate pair must not be cut at {@code n}
     * @param escapes what to replace
     */
    public void escaped(char[] cs, int n, Escapes escapes) {
        if (n > CHUNK) {
            throw new IllegalArgumentException("at most " + CHUNK + " characters, was " + n);
        }
        chunk(cs, n, escapes, escapes.plain);
    }

    private void chunk(char[] cs, int n, Escapes escapes, boolean[] plain) {
        int need = n * MAX_BYTES_PER_CHAR;
        if (buf.length - pos < need) {
            room(need);
        }
        byte[] b = buf;
        int p = pos;
        int k = 0;
        while (k < n) {
            // the usual case, a run of ASCII that needs no escape, in a loop of its own that the JIT keeps tight
            int run = k;
            char c;
            while (k < n && (c = cs[k]) < 0x80 && plain[c]) {
                b[p + k - run] = (byte) c;
                k++;
            }
            p += k - run;
            if (k < n) {
                k = special(cs, k, n, b, p, escapes);
                p = written;
            }
        }
        pos = p;
    }

    /** Empties an output kept in memory, keeping its capacity, to write the next part into it. */
    public void reset() {
        if (stream != null || target != null) {
            throw new IllegalStateException("only an in-memory output can be reset");
        }
        pos = 0;
    }

    /** Where {@link #special} left the output: a second result, kept in a field to stay allocation-free. */
    private int written;

    /**
     * Encodes the character at {@code cs[k]} that the fast run stopped at — an escaped ASCII character, or anything
     * from U+0080 — and returns the index after it (after both halves of a surrogate pair), leaving the output
     * position in {@link #written}.
     */
    private int special(char[] cs, int k, int n, byte[] b, int p, Escapes escapes) {
        char c = cs[k];
        if (c < 0x80) {
            for (byte x : escapes.ascii[c]) {
                b[p++] = x;
            }
        } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
            b[p++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            char low;
            if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(low = cs[k + 1])) {
                int cp = Character.toCodePoint(c, low);
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
                k++;
            } else if (!escapes.dropsNonCharacters) {
                b[p++] = '?'; // as String.getBytes(UTF_8) encodes an unpaired surrogate
            }
        } else if (escapes.special(c)) {
            for (byte x : escapes.replacement(c)) {
                b[p++] = x;
            }
        } else {
            b[p++] = (byte) (0xE0 | (c >> 12));
            b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (c & 0x3F));
        }
        written = p;
        return k + 1;
    }

    /** @return a copy of the bytes an in-memory output holds */
    public byte[] toByteArray() {
        if (stream != null || target != null) {
            throw new IllegalStateException("only an in-memory output can be copied");
        }
        return Arrays.copyOf(buf, pos);
    }

    /** @return what an in-memory output holds, decoded (for a writer of characters that appends it) */
    @Override
    public String toString() {
        return new String(buf, 0, pos, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The number of bytes written so far through this output (not counting what the buffer held before). */
    public long position() {
        return flushed + pos;
    }

    /**
     * Ends the output: sets the buffer's length, or writes out what is left for the stream (which stays open).
     *
     * @throws UncheckedIOException when the stream fails
     */
    public void finish() {
        if (target != null) {
            storage().set(target, buf, pos);
        } else if (stream != null) {
            flush();
        }
    }

    /** Makes room for {@code needed} more bytes: flushes to the stream, or grows the array. */
    private void room(int needed) {
        if (stream != null) {
            flush();
            if (buf.length >= needed) {
                return;
            }
        }
        long wanted = Math.max((long) pos + needed, (long) buf.length * 2);
        if (wanted > Utf8Buffer.MAX_CAPACITY) {
            if ((long) pos + needed > Utf8Buffer.MAX_CAPACITY) {
                throw new IllegalStateException("the output would exceed " + Utf8Buffer.MAX_CAPACITY + " bytes");
            }
            wanted = Utf8Buffer.MAX_CAPACITY;
        }
        buf = Arrays.copyOf(buf, (int) wanted);
    }

    private void flush() {
        if (pos == 0) {
            return;
        }
        try {
            stream.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushed += pos;
        pos = 0;
    }

    // ---------------------------------------------------------------- escapes

    /**
     * What a format replaces as it writes text: for each ASCII character its replacement bytes (or none), and for the
     * rest of the BMP one optional special case, either JavaScript's line terminators (U+2028, U+2029, which JSON in
     * a script must escape) or XML 1.0's non-characters (U+FFFE, U+FFFF and unpaired surrogates, which it must drop).
     * Immutable.
     */
    public static final class Escapes {

        /** Nothing replaced: text encoded as it is. */
        public static final Escapes NONE = builder().build();

        final byte[][] ascii;
        /** For each ASCII character, whether it is written as it is. */
        final boolean[] plain = new boolean[128];
        private final boolean lineTerminators;
        final boolean dropsNonCharacters;
        /** {@link #ascii} as strings, for writers of characters that share the table. */
        private final @Nullable String[] asciiText = new String[128];
        private final byte[] u2028;
        private final byte[] u2029;
        private static final byte[] NOTHING = new byte[0];

        private Escapes(Builder b) {
            this.ascii = b.ascii.clone();
            for (int c = 0; c < 128; c++) {
                plain[c] = ascii[c] == null;
            }
            this.lineTerminators = b.lineTerminators;
            this.dropsNonCharacters = b.dropsNonCharacters;
            this.u2028 = ascii("\\u2028");
            this.u2029 = ascii("\\u2029");
            for (int c = 0; c < 128; c++) {
                asciiText[c] = ascii[c] == null ? null
                        : new String(ascii[c], java.nio.charset.StandardCharsets.US_ASCII);
            }
        }

        /** @return a builder with nothing replaced */
        public static Builder builder() {
            return new Builder();
        }

        /** Whether a character from U+0800 up (not a surrogate) is one this table replaces or drops. */
        boolean special(char c) {
            return (lineTerminators && (c == '\u2028' || c == '\u2029'))
                    || (dropsNonCharacters && c >= '\uFFFE');
        }

        /** The replacement of a {@linkplain #special(char) special} character: its escape, or nothing. */
        byte[] replacement(char c) {
            if (lineTerminators && c == '\u2028') {
                return u2028;
            }
            if (lineTerminators && c == '\u2029') {
                return u2029;
            }
            return NOTHING;
        }

        /**
         * The replacement of an ASCII character, as a string, for the character writers that share the table.
         *
         * @param c an ASCII character
         * @return its replacement, or null when it is written as it is
         */
        public @Nullable String replacementOf(char c) {
            return asciiText[c];
        }

        /** @return whether U+FFFE, U+FFFF and unpaired surrogates are dropped */
        public boolean dropsNonCharacters() {
            return dropsNonCharacters;
        }

        /** @return whether U+2028 and U+2029 are escaped */
        public boolean escapesLineTerminators() {
            return lineTerminators;
        }

        private static byte[] ascii(String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        /** Configures an {@link Escapes}. */
        public static final class Builder {
            private final byte[][] ascii = new byte[128][];
            private boolean lineTerminators;
            private boolean dropsNonCharacters;

            private Builder() {
            }

            /**
             * Replaces an ASCII character.
             *
             * @param c the character, below U+0080
             * @param replacement ASCII text, possibly empty (the character is dropped)
             * @return this builder
             */
            public Builder replace(char c, String replacement) {
                if (c >= 0x80) {
                    throw new IllegalArgumentException("only ASCII characters have table entries, was " + (int) c);
                }
                if (replacement.length() > MAX_BYTES_PER_CHAR || !replacement.chars().allMatch(x -> x < 0x80)) {
                    throw new IllegalArgumentException("a replacement is ASCII of at most " + MAX_BYTES_PER_CHAR
                            + " characters, was \"" + replacement + "\"");
                }
                ascii[c] = ascii(replacement);
                return this;
            }

            /** @return this builder, escaping U+2028 and U+2029 as {@code \}{@code u2028} and {@code \}{@code u2029} */
            public Builder escapeLineTerminators() {
                this.lineTerminators = true;
                return this;
            }

            /** @return this builder, dropping U+FFFE, U+FFFF and unpaired surrogates */
            public Builder dropNonCharacters() {
                this.dropsNonCharacters = true;
                return this;
            }

            /** @return the table */
            public Escapes build() {
                return new Escapes(this);
            }
        }
    }

    // ---------------------------------------------------------------- the host's buffer

    /** Reads and replaces a {@link Utf8Buffer}'s storage, which is not public API. Registered by that class. */
    public interface Storage {
        /** @return the buffer's array */
        byte[] array(Utf8Buffer buffer);

        /** @return how many bytes of it hold output */
        int length(Utf8Buffer buffer);

        /** Sets the buffer's array (possibly a new, larger one) and length. */
        void set(Utf8Buffer buffer, byte[] array, int length);
    }

    /** Called once, by {@link Utf8Buffer}'s static initializer. */
    public static void register(Storage access) {
        if (storage != null) {
            throw new IllegalStateException("already registered");
        }
        storage = Objects.requireNonNull(access, "access");
    }

    private static Storage storage() {
        Storage s = storage;
        if (s == null) {
            throw new IllegalStateException("Utf8Buffer is not initialized");
        }
        return s;
    }
}
