package dev.broadsheet.text;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Makes URL slugs such as {@code azerbaycan-prezidenti} from headlines, names and tags in any script, checks them,
 * and resolves collisions.
 *
 * <p>A slug is lower-case ASCII matching {@code [a-z0-9]+(-[a-z0-9]+)*}, at most {@value #MAX_LENGTH} characters
 * ({@link #isValid(String)}); generated slugs are at most {@value #MAX_GENERATED_LENGTH}, which leaves room for a
 * {@code -2} … {@code -10000} suffix.
 *
 * <p><b>How text becomes a slug</b> ({@link #of(String)}), in one pass over the text:
 * <ul>
 *   <li>ASCII letters and digits are kept; every other character that is not a letter, digit or mark separates
 *       words, and each run of separators becomes one hyphen. Apostrophes ({@code ' ’ ʼ}) and the middle dot
 *       {@code ·} join instead, so {@code O'Brien} gives {@code obrien}.</li>
 *   <li>Latin letters that Unicode does not decompose are mapped: ə→e, ı→i, ß→ss, ø→o, đ→d, ð→d, ł→l, æ→ae,
 *       œ→oe, þ→th, ħ→h, ŋ→ng and a few more; Turkish and Azerbaijani İ gives i. Other Latin letters lose their
 *       diacritics (é→e, ş→s, ğ→g), so {@code Azərbaycan} gives {@code azerbaycan}.</li>
 *   <li>Cyrillic is transliterated with the table of the alphabet the text is written in, recognised from the
 *       letters only that alphabet has: Russian (BGN/PCGN without diacritics: ж→zh, х→kh, ц→ts, щ→shch, ю→yu,
 *       я→ya, ё→yo, й→y, ъ and ь dropped; also the fallback), Ukrainian (official 2010 system: г→h, и→y,
 *       Київ→kyiv), Belarusian (г→h, ў→u), Bulgarian (Streamlined System: щ→sht, ъ→a, България→balgaria),
 *       Serbian and Macedonian (their Latin alphabets without diacritics: Ђоковић→djokovic, љ→lj, њ→nj, ј→j) and
 *       Azerbaijani (its Latin alphabet without diacritics: ә→e, ғ→g, ҹ→c, һ→h, ө→o, ү→u, ҝ→g, ј→y, г→q, х→x,
 *       so Азәрбајҹан gives azerbaycan like the Latin spelling).</li>
 *   <li>Greek follows ELOT 743 without diacritics (θ→th, χ→ch, ψ→ps, η→i, υ→y; ου→ou; αυ, ευ, ηυ→af, ef, if
 *       before θ κ ξ π σ τ φ χ ψ and av, ev, iv elsewhere; γγ→ng), accented letters included; Armenian follows BGN/PCGN (ու→u, initial ե→ye and ո→vo, և→ev);
 *       Georgian Mkhedruli (and Mtavruli and Nuskhuri) follows the national system of 2002 (ქ→k, ყ→q, ღ→gh).</li>
 *   <li>Other letters and digits are reduced to ASCII where Unicode's compatibility decomposition (NFKD) gives
 *       ASCII: full-width {@code ＡＢＣ}→abc, ligatures {@code ﬁ}→fi, superscript ²→2. Decimal digits of every
 *       script become ASCII digits (Arabic-Indic {@code ٢٠٢٤}→2024).</li>
 *   <li><b>Scripts without a table contribute nothing but their digits</b>: Han, Hiragana, Katakana, Hangul,
 *       Arabic, Hebrew, Thai, Devanagari and every other script not named above, and emoji. A text written only
 *       in them gives the empty string; use {@link #of(String, String)} with a fallback such as the article id,
 *       which is what the model does.</li>
 *   <li>Lower-casing is locale-independent ({@link Character#toLowerCase(int)}, the same as
 *       {@link java.util.Locale#ROOT}): the output is ASCII, so a Turkish default locale can never turn
 *       {@code I} into {@code ı}.</li>
 *   <li>A result over {@value #MAX_GENERATED_LENGTH} characters is cut at the last hyphen that keeps it within
 *       the limit, or at {@value #MAX_GENERATED_LENGTH} when its first word alone is longer.</li>
 * </ul>
 * Time is linear in the length of the text, and reading stops once the slug is long enough. Unpaired surrogates
 * and unassigned code points separate words.
 *
 * @since 0.1.0
 */
public final class Slugs {

    /** Longest slug {@link #isValid(String)} accepts, in characters. */
    public static final int MAX_LENGTH = 200;

    /** Longest slug {@link #of(String)} and {@link #unique(String, Predicate)} produce, in characters. */
    public static final int MAX_GENERATED_LENGTH = 185;

    /** How many candidates {@link #unique(String, Predicate)} tries: the base, then {@code -2} to {@code -10000}. */
    public static final int MAX_UNIQUE_ATTEMPTS = 10_000;

    private Slugs() {
    }

    /**
     * Makes a slug from text in any script, as described in the {@linkplain Slugs class documentation}.
     *
     * @param text a headline, name or tag
     * @return a valid slug of at most {@value #MAX_GENERATED_LENGTH} characters, or the empty string when the text
     *     has no letter or digit that can be written in ASCII (for example when it is all Chinese or Arabic)
     */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        return cut(new Transliterator(text).run(MAX_GENERATED_LENGTH), MAX_GENERATED_LENGTH);
    }

    /**
     * Makes a slug from text in any script, using {@code fallback} when the text gives none.
     *
     * <p>The model calls this with the article (or tag, or person) id as fallback, so that a headline written only
     * in a script without a table, such as {@code 中国经济}, still gets a stable slug: {@code Slugs.of("中国经济",
     * "a7f3k2")} is {@code a7f3k2}.
     *
     * @param text a headline, name or tag
     * @param fallback used, made into a slug the same way, when {@code text} gives the empty string
     * @return a valid slug of at most {@value #MAX_GENERATED_LENGTH} characters
     * @throws IllegalArgumentException if the fallback is needed and gives no slug either
     */
    public static String of(String text, String fallback) {
        Objects.requireNonNull(fallback, "fallback");
        String slug = of(text);
        if (!slug.isEmpty()) {
            return slug;
        }
        String alternative = of(fallback);
        if (alternative.isEmpty()) {
            throw new IllegalArgumentException("fallback must contain a letter or digit that can be written in ASCII,"
                    + " was \"" + shorten(fallback) + "\"");
        }
        return alternative;
    }

    /**
     * Returns {@code base}, or the first of {@code base-2}, {@code base-3}, … that is not taken. When a suffix
     * would make the slug longer than {@value #MAX_GENERATED_LENGTH} characters, the base is cut at a hyphen (or,
     * for a single long word, at the limit) to make room.
     *
     * <pre>{@code
     * String slug = Slugs.unique(Slugs.of(headline), candidate -> repository.slugExists(candidate));
     * }</pre>
     *
     * @param base a valid slug ({@link #isValid(String)})
     * @param taken tells whether a candidate is already in use; called at most {@value #MAX_UNIQUE_ATTEMPTS} times
     * @return a slug for which {@code taken} returned false
     * @throws IllegalArgumentException if {@code base} is not a valid slug
     * @throws IllegalStateException if all {@value #MAX_UNIQUE_ATTEMPTS} candidates are taken
     */
    public static String unique(String base, Predicate<String> taken) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(taken, "taken");
        if (!isValid(base)) {
            throw new IllegalArgumentException("base must be a valid slug ([a-z0-9]+(-[a-z0-9]+)*, at most "
                    + MAX_LENGTH + " characters), was \"" + shorten(base) + "\"");
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; n <= MAX_UNIQUE_ATTEMPTS; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, MAX_GENERATED_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("all " + MAX_UNIQUE_ATTEMPTS + " candidates for the slug \"" + base
                + "\" are taken (up to -" + MAX_UNIQUE_ATTEMPTS + ")");
    }

    /**
     * Whether {@code slug} follows the model's slug rule: {@code [a-z0-9]+(-[a-z0-9]+)*} and at most
     * {@value #MAX_LENGTH} characters. Checked without regular expressions, in time linear in at most
     * {@value #MAX_LENGTH} characters.
     *
     * @param slug any text
     * @return true for a valid slug; false for the empty string and anything else
     */
    public static boolean isValid(String slug) {
        int n = slug.length();
        if (n == 0 || n > MAX_LENGTH || slug.charAt(0) == '-' || slug.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = slug.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && slug.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Shortens a slug (hyphen-separated words) to at most {@code max} characters, at a hyphen when possible. */
    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        if (slug.charAt(max) == '-') {
            return slug.substring(0, max);
        }
        int hyphen = slug.lastIndexOf('-', max - 1);
        return hyphen > 0 ? slug.substring(0, hyphen) : slug.substring(0, max);
    }

    private static String shorten(String text) {
        if (text.length() <= 40) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(39)) ? 39 : 40;
        return text.substring(0, end) + "…";
    }
}
