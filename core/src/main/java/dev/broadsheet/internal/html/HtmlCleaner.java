package dev.broadsheet.internal.html;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The sanitizer engine: parses once with jsoup, walks the tree once without recursion, and writes the allowed
 * markup straight into one {@link StringBuilder}.
 *
 * <p>What it writes re-parses to the same tree: only elements of {@link SafeElement} that the policy allows, only
 * in places where the HTML parser keeps them (a {@code p} never holds a block, an {@code a} never holds an
 * {@code a}, a heading never holds a heading, {@code li}/{@code dt}/{@code dd} are never implicitly closed, table
 * parts only inside the right table parts, no text directly inside table structure), no comments, no raw text
 * elements, text escaped ({@code & < >}), attribute values double-quoted and escaped ({@code & < > "}), a
 * carriage return written as {@code &#13;}, NUL removed, and an extra line feed after {@code <pre>} when its text
 * starts with one. Elements that do not fit are unwrapped: their tags go, their content stays.
 */
public final class HtmlCleaner extends TreeWalk {

    private static final byte UNWRAPPED = 0;
    private static final byte UNWRAPPED_SEPARATING = 1;
    private static final byte EMITTED = 2;


    private final Rules rules;
    private final @Nullable Removals report;
    private final StringBuilder out;

    private SafeElement[] open = new SafeElement[16];
    private int openCount;
    private final int[] openByElement = new int[SafeElement.values().length];
    private int openHeadings;

    private int links;
    private boolean pendingSpace;
    private boolean atBoundary = true;
    private boolean preStart;
    /** Whether the sanitizer removed a tag since the last text or tag written, where words may have been glued. */
    private boolean removedBoundary;

    private HtmlCleaner(Rules rules, @Nullable Removals report, int capacity) {
        this.rules = rules;
        this.report = report;
        this.out = new StringBuilder(capacity);
    }

    /**
     * Sanitizes a body fragment.
     *
     * @param html untrusted HTML, already checked against the policy's length limit
     * @param rules the compiled policy
     * @param report receives what was removed, or null
     * @return the clean markup
     */
    public static String clean(String html, Rules rules, @Nullable Removals report) {
        List<Node> nodes = Parsing.fragment(html, rules.parserDepth());
        HtmlCleaner cleaner = new HtmlCleaner(rules, report, html.length() + 16);
        if (nodes == null) {
            // the parser failed (a jsoup bug on crafted input): keep the input as escaped text, markup and all
            if (report != null) {
                report.markupDiscarded();
            }
            cleaner.escape(html, false);
            return cleaner.out.toString();
        }
        for (Node node : nodes) {
            cleaner.walk(node);
        }
        return cleaner.out.toString();
    }

    @Override
    boolean visit(@Nullable Node node) {
        if (node instanceof Element) {
            return enter((Element) node);
        }
        if (node instanceof TextNode) {
            text(((TextNode) node).getWholeText());
        }
        // comments, data (script/style content), doctypes, XML declarations: never written
        return false;
    }

    private boolean enter(Element e) {
        String name = e.normalName();
        if (!Parsing.isHtml(e)) {
            return drop(name);
        }
        SafeElement se = SafeElement.of(name);
        if (se == null || !rules.allows(se)) {
            if (se == SafeElement.IFRAME || (se != null && se.isVoid()) || HtmlNames.DROP_WITH_CONTENT.contains(name)) {
                return drop(name);
            }
            return unwrap(name);
        }
        if (!fits(se)) {
            return unwrap(name);
        }
        int need = se == SafeElement.TABLE ? 4 : 1;
        if (!se.isVoid() && openCount + need > rules.maxDepth()) {
            if (report != null) {
                report.addFlattened();
            }
            return unwrapQuietly(name);
        }
        String url = null;
        String urlKey = null;
        switch (se) {
            case A:
                urlKey = "href";
                url = url(e, se, urlKey, AttrKind.LINK_URL);
                if (url == null) {
                    return unwrap(name);
                }
                if (links >= rules.maxLinks()) {
                    if (report != null) {
                        report.linkOverLimit();
                    }
                    return unwrapQuietly(name);
                }
                links++;
                break;
            case IMG:
                urlKey = "src";
                url = url(e, se, urlKey, AttrKind.IMAGE_URL);
                if (url == null) {
                    return drop(name);
                }
                break;
            case IFRAME:
                urlKey = "src";
                url = url(e, se, urlKey, AttrKind.EMBED_URL);
                if (url == null) {
                    return drop(name);
                }
                break;
            default:
                break;
        }
        startTag(se, e, urlKey, url);
        if (se == SafeElement.IFRAME) {
            out.append("</iframe>");
            return false;
        }
        if (se.isVoid()) {
            return false;
        }
        push(se);
        return true;
    }

    /** The checked value of a required URL attribute, or null when it is missing or rejected. */
    private @Nullable String url(Element e, SafeElement se, String key, AttrKind kind) {
        if (rules.attribute(se, key) == null || !e.hasAttr(key)) {
            return null;
        }
        String raw = e.attr(key);
        String checked = Urls.check(raw, kind, rules, false);
        if (checked == null && report != null) {
            report.url(raw);
        }
        return checked;
    }

    private boolean fits(SafeElement se) {
        SafeElement top = openCount > 0 ? open[openCount - 1] : null;
        if (top != null && top.isTableContext()) {
            return se.is(SafeElement.Flags.TABLE_PART) && se.fitsTableParent(top);
        }
        if (se.is(SafeElement.Flags.TABLE_PART)) {
            return se.fitsTableParent(top);
        }
        if (se == SafeElement.A && openByElement[SafeElement.A.ordinal()] > 0) {
            return false;
        }
        if (se.is(SafeElement.Flags.P_CLOSER) && openByElement[SafeElement.P.ordinal()] > 0) {
            return false;
        }
        if (se.is(SafeElement.Flags.HEADING) && openHeadings > 0) {
            return false;
        }
        if (se.is(SafeElement.Flags.LIST_ITEM)) {
            return notImplicitlyClosed(SafeElement.LI, SafeElement.LI);
        }
        if (se.is(SafeElement.Flags.DEF_ITEM)) {
            return notImplicitlyClosed(SafeElement.DD, SafeElement.DT);
        }
        return true;
    }

    /**
     * Mirrors the parser's start tag rule for li, dd and dt: walking up the open elements, an element of the same
     * kind before any special element (other than div and p) would be closed by this start tag.
     */
    private boolean notImplicitlyClosed(SafeElement a, SafeElement b) {
        for (int i = openCount - 1; i >= 0; i--) {
            SafeElement x = open[i];
            if (x == a || x == b) {
                return false;
            }
            if (x.is(SafeElement.Flags.SPECIAL) && x != SafeElement.DIV && x != SafeElement.P) {
                return true;
            }
        }
        return true;
    }

    private boolean drop(String name) {
        if (report != null) {
            report.dropped(name);
        }
        removedBoundary = true;
        if (HtmlNames.SEPARATING.contains(name)) {
            pendingSpace = true;
        }
        return false;
    }

    private boolean unwrap(String name) {
        if (report != null) {
            report.unwrapped(name);
        }
        return unwrapQuietly(name);
    }

    private boolean unwrapQuietly(String name) {
        removedBoundary = true;
        boolean separating = HtmlNames.SEPARATING.contains(name);
        if (separating) {
            pendingSpace = true;
        }
        pushFrame(separating ? UNWRAPPED_SEPARATING : UNWRAPPED);
        return true;
    }

    private void push(SafeElement se) {
        if (openCount == open.length) {
            open = Arrays.copyOf(open, openCount * 2);
        }
        open[openCount++] = se;
        openByElement[se.ordinal()]++;
        if (se.is(SafeElement.Flags.HEADING)) {
            openHeadings++;
        }
        pushFrame(EMITTED);
    }

    @Override
    void exit() {
        byte frame = popFrame();
        if (frame == EMITTED) {
            SafeElement se = open[--openCount];
            openByElement[se.ordinal()]--;
            if (se.is(SafeElement.Flags.HEADING)) {
                openHeadings--;
            }
            beforeTag(se);
            out.append("</").append(se.tagName()).append('>');
        } else if (frame == UNWRAPPED_SEPARATING) {
            pendingSpace = true;
            removedBoundary = true;
        } else {
            removedBoundary = true;
        }
    }

    /** Settles separators before a tag: a block tag makes them moot, an inline one may need a space first. */
    private void beforeTag(SafeElement se) {
        preStart = false;
        removedBoundary = false;
        if (se.isBlock()) {
            pendingSpace = false;
            atBoundary = true;
        } else {
            separate(false);
        }
    }

    private void separate(boolean textStartsWithSpace) {
        if (pendingSpace) {
            pendingSpace = false;
            if (!atBoundary && !textStartsWithSpace && out.length() > 0 && !isSpace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
        }
    }

    private void startTag(SafeElement se, Element e, @Nullable String urlKey, @Nullable String url) {
        beforeTag(se);
        String name = se.tagName();
        out.append('<').append(name);
        boolean labelled = false;
        for (Attribute attribute : e.attributes()) {
            String key = attribute.getKey();
            AttrKind kind = rules.attribute(se, key);
            if (kind == null) {
                if (report != null && !(se == SafeElement.A && key.equals("rel") && rules.linkRel() != null)) {
                    report.attribute(name, key);
                }
                continue;
            }
            String value;
            if (key.equals(urlKey)) {
                value = url;
            } else {
                value = checkValue(kind, attribute.getValue());
                if (value == null && report != null) {
                    report.attribute(name, key);
                }
            }
            if (value == null) {
                continue;
            }
            labelled |= (se == SafeElement.IMG && key.equals("alt")) || (se == SafeElement.IFRAME && key.equals("title"));
            out.append(' ').append(key);
            if (kind != AttrKind.BOOLEAN) {
                out.append("=\"");
                escape(value, true);
                out.append('"');
            }
        }
        if (se == SafeElement.A && rules.linkRel() != null) {
            out.append(" rel=\"").append(rules.linkRel()).append('"');
        } else if (se == SafeElement.IFRAME) {
            if (!labelled) {
                // a frame needs an accessible name; say where the embed comes from (before loading, so that a
                // second pass, which keeps this title in place and appends loading, writes the same markup)
                out.append(" title=\"");
                escape("Embedded content from " + host(url), true);
                out.append('"');
            }
            // No sandbox: embeds come only from allow-listed hosts and are cross-origin, so the same-origin policy
            // already keeps them out of the page; the sandbox their players need (allow-scripts with
            // allow-same-origin) protects nothing for a cross-origin frame, and HTML checkers reject it.
            out.append(" loading=\"lazy\"");
        } else if (se == SafeElement.IMG && !labelled) {
            // an image without alt text is invalid HTML and unreadable to assistive technology; an empty alt is the
            // honest fallback (the editor is told through the report's missing alt count)
            out.append(" alt=\"\"");
        }
        out.append('>');
        if (se == SafeElement.PRE) {
            preStart = true;
        } else if (se == SafeElement.IMG) {
            atBoundary = false;
        }
    }

    private static String host(@Nullable String url) {
        if (url == null) {
            return "another site";
        }
        int start = url.indexOf("://");
        int from = start < 0 ? 0 : start + 3;
        int end = from;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end > from ? url.substring(from, end) : "another site";
    }

    private @Nullable String checkValue(AttrKind kind, String value) {
        switch (kind) {
            case LINK_URL:
            case CITE_URL:
            case IMAGE_URL:
            case EMBED_URL: {
                String checked = Urls.check(value, kind, rules, false);
                if (checked == null && report != null) {
                    report.url(value);
                }
                return checked;
            }
            case SRCSET:
                return Urls.checkSrcset(value, rules, rejected -> {
                    if (report != null) {
                        report.url(rejected);
                    }
                });
            default:
                return kind.check(value);
        }
    }

    private void text(String t) {
        if (t.isEmpty()) {
            return;
        }
        if (openCount > 0 && open[openCount - 1].isTableContext()) {
            if (isAllSpace(t)) {
                escape(t, false);
            } else if (report != null) {
                report.addDroppedText();
            }
            return;
        }
        separate(isSpace(t.charAt(0)));
        if (removedBoundary) {
            removedBoundary = false;
            if (report != null) {
                glue(t);
            }
        }
        if (preStart) {
            preStart = false;
            if (t.charAt(0) == '\n') {
                out.append('\n');
            }
        }
        escape(t, false);
        if (!isAllSpace(t)) {
            atBoundary = false;
        }
    }

    /**
     * Reports words glued across a removed tag: a lower-case letter followed by an upper-case one, or an upper-case
     * letter followed by a capitalised word ("USAEight"), with nothing between them in the output.
     */
    private void glue(String t) {
        int n = out.length();
        if (n == 0 || t.isEmpty()) {
            return;
        }
        int before = Character.codePointBefore(out, n);
        int first = t.codePointAt(0);
        if (!Character.isUpperCase(first)) {
            return;
        }
        boolean glued = Character.isLowerCase(before);
        if (!glued && Character.isUpperCase(before)) {
            int i = Character.charCount(first);
            glued = i < t.length() && Character.isLowerCase(t.codePointAt(i));
        }
        if (glued && report != null) {
            int from = Math.max(0, n - Removals.GLUE_CONTEXT);
            if (from > 0 && Character.isLowSurrogate(out.charAt(from))) {
                from--;
            }
            int to = Math.min(t.length(), Removals.GLUE_CONTEXT);
            if (to < t.length() && Character.isHighSurrogate(t.charAt(to - 1))) {
                to--;
            }
            String left = out.substring(from, n);
            left = left.substring(left.lastIndexOf('>') + 1);
            report.glued(n, left + "|" + t.substring(0, to));
        }
    }

    /**
     * Appends escaped text: {@code & < >} as entities, a carriage return as {@code &#13;} (a browser would turn a
     * raw one into a line feed), NUL and the controls HTML forbids (C0 but whitespace, DEL, C1) removed. In
     * attribute values also {@code "}, and NUL becomes U+FFFD as the parser would make it.
     */
    private void escape(String t, boolean attribute) {
        int start = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c > '>' && (c < 0x7F || c > 0x9F)) {
                continue;
            }
            String replacement;
            switch (c) {
                case '&':
                    replacement = "&amp;";
                    break;
                case '<':
                    replacement = "&lt;";
                    break;
                case '>':
                    replacement = "&gt;";
                    break;
                case '"':
                    if (!attribute) {
                        continue;
                    }
                    replacement = "&quot;";
                    break;
                case '\r':
                    replacement = "&#13;";
                    break;
                case '\0':
                    replacement = attribute ? "\uFFFD" : "";
                    break;
                default:
                    if (!isForbiddenControl(c)) {
                        continue;
                    }
                    replacement = ""; // HTML forbids them in text and attribute values (a parse error)
            }
            out.append(t, start, i).append(replacement);
            start = i + 1;
        }
        out.append(t, start, n);
    }

    /** The controls HTML forbids in its input: C0 controls other than whitespace, DEL and the C1 controls. */
    static boolean isForbiddenControl(char c) {
        return (c < ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    static boolean isAllSpace(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!isSpace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
