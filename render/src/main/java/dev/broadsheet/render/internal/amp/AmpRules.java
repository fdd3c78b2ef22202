package dev.broadsheet.render.internal.amp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The allow-list of elements and attributes an AMP page keeps from sanitized markup as they are. Everything not
 * listed is converted (images, embeds, media), dropped with its content (code, forms, foreign markup) or unwrapped
 * to its content, and attributes not listed are dropped. Values are checked again here because AMP is stricter
 * than HTML: ids that could shadow DOM properties, {@code i-amphtml-} classes and URL schemes the validator refuses.
 */
final class AmpRules {

    /** How an attribute's value is checked. */
    enum Kind {
        TEXT, LINK, CITE, UINT, INT, BOOL, LANG, DIR, CLASS, ID, OL_TYPE, SCOPE, DATETIME, REL
    }

    /**
     * An element kept as it is.
     *
     * @param name its tag name
     * @param isVoid whether it has no end tag
     * @param attributes the attributes it keeps, global ones included, in the order they are written
     * @param kinds their kinds, index for index
     */
    record Rule(String name, boolean isVoid, String[] attributes, Kind[] kinds) {

        /** The kind of an attribute this element keeps, or null. */
        @Nullable Kind kind(String attribute) {
            for (int i = 0; i < attributes.length; i++) {
                if (attributes[i].equals(attribute)) {
                    return kinds[i];
                }
            }
            return null;
        }
    }

    private static final Map<String, Rule> RULES = new HashMap<>();

    /** Elements dropped with everything in them: code, styling, raw text, forms, foreign and hidden markup. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "object", "embed",
            "applet", "svg", "math", "textarea", "select", "option", "optgroup", "datalist", "title", "xmp",
            "noembed", "noframes", "plaintext", "frame", "frameset", "head", "meta", "link", "base", "input",
            "button", "canvas", "source", "track", "param", "dialog", "slot", "portal", "iframe", "img", "video",
            "audio");

    static {
        for (String name : new String[] {"p", "div", "section", "article", "aside", "header", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "dl", "dt", "dd", "figure", "figcaption", "pre", "table", "caption", "thead",
            "tbody", "tfoot", "tr", "abbr", "b", "bdi", "cite", "code", "dfn", "em", "i", "kbd", "mark", "s", "samp",
            "small", "span", "strong", "sub", "sup", "u", "var"}) {
            add(name, false);
        }
        add("hr", true);
        add("br", true);
        add("wbr", true);
        add("blockquote", false, "cite", Kind.CITE);
        add("q", false, "cite", Kind.CITE);
        add("del", false, "cite", Kind.CITE, "datetime", Kind.DATETIME);
        add("ins", false, "cite", Kind.CITE, "datetime", Kind.DATETIME);
        add("time", false, "datetime", Kind.DATETIME);
        add("ol", false, "start", Kind.INT, "reversed", Kind.BOOL, "type", Kind.OL_TYPE);
        add("li", false, "value", Kind.INT);
        add("colgroup", false, "span", Kind.UINT);
        add("col", true, "span", Kind.UINT);
        add("td", false, "colspan", Kind.UINT, "rowspan", Kind.UINT);
        add("th", false, "colspan", Kind.UINT, "rowspan", Kind.UINT, "scope", Kind.SCOPE, "abbr", Kind.TEXT);
        add("a", false, "href", Kind.LINK, "rel", Kind.REL);
    }

    private AmpRules() {
    }

    private static void add(String name, boolean isVoid, Object... specific) {
        int n = specific.length / 2;
        String[] attributes = new String[n + 5];
        Kind[] kinds = new Kind[n + 5];
        for (int i = 0; i < n; i++) {
            attributes[i] = (String) specific[2 * i];
            kinds[i] = (Kind) specific[2 * i + 1];
        }
        String[] global = {"id", "class", "title", "lang", "dir"};
        Kind[] globalKinds = {Kind.ID, Kind.CLASS, Kind.TEXT, Kind.LANG, Kind.DIR};
        System.arraycopy(global, 0, attributes, n, 5);
        System.arraycopy(globalKinds, 0, kinds, n, 5);
        RULES.put(name, new Rule(name, isVoid, attributes, kinds));
    }

    /** The rule for an element kept as it is, or null. */
    static @Nullable Rule rule(String tagName) {
        return RULES.get(tagName);
    }

