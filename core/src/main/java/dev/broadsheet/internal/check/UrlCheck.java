package dev.broadsheet.internal.check;

import dev.broadsheet.text.TextCleaner;
import java.net.IDN;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks absolute {@code http}/{@code https} URLs, deciding what a URL is by what a browser would make of it.
 *
 * <p>Browsers drop leading and trailing control characters and spaces and every tab and line break inside a URL,
 * so {@code "\u0001java\tscript:alert(1)"} is a {@code javascript:} URL to them. The scheme is therefore read from
 * that browser view and anything other than {@code http} or {@code https} is {@code url.scheme}. Text that merely
 * looks like a scheme, such as {@code javascript&#58;alert(1)}, has no scheme at all and is {@code url.relative}.
 * A URL whose scheme is fine but which still contains control characters, tabs or line breaks is
 * {@code url.invalid}: nothing is silently removed.
 */
public final class UrlCheck {

    /** Longest URL accepted, in UTF-16 code units, both as typed (after trimming) and after normalization. */
    public static final int MAX_LENGTH = 2000;

    /** Longest host name, in characters after IDN conversion (RFC 1035: 253 without the trailing dot). */
    static final int MAX_HOST_LENGTH = 253;

    /** Longest label of a host name, in characters after IDN conversion (RFC 1035). */
    static final int MAX_LABEL_LENGTH = 63;

    private UrlCheck() {
    }

    /**
     * Checks an absolute http or https URL.
     *
     * <p>Rules: surrounding white space is trimmed; at most {@value #MAX_LENGTH} characters ({@code too_long});
     * the scheme must be {@code http} or {@code https} in any case ({@code url.scheme}); relative and
     * protocol-relative ({@code //host}) URLs are {@code url.relative}; user information ({@code user:pw@}) is
     * {@code url.userinfo}; {@code url.invalid} covers a missing {@code //} after the scheme, control characters,
     * white space, backslashes, {@code " < > `}, bidi controls and invisible characters anywhere, a bad host (empty
     * labels, labels over 63 or hosts over 253 characters, characters other than letters, digits, {@code -} and
     * {@code _}, labels starting or ending with {@code -}, percent-escapes, numeric hosts that are not a strict
     * dotted quad, malformed IPv6 literals, names IDN cannot convert), a port that is not 1–65535, and a
     * {@code %} not followed by two hex digits.
     *
     * <p>Normalization: the scheme and host are lower-cased, a non-ASCII host is converted to ASCII with
     * {@link IDN#toASCII(String)}; port, path, query and fragment are kept as typed.
     *
     * @return the normalized URL, or null when absent, blank or invalid
     */
    public static @Nullable String absoluteHttp(Problems p, String path, @Nullable String raw, boolean required) {
        String url = Formats.present(p, path, raw, required, false);
        if (url == null) {
            return null;
        }
        boolean tooLong = url.length() > MAX_LENGTH;
        if (tooLong) {
            p.add(path, Codes.TOO_LONG, "must be at most " + MAX_LENGTH + " characters, was " + url.length(), url);
        }
        String scheme = browserScheme(url);
        if (scheme == null) {
            p.add(path, Codes.URL_RELATIVE, isProtocolRelative(url)
                    ? "must not be protocol-relative (//host); start with https://"
                    : "must be an absolute URL starting with http:// or https://", url);
            return null;
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            p.add(path, Codes.URL_SCHEME, "must use http or https, not " + printable(lower), url);
            return null;
        }
        if (tooLong) {
            return null;
        }
        String normalized = parse(p, path, url, lower);
        if (normalized != null && normalized.length() > MAX_LENGTH) {
            p.add(path, Codes.TOO_LONG, "must be at most " + MAX_LENGTH + " characters once the host is in ASCII, was "
                    + normalized.length(), url);
            return null;
        }
        return normalized;
    }

    private static @Nullable String parse(Problems p, String path, String url, String scheme) {
        String bad = badCharacter(url);
        if (bad != null) {
            p.add(path, Codes.URL_INVALID, "must not contain " + bad, url);
            return null;
        }
        int afterScheme = scheme.length() + 1;
        if (!url.startsWith("//", afterScheme)) {
            p.add(path, Codes.URL_INVALID, "must have // after " + scheme + ":", url);
            return null;
        }
        int authorityStart = afterScheme + 2;
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = url.substring(authorityStart, authorityEnd);
        if (authority.indexOf('@') >= 0) {
            p.add(path, Codes.URL_USERINFO, "must not contain a user name or password (user:password@)", url);
            return null;
        }
        String hostAndPort = hostAndPort(authority);
        if (hostAndPort == null) {
            p.add(path, Codes.URL_INVALID, "must have a valid host and port", url);
            return null;
        }
        String rest = url.substring(authorityEnd);
        if (!percentEscapesOk(rest)) {
            p.add(path, Codes.URL_INVALID, "must follow every % with two hex digits", url);
            return null;
        }
        return scheme + "://" + hostAndPort + rest;
    }

    /** The normalized host with its port, or null when either is invalid. */
    private static @Nullable String hostAndPort(String authority) {
        String host;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            String literal = Formats.canonicalIpv6(authority.substring(1, close));
            if (literal == null) {
                return null;
            }
            host = "[" + literal + "]";
            port = authority.substring(close + 1);
            if (!port.isEmpty() && port.charAt(0) != ':') {
                return null;
            }
        } else {
            int colon = authority.lastIndexOf(':');
            String name = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon);
            host = hostName(name);
            if (host == null) {
                return null;
            }
        }
        if (!port.isEmpty() && !validPort(port.substring(1))) {
            return null;
        }
        return host + port;
    }

    /** A host name lower-cased and in ASCII, or null when it is not a valid one. */
    static @Nullable String hostName(String name) {
        if (name.isEmpty() || name.length() > MAX_HOST_LENGTH * 4) {
            return null;
        }
        String ascii;
        try {
            ascii = isAscii(name) ? name : IDN.toASCII(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        ascii = ascii.toLowerCase(Locale.ROOT);
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (ascii.isEmpty() || ascii.length() > MAX_HOST_LENGTH) {
            return null;
        }
        String[] labels = ascii.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (looksNumeric(last)) {
            return Formats.canonicalIpv4(ascii) == null ? null : ascii;
        }
        for (String label : labels) {
            if (!validLabel(label)) {
                return null;
            }
        }
        return name.endsWith(".") ? ascii + "." : ascii;
    }

    private static boolean validLabel(String label) {
        int n = label.length();
        if (n == 0 || n > MAX_LABEL_LENGTH || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !Formats.isDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** All digits, or a hex number such as {@code 0x7f}: hosts that browsers read as IPv4 addresses. */
    private static boolean looksNumeric(String label) {
        if (label.startsWith("0x")) {
            return true;
        }
        if (label.isEmpty()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (!Formats.isDigit(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean validPort(String port) {
        if (port.isEmpty() || port.length() > 5) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < port.length(); i++) {
            char c = port.charAt(i);
            if (!Formats.isDigit(c)) {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1 && value <= 65535;
    }

    private static boolean percentEscapesOk(String s) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    /** Describes the first character a URL must not contain, or returns null when there is none. */
    private static @Nullable String badCharacter(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return "tabs or line breaks";
            }
            if (isControl(c)) {
                return "control characters";
            }
            if (c == ' ' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                return "spaces (write %20)";
            }
            if (c == '\\') {
                return "backslashes";
            }
            if (c == '"' || c == '<' || c == '>' || c == '`') {
                return "the character " + c + " (percent-encode it)";
            }
            if (TextCleaner.isBidiControl(c) || TextCleaner.isInvisible(c)
                    || (c >= '\u200B' && c <= '\u200F')) {
                return "invisible or bidirectional control characters";
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < url.length()
                        && Character.isLowSurrogate(url.charAt(i + 1));
                if (!paired) {
                    return "unpaired surrogates (malformed UTF-16)";
                }
                i++;
            }
        }
        return null;
    }

    /**
     * The scheme a browser would see: leading controls and spaces skipped, tabs and line breaks ignored.
     *
     * @return the scheme as typed (without those characters), or null when the URL has no scheme
     */
    private static @Nullable String browserScheme(String url) {
        StringBuilder scheme = new StringBuilder();
        int i = 0;
        int n = url.length();
        while (i < n && url.charAt(i) <= ' ') {
            i++;
        }
        for (; i < n; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == ':') {
                return scheme.length() > 0 ? scheme.toString() : null;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean other = Formats.isDigit(c) || c == '+' || c == '-' || c == '.';
            if (!letter && !(other && scheme.length() > 0)) {
                return null;
            }
            scheme.append(c);
        }
        return null;
    }

    private static boolean isProtocolRelative(String url) {
        int i = 0;
        while (i < url.length() && url.charAt(i) <= ' ') {
            i++;
        }
        return url.startsWith("//", i) || url.startsWith("\\\\", i) || url.startsWith("/\\", i)
                || url.startsWith("\\/", i);
    }

    private static String printable(String scheme) {
        return scheme.length() > 20 ? scheme.substring(0, 20) + "…:" : scheme + ":";
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Formats.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
