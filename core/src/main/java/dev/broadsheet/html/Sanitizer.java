package dev.broadsheet.html;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.html.HtmlCleaner;
import dev.broadsheet.internal.html.Removals;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Cleans untrusted HTML under an {@link HtmlPolicy}, producing {@link SafeHtml}.
 *
 * <pre>{@code
 * SafeHtml body = Sanitizer.sanitize(untrusted, HtmlPolicy.article());
 * Sanitized checked = Sanitizer.sanitizeWithReport(untrusted, HtmlPolicy.comment());
 * if (!checked.report().isEmpty()) {
 *     editor.warn(checked.report().toString());
 * }
 * }</pre>
 *
 * <p><b>How.</b> The input is parsed once, as the content of a {@code <body>}, by jsoup's HTML5 parser (the
 * algorithm browsers use), walked once without recursion, and the allowed markup is written directly to the
 * output. Elements whose content is code, styling, raw text, hidden or foreign markup are <em>dropped</em> with
 * their content: {@code script}, {@code style}, {@code template}, {@code noscript}, {@code iframe} (unless an
 * allowed embed), {@code object}, {@code embed}, {@code applet}, {@code svg}, {@code math}, {@code textarea},
 * {@code select}, {@code option}, {@code title}, {@code xmp}, {@code noembed}, {@code noframes},
 * {@code plaintext}, form inputs, and {@code img} without a valid {@code src}. Every other element the policy
 * does not allow is <em>unwrapped</em>: its tags go, its text and allowed children stay. Where a removed block,
 * cell, line break or replaced element separated words, a space keeps them apart. Comments, CDATA sections and
 * processing instructions are dropped.
 *
 * <p><b>Guarantees.</b> The output contains only elements and attributes of the policy, never a raw text
 * element, comment or foreign (svg/MathML) element, and its text and attribute values are escaped; so no script,
 * event handler or {@code javascript:} URL can come out of it, whatever the input. It is written so that a browser
 * parses it back into the same tree (no implicitly closed {@code p}, {@code li} or heading, no nested links, no
 * text a table would move), which makes sanitizing idempotent:
 * {@code sanitize(sanitize(x, p).html(), p).equals(sanitize(x, p))}.
 *
 * <p><b>Errors.</b> A null argument is a {@link NullPointerException} naming it. Input longer than the policy's
 * {@link HtmlPolicy#maxInputLength() maximum} is a {@link ValidationException} with code {@code too_long}. No
 * other exception comes from content: deep nesting is flattened (see {@link HtmlPolicy#maxDepth()}), never a
 * {@link StackOverflowError}, and the cost grows linearly with the input. Should the HTML parser itself fail on
 * crafted input (jsoup 1.24.1 has such a bug with {@code template} at its depth limit), the whole input is kept as
 * escaped text and {@link SanitizerReport#markupDiscarded()} says so.
 *
 * <p>Thread-safe: there is no shared mutable state.
 *
 * @since 0.1.0
 */
public final class Sanitizer {

    private Sanitizer() {
    }

    /**
     * Sanitizes HTML.
     *
     * @param html untrusted HTML, a body fragment
     * @param policy what to keep
     * @return the clean markup
     * @throws ValidationException when {@code html} is longer than the policy allows
     */
    public static SafeHtml sanitize(String html, HtmlPolicy policy) {
        check(html, policy);
        return clean(html, policy);
    }

    /**
     * Sanitizes HTML and reports what was removed, so that an editor can be told instead of content vanishing
     * silently.
     *
     * @param html untrusted HTML, a body fragment
     * @param policy what to keep
     * @return the clean markup and the report
     * @throws ValidationException when {@code html} is longer than the policy allows
     */
    public static Sanitized sanitizeWithReport(String html, HtmlPolicy policy) {
        check(html, policy);
        Removals removals = new Removals();
        String clean = html.isEmpty() ? "" : HtmlCleaner.clean(html, policy.rules(), removals);
        return new Sanitized(wrap(clean), new SanitizerReport(removals));
    }

    /** Sanitizes without the length check (for markup this library generated from checked input). */
    static SafeHtml clean(String html, HtmlPolicy policy) {
        return html.isEmpty() ? SafeHtml.empty() : wrap(HtmlCleaner.clean(html, policy.rules(), null));
    }

    private static SafeHtml wrap(String clean) {
        return clean.isEmpty() ? SafeHtml.empty() : new SafeHtml(clean);
    }

    static void check(String input, HtmlPolicy policy) {
        Objects.requireNonNull(input, "html");
        Objects.requireNonNull(policy, "policy");
        checkLength(input, policy.maxInputLength(), "HTML");
    }

    static void checkLength(String input, int max, String what) {
        if (input.length() > max) {
            throw new ValidationException(what, List.of(new Violation("", Codes.TOO_LONG,
                    "must be at most " + max + " characters, was " + input.length(), input)));
        }
    }
}
