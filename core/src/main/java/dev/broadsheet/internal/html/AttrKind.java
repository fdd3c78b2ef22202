package dev.broadsheet.internal.html;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the value of an allowed attribute is checked and normalised. URL kinds are checked by {@link Urls}. */
public enum AttrKind {
    /** {@code a href}: any scheme of the policy. */
    LINK_URL,
    /** {@code cite} on quotes and edits: any scheme of the policy. */
    CITE_URL,
    /** {@code img src}: http and https (and relative) only. */
    IMAGE_URL,
    /** {@code iframe src}: https on an allow-listed embed host and path. */
    EMBED_URL,
    /** {@code img srcset}: a list of image URLs with width or density descriptors. */
    SRCSET,
    /** A non-negative integer of at most {@value #MAX_NUMBER}. */
    UINT,
    /** An integer, possibly negative ({@code ol start}, {@code li value}). */
    INT,
    /** Free text ({@code alt}, {@code title}); only escaped. */
    TEXT,
    /** A BCP 47 language tag. */
    LANG,
    /** {@code ltr}, {@code rtl} or {@code auto}. */
    DIR,
    /** {@code row}, {@code col}, {@code rowgroup} or {@code colgroup}. */
    SCOPE,
    /** {@code 1}, {@code a}, {@code A}, {@code i} or {@code I}. */
    OL_TYPE,
    /** A date, time or duration in the characters ISO 8601 uses. */
    DATETIME,
    /** Class names: letters, digits, {@code _} and {@code -}. */
    CLASS,
    /** An identifier: a letter followed by letters, digits, {@code _} or {@code -}. */
    ID,
    /** Present or absent; written without a value. */
    BOOLEAN;

    /** The largest number a numeric attribute may hold. */
    public static final int MAX_NUMBER = 100_000;

    /**
     * Checks and normalises a non-URL value.
     *
     * @return the value to write, or null to drop the attribute
     */
    @Nullable String check(String value) {
        switch (this) {
            case TEXT:
                return value;
            case BOOLEAN:
                return "";
            case UINT:
            case INT:
                return number(value.strip(), this == INT);
            case LANG:
                return matches(value.strip(), 35, AttrKind::isLangChar) ? value.strip() : null;
            case DIR:
                return oneOf(value.strip().toLowerCase(Locale.ROOT), "ltr", "rtl", "auto");
            case SCOPE:
                return oneOf(value.strip().toLowerCase(Locale.ROOT), "row", "col", "rowgroup", "colgroup");
            case OL_TYPE:
                return oneOf(value.strip(), "1", "a", "A", "i", "I");
            case DATETIME:
                return matches(value.strip(), 64, AttrKind::isDateTimeChar) ? value.strip() : null;
            case CLASS:
                return classes(value);
            case ID:
                return id(value.strip());
            default:
                throw new IllegalStateException("URL attributes are checked by Urls: " + this);
        }
    }

    private static @Nullable String number(String s, boolean signed) {
        int start = signed && s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 9) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        long v = Long.parseLong(s);
        return Math.abs(v) > MAX_NUMBER ? null : Long.toString(v);
    }

    private static @Nullable String oneOf(String s, String... options) {
        for (String o : options) {
            if (o.equals(s)) {
                return o;
            }
        }
        return null;
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static boolean matches(String s, int max, CharTest test) {
        if (s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!test.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLangChar(char c) {
        return isAsciiAlnum(c) || c == '-';
    }

    private static boolean isDateTimeChar(char c) {
        return isAsciiAlnum(c) || c == ':' || c == '+' || c == '-' || c == '.' || c == ' ';
    }

    private static boolean isNameChar(char c) {
        return isAsciiAlnum(c) || c == '-' || c == '_';
    }

    private static @Nullable String classes(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (String token : value.split("[\\t\\n\\f\\r ]+")) {
            if (!token.isEmpty() && token.length() <= 64 && matches(token, 64, AttrKind::isNameChar)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(token);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static @Nullable String id(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        char first = s.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return null;
        }
        return matches(s, 64, AttrKind::isNameChar) ? s : null;
    }
}
