package dev.broadsheet.text;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Cleans the plain-text fields of the model (every field that is not HTML) and finds characters that hide or
 * reorder text.
 *
 * <p>{@link #clean(String)} applies, in this order: line endings {@code CRLF} and {@code CR} become {@code LF};
 * C0 and C1 control characters are removed except tab and line feed ({@code U+0000–U+0008}, {@code U+000B},
 * {@code U+000C}, {@code U+000E–U+001F}, {@code U+007F–U+009F}); the result is put in Unicode Normalization Form
 * C. {@link #cleanLine(String)} additionally turns every run of white space (including line breaks, tabs and
 * no-break spaces) into one space and strips both ends, for single-line fields such as names and headlines.
 *
 * <p>Cleaning never judges: bidirectional controls, zero-width characters and unpaired surrogates are kept, and
 * {@link #findings(String)} reports them so that a validator can reject them in the fields where they are
 * dangerous (names, headlines, slugs, emails) with a clear reason instead of silently changing what a user typed.
 *
 * @since 0.1.0
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /** A kind of character that {@link #findings(String)} reports. */
    public enum Finding {
        /**
         * An explicit bidirectional embedding, override or isolate control: {@code U+202A–U+202E} and
         * {@code U+2066–U+2069}. They can make text display in a different order than it is stored
         * ("Trojan Source"), so names and headlines reject them.
         */
        BIDI_CONTROL,
        /**
         * An invisible formatting character that has no place in a name: soft hyphen {@code U+00AD}, Mongolian
         * vowel separator {@code U+180E}, zero width space {@code U+200B}, word joiner and invisible operators
         * {@code U+2060–U+2064}, and the byte order mark {@code U+FEFF}. Zero width (non-)joiners
         * {@code U+200C}/{@code U+200D} and the marks {@code U+200E}/{@code U+200F} are not reported, because
         * Persian, Indic scripts, emoji and right-to-left text need them.
         */
        INVISIBLE,
        /** A high surrogate without a following low surrogate, or a low surrogate without a preceding high one. */
        LONE_SURROGATE
    }

    /**
     * Cleans multi-line text: normalises line endings, removes control characters except tab and line feed, and
     * normalises to NFC.
     *
     * @param text any text
     * @return the cleaned text; the same instance when nothing changed
     */
    public static String clean(String text) {
        String s = text;
        if (needsControlPass(s)) {
            s = removeControls(s);
        }
        return nfc(s);
    }

    /**
     * Cleans single-line text: everything {@link #clean(String)} does, then every run of white space becomes one
     * space and leading and trailing white space is removed.
     *
     * @param text any text
     * @return the cleaned single line
     */
    public static String cleanLine(String text) {
        String s = clean(text);
        StringBuilder out = null;
        int n = s.length();
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                pendingSpace = true;
                continue;
            }
            if (out != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            }
            pendingSpace = false;
        }
        return out == null ? s : out.toString();
    }

    /**
     * Reports the hidden or malformed characters in {@code text}.
     *
     * @param text any text
     * @return the kinds found, empty when none
     */
    public static Set<Finding> findings(String text) {
        EnumSet<Finding> found = EnumSet.noneOf(Finding.class);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0xAD) {
                continue;
            }
            if (isBidiControl(c)) {
                found.add(Finding.BIDI_CONTROL);
            } else if (isInvisible(c)) {
                found.add(Finding.INVISIBLE);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    found.add(Finding.LONE_SURROGATE);
                }
            } else if (Character.isLowSurrogate(c)) {
                found.add(Finding.LONE_SURROGATE);
            }
        }
        return found;
    }

    /**
     * Whether {@code c} is a bidirectional embedding, override or isolate control.
     *
     * @param c a UTF-16 code unit
     * @return true for {@code U+202A–U+202E} and {@code U+2066–U+2069}
     */
    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Whether {@code c} is one of the invisible characters described at {@link Finding#INVISIBLE}.
     *
     * @param c a UTF-16 code unit
     * @return true if invisible
     */
    public static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u180E' || c == '\u200B' || (c >= '\u2060' && c <= '\u2064') || c == '\uFEFF';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || Character.isWhitespace(c);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean needsControlPass(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (isControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String removeControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String nfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }
}
