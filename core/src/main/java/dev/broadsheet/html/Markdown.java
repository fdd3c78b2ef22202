package dev.broadsheet.html;

import dev.broadsheet.internal.html.Rules;
import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (CommonMark, with autolinks) to {@link SafeHtml} through a policy.
 *
 * <pre>{@code
 * SafeHtml comment = Markdown.toHtml("Nice piece, see https://example.org", HtmlPolicy.comment());
 * }</pre>
 *
 * <p>The Markdown is rendered by commonmark-java with its raw HTML passed through, and the result goes through
 * the {@link Sanitizer} with the same policy: raw HTML in Markdown is sanitized like any other HTML (allowed
 * elements stay, the rest is unwrapped or dropped), not escaped wholesale, so writers can still use an inline
 * {@code <sup>} where the policy allows it. Bare URLs and {@code www.} addresses become links
 * (commonmark-ext-autolink), as do {@code <https://…>} autolinks; every link gets the policy's
 * {@link HtmlPolicy#linkRel() rel} and counts towards its {@link HtmlPolicy#maxLinks() maximum}. When the
 * policy does not allow {@code h1} but allows {@code h2}, a {@code #} heading becomes {@code h2}. Elements the
 * policy does not allow (for example lists in {@link HtmlPolicy#comment()}) are unwrapped to their text.
 *
 * <p>Errors are as for {@link Sanitizer#sanitize(String, HtmlPolicy)}: a null argument is a
 * {@link NullPointerException}, Markdown longer than the policy's {@link HtmlPolicy#maxInputLength()} a
 * {@link dev.broadsheet.validation.ValidationException}; nesting deeper than the parser depth of the policy is
 * flattened to text before rendering, so no input causes a {@link StackOverflowError}.
 *
 * @since 0.1.0
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(false)
            .softbreak("\n")
            .build();

    private Markdown() {
    }

    /**
     * Converts Markdown to sanitized HTML.
     *
     * @param markdown CommonMark text, untrusted
     * @param policy what the HTML may contain
     * @return the sanitized HTML
     * @throws dev.broadsheet.validation.ValidationException when {@code markdown} is longer than the policy
     *     allows
     */
    public static SafeHtml toHtml(String markdown, HtmlPolicy policy) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(policy, "policy");
        Sanitizer.checkLength(markdown, policy.maxInputLength(), "Markdown");
        if (markdown.isBlank()) {
            return SafeHtml.empty();
        }
        Node document = PARSER.parse(markdown);
        adjust(document, policy);
        return Sanitizer.clean(RENDERER.render(document), policy);
    }

    /** Shifts h1 to h2 where needed and flattens nesting deeper than the parser would keep, without recursion. */
    private static void adjust(Node document, HtmlPolicy policy) {
        boolean shiftH1 = !policy.allowsElement("h1") && policy.allowsElement("h2");
        int limit = Rules.parserDepthFor(policy.maxDepth());
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (shiftH1 && node instanceof Heading && ((Heading) node).getLevel() == 1) {
                ((Heading) node).setLevel(2);
            }
            if (depth >= limit && node.getFirstChild() != null) {
                flattenChildren(node);
            }
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == null || node instanceof Document) {
                    node = null;
                }
            }
            if (node != null) {
                node = node.getNext();
            }
        }
    }

    /** Replaces all children of {@code parent} by one text node holding their text. */
    private static void flattenChildren(Node parent) {
        StringBuilder text = new StringBuilder();
        Node node = parent.getFirstChild();
        while (node != null) {
            appendLiteral(node, text);
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                continue;
            }
            while (node != null && node != parent && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == parent ? null : node.getNext();
        }
        while (parent.getFirstChild() != null) {
            parent.getFirstChild().unlink();
        }
        parent.appendChild(new Text(text.toString()));
    }

    private static void appendLiteral(Node node, StringBuilder text) {
        if (node instanceof Text) {
            text.append(((Text) node).getLiteral());
        } else if (node instanceof Code) {
            text.append(((Code) node).getLiteral());
        } else if (node instanceof FencedCodeBlock) {
            text.append(((FencedCodeBlock) node).getLiteral());
        } else if (node instanceof IndentedCodeBlock) {
            text.append(((IndentedCodeBlock) node).getLiteral());
        } else if (node instanceof HtmlInline) {
            text.append(((HtmlInline) node).getLiteral());
        } else if (node instanceof HtmlBlock) {
            text.append(((HtmlBlock) node).getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append('\n');
        }
    }
}
