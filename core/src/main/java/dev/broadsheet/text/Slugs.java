package dev.broadsheet.text;

import java.text.Normalizer;
import java.util.Locale;

/** TEMPORARY: replaced by the text branch. */
public final class Slugs {
    /** Longest slug. */
    public static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    /**
     * Slug of text.
     *
     * @param text text
     * @param fallback fallback
     * @return slug
     */
    public static String of(String text, String fallback) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{Alnum}]+", "-")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? fallback.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") : s;
    }

    /**
     * Whether valid.
     *
     * @param slug slug
     * @return valid
     */
    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
