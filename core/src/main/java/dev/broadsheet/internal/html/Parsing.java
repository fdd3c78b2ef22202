package dev.broadsheet.internal.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/** Parses untrusted HTML as the content of a {@code <body>}, the way a browser would. */
public final class Parsing {

    private Parsing() {
    }

    /**
     * Parses a body fragment with jsoup's HTML5 tree builder. Elements nested deeper than {@code maxDepth} are
     * placed beside the deepest one instead of inside it, so depth (and the parser's cost per element) stays
     * bounded.
     *
     * <p>jsoup 1.24.1 has at least one internal consistency check that fails on crafted input at the depth limit
     * ("no template insertion mode on stack", found by our property tests). Such a failure is a parser bug, not a
     * property of the content, so callers get null and fall back to treating the input as text.
     *
     * @param html any string
     * @param maxDepth the parser's limit of open elements
     * @return the top-level nodes, or null when the parser failed
     */
    public static @Nullable List<Node> fragment(String html, int maxDepth) {
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
        try {
            return parser.parseFragmentInput(normalizeNewlines(html), new Element("body"), "");
        } catch (RuntimeException parserBug) {
            return null;
        }
    }

    /**
     * A crude text reading for input the parser failed on: tags become spaces, character references are decoded.
     *
     * @param html the input
     * @return its text, without any markup
     */
    public static String roughText(String html) {
        return Parser.unescapeEntities(html.replaceAll("<[^>]*>?", " "), false);
    }

    /**
     * Turns CR LF and lone CR into LF, as a browser does before it tokenizes, so that a carriage return left in
     * the tree can only have come from a character reference such as {@code &#13;}.
     */
    static String normalizeNewlines(String html) {
        int cr = html.indexOf('\r');
        if (cr < 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length()).append(html, 0, cr);
        for (int i = cr; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < html.length() && html.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether an element is in the HTML namespace (not svg or MathML). */
    static boolean isHtml(Element e) {
        return Parser.NamespaceHtml.equals(e.tag().namespace());
    }
}
