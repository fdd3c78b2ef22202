package dev.broadsheet.render.internal.amp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stylesheet of an AMP page: the site's, compacted, plus the few rules AMP markup needs, checked once when the
 * renderer is built against what {@code <style amp-custom>} allows.
 */
public final class AmpStylesheet {

    /** AMP's limit for {@code <style amp-custom>}, in bytes of UTF-8. */
    public static final int MAX_BYTES = 75_000;

    /**
     * Rules for markup only AMP pages have: the 16:9 box an image of unknown size is fitted into, the placeholder
     * of an embed, and the forms' response messages. Colours and fonts fall back when a site's own stylesheet does
     * not define Broadsheet's custom properties.
     */
    static final String ADDITIONS = ".bs-amp-fill{display:block;position:relative;width:100%;height:0;"
            + "padding-top:56.25%}"
            + ".bs-embed-placeholder{display:flex;align-items:center;justify-content:center;padding:1rem;"
            + "background:var(--bs-tint,#f2f2f2);font-family:var(--bs-sans,sans-serif)}"
            + ".bs-form-success{padding:1rem;border-left:4px solid var(--bs-accent,#1a7f37);"
            + "font-family:var(--bs-sans,sans-serif)}";

    private final String css;
    private final int bytes;

    private AmpStylesheet(String css, int bytes) {
        this.css = css;
        this.bytes = bytes;
    }

    /**
     * Compacts a site stylesheet (comments and needless whitespace removed, a leading {@code @charset} dropped),
     * appends the AMP rules and checks the result.
     *
     * @param siteCss the site's stylesheet
     * @return the stylesheet to inline
     * @throws IllegalArgumentException naming every problem: more than {@value #MAX_BYTES} bytes (with the size),
     *     {@code !important}, {@code @import}, {@code @namespace}, an {@code i-amphtml-} name, an unterminated
     *     comment, {@code </style} or {@code <!--}
     */
    public static AmpStylesheet of(String siteCss) {
        List<String> problems = new ArrayList<>();
        String compact = compact(siteCss, problems);
        String css = compact.isEmpty() ? ADDITIONS : compact + "\n" + ADDITIONS;
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("i-amphtml-")) {
            problems.add("it names the AMP runtime's i-amphtml- classes");
        }
        if (lower.contains("</style") || lower.contains("<!--")) {
            problems.add("it contains </style or <!--, which would end the <style> element");
        }
        int bytes = css.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            problems.add(String.format(Locale.ROOT, "it takes %,d bytes of UTF-8 with Broadsheet's %,d bytes of AMP "
                    + "rules and after compaction, over AMP's limit of %,d bytes for <style amp-custom>", bytes,
                    ADDITIONS.length() + 1, MAX_BYTES));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("stylesheet cannot be inlined in an AMP page: "
                    + String.join("; ", problems));
        }
        return new AmpStylesheet(css, bytes);
    }

    /** The text of {@code <style amp-custom>}. */
    public String css() {
        return css;
    }

    /** Its size in bytes of UTF-8. */
    public int bytes() {
        return bytes;
    }

    /**
     * Removes comments, collapses whitespace outside strings (and drops it next to {@code { } ; ,}), drops a
     * leading {@code @charset} rule, and records {@code !important}, {@code @import} and {@code @namespace}.
     */
    static String compact(String css, List<String> problems) {
        int n = css.length();
        StringBuilder out = new StringBuilder(n);
        boolean space = false;
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add("a comment at offset " + i + " is not closed");
                    break;
                }
                i = end + 2;
                space = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
                i++;
            } else {
                if (space && out.length() > 0 && !tight(out.charAt(out.length() - 1)) && !tight(c)) {
                    out.append(' ');
                }
                space = false;
                if (c == '"' || c == '\'') {
                    i = string(css, i, out);
                } else if (c == '\\' && i + 1 < n) {
                    out.append(c).append(css.charAt(i + 1)); // an escape: the next character is literal
                    i += 2;
                } else if (c == '!' && word(css, skipBlank(css, i + 1), "important")) {
                    problems.add("it uses !important (at offset " + i + "), which AMP does not allow");
                    out.append(c);
                    i++;
                } else if (c == '@' && word(css, i + 1, "charset") && out.length() == 0) {
                    int end = css.indexOf(';', i);
                    i = end < 0 ? n : end + 1; // meaningless inside a page, and refused by AMP
                } else if (c == '@' && (word(css, i + 1, "import") || word(css, i + 1, "namespace"))) {
                    problems.add("it uses @" + (word(css, i + 1, "import") ? "import" : "namespace") + " (at offset "
                            + i + "), which AMP does not allow");
                    out.append(c);
                    i++;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Copies a string token, quotes included; returns the index after it. */
    private static int string(String css, int start, StringBuilder out) {
        char quote = css.charAt(start);
        int i = start + 1;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i += 2;
            } else if (c == quote || c == '\n') {
                i++;
                break;
            } else {
                i++;
            }
        }
        out.append(css, start, i);
        return i;
    }

    private static boolean tight(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',';
    }

    private static int skipBlank(String css, int i) {
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean word(String css, int at, String word) {
        return css.regionMatches(true, at, word, 0, word.length());
    }
}
