package dev.broadsheet.text;

import org.jspecify.annotations.Nullable;

/**
 * The letter tables behind {@link Slugs}: lower-case letters of the Cyrillic, Greek, Armenian and Georgian
 * alphabets and the Latin letters that Unicode does not decompose, each rendered in lower-case ASCII. The rules
 * that depend on the neighbouring letters live in {@link Transliterator}.
 */
final class Transliteration {

    /** Which Cyrillic alphabet a text is written in; it decides how the shared letters are rendered. */
    enum Cyrillic {
        /** Also the fallback for alphabets without a table of their own (Kazakh, Tatar, Tajik, …). */
        RUSSIAN(RU),
        UKRAINIAN(UK),
        BELARUSIAN(BE),
        BULGARIAN(BG),
        /** Serbian and Macedonian, rendered as their Latin alphabets without diacritics. */
        SERBIAN(SR),
        AZERBAIJANI(AZ);

        private final String[] table;

        Cyrillic(String[] table) {
            this.table = table;
        }

        @Nullable String latin(int lower) {
            return lower >= CYRILLIC_FIRST && lower < CYRILLIC_FIRST + table.length ? table[lower - CYRILLIC_FIRST]
                    : null;
        }
    }

    static final int CYRILLIC_FIRST = 0x0400;
    private static final int GREEK_FIRST = 0x0370;
    private static final int ARMENIAN_FIRST = 0x0561;
    private static final int GEORGIAN_FIRST = 0x10D0;
    /** Georgian Nuskhuri letters follow the order of Mkhedruli, from U+2D00. */
    private static final int NUSKHURI_FIRST = 0x2D00;
    private static final int NUSKHURI_LAST = 0x2D25;

    /**
     * Russian after BGN/PCGN, without diacritics, which is what readers of English-language news expect; the
     * signs ъ and ь are dropped. Letters of other Cyrillic alphabets get their usual rendering so that a Russian
     * text quoting them still gives a readable slug.
     */
    private static final String[] RU = table(CYRILLIC_FIRST, 0x100,
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
            "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
            "ђѓєѕіїјљњћќўџґѣѳѵғҗқңүұҳҷһәөҹҝӣӯ",
            "dj", "gj", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "kj", "u", "dz", "g", "e", "f", "i", "gh", "zh",
            "q", "ng", "u", "u", "h", "j", "h", "a", "o", "c", "g", "i", "u");

    /**
     * Ukrainian by the official system of 2010 (Cabinet of Ministers resolution 55): г→h, ґ→g, и→y, і→i; є, ї, й,
     * ю, я are ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia elsewhere; зг→zgh (the initial forms
     * and zgh are applied by {@link Transliterator}).
     */
    private static final String[] UK = override(RU, "гґиіїйєюящь", "h", "g", "y", "i", "i", "i", "ie", "iu", "ia",
            "shch", "");

    /** Belarusian after the passport (ICAO) practice: г→h, ў→u, і→i; otherwise as Russian. */
    private static final String[] BE = override(RU, "гўі", "h", "u", "i");

    /**
     * Bulgarian by the official Streamlined System (2009): ж→zh, х→h, ц→ts, щ→sht, ъ→a, ь→y, ю→yu, я→ya, and
     * final -ия→ia (applied by {@link Transliterator}).
     */
    private static final String[] BG = override(RU, "хщъьй", "h", "sht", "a", "y", "y");

    /**
     * Serbian and Macedonian as their Latin alphabets with the diacritics dropped, the way their news sites
     * write slugs: ж→z, х→h, ц→c, ч→c, ш→s, ђ→dj, ј→j, љ→lj, њ→nj, ћ→c, џ→dz, ѓ→gj, ќ→kj, ѕ→dz.
     */
    private static final String[] SR = override(RU, "жхцчшђјљњћџѓќѕ", "z", "h", "c", "c", "s", "dj", "j", "lj", "nj",
            "c", "dz", "gj", "kj", "dz");

    /**
     * Azerbaijani Cyrillic as the Azerbaijani Latin alphabet with the diacritics dropped, so that both spellings
     * of a word give one slug: г→q, ғ→g, ҝ→g, ҹ→c, ч→c, ј→y, х→x, һ→h, ж→j, ы→i, ә→e, ө→o, ү→u, ш→s.
     */
    private static final String[] AZ = override(RU, "гғҝҹчјхһжыәөүшйц", "q", "g", "g", "c", "c", "y", "x", "h", "j",
            "i", "e", "o", "u", "s", "y", "ts");

    /**
     * Greek after ELOT 743 without diacritics: β→v, η→i, θ→th, ξ→x, υ→y, φ→f, χ→ch, ψ→ps, ω→o; accents are
     * dropped by decomposition; ϊ, ΐ, ϋ, ΰ keep their vowel apart from the one before. The diphthongs and γγ are
     * handled by {@link Transliterator}.
     */
    private static final String[] GREEK = table(GREEK_FIRST, 0x90,
            "αβγδεζηθικλμνξοπρςστυφχψωϊϋΐΰ",
            "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y",
            "f", "ch", "ps", "o", "i", "y", "i", "y");

