package dev.broadsheet.text;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short excerpts of plain text for meta descriptions, feeds and teasers.
 *
 * <p>White space is collapsed first (every run of white space, line breaks and no-break spaces included, becomes
 * one space; both ends are trimmed). Text that then fits is returned whole. Longer text is cut and ends with
 * {@value #ELLIPSIS}, the whole excerpt, ellipsis included, being at most {@code maxChars} characters — counted in
 * Unicode code points, so an emoji outside the Basic Multilingual Plane counts once. The cut:
 * <ul>
 *   <li>is never inside a grapheme cluster (UAX #29 extended grapheme clusters: a surrogate pair, a letter with
 *       its combining marks, an emoji ZWJ sequence, a flag, an emoji with a skin tone modifier);</li>
 *   <li>falls at a word boundary (before a space) in text that separates words with spaces; in text that does
 *       not (Chinese, Japanese, Thai and similar scripts) it falls at the last grapheme boundary that fits;</li>
 *   <li>drops trailing spaces and trailing {@code , ; :} and dashes before the ellipsis.</li>
 * </ul>
 *
 * <p>Only the beginning of a long text is examined, so the cost does not grow with the text.
 *
 * @since 0.1.0
 */
public final class Excerpts {

    /** The default maximum length, in code points, ellipsis included. */
    public static final int DEFAULT_MAX_CHARS = 160;
    /** What ends a shortened excerpt: U+2026 HORIZONTAL ELLIPSIS. */
    public static final String ELLIPSIS = "…";

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private Excerpts() {
    }

    /**
     * An excerpt of at most {@value #DEFAULT_MAX_CHARS} characters.
     *
     * @param plainText any text (not HTML: use {@code PlainText} first)
     * @return the collapsed text, shortened with an ellipsis when longer than the limit
     */
    public static String of(String plainText) {
        return of(plainText, DEFAULT_MAX_CHARS);
    }

    /**
     * An excerpt of at most {@code maxChars} characters.
     *
     * @param plainText any text (not HTML)
     * @param maxChars the most code points, ellipsis included; at least 1
     * @return the collapsed text, shortened with an ellipsis when longer than {@code maxChars}
     * @throws IllegalArgumentException when {@code maxChars} is less than 1
     */
    public static String of(String plainText, int maxChars) {
        Objects.requireNonNull(plainText, "plainText");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars: must be at least 1, was " + maxChars);
        }
        StringBuilder collapsed = new StringBuilder(Math.min(plainText.length(), maxChars * 2 + 16));
        boolean longer = collapse(plainText, maxChars, collapsed);
        if (!longer) {
            return collapsed.toString();
        }
        String text = collapsed.toString();
        int budget = maxChars - 1;
        int cut = 0;
        int used = 0;
        Matcher m = GRAPHEME.matcher(text);
        while (m.find()) {
            int size = text.codePointCount(m.start(), m.end());
            if (used + size > budget) {
                break;
            }
            used += size;
            cut = m.end();
        }
        cut = wordBoundary(text, cut);
        int end = cut;
        while (end > 0 && isTrailingJunk(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * Appends the white-space-collapsed text, stopping once it is known to be longer than {@code max} code points.
     *
     * @return true when the text is longer than {@code max}
     */
    private static boolean collapse(String s, int max, StringBuilder out) {
        int count = 0;
        boolean space = false;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
                count++;
            }
            space = false;
            out.appendCodePoint(cp);
            count++;
            if (count > max + 1) {
                return true;
            }
        }
        return count > max;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Moves a cut that falls inside a space-separated word back to the space before the word, if there is one. */
    private static int wordBoundary(String text, int cut) {
        if (cut == 0 || cut >= text.length() || text.charAt(cut) == ' ' || text.charAt(cut - 1) == ' ') {
            return cut;
        }
        int before = text.codePointBefore(cut);
        int after = text.codePointAt(cut);
        if (!usesSpaces(before) || !usesSpaces(after)) {
            return cut;
        }
        int space = text.lastIndexOf(' ', cut - 1);
        return space > 0 ? space : cut;
    }

    /** Whether a character belongs to a script that separates words with spaces. */
    private static boolean usesSpaces(int cp) {
        switch (Character.UnicodeScript.of(cp)) {
            case HAN:
            case HIRAGANA:
            case KATAKANA:
            case THAI:
            case LAO:
            case KHMER:
            case MYANMAR:
            case TIBETAN:
                return false;
            default:
                return !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFFEF);
        }
    }

    private static boolean isTrailingJunk(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '—';
    }
}
