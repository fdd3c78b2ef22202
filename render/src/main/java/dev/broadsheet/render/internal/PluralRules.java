package dev.broadsheet.render.internal;

import java.util.Locale;

/**
 * CLDR cardinal plural categories for whole numbers, for the languages whose labels Broadsheet ships and their
 * close relatives. Languages not listed use the English rule ({@code one} for 1, {@code other} otherwise).
 */
public final class PluralRules {

    private PluralRules() {
    }

    /**
     * The plural category of {@code n} in {@code locale}'s language.
     *
     * @return one of zero, one, two, few, many, other
     */
    public static String category(Locale locale, long n) {
        long abs = Math.abs(n);
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        switch (locale.getLanguage()) {
            case "az", "tr", "ka", "hy", "kk", "ky", "uz", "hu", "el", "es", "it", "de", "nl", "sv", "da", "nb",
                    "fi", "et", "bg" -> {
                // Azerbaijani, Turkish and the others listed here: one for 1 (hy: 0 and 1), other otherwise
                if (locale.getLanguage().equals("hy")) {
                    return abs <= 1 ? "one" : "other";
                }
                return abs == 1 ? "one" : "other";
            }
            case "zh", "ja", "ko", "vi", "th", "id", "ms" -> {
                return "other";
            }
            case "fr", "pt" -> {
                return abs <= 1 ? "one" : "other";
            }
            case "ru", "uk", "be" -> {
                if (mod10 == 1 && mod100 != 11) {
                    return "one";
                }
                if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                    return "few";
                }
                return "many";
            }
            case "pl" -> {
                if (abs == 1) {
                    return "one";
                }
                if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                    return "few";
                }
                return "many";
            }
            case "ar" -> {
                if (abs == 0) {
                    return "zero";
                }
                if (abs == 1) {
                    return "one";
                }
                if (abs == 2) {
                    return "two";
                }
                if (mod100 >= 3 && mod100 <= 10) {
                    return "few";
                }
                if (mod100 >= 11) {
                    return "many";
                }
                return "other";
            }
            case "he" -> {
                if (abs == 1) {
                    return "one";
                }
                return abs == 2 ? "two" : "other";
            }
            default -> {
                return abs == 1 ? "one" : "other";
            }
        }
    }
}
