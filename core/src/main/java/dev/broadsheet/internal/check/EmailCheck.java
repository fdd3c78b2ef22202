package dev.broadsheet.internal.check;

import dev.broadsheet.validation.EmailPolicy;
import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The email address validator behind {@code Emails} and the model builders. The rules and codes are documented on
 * {@code dev.broadsheet.validation.Emails}; every violation is redacted, because addresses are private.
 */
public final class EmailCheck {

    /** Not an address: no {@code @}, bad characters, spaces, dots in the wrong place, bad domain syntax. */
    public static final String INVALID = Codes.EMAIL_INVALID;
    /** Longer than {@value #MAX_LENGTH} octets in total. */
    public static final String TOO_LONG = "email.too_long";
    /** Local part longer than {@value #MAX_LOCAL_LENGTH} octets. */
    public static final String LOCAL_TOO_LONG = "email.local_too_long";
    /** A domain label longer than {@value #MAX_LABEL_LENGTH} octets in ASCII. */
    public static final String LABEL_TOO_LONG = "email.label_too_long";
    /** Control, format or other invisible characters. */
    public static final String INVISIBLE = "email.invisible";
    /** Latin, Cyrillic and Greek letters mixed within the local part or within one domain label. */
    public static final String MIXED_SCRIPT = "email.mixed_script";
    /** A display name or angle brackets, as in {@code "Bob" <bob@example.org>}. */
    public static final String DISPLAY_NAME = "email.display_name";
    /** A quoted local part the policy does not allow. */
    public static final String QUOTED = "email.quoted";
    /** An IP-literal domain the policy does not allow. */
    public static final String IP_LITERAL = "email.ip_literal";
    /** A domain that IDNA cannot convert to ASCII. */
    public static final String IDN_INVALID = "email.idn";

    /** Longest address, in octets (RFC 5321 path limit of 256 minus the angle brackets). */
    public static final int MAX_LENGTH = 254;
    /** Longest local part, in UTF-8 octets (RFC 5321 section 4.5.3.1.1). */
    public static final int MAX_LOCAL_LENGTH = 64;
    /** Longest domain label, in octets after IDN conversion (RFC 1035). */
    public static final int MAX_LABEL_LENGTH = 63;
    /**
     * Inputs longer than this many UTF-16 code units are reported as too long without being parsed: no such
     * text fits into {@value #MAX_LENGTH} octets, even after IDN mapping composes characters.
     */
    static final int MAX_INPUT_LENGTH = 4 * MAX_LENGTH;

    /** The characters RFC 5322 allows in an atom besides letters and digits. */
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private EmailCheck() {
    }

    /**
     * Checks and normalizes one email address.
     *
     * @param problems where violations go; all of them are redacted
     * @param path the JSON pointer of the field
     * @param raw the address as typed, or null
     * @param policy which optional forms are accepted
     * @param required whether a null or blank address is a violation
     * @return the normalized address (domain in lower-case ASCII, local part in NFC but otherwise as typed), or
     *     null when absent, blank or invalid
     */
    public static @Nullable String email(Problems problems, String path, @Nullable String raw, EmailPolicy policy,
            boolean required) {
        String trimmed = Formats.present(problems, path, raw, required, true);
        if (trimmed == null) {
            return null;
        }
        return new Run(problems, path, policy).address(trimmed);
    }

    /** The state of checking one address. */
    private static final class Run {
        private final Problems problems;
        private final String path;
        private final EmailPolicy policy;
        private boolean ok = true;
        private boolean idnTooLong;
        private boolean idnInvalid;

        Run(Problems problems, String path, EmailPolicy policy) {
            this.problems = problems;
            this.path = path;
            this.policy = policy;
        }

        private void fail(String code, String message) {
            problems.addRedacted(path, code, message);
            ok = false;
        }

        @Nullable String address(String trimmed) {
            String s = visible(trimmed);
            if (s.length() > MAX_INPUT_LENGTH) {
                fail(TOO_LONG, "must be at most " + MAX_LENGTH + " octets, was " + s.length() + " characters");
                return null;
            }
            int lt = s.indexOf('<');
            if (lt >= 0 && s.indexOf('>', lt) >= 0) {
                fail(DISPLAY_NAME, "must be the bare address, such as name@example.org, without a display name or"
                        + " angle brackets");
                return null;
            }
            int at = s.lastIndexOf('@');
            if (at < 0) {
                fail(INVALID, "must contain @, as in name@example.org");
                return null;
            }
            String local = local(s.substring(0, at));
            String domain = domain(s.substring(at + 1));
            if (local != null && domain != null) {
                int octets = utf8Length(local) + 1 + domain.length();
                if (octets > MAX_LENGTH) {
                    fail(TOO_LONG, "must be at most " + MAX_LENGTH + " octets, was " + octets);
                }
            }
            return ok && local != null && domain != null ? local + "@" + domain : null;
        }

