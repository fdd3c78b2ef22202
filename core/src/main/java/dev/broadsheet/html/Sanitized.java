package dev.broadsheet.html;

import java.util.Objects;

/**
 * The result of {@link Sanitizer#sanitizeWithReport(String, HtmlPolicy)}: the clean markup and what was removed
 * to get it.
 *
 * @param html the sanitized markup
 * @param report what the sanitizer removed
 * @since 0.1.0
 */
public record Sanitized(SafeHtml html, SanitizerReport report) {

    /**
     * Checks the components.
     *
     * @param html the sanitized markup
     * @param report what the sanitizer removed
     */
    public Sanitized {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(report, "report");
    }
}
