package dev.broadsheet.internal.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed HTML fragment into plain text, walking the tree once without recursion.
 *
 * <p>Paragraph-level blocks ({@code p}, headings, {@code blockquote}, {@code pre}, lists, tables, figures,
 * {@code hr}, sections) are separated by a blank line; line-level blocks ({@code div}, {@code li}, {@code dt},
 * {@code dd}, {@code tr}, {@code figcaption}, {@code caption}, lists nested in a list) by a line break; cells and
 * replaced elements by a space; {@code br} is a line break. White space inside text collapses to one space (kept
 * as it is inside {@code pre}). Nothing that is not visible text is included: script, style, templates, embeds,
 * form controls, svg and math content, images and comments.
 */
public final class TextExtractor extends TreeWalk {

    private static final byte NONE = 0;
    private static final byte LINE = 1;
    private static final byte PARAGRAPH = 2;
    private static final byte SPACE = 3;

    private final StringBuilder out;
    private static final int PRE_BIT = 4;
    private static final int LIST_BIT = 8;

    private int pre;
    private int lists;
    private int pendingBreak;
    private boolean pendingSpace;

    private TextExtractor(int capacity) {
        out = new StringBuilder(capacity);
    }

    /**
     * Extracts the text of parsed nodes.
     *
     * @param html an HTML fragment
     * @param parserDepth the parser's depth limit
     * @return text with line breaks between blocks, trimmed
     */
    public static String text(String html, int parserDepth) {
        List<Node> nodes = Parsing.fragment(html, parserDepth);
        TextExtractor x = new TextExtractor(html.length());
        if (nodes == null) {
            x.text(Parsing.roughText(html));
        } else {
            for (Node node : nodes) {
                x.walk(node);
            }
        }
        int end = x.out.length();
        while (end > 0 && Character.isWhitespace(x.out.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(x.out.charAt(start))) {
            start++;
        }
        return x.out.substring(start, end);
    }

    @Override
    boolean visit(@Nullable Node node) {
        if (node instanceof TextNode) {
            text(((TextNode) node).getWholeText());
            return false;
        }
        if (!(node instanceof Element)) {
            return false;
        }
        Element e = (Element) node;
        String name = e.normalName();
        if (!Parsing.isHtml(e) || HtmlNames.DROP_WITH_CONTENT.contains(name) || name.equals("img")) {
            if (HtmlNames.SEPARATING.contains(name) || !Parsing.isHtml(e)) {
                pendingSpace = true;
            }
            return false;
        }
        if (name.equals("br")) {
            lineBreak();
            return false;
        }
        byte kind = kind(name);
        boolean isPre = name.equals("pre") || name.equals("listing");
        boolean isList = name.equals("ul") || name.equals("ol") || name.equals("dl");
        separate(kind);
        pushFrame((byte) (kind | (isPre ? PRE_BIT : 0) | (isList ? LIST_BIT : 0)));
        if (isPre) {
            pre++;
        }
        if (isList) {
            lists++;
        }
        return true;
    }

    private byte kind(String name) {
        boolean isList = name.equals("ul") || name.equals("ol") || name.equals("dl");
        if (isList && lists > 0) {
            return LINE;
        }
        if (HtmlNames.PARAGRAPH.contains(name)) {
            return PARAGRAPH;
        }
        switch (name) {
            case "div":
            case "li":
            case "dt":
            case "dd":
            case "tr":
            case "figcaption":
            case "caption":
            case "summary":
            case "legend":
            case "thead":
            case "tbody":
            case "tfoot":
            case "body":
            case "html":
                return LINE;
            default:
                return HtmlNames.SEPARATING.contains(name) ? SPACE : NONE;
        }
    }

    @Override
    void exit() {
        byte frame = popFrame();
        if ((frame & PRE_BIT) != 0) {
            pre--;
        }
        if ((frame & LIST_BIT) != 0) {
            lists--;
        }
        separate((byte) (frame & 3));
    }

    private void separate(byte kind) {
        if (kind == PARAGRAPH || kind == LINE) {
            pendingBreak = Math.max(pendingBreak, kind == PARAGRAPH ? 2 : 1);
        } else if (kind == SPACE) {
            pendingSpace = true;
        }
    }

    private void lineBreak() {
        if (out.length() == 0) {
            return;
        }
        flushBreak();
        trimTrailingSpaces();
        out.append('\n');
        pendingSpace = false;
    }

    private void text(String t) {
        if (pre > 0) {
            if (!t.isEmpty()) {
                flush();
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    out.append(c == '\r' ? '\n' : c);
                }
            }
            return;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
                pendingSpace = true;
            } else {
                flush();
                out.append(c);
            }
        }
    }

    private void flush() {
        if (out.length() == 0) {
            pendingBreak = 0;
            pendingSpace = false;
            return;
        }
        if (pendingBreak > 0) {
            flushBreak();
        } else if (pendingSpace) {
            char last = out.charAt(out.length() - 1);
            if (last != ' ' && last != '\n') {
                out.append(' ');
            }
        }
        pendingSpace = false;
    }

    private void flushBreak() {
        if (pendingBreak == 0) {
            return;
        }
        trimTrailingSpaces();
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && have < 2; i--) {
            have++;
        }
        for (int i = have; i < pendingBreak; i++) {
            out.append('\n');
        }
        pendingBreak = 0;
        pendingSpace = false;
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