        /** Reports invisible characters and lone surrogates and returns the text without them. */
        private String visible(String s) {
            StringBuilder kept = null;
            boolean invisible = false;
            boolean surrogate = false;
            int n = s.length();
            for (int i = 0; i < n; ) {
                int cp = s.codePointAt(i);
                int next = i + Character.charCount(cp);
                boolean drop;
                if (cp < 0x10000 && Character.isSurrogate((char) cp)) {
                    surrogate = true;
                    drop = true;
                } else {
                    drop = isInvisible(cp);
                    invisible |= drop;
                }
                if (drop && kept == null) {
                    kept = new StringBuilder(n).append(s, 0, i);
                } else if (!drop && kept != null) {
                    kept.append(s, i, next);
                }
                i = next;
            }
            if (invisible) {
                fail(INVISIBLE, "must not contain control characters or invisible characters such as soft hyphens,"
                        + " zero-width spaces, bidirectional controls or byte order marks");
            }
            if (surrogate) {
                fail(INVALID, "contains an unpaired surrogate (malformed UTF-16)");
            }
            return kept == null ? s : kept.toString();
        }

        /** Checks the local part and returns it in NFC, or null when there is none. */
        private @Nullable String local(String local) {
            if (local.isEmpty()) {
                fail(INVALID, "must have a local part before the @");
                return null;
            }
            String nfc = Normalizer.normalize(local, Normalizer.Form.NFC);
            if (nfc.length() >= 2 && nfc.charAt(0) == '"' && nfc.charAt(nfc.length() - 1) == '"') {
                if (!policy.quotedLocalPartAllowed()) {
                    fail(QUOTED, "must not have a quoted local part (\"…\"@); this site does not accept them");
                } else if (!quotedStringOk(nfc)) {
                    fail(INVALID, "has a malformed quoted local part");
                }
            } else {
                dotAtom(nfc);
            }
            if (mixesScripts(nfc)) {
                fail(MIXED_SCRIPT, "must not mix Latin, Cyrillic or Greek letters in the local part, because they"
                        + " look alike");
            }
            int octets = utf8Length(nfc);
            if (octets > MAX_LOCAL_LENGTH) {
                fail(LOCAL_TOO_LONG, "must have a local part of at most " + MAX_LOCAL_LENGTH + " octets, was "
                        + octets);
            }
            return nfc;
        }

        private void dotAtom(String local) {
            if (local.charAt(0) == '.' || local.charAt(local.length() - 1) == '.' || local.contains("..")) {
                fail(INVALID, "must not start or end the local part with a dot or have two dots in a row");
            }
            String bad = null;
            for (int i = 0; i < local.length() && bad == null; ) {
                int cp = local.codePointAt(i);
                i += Character.charCount(cp);
                if (isSpace(cp)) {
                    bad = "must not contain spaces";
                } else if (cp == '"') {
                    bad = "must quote the whole local part or nothing of it";
                } else if (!isAtext(cp) && cp != '.') {
                    bad = cp < 0x80
                            ? "must not contain " + (char) cp + " in the local part"
                            : "must not contain symbols, spaces or unassigned characters in the local part";
                }
            }
            if (bad != null) {
                fail(INVALID, bad);
            }
        }

        /** Checks the domain and returns it in lower-case ASCII, or null when it cannot be converted. */
        private @Nullable String domain(String domain) {
            if (domain.isEmpty()) {
                fail(INVALID, "must have a domain after the @");
                return null;
            }
            if (domain.charAt(0) == '[') {
                return ipLiteral(domain);
            }
            List<String> labels = labels(domain);
            boolean empty = false;
            boolean space = false;
            boolean mixed = false;
            boolean converted = true;
            List<String> ascii = new ArrayList<>(labels.size());
            for (String label : labels) {
                empty |= label.isEmpty();
                space |= hasSpace(label);
                mixed |= mixesScripts(label.regionMatches(true, 0, "xn--", 0, 4) ? IDN.toUnicode(label) : label);
                String a = label.isEmpty() ? "" : toAscii(label);
                if (a == null) {
                    converted = false;
                } else {
                    ascii.add(a);
                }
            }
            if (labels.size() < 2) {
                fail(INVALID, "must have a domain with at least two labels, such as example.org");
            }
            if (empty) {
                fail(INVALID, "must not have a domain that starts or ends with a dot or has two dots in a row");
            }
            if (space) {
                fail(INVALID, "must not contain spaces");
            }
            if (mixed) {
                fail(MIXED_SCRIPT, "must not mix Latin, Cyrillic or Greek letters within a domain label, because"
                        + " they look alike");
            }
            if (idnTooLong) {
                fail(LABEL_TOO_LONG, "must have domain labels of at most " + MAX_LABEL_LENGTH
                        + " octets once converted to ASCII (xn--…)");
            }
            if (idnInvalid) {
                fail(IDN_INVALID, "must have a domain that IDNA can convert to ASCII (no unassigned or prohibited"
                        + " characters)");
            }
            if (!converted) {
                return null;
            }
            checkLabels(ascii);
            return String.join(".", ascii);
        }

