package dev.broadsheet.internal.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks and normalises URLs found in attributes, the way a browser would read them.
 *
 * <p>Order of work: leading and trailing C0 controls and spaces are stripped and every tab, line feed and carriage
 * return is removed (as the WHATWG URL parser does, which defeats {@code java&#x09;script:}); a {@code :} before
 * any {@code /}, {@code ?} or {@code #} marks a scheme, which must be a valid scheme name and, lower-cased, in the
 * allow-list; otherwise the URL is relative. Backslashes count as slashes (browsers treat them so in http URLs),
 * so {@code /\host} is protocol-relative; protocol-relative URLs always become {@code https:}. Relative URLs are
 * resolved against the base when there is one and kept relative otherwise. Absolute http(s) URLs are normalised:
 * lower-case scheme and host, default port removed, empty path made {@code /}, dot segments removed (also
 * {@code %2e}), and user info ({@code user@host}) rejected. In all URLs, controls, spaces, quotes, angle brackets
 * and backticks are percent-encoded. Every step is idempotent, so a normalised URL normalises to itself.
 */
public final class Urls {

    /** The longest URL accepted, in UTF-16 code units; longer ones are rejected. */
    public static final int MAX_LENGTH = 8192;

    private Urls() {
    }

    /** An allowed embed: https only, this exact host, a path starting with this prefix (and longer than it). */
    public record Embed(String host, String pathPrefix) {
    }

    /** A parsed absolute http(s) URL. */
    public record Parts(String scheme, String authority, String path, @Nullable String query,
            @Nullable String fragment) {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(scheme.length() + authority.length() + path.length() + 16);
            sb.append(scheme).append("://").append(authority).append(path);
            if (query != null) {
                sb.append('?').append(query);
            }
            if (fragment != null) {
                sb.append('#').append(fragment);
            }
            return sb.toString();
        }

        String host() {
            int bracket = authority.lastIndexOf(']');
            int colon = authority.lastIndexOf(':');
            return colon > bracket ? authority.substring(0, colon) : authority;
        }

        boolean hasPort() {
            int bracket = authority.lastIndexOf(']');
            return authority.lastIndexOf(':') > bracket;
        }
    }

    /**
     * Parses a base URL for a policy.
     *
     * @throws IllegalArgumentException unless it is an absolute http or https URL with a host
     */
    public static Parts parseBase(String url) {
        String s = strip(url);
        int colon = schemeEnd(s);
        String scheme = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        Parts parts = isHttp(scheme) ? special(scheme, s.substring(colon + 1), false) : null;
        if (parts == null) {
            throw new IllegalArgumentException(
                    "baseUrl must be an absolute http or https URL without user info, was \"" + url + "\"");
        }
        return new Parts(parts.scheme(), parts.authority(), parts.path(), parts.query(), null);
    }

    /**
     * Checks a URL attribute value.
     *
     * @param raw the attribute value, entities already decoded by the parser
     * @param kind one of the URL kinds of {@link AttrKind}
     * @param rules schemes, base and embeds
     * @param srcset whether commas must be encoded (inside a srcset)
     * @return the normalised URL to write, or null to reject it
     */
    public static @Nullable String check(String raw, AttrKind kind, Rules rules, boolean srcset) {
        String s = strip(raw);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        Set<String> schemes = rules.schemes();
        int colon = schemeEnd(s);
        if (colon >= 0) {
            String scheme = validScheme(s, colon);
            if (scheme == null || !schemes.contains(scheme) || !kindAccepts(kind, scheme)) {
                return null;
            }
            if (isHttp(scheme)) {
                Parts parts = special(scheme, s.substring(colon + 1), srcset);
                return parts == null ? null : absolute(parts, kind, rules);
            }
            return scheme + ":" + encode(s.substring(colon + 1), srcset, true);
        }
        String rel = s.replace('\\', '/');
        if (rel.startsWith("//")) {
            if (!schemes.contains("https")) {
                return null;
            }
            Parts parts = special("https", rel, srcset);
            return parts == null ? null : absolute(parts, kind, rules);
        }
        if (rel.startsWith("#")) {
            return kind == AttrKind.LINK_URL || kind == AttrKind.CITE_URL ? encode(rel, srcset, false) : null;
        }
        Parts base = rules.base();
        if (base != null) {
            if (!schemes.contains(base.scheme())) {
                return null;
            }
            Parts parts = special(base.scheme(), resolve(base, rel), srcset);
            return parts == null ? null : absolute(parts, kind, rules);
        }
        return kind == AttrKind.EMBED_URL ? null : encode(rel, srcset, false);
    }

    private static boolean kindAccepts(AttrKind kind, String scheme) {
        if (kind == AttrKind.IMAGE_URL || kind == AttrKind.SRCSET) {
            return isHttp(scheme);
        }
        if (kind == AttrKind.EMBED_URL) {
            return scheme.equals("https");
        }
        return true;
    }

    private static @Nullable String absolute(Parts parts, AttrKind kind, Rules rules) {
        if (!kindAccepts(kind, parts.scheme())) {
            return null;
        }
        if (kind == AttrKind.EMBED_URL && !isAllowedEmbed(parts, rules.embeds())) {
            return null;
        }
        return parts.toString();
    }

    private static boolean isAllowedEmbed(Parts parts, List<Embed> embeds) {
        if (parts.hasPort()) {
            return false;
        }
        String host = parts.host();
        for (Embed e : embeds) {
            if (e.host().equals(host) && parts.path().startsWith(e.pathPrefix())
                    && parts.path().length() > e.pathPrefix().length()) {
                return true;
            }
        }
        return false;
    }

    static boolean isHttp(String scheme) {
        return scheme.equals("https") || scheme.equals("http");
    }

    /** Strips leading and trailing C0 controls and spaces, and removes tabs and line breaks anywhere. */
    static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) <= ' ') {
            end--;
        }
        boolean clean = true;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                clean = false;
                break;
            }
        }
        if (clean) {
            return raw.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The index of a scheme-ending colon (one before any {@code / ? #}), or -1. */
    static int schemeEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '/' || c == '?' || c == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** The lower-cased scheme before {@code colon}, or null when it is not a valid scheme name. */
    static @Nullable String validScheme(String s, int colon) {
        if (colon == 0 || colon > 32) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = s.charAt(i);
            boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean ok = i == 0 ? alpha : alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
            if (!ok) {
                return null;
            }
        }
        return s.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** Parses {@code //authority/path?query#fragment} of an http(s) URL; null when malformed. */
    private static @Nullable Parts special(String scheme, String rest, boolean srcset) {
        String r = rest.replace('\\', '/');
        if (!r.startsWith("//")) {
            return null;
        }
        int end = r.length();
        for (int i = 2; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String authority = authority(scheme, r.substring(2, end));
        if (authority == null) {
            return null;
        }
        String tail = r.substring(end);
        String fragment = null;
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            fragment = encode(tail.substring(hash + 1), srcset, false);
            tail = tail.substring(0, hash);
        }
        String query = null;
        int q = tail.indexOf('?');
        if (q >= 0) {
            query = encode(tail.substring(q + 1), srcset, false);
            tail = tail.substring(0, q);
        }
        String path = tail.isEmpty() ? "/" : removeDotSegments(encode(tail, srcset, false));
        return new Parts(scheme, authority, path, query, fragment);
    }

    private static @Nullable String authority(String scheme, String authority) {
        if (authority.isEmpty() || authority.indexOf('@') >= 0) {
            return null;
        }
        String host;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = authority.substring(0, close + 1);
            for (int i = 1; i < close; i++) {
                char c = host.charAt(i);
                if (!(Character.digit(c, 16) >= 0 && c < 0x80) && c != ':' && c != '.') {
                    return null;
                }
            }
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    return null;
                }
                port = after.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon >= 0 ? authority.substring(0, colon) : authority;
            port = colon >= 0 ? authority.substring(colon + 1) : "";
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '.' || c == '_'
                        || (c >= 0x80 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && !Character.isISOControl(c) && !Character.isSurrogate(c));
                if (!ok) {
                    return null;
                }
            }
        }
        if (host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!port.isEmpty()) {
            if (port.length() > 5) {
                return null;
            }
            for (int i = 0; i < port.length(); i++) {
                if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                    return null;
                }
            }
            int p = Integer.parseInt(port);
            if (p > 65535) {
                return null;
            }
            boolean isDefault = (p == 443 && scheme.equals("https")) || (p == 80 && scheme.equals("http"));
            port = isDefault ? "" : Integer.toString(p);
        }
        return port.isEmpty() ? host : host + ":" + port;
    }

    /** Resolves a relative reference (not starting with {@code //}) against a base, as RFC 3986 section 5.2. */
    private static String resolve(Parts base, String rel) {
        String fragment = null;
        String rest = rel;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path;
        if (rest.isEmpty()) {
            path = base.path();
            if (query == null) {
                query = base.query();
            }
        } else if (rest.startsWith("/")) {
            path = rest;
        } else {
            String bp = base.path();
            path = bp.substring(0, bp.lastIndexOf('/') + 1) + rest;
        }
        StringBuilder sb = new StringBuilder("//").append(base.authority()).append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        if (fragment != null) {
            sb.append('#').append(fragment);
        }
        return sb.toString();
    }

    /** Removes {@code .} and {@code ..} segments (also written {@code %2e}) from an absolute path. */
    static String removeDotSegments(String path) {
        if (path.indexOf('.') < 0 && path.indexOf('%') < 0) {
            return path;
        }
        String[] segments = path.split("/", -1);
        Deque<String> out = new ArrayDeque<>(segments.length);
        for (int i = 1; i < segments.length; i++) {
            String seg = segments[i];
            boolean last = i == segments.length - 1;
            String dots = seg.replace("%2e", ".").replace("%2E", ".");
            if (dots.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (dots.equals("..")) {
                if (!out.isEmpty()) {
                    out.removeLast();
                }
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(seg);
            }
        }
        return "/" + String.join("/", out);
    }

    /**
     * Percent-encodes what must never appear raw in a URL attribute: C0 controls, space, DEL, quotes, angle
     * brackets, backticks, unpaired surrogates, and commas inside a srcset (backslashes too outside http URLs).
     * Existing percent escapes are kept, so encoding twice changes nothing.
     */
    static String encode(String s, boolean srcset, boolean backslash) {
        int n = s.length();
        int i = 0;
        while (i < n && !mustEncode(s, i, srcset, backslash)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append("%EF%BF%BD");
            } else if (mustEncode(s, i, srcset, backslash)) {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean mustEncode(String s, int i, boolean srcset, boolean backslash) {
        char c = s.charAt(i);
        if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`') {
            return true;
        }
        if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            return !paired;
        }
        return (srcset && c == ',') || (backslash && c == '\\');
    }

    /**
     * Checks every candidate of a {@code srcset}: each URL as an image URL, each descriptor a width
     * ({@code 640w}), density ({@code 2x}, {@code 1.5x}) or height ({@code 480h}).
     *
     * @param rejected receives each rejected URL
     * @return the normalised srcset ({@code "url 640w, url2 2x"}), or null when no candidate survives
     */
    public static @Nullable String checkSrcset(String value, Rules rules, java.util.function.Consumer<String> rejected) {
        StringBuilder out = new StringBuilder(value.length());
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && (isSpace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int urlStart = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(urlStart, i);
            String descriptors = "";
            if (url.endsWith(",")) {
                while (url.endsWith(",")) {
                    url = url.substring(0, url.length() - 1);
                }
            } else {
                int descStart = i;
                int depth = 0;
                while (i < n) {
                    char c = value.charAt(i);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')' && depth > 0) {
                        depth--;
                    } else if (c == ',' && depth == 0) {
                        break;
                    }
                    i++;
                }
                descriptors = value.substring(descStart, i).strip();
                i++;
            }
            String checkedDescriptors = descriptors(descriptors);
            String checked = url.isEmpty() ? null : check(url, AttrKind.IMAGE_URL, rules, true);
            if (checked == null || checkedDescriptors == null) {
                if (!url.isEmpty()) {
                    rejected.accept(url);
                }
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(checked);
            if (!checkedDescriptors.isEmpty()) {
                out.append(' ').append(checkedDescriptors);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static @Nullable String descriptors(String d) {
        if (d.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(d.length());
        for (String token : d.split("[\\t\\n\\f\\r ]+")) {
            if (!isDescriptor(token)) {
                return null;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    private static boolean isDescriptor(String t) {
        if (t.length() < 2 || t.length() > 12) {
            return false;
        }
        char unit = t.charAt(t.length() - 1);
        String number = t.substring(0, t.length() - 1);
        if (unit == 'w' || unit == 'h') {
            return number.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        return unit == 'x' && number.matches("[0-9]+(\\.[0-9]+)?");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
