package dev.broadsheet.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns one text into the words of a slug, in one pass: each code point is looked up in {@link Transliteration},
 * or kept when it is an ASCII letter or digit, or decomposed (NFKD, one code point at a time) into parts that
 * are; everything else separates words. Not thread-safe; make one per text.
 */
final class Transliterator {

    private static final int[] NO_DECOMPOSITION = new int[0];
    private static final String CYRILLIC_CONSONANTS = "бвгджзйклмнпрстфхцчшщ";
    private static final String GREEK_VOICELESS = "θκξπσςτφχψ";

    private final String text;
    private final StringBuilder out = new StringBuilder();
    private Transliteration.@Nullable Cyrillic cyrillic;
    private @Nullable Map<Integer, int[]> decompositions;
    private boolean pendingHyphen;
    private boolean wordStart = true;
    /** The previous letter of the current word, lower-case and without marks; -1 at the start of a word. */
    private int previous = -1;

    Transliterator(String text) {
        this.text = text;
    }

    /**
     * Transliterates until the end of the text or until more than {@code limit} characters are written.
     *
     * @return lower-case ASCII words joined by single hyphens, possibly longer than {@code limit}; empty when the
     *     text has no letter or digit that can be written in ASCII
     */
    String run(int limit) {
        int n = text.length();
        for (int i = 0; i < n && out.length() <= limit; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < n && Transliteration.composesMeaningfully(cp) && isMark(text.codePointAt(next))) {
                int mark = text.codePointAt(next);
                int composed = compose(cp, mark);
                if (composed >= 0) {
                    cp = composed;
                    next += Character.charCount(mark);
                }
            }
            codePoint(cp, next < n ? text.codePointAt(next) : -1, true);
            i = next;
        }
        return out.toString();
    }

    private void codePoint(int cp, int following, boolean mayDecompose) {
        int lower = Character.toLowerCase(cp);
        if (lower < 0x80) {
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                write(String.valueOf((char) lower), lower);
            } else if (lower != '\'') {
                separate();
            }
            return;
        }
        if (lower >= Transliteration.CYRILLIC_FIRST && lower < 0x0500 && cyrillic == null) {
            cyrillic = detectCyrillic(text);
        }
        String latin = Transliteration.latin(lower, cyrillic == null ? Transliteration.Cyrillic.RUSSIAN : cyrillic);
        if (latin != null) {
            write(inContext(lower, latin, following), lower);
            return;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                return;
            }
            case Character.DECIMAL_DIGIT_NUMBER -> {
                write(String.valueOf((char) ('0' + Character.digit(cp, 10))), cp);
                return;
            }
            case Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE, Character.CONTROL -> {
                separate();
                return;
            }
            default -> {
            }
        }
        if (isApostrophe(cp)) {
            return;
        }
        int[] parts = mayDecompose ? decomposition(cp) : NO_DECOMPOSITION;
        if (parts.length == 0) {
            separate();
            return;
        }
        for (int k = 0; k < parts.length; k++) {
            codePoint(parts[k], k + 1 < parts.length ? parts[k + 1] : following, false);
        }
    }

    /** Applies the rules that look at the previous or following letter, or at the start of the word. */
    private String inContext(int lower, String latin, int following) {
        int next = following < 0 ? -1 : Character.toLowerCase(following);
        Transliteration.Cyrillic alphabet = cyrillic == null ? Transliteration.Cyrillic.RUSSIAN : cyrillic;
        switch (lower) {
            // Greek: αυ, ευ, ηυ → af, ef, if before a voiceless consonant, else av, ev, iv; ου → ou;
            // γγ, γξ, γχ → ng, nx, nch
            case 'υ':
                if (previous == 'α' || previous == 'ε' || previous == 'η') {
                    return next >= 0 && GREEK_VOICELESS.indexOf(next) >= 0 ? "f" : "v";
                }
                return previous == 'ο' ? "u" : latin;
            case 'γ':
                return next == 'γ' || next == 'ξ' || next == 'χ' ? "n" : latin;
            // Armenian: ու → u, initial ե and ո → ye and vo, initial և → yev
            case 'ո':
                return next == 'ւ' ? "" : wordStart ? "vo" : latin;
            case 'ւ':
                return previous == 'ո' ? "u" : latin;
            case 'ե':
                return wordStart ? "ye" : latin;
            case 'և':
                return wordStart ? "yev" : latin;
            default:
                break;
        }
        if (alphabet == Transliteration.Cyrillic.UKRAINIAN) {
            if (wordStart) {
                switch (lower) {
                    case 'є':
                        return "ye";
                    case 'ї':
                        return "yi";
                    case 'й':
                        return "y";
                    case 'ю':
                        return "yu";
                    case 'я':
                        return "ya";
                    default:
                        break;
                }
            }
            if (lower == 'г' && previous == 'з') {
                return "gh";
            }
        }
        if (alphabet == Transliteration.Cyrillic.BULGARIAN && lower == 'я' && previous == 'и' && !isLetter(next)) {
            return "a";
        }
        return latin;
    }

    private void write(String latin, int letter) {
        if (!latin.isEmpty()) {
            if (pendingHyphen && out.length() > 0) {
                out.append('-');
            }
            pendingHyphen = false;
            out.append(latin);
        }
        wordStart = false;
        previous = letter;
    }

    private void separate() {
        pendingHyphen = true;
        wordStart = true;
        previous = -1;
    }

    private int[] decomposition(int cp) {
        Map<Integer, int[]> cache = decompositions;
        if (cache == null) {
            cache = new HashMap<>();
            decompositions = cache;
        }
        return cache.computeIfAbsent(cp, c -> {
            String one = Character.toString(c);
            String parts = Normalizer.normalize(one, Normalizer.Form.NFKD);
            return parts.equals(one) ? NO_DECOMPOSITION : parts.codePoints().toArray();
        });
    }

    /** The precomposed form of a letter and one mark (и + U+0306 → й), or -1 when Unicode has none. */
    private static int compose(int letter, int mark) {
        String pair = new StringBuilder(4).appendCodePoint(letter).appendCodePoint(mark).toString();
        String composed = Normalizer.normalize(pair, Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length()) == 1 ? composed.codePointAt(0) : -1;
    }

    /**
     * Decides which Cyrillic alphabet the text is in from the letters only some alphabets have: ҹ or ҝ, or
     * ә ғ һ ө ү without Kazakh or Tatar letters, mean Azerbaijani; ђ ј љ њ ћ џ ѓ ќ ѕ Serbian or Macedonian; ў,
     * or і together with ы э ё, Belarusian; і ї є ґ Ukrainian; ъ before a consonant without ы э ё Bulgarian;
     * anything else Russian.
     */
    static Transliteration.Cyrillic detectCyrillic(String text) {
        boolean azerbaijaniMaybe = false;
        boolean otherTurkic = false;
        boolean serbian = false;
        boolean belarusian = false;
        boolean ukrainian = false;
        boolean russianOnly = false;
        boolean bulgarianHardSign = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x0400 || c >= 0x0500) {
                continue;
            }
            int letter = c;
            if (i + 1 < n && isMark(text.charAt(i + 1))) {
                int composed = compose(c, text.charAt(i + 1));
                letter = composed >= 0 ? composed : c;
            }
            switch (Character.toLowerCase(letter)) {
                case 'ҹ', 'ҝ' -> {
                    return Transliteration.Cyrillic.AZERBAIJANI;
                }
                case 'ә', 'ғ', 'һ', 'ө', 'ү' -> azerbaijaniMaybe = true;
                case 'қ', 'ң', 'ұ', 'җ', 'ҳ', 'ҷ', 'ӣ', 'ӯ' -> otherTurkic = true;
                case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ' -> serbian = true;
                case 'ў' -> belarusian = true;
                case 'і', 'ї', 'є', 'ґ' -> ukrainian = true;
                case 'ы', 'э', 'ё' -> russianOnly = true;
                case 'ъ' -> bulgarianHardSign |= i + 1 < n
                        && CYRILLIC_CONSONANTS.indexOf(Character.toLowerCase(text.charAt(i + 1))) >= 0;
                default -> {
                }
            }
        }
        if (azerbaijaniMaybe && !otherTurkic && !ukrainian) {
            return Transliteration.Cyrillic.AZERBAIJANI;
        }
        if (serbian) {
            return Transliteration.Cyrillic.SERBIAN;
        }
        if (belarusian || (ukrainian && russianOnly)) {
            return Transliteration.Cyrillic.BELARUSIAN;
        }
        if (ukrainian) {
            return Transliteration.Cyrillic.UKRAINIAN;
        }
        if (bulgarianHardSign && !russianOnly) {
            return Transliteration.Cyrillic.BULGARIAN;
        }
        return Transliteration.Cyrillic.RUSSIAN;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetter(int cp) {
        return cp >= 0 && Character.isLetter(cp);
    }

    /** Apostrophes and the Catalan middle dot join the letters around them ({@code O'Brien} → obrien). */
    private static boolean isApostrophe(int cp) {
        return cp == '\u2019' || cp == '\u02BC' || cp == '\u00B7';
    }
}