        private void checkLabels(List<String> ascii) {
            boolean ldh = true;
            boolean hyphen = false;
            int longest = 0;
            for (String label : ascii) {
                longest = Math.max(longest, label.length());
                for (int i = 0; i < label.length(); i++) {
                    char c = label.charAt(i);
                    ldh &= (c >= 'a' && c <= 'z') || Formats.isDigit(c) || c == '-' || isSpace(c);
                }
                hyphen |= label.startsWith("-") || label.endsWith("-");
            }
            if (!ldh) {
                fail(INVALID, "must have a domain of letters, digits and hyphens");
            }
            if (hyphen) {
                fail(INVALID, "must not have a domain label that starts or ends with a hyphen");
            }
            if (longest > MAX_LABEL_LENGTH) {
                fail(LABEL_TOO_LONG, "must have domain labels of at most " + MAX_LABEL_LENGTH + " octets, was "
                        + longest);
            }
            String tld = ascii.get(ascii.size() - 1);
            if (!tld.isEmpty() && tld.chars().allMatch(c -> Formats.isDigit((char) c))) {
                fail(INVALID, "must not have an all-numeric top-level domain");
            }
        }

        /**
         * A label in lower-case ASCII, or null when IDNA cannot convert it; the reason is remembered in
         * {@link #idnTooLong} or {@link #idnInvalid}.
         */
        private @Nullable String toAscii(String label) {
            if (UrlCheck.isAscii(label)) {
                return label.toLowerCase(Locale.ROOT);
            }
            if (label.length() > 4 * MAX_LABEL_LENGTH) {
                // no longer label can come back within 63 octets, and punycode is slow on long input
                idnTooLong = true;
                return null;
            }
            try {
                return IDN.toASCII(label).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                // java.net.IDN gives no error code; this message is the one it has used since Java 6, and a test
                // pins it
                if (String.valueOf(e.getMessage()).contains("too long")) {
                    idnTooLong = true;
                } else {
                    idnInvalid = true;
                }
                return null;
            }
        }

        private @Nullable String ipLiteral(String domain) {
            if (!policy.ipLiteralAllowed()) {
                fail(IP_LITERAL, "must have a domain name, not an IP address in brackets");
                return null;
            }
            String inner = domain.endsWith("]") ? domain.substring(1, domain.length() - 1) : null;
            String canonical = null;
            if (inner != null && inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
                String v6 = inner.length() <= 5 + Formats.MAX_IP_LENGTH ? Formats.canonicalIpv6(inner.substring(5))
                        : null;
                canonical = v6 == null ? null : "IPv6:" + v6;
            } else if (inner != null && inner.length() <= Formats.MAX_IP_LENGTH) {
                canonical = Formats.canonicalIpv4(inner);
            }
            if (canonical == null) {
                fail(INVALID, "must have a valid IP literal such as [192.0.2.1] or [IPv6:2001:db8::1]");
                return null;
            }
            return "[" + canonical + "]";
        }
    }

    /** Splits a domain at full stops, including the ideographic and full-width ones IDNA treats as dots. */
    private static List<String> labels(String domain) {
        List<String> labels = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61') {
                labels.add(domain.substring(start, i));
                start = i + 1;
            }
        }
        labels.add(domain.substring(start));
        return labels;
    }

    /** RFC 5322 atext, extended by RFC 6531 to non-ASCII letters, marks, numbers, punctuation and symbols. */
    private static boolean isAtext(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || ATEXT_SPECIALS.indexOf(cp) >= 0;
        }
        return switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                    Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** RFC 5321 Quoted-string with RFC 6531's UTF-8: {@code "} (qtext or backslash pairs) {@code "}. */
    private static boolean quotedStringOk(String quoted) {
        int end = quoted.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = quoted.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= end || quoted.charAt(i) < 0x20 || quoted.charAt(i) > 0x7E) {
                    return false;
                }
            } else if (c == '"' || (c < 0x80 && (c < 0x20 || c == 0x7F))) {
                return false;
            }
        }
        return end > 1;
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || Character.isSpaceChar(cp) || Character.isWhitespace(cp);
    }

    /**
     * C0 and C1 controls, the invisible characters named in the rules (soft hyphen, zero-width characters and
     * direction marks, bidi embeddings, overrides and isolates, invisible operators, BOM) and the other
     * default-ignorable code points that render as nothing (combining grapheme joiner, Arabic letter mark, Hangul
     * fillers, Khmer inherent vowels, the Mongolian soft hyphen and variation selectors, variation selectors, tags),
     * including everything IDNA maps to nothing.
     */
    static boolean isInvisible(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xAD || cp == 0x34F || cp == 0x61C
                || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 || cp == 0x1806
                || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F)
                || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    private static int utf8Length(String s) {
        int octets = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                octets++;
            } else if (c < 0x800) {
                octets += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                octets += 4;
                i++;
            } else {
                octets += 3;
            }
        }
        return octets;
    }

    /** Whether {@code s} has letters from two of Latin, Cyrillic and Greek. */
    static boolean mixesScripts(String s) {
        int seen = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    seen |= 1;
                }
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> seen |= 1;
                case CYRILLIC -> seen |= 2;
                case GREEK -> seen |= 4;
                default -> {
                }
            }
        }
        return Integer.bitCount(seen) > 1;
    }
}
