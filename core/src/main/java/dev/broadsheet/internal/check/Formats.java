package dev.broadsheet.internal.check;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks for small structured fields: BCP 47 language tags and IP addresses. IP addresses are parsed here, by
 * hand, and never through {@code InetAddress.getByName}, which would look up anything that is not a literal in
 * DNS.
 */
public final class Formats {

    /** Longest language tag accepted, in characters; real tags are rarely longer than 35. */
    public static final int MAX_LANGUAGE_TAG_LENGTH = 255;

    /** Longest IP address text accepted before parsing (an IPv6 address with an IPv4 tail has 45). */
    static final int MAX_IP_LENGTH = 45;

    private Formats() {
    }

    /**
     * Checks a well-formed BCP 47 language tag (RFC 5646) as {@link Locale.Builder#setLanguageTag(String)} parses
     * it, after trimming. Underscores ({@code en_US}) are not BCP 47 and are rejected.
     *
     * @return the canonical form ({@link Locale#toLanguageTag()}: {@code EN-us} becomes {@code en-US},
     *     {@code iw} becomes {@code he}), or null when absent or invalid
     */
    public static @Nullable String languageTag(Problems p, String path, @Nullable String raw, boolean required) {
        String tag = present(p, path, raw, required, false);
        if (tag == null) {
            return null;
        }
        if (tag.length() > MAX_LANGUAGE_TAG_LENGTH) {
            p.add(path, Codes.TOO_LONG, "must be at most " + MAX_LANGUAGE_TAG_LENGTH + " characters, was "
                    + tag.length(), tag);
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            p.add(path, Codes.LANGUAGE_INVALID, "must be a well-formed BCP 47 language tag such as en-GB or az-Latn",
                    tag);
            return null;
        }
    }

    /**
     * Checks an IP address: an IPv4 dotted quad (four decimal numbers 0–255 without leading zeros, because
     * {@code 010} means 8 to some parsers and 10 to others) or an IPv6 address (RFC 4291 text form, optionally
     * with an IPv4 tail; no zone id, no brackets). Nothing is looked up. Violations are redacted, because the
     * addresses of commenters are private.
     *
     * @return the canonical text (RFC 5952 for IPv6: lower case, no leading zeros, the longest run of zero
     *     groups as {@code ::}), or null when absent, blank or invalid
     */
    public static @Nullable String ip(Problems p, String path, @Nullable String raw) {
        String text = present(p, path, raw, false, true);
        if (text == null) {
            return null;
        }
        String canonical = text.length() > MAX_IP_LENGTH ? null
                : text.indexOf(':') >= 0 ? canonicalIpv6(text) : canonicalIpv4(text);
        if (canonical == null) {
            p.addRedacted(path, Codes.IP_INVALID, "must be an IPv4 dotted quad or an IPv6 address");
        }
        return canonical;
    }

    /**
     * Parses a strict IPv4 dotted quad.
     *
     * @return the address as given when it is a dotted quad, else null
     */
    static @Nullable String canonicalIpv4(String s) {
        return ipv4Value(s, 0, s.length()) < 0 ? null : s;
    }

    /**
     * Parses an IPv6 address in any RFC 4291 text form.
     *
     * @return its RFC 5952 form, else null
     */
    static @Nullable String canonicalIpv6(String s) {
        int[] groups = ipv6Groups(s);
        return groups == null ? null : format(groups, isIpv4Mapped(groups));
    }

    /** The 32-bit value of a dotted quad in {@code s[from, to)}, or -1 when it is not one. */
    private static long ipv4Value(String s, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (parts < 4) {
            int start = i;
            int part = 0;
            while (i < to && i - start < 3 && isDigit(s.charAt(i))) {
                part = part * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | part;
            parts++;
            if (parts < 4) {
                if (i >= to || s.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == to ? value : -1;
    }

    /** The eight 16-bit groups of an IPv6 address, or null when {@code s} is not one. */
    private static int @Nullable [] ipv6Groups(String s) {
        int n = s.length();
        if (n < 2) {
            return null;
        }
        int[] head = new int[8];
        int[] tail = new int[8];
        int heads = 0;
        int tails = 0;
        boolean compressed = false;
        int i = 0;
        if (s.startsWith("::")) {
            compressed = true;
            i = 2;
            if (i == n) {
                return new int[8];
            }
        } else if (s.charAt(0) == ':') {
            return null;
        }
        while (i < n) {
            if (heads + tails >= 8) {
                return null;
            }
            int start = i;
            int group = 0;
            while (i < n && i - start < 4 && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80) {
                group = (group << 4) | Character.digit(s.charAt(i), 16);
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                // an IPv4 tail takes the last two groups
                long v4 = ipv4Value(s, start, n);
                if (v4 < 0 || heads + tails > 6) {
                    return null;
                }
                int hi = (int) (v4 >>> 16);
                int lo = (int) (v4 & 0xFFFF);
                if (compressed) {
                    tail[tails++] = hi;
                    tail[tails++] = lo;
                } else {
                    head[heads++] = hi;
                    head[heads++] = lo;
                }
                i = n;
                break;
            }
            if (i == start) {
                return null;
            }
            if (compressed) {
                tail[tails++] = group;
            } else {
                head[heads++] = group;
            }
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (compressed) {
                    return null;
                }
                compressed = true;
                i++;
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                return null;
            }
        }
        int total = heads + tails;
        if (compressed ? total > 7 : total != 8) {
            return null;
        }
        int[] groups = new int[8];
        System.arraycopy(head, 0, groups, 0, heads);
        System.arraycopy(tail, 0, groups, 8 - tails, tails);
        return groups;
    }

    private static boolean isIpv4Mapped(int[] g) {
        return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF;
    }

    private static String format(int[] g, boolean ipv4Tail) {
        int hexGroups = ipv4Tail ? 6 : 8;
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < hexGroups; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < hexGroups && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder(45);
        for (int i = 0; i < hexGroups; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        if (ipv4Tail) {
            if (out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(g[6] >>> 8).append('.').append(g[6] & 0xFF).append('.')
                    .append(g[7] >>> 8).append('.').append(g[7] & 0xFF);
        }
        return out.toString();
    }

    /**
     * Trims {@code raw} and reports a missing required value.
     *
     * @return the trimmed text, or null when absent or blank
     */
    static @Nullable String present(Problems p, String path, @Nullable String raw, boolean required,
            boolean redact) {
        String text = trim(raw);
        if (text.isEmpty()) {
            if (required) {
                String message = raw == null ? "is required" : "must not be blank";
                if (redact) {
                    p.addRedacted(path, Codes.REQUIRED, message);
                } else {
                    p.add(path, Codes.REQUIRED, message, raw);
                }
            }
            return null;
        }
        return text;
    }

    /**
     * Removes leading and trailing spaces, tabs, line breaks and Unicode space separators (such as no-break
     * space), but not control characters, which the checks report instead.
     *
     * @return the trimmed text; empty for null
     */
    static String trim(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isTrimmable(raw.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || Character.isSpaceChar(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
