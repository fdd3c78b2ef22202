package dev.broadsheet.text;

import java.time.Duration;
import java.util.Objects;

/**
 * Word counts and reading times for plain text in any script (convert HTML to plain text first).
 *
 * <p><b>What counts as a word.</b> In scripts that separate words with spaces (Latin, Cyrillic, Greek, Armenian,
 * Georgian, Arabic, Hebrew, Hangul, Devanagari, …) a word is a run of letters, digits and combining marks; the
 * run continues across an apostrophe or hyphen between two letters or digits ({@code don't}, {@code well-known}
 * and {@code Azərbaycan-Türkiyə} are one word each) and across a full stop or comma between two digits
 * ({@code 3.14}, {@code 10,000}). Everything else (spaces, punctuation, symbols, emoji) separates words.
 *
 * <p>Chinese and Japanese do not put spaces between words, so, as Google Docs and most CMSes do, <b>every Han
 * ideograph, Hiragana and Katakana character counts as one word</b> (the Katakana prolonged sound mark
 * {@code ー} included); Korean Hangul is written with spaces and counted like Latin. Thai, Lao, Khmer and
 * Myanmar are also written without spaces between words; they are counted by space-separated runs, which
 * undercounts them.
 *
 * <p><b>Reading time</b> assumes {@value #WORDS_PER_MINUTE} words per minute for space-separated text and
 * {@value #CJK_CHARACTERS_PER_MINUTE} characters per minute for Chinese and Japanese, and rounds up to whole
 * minutes: any text with at least one word takes at least one minute, text without words takes zero.
 *
 * <p>Both operations take time linear in the length of the text and allocate nothing per character.
 *
 * @since 0.1.0
 */
public final class Words {

    /** Reading speed for space-separated text, in words per minute (a common figure for adults reading news). */
    public static final int WORDS_PER_MINUTE = 230;

    /** Reading speed for Chinese and Japanese, in characters per minute. */
    public static final int CJK_CHARACTERS_PER_MINUTE = 500;

    private Words() {
    }

    /**
     * Counts the words of {@code plainText} as described in the {@linkplain Words class documentation}.
     *
     * @param plainText text without markup
     * @return the number of words, counting each Han, Hiragana and Katakana character as one
     */
    public static long count(String plainText) {
        Counts counts = tally(Objects.requireNonNull(plainText, "plainText"));
        return counts.words + counts.cjk;
    }

    /**
     * How long {@code plainText} takes to read at {@value #WORDS_PER_MINUTE} words and
     * {@value #CJK_CHARACTERS_PER_MINUTE} Chinese or Japanese characters per minute.
     *
     * @param plainText text without markup
     * @return whole minutes, rounded up; at least one minute when there is a word, zero when there is none
     */
    public static Duration readingTime(String plainText) {
        return readingTime(plainText, WORDS_PER_MINUTE);
    }

    /**
     * How long {@code plainText} takes to read at {@code wordsPerMinute}. Chinese and Japanese characters are read
     * at the same proportion as by default: each counts as {@value #WORDS_PER_MINUTE}/{@value
     * #CJK_CHARACTERS_PER_MINUTE} (0.46) of a word, so their speed scales with {@code wordsPerMinute}.
     *
     * @param plainText text without markup
     * @param wordsPerMinute reading speed for space-separated text, at least 1
     * @return whole minutes, rounded up; at least one minute when there is a word, zero when there is none
     * @throws IllegalArgumentException if {@code wordsPerMinute} is less than 1
     */
    public static Duration readingTime(String plainText, int wordsPerMinute) {
        Objects.requireNonNull(plainText, "plainText");
        if (wordsPerMinute < 1) {
            throw new IllegalArgumentException("wordsPerMinute must be at least 1, was " + wordsPerMinute);
        }
        Counts counts = tally(plainText);
        // minutes = words / wpm + cjk / (wpm * CJK_CHARACTERS_PER_MINUTE / WORDS_PER_MINUTE), in integers
        long work = counts.words * CJK_CHARACTERS_PER_MINUTE + counts.cjk * WORDS_PER_MINUTE;
        long perMinute = (long) wordsPerMinute * CJK_CHARACTERS_PER_MINUTE;
        return Duration.ofMinutes((work + perMinute - 1) / perMinute);
    }

    private record Counts(long words, long cjk) {
    }

    private static Counts tally(String text) {
        long words = 0;
        long cjk = 0;
        boolean inWord = false;
        int previous = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
                inWord = false;
            } else if (isWordPart(cp)) {
                if (!inWord && !isMark(cp)) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && i < n && joins(cp, previous, text.codePointAt(i)))) {
                inWord = false;
            }
            previous = cp;
        }
        return new Counts(words, cjk);
    }

    /** Han ideographs, Hiragana, Katakana and the prolonged sound mark, each of which counts as a word. */
    private static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp == 0x30FC || cp == 0xFF70) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp) || isMark(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                || Character.getType(cp) == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether {@code cp}, between {@code before} and {@code after}, keeps a word together. */
    private static boolean joins(int cp, int before, int after) {
        switch (cp) {
            case '\'', '\u2019', '\u02BC', '-', '\u2010', '\u2011':
                return isWordPart(after) && !isMark(after) && !isCjk(after);
            case '.', ',':
                return Character.isDigit(before) && Character.isDigit(after);
            default:
                return false;
        }
    }
}
