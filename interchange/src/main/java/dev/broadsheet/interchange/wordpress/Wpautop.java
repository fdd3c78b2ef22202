package dev.broadsheet.interchange.wordpress;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * WordPress's automatic paragraphs, written from its documented behaviour: WordPress stores a post's body
 * without {@code <p>} elements and adds them when it shows the post. The rules, as the WordPress documentation of
 * {@code wpautop} describes them:
 *
 * <ul>
 *   <li>text separated by a blank line (two or more line breaks) becomes separate paragraphs;</li>
 *   <li>a single line break inside a paragraph becomes {@code <br>};</li>
 *   <li>block-level elements ({@code div}, {@code blockquote}, {@code ul}, {@code table}, {@code h2}, {@code figure},
 *       …) are never wrapped in a paragraph, and line breaks next to them are not turned into {@code <br>};</li>
 *   <li>text directly inside a block that holds paragraphs ({@code blockquote}, {@code div}, {@code section}, …)
 *       is made into paragraphs; text inside other blocks ({@code li}, {@code td}, {@code h2}, {@code p},
 *       {@code figcaption}) keeps its line breaks as {@code <br>} but gets no paragraphs;</li>
 *   <li>the content of {@code pre}, {@code script}, {@code style} and {@code textarea} is left exactly as it is,
 *       and HTML comments are kept in place.</li>
 * </ul>
 *
 * <p>The output is fed to the sanitizer, which repairs whatever nesting the input got wrong.
 */
final class Wpautop {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption",
            "col", "colgroup", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "map",
            "math", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");
    /** Blocks whose text directly inside becomes paragraphs. */
    private static final Set<String> FLOW = Set.of("blockquote", "div", "section", "article", "aside", "header",
            "footer", "nav", "main", "details", "form", "fieldset");
    /** Elements whose content is copied untouched. */
    private static final Set<String> RAW = Set.of("pre", "script", "style", "textarea");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

    private Wpautop() {
    }

    static String apply(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length() + s.length() / 8 + 16);
        StringBuilder inline = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '<') {
                int next = s.indexOf('<', i);
                int end = next < 0 ? n : next;
                inline.append(s, i, end);
                i = end;
                continue;
            }
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
                inline.append(s.substring(i, end).replace('\n', ' '));
                i = end;
                continue;
            }
            int end = tagEnd(s, i);
            if (end < 0) { // a lone "<": text
                inline.append(c);
                i++;
                continue;
            }
            String tag = s.substring(i, end);
            String name = tagName(tag);
            boolean closing = tag.startsWith("</");
            if (!closing && RAW.contains(name)) {
                int close = indexOfIgnoreCase(s, "</" + name, end);
                int stop = close < 0 ? n : tagEndOr(s, close, n);
                flush(inline, open, out);
                out.append(s, i, stop).append('\n');
                i = stop;
                continue;
            }
            if (BLOCKS.contains(name)) {
                flush(inline, open, out);
                out.append(tag.replace('\n', ' '));
                if (closing) {
                    if (open.contains(name)) {
                        while (!open.isEmpty() && !open.pop().equals(name)) {
                            // close the blocks the input left open inside this one
                        }
                    }
                    out.append('\n');
                } else if (!tag.endsWith("/>") && !name.equals("hr") && !name.equals("col")) {
                    open.push(name);
                } else {
                    out.append('\n');
                }
            } else {
                inline.append(tag.replace('\n', ' '));
            }
            i = end;
        }
        flush(inline, open, out);
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == '\n') {
            len--;
        }
        out.setLength(len);
        return out.toString();
    }

    private static void flush(StringBuilder inline, Deque<String> open, StringBuilder out) {
        String text = inline.toString();
        inline.setLength(0);
        if (text.isBlank()) {
            return;
        }
        boolean paragraphs = open.isEmpty() || FLOW.contains(open.peek());
        if (!paragraphs) {
            out.append(breaks(text.strip()));
            return;
        }
        if (open.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        for (String para : BLANK_LINE.split(text)) {
            String p = para.strip();
            if (!p.isEmpty()) {
                out.append("<p>").append(breaks(p)).append("</p>\n");
            }
        }
    }

    private static String breaks(String text) {
        return text.replace("\n", "<br>\n");
    }

    /** The index after the {@code >} of the tag starting at {@code start}, or -1 when this is no tag. */
    private static int tagEnd(String s, int start) {
        int n = s.length();
        if (start + 1 >= n) {
            return -1;
        }
        char c = s.charAt(start + 1);
        boolean tagStart = Character.isLetter(c) || c == '/' && start + 2 < n && Character.isLetter(s.charAt(start + 2))
                || c == '!' || c == '?';
        if (!tagStart) {
            return -1;
        }
        char quote = 0;
        for (int i = start + 1; i < n; i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return i + 1;
            } else if (ch == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static int tagEndOr(String s, int start, int fallback) {
        int end = s.indexOf('>', start);
        return end < 0 ? fallback : end + 1;
    }

    private static String tagName(String tag) {
        int i = tag.startsWith("</") ? 2 : 1;
        int j = i;
        while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || tag.charAt(j) == '-')) {
            j++;
        }
        return tag.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int n = s.length() - what.length();
        for (int i = from; i <= n; i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
