package dev.broadsheet.html;

import dev.broadsheet.internal.html.Rules;
import dev.broadsheet.internal.html.TextExtractor;
import java.util.Objects;

/**
 * HTML to plain text, with the white space a reader sees: words in different elements never run together.
 *
 * <p>{@code <p>the <a>USA</a> senators</p><p>Next</p>} becomes {@code "the USA senators\n\nNext"}. The rules:
 * <ul>
 *   <li>paragraph-level blocks ({@code p}, {@code h1}–{@code h6}, {@code blockquote}, {@code pre}, {@code ul},
 *       {@code ol}, {@code dl}, {@code table}, {@code figure}, {@code hr}, {@code section}, {@code article} and
 *       the like) are separated by a blank line ({@code "\n\n"});</li>
 *   <li>line-level blocks ({@code div}, {@code li}, {@code dt}, {@code dd}, {@code tr}, {@code figcaption},
 *       {@code caption}, and lists nested in lists) by one line break, as is every {@code br};</li>
 *   <li>table cells, images and other replaced elements by a space;</li>
 *   <li>runs of white space inside text become one space, except inside {@code pre}; lines carry no trailing
 *       spaces, and the result is trimmed;</li>
 *   <li>character references are decoded ({@code &amp;} becomes {@code &}, {@code &nbsp;} a no-break space);</li>
 *   <li>only visible text is kept: no script, style, template, {@code noscript}, embed, form control, svg or
 *       MathML content, image {@code alt} or comment.</li>
 * </ul>
 *
 * <p>The result is text, not markup: escape it for wherever it goes. Parsing is done by jsoup's HTML5 parser,
 * which executes nothing; deep nesting is flattened and the walk is not recursive, so no input causes a
 * {@link StackOverflowError}.
 *
 * @since 0.1.0
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The text of sanitized markup.
     *
     * @param html sanitized markup
     * @return the text, with line breaks between blocks
     */
    public static String of(SafeHtml html) {
        Objects.requireNonNull(html, "html");
        String text = html.cachedText();
        if (text == null) {
            text = extract(html.html());
            html.cacheText(text);
        }
        return text;
    }

    /**
     * The text of untrusted HTML. Nothing in it is executed or fetched.
     *
     * @param html any HTML body fragment
     * @return the text, with line breaks between blocks
     * @throws dev.broadsheet.validation.ValidationException when {@code html} is longer than
     *     {@link HtmlPolicy#DEFAULT_MAX_INPUT_LENGTH}
     */
    public static String of(String html) {
        Objects.requireNonNull(html, "html");
        Sanitizer.checkLength(html, HtmlPolicy.DEFAULT_MAX_INPUT_LENGTH, "HTML");
        return extract(html);
    }

    private static String extract(String html) {
        if (html.isEmpty()) {
            return "";
        }
        return TextExtractor.text(html, Rules.parserDepthFor(HtmlPolicy.DEFAULT_MAX_DEPTH));
    }
}