    /** Whether an element that is not kept goes with its content (rather than being unwrapped). */
    static boolean dropsContent(String tagName) {
        return DROPPED.contains(tagName);
    }

    /**
     * Checks an attribute value.
     *
     * @return the value to write (for {@link Kind#BOOL}, {@code ""}: write the name alone), or null to drop it
     */
    static @Nullable String check(Kind kind, String value) {
        switch (kind) {
            case TEXT:
                return value;
            case LINK:
                return AmpUrls.link(value) ? value : null;
            case CITE:
                return AmpUrls.web(value) ? value : null;
            case UINT:
                return uint(value) >= 0 ? value : null;
            case INT:
                return uint(value.startsWith("-") ? value.substring(1) : value) >= 0 ? value : null;
            case BOOL:
                return "";
            case LANG:
                return chars(value, 35, "-") ? value : null;
            case DIR:
                return value.equals("ltr") || value.equals("rtl") || value.equals("auto") ? value : null;
            case CLASS:
                return classes(value);
            case ID:
                return id(value) ? value : null;
            case OL_TYPE:
                return value.length() == 1 && "1aAiI".indexOf(value.charAt(0)) >= 0 ? value : null;
            case SCOPE:
                return value.equals("row") || value.equals("col") || value.equals("rowgroup")
                        || value.equals("colgroup") ? value : null;
            case DATETIME:
                return chars(value, 64, ":+-. ") ? value : null;
            case REL:
                return rel(value) ? value : null;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /**
     * A non-negative number of at most 100,000, written as plain digits (no sign, no spaces).
     *
     * @return the number, or -1 when the value is anything else
     */
    static int uint(String value) {
        int n = value.length();
        if (n == 0 || n > 6) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 100_000 ? v : -1;
    }

    /** ASCII letters and digits plus the given punctuation, 1 to {@code max} characters. */
    private static boolean chars(String value, int max, String punctuation) {
        int n = value.length();
        if (n == 0 || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!isAlnum(c) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isName(char c) {
        return isAlnum(c) || c == '-' || c == '_';
    }

    /**
     * The class names AMP accepts: letters, digits, {@code -} and {@code _}, not starting with {@code i-amp} or
     * {@code -amp} (the runtime's own prefixes).
     *
     * @return the names kept, separated by single spaces (the value itself when nothing was removed), or null when
     *     none is kept
     */
    static @Nullable String classes(String value) {
        int n = value.length();
        StringBuilder kept = new StringBuilder(n);
        for (int start = 0; start < n;) {
            int end = value.indexOf(' ', start);
            end = end < 0 ? n : end;
            if (className(value, start, end)) {
                if (kept.length() > 0) {
                    kept.append(' ');
                }
                kept.append(value, start, end);
            }
            start = end + 1;
        }
        if (kept.length() == 0) {
            return null;
        }
        return kept.length() == n ? value : kept.toString(); // only removals happen: same length, same text
    }

    private static boolean className(String value, int start, int end) {
        if (end == start || end - start > 64) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isName(value.charAt(i))) {
                return false;
            }
        }
        return !startsWith(value, start, end, "i-amp") && !startsWith(value, start, end, "-amp");
    }

    private static boolean startsWith(String value, int start, int end, String prefix) {
        return end - start >= prefix.length() && value.regionMatches(true, start, prefix, 0, prefix.length());
    }

    /**
     * Ids AMP accepts. AMP refuses ids that name DOM properties ({@code baseURI}, {@code innerHTML}, …, in any
     * case) or its own ({@code AMP}, {@code i-amphtml-…}). Every such name is a single word, so an id is kept only
     * when it is an ASCII name starting with a letter with a digit, {@code -} or {@code _} in it, such as
     * {@code fn-1} or {@code notes_2}, and does not start with {@code i-amp}.
     */
    static boolean id(String value) {
        int n = value.length();
        if (n < 2 || n > 64 || !isLetter(value.charAt(0)) || startsWith(value, 0, n, "i-amp")) {
            return false;
        }
        boolean separated = false;
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isName(c)) {
                return false;
            }
            separated |= !isLetter(c);
        }
        return separated;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Lower-case link types separated by single spaces. */
    private static boolean rel(String value) {
        int n = value.length();
        if (n == 0 || n > 100 || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '-' && !(c == ' ' && value.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }
}