    /**
     * Armenian after BGN/PCGN (Eastern Armenian) without diacritics; ե is ye and ո is vo at the start of a word,
     * ու is u and և is ev (applied by {@link Transliterator}).
     */
    private static final String[] ARMENIAN = table(ARMENIAN_FIRST, 0x28,
            "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև",
            "a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh", "ch", "m",
            "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k", "o", "f", "ev");

    /** Georgian Mkhedruli by the national system of 2002, and the archaic letters ჱ ჲ ჳ ჴ ჵ ჶ. */
    private static final String[] GEORGIAN = table(GEORGIAN_FIRST, 0x27,
            "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰჱჲჳჴჵჶ",
            "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t", "u", "p",
            "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h", "e", "y", "w", "q", "o", "f");

    private Transliteration() {
    }

    /**
     * The ASCII rendering of a lower-case letter of a table script, before any rule that looks at neighbours.
     *
     * @param lower a code point after {@link Character#toLowerCase(int)}
     * @param cyrillic the alphabet to use for Cyrillic letters
     * @return lower-case ASCII (possibly empty, for signs that are dropped), or null when no table has the letter
     */
    static @Nullable String latin(int lower, Cyrillic cyrillic) {
        if (lower < 0x00DF) {
            return null;
        }
        if (lower < GREEK_FIRST) {
            return latinSpecial(lower);
        }
        if (lower < CYRILLIC_FIRST) {
            return lookup(GREEK, GREEK_FIRST, lower);
        }
        if (lower < 0x0500) {
            return cyrillic.latin(lower);
        }
        if (lower >= ARMENIAN_FIRST && lower < ARMENIAN_FIRST + ARMENIAN.length) {
            return lookup(ARMENIAN, ARMENIAN_FIRST, lower);
        }
        if (lower >= GEORGIAN_FIRST && lower < GEORGIAN_FIRST + GEORGIAN.length) {
            return lookup(GEORGIAN, GEORGIAN_FIRST, lower);
        }
        if (lower >= NUSKHURI_FIRST && lower <= NUSKHURI_LAST) {
            return lookup(GEORGIAN, NUSKHURI_FIRST, lower);
        }
        return null;
    }

    /** Whether {@code cp} belongs to a script whose letters may be written with combining marks that matter. */
    static boolean composesMeaningfully(int cp) {
        return cp >= GREEK_FIRST && cp < 0x0500;
    }

    /**
     * Latin letters that Unicode does not decompose into a base letter and marks, so that NFD alone would lose
     * them: ə→e (Azerbaijani), ı→i (Turkish, Azerbaijani), ß→ss, ø→o, đ→d, ð→d, ł→l, æ→ae, œ→oe, þ→th and a
     * few others from African and Sámi orthographies.
     */
    private static @Nullable String latinSpecial(int lower) {
        return switch (lower) {
            case 'ə', 'ǝ', 'ɛ' -> "e";
            case 'ı', 'ɨ' -> "i";
            case 'ȷ' -> "j";
            case 'ß' -> "ss";
            case 'ø', 'ɔ' -> "o";
            case 'đ', 'ð', 'ɖ', 'ɗ' -> "d";
            case 'ł', 'ƚ' -> "l";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            case 'ŧ', 'ƭ' -> "t";
            case 'ŋ' -> "ng";
            case 'ĸ', 'ƙ' -> "k";
            case 'ƒ' -> "f";
            case 'ƀ', 'ɓ' -> "b";
            case 'ʉ' -> "u";
            case 'ƴ' -> "y";
            case 'ȥ', 'ʒ' -> "z";
            case 'ɣ' -> "g";
            default -> null;
        };
    }

    private static @Nullable String lookup(String[] table, int first, int lower) {
        int index = lower - first;
        return index >= 0 && index < table.length ? table[index] : null;
    }

    /**
     * Builds a table indexed by {@code code point - first} from groups of (letters, their renderings); the
     * arguments alternate a string of letters with as many renderings.
     */
    private static String[] table(int first, int size, String... groups) {
        return fill(new String[size], first, groups);
    }

    private static String[] override(String[] base, String... groups) {
        return fill(base.clone(), CYRILLIC_FIRST, groups);
    }

    private static String[] fill(String[] table, int first, String... groups) {
        int g = 0;
        while (g < groups.length) {
            String letters = groups[g++];
            for (int i = 0; i < letters.length(); i++) {
                if (g >= groups.length) {
                    throw new IllegalStateException("no rendering for " + letters.charAt(i));
                }
                int index = letters.charAt(i) - first;
                if (index < 0 || index >= table.length) {
                    throw new IllegalStateException(letters.charAt(i) + " is outside its table");
                }
                table[index] = groups[g++];
            }
        }
        return table;
    }
}
