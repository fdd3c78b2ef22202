package dev.broadsheet.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the feed and sitemap writers put their output: characters to an {@link Appendable}, or UTF-8 bytes through a
 * {@link Utf8Out}. Either way a string is escaped with one {@link Utf8Out.Escapes} table in one pass, so the bytes are
 * exactly the UTF-8 encoding of the characters. One instance belongs to one render call.
 */
public final class TextOut {

    private final @Nullable Appendable chars;
    private final @Nullable Utf8Out bytes;
    /** For {@link #joining()}: the strings written so far, besides what {@link #chars} holds. */
    private final @Nullable List<String> parts;

    private TextOut(@Nullable Appendable chars, @Nullable Utf8Out bytes, @Nullable List<String> parts) {
        this.chars = chars;
        this.bytes = bytes;
        this.parts = parts;
    }

    /** Output of characters. */
    public static TextOut of(Appendable out) {
        return new TextOut(Objects.requireNonNull(out, "out"), null, null);
    }

    /**
     * Output of characters that {@link #joined()} returns as one string. Text escaped earlier
     * ({@link XmlWriter.Escaped}) is kept as the string it is, and the strings are joined once at the end: a
     * {@code StringBuilder} would copy each body into itself and copy the whole again into the string, and a builder
     * widened to UTF-16 by one character tries to narrow its whole content back to Latin-1 before giving up, which
     * allocates another byte per character.
     */
    public static TextOut joining() {
        return new TextOut(new StringBuilder(1024), null, new ArrayList<>());
    }

    /** Output of UTF-8 bytes. */
    public static TextOut of(Utf8Out out) {
        return new TextOut(null, Objects.requireNonNull(out, "out"), null);
    }

    /** Writes a string known to be ASCII and to need no escapes: names, numbers, constant markup. */
    public void ascii(String s) {
        if (bytes != null) {
            bytes.ascii(s);
        } else {
            append(s, 0, s.length());
        }
    }

    /** Writes one ASCII character that needs no escape. */
    public void ascii(char c) {
        if (bytes != null) {
            bytes.ascii(c);
        } else {
            try {
                Objects.requireNonNull(chars).append(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Writes {@code s} with every character the table names replaced or dropped: the same characters whether this
     * output writes characters or bytes.
     */
    public void escaped(String s, Utf8Out.Escapes escapes) {
        if (bytes != null) {
            bytes.escaped(s, escapes);
            return;
        }
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String r;
            if (c < 0x80) {
                r = escapes.replacementOf(c);
                if (r == null) {
                    continue;
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (!escapes.dropsNonCharacters()) {
                    continue; // left as it is; the appendable's own encoder decides
                }
                r = "";
            } else if (escapes.dropsNonCharacters() && c >= '\uFFFE') {
                r = "";
            } else if (escapes.escapesLineTerminators() && (c == '\u2028' || c == '\u2029')) {
                r = c == '\u2028' ? "\\u2028" : "\\u2029";
            } else {
                continue;
            }
            append(s, run, i);
            append(r, 0, r.length());
            run = i + 1;
        }
        append(s, run, n);
    }

    /** Writes text escaped earlier, as it is. */
    void escaped(XmlWriter.Escaped text) {
        if (bytes != null) {
            bytes.bytes(text.utf8());
        } else if (parts != null) {
            cut();
            parts.add(text.chars());
        } else {
            String s = text.chars();
            append(s, 0, s.length());
        }
    }

    /**
     * The whole output of a {@link #joining()} output.
     *
     * @throws IllegalStateException when this output is not one
     */
    public String joined() {
        if (parts == null) {
            throw new IllegalStateException("not a joining output");
        }
        cut();
        return String.join("", parts);
    }

    /** Ends the string a joining output's builder holds, as one part. */
    private void cut() {
        StringBuilder sb = (StringBuilder) Objects.requireNonNull(chars);
        if (sb.length() > 0) {
            Objects.requireNonNull(parts).add(sb.toString());
            sb.setLength(0);
        }
    }

    /** Ends the output (sets a buffer's length or writes out what is left for a stream). */
    public void finish() {
        if (bytes != null) {
            bytes.finish();
        }
    }

    private void append(CharSequence s, int from, int to) {
        if (from == to) {
            return;
        }
        try {
            Objects.requireNonNull(chars).append(s, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
