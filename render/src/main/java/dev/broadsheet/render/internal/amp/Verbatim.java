package dev.broadsheet.render.internal.amp;

/**
 * Decides, without parsing, whether sanitized markup is already valid AMP, so that it can be written as it is —
 * most comments, and article bodies without images or embeds. It only ever answers "yes" for markup made of
 * {@link AmpRules} elements whose every attribute passes {@link AmpRules#check} unchanged; anything else, or
 * anything it does not recognise, goes to the converter. It relies on what a {@link dev.broadsheet.html.SafeHtml}
 * guarantees: no comments, no raw-text elements, every {@code <} starts a tag, attribute values in double quotes
 * with {@code "} escaped. A wrong "no" costs a parse; a wrong "yes" could only cost validity, never safety: the
 * markup is sanitized either way.
 */
final class Verbatim {

    private Verbatim() {
    }

    /** Whether sanitized markup is valid AMP as it is. */
    static boolean isValidAmp(String html) {
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0) {
            if (i + 1 >= n) {
                return false;
            }
            if (html.charAt(i + 1) == '/') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return false;
                }
                i = html.indexOf('<', close + 1);
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            AmpRules.Rule rule = AmpRules.rule(html.substring(i + 1, nameEnd));
            if (rule == null) {
                return false;
            }
            int end = attributes(html, nameEnd, rule);
            if (end < 0) {
                return false;
            }
            i = html.indexOf('<', end);
        }
        return true;
    }

    /** Checks a start tag's attributes; returns the index after its {@code >}, or -1 to refuse. */
    private static int attributes(String html, int from, AmpRules.Rule rule) {
        int n = html.length();
        int i = from;
        while (true) {
            while (i < n && html.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            int nameEnd = i;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == i || nameEnd >= n) {
                return -1;
            }
            AmpRules.Kind kind = rule.kind(html.substring(i, nameEnd));
            if (kind == null) {
                return -1;
            }
            String value;
            if (html.charAt(nameEnd) == '=') {
                if (nameEnd + 1 >= n || html.charAt(nameEnd + 1) != '"') {
                    return -1;
                }
                int close = html.indexOf('"', nameEnd + 2);
                if (close < 0) {
                    return -1;
                }
                value = html.substring(nameEnd + 2, close);
                i = close + 1;
            } else {
                value = "";
                i = nameEnd;
            }
            String checked = AmpRules.check(kind, value);
            // escaped values (&amp;) check as their text would: the checks look at schemes, prefixes and names
            if (checked == null || kind != AmpRules.Kind.BOOL && !checked.equals(value)) {
                return -1;
            }
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
}
