package dev.broadsheet.html;

import java.util.Objects;

/**
 * HTML markup that a {@link Sanitizer} has cleaned under an {@link HtmlPolicy}, or that {@link Markdown} produced
 * through one. It is safe to write into a page without further escaping.
 *
 * <p>There is deliberately no public constructor and no way to wrap an arbitrary string: the only ways to obtain
 * an instance are {@link Sanitizer} and {@link Markdown} (and {@link #empty()}). Renderers write a
 * {@code SafeHtml} verbatim and escape every other string, so a value of this type is the single place where
 * markup enters a page.
 *
 * <p>Instances are immutable; two are equal when their markup is equal.
 *
 * @since 0.1.0
 */
public final class SafeHtml {

    private static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /**
     * The empty markup.
     *
     * @return a shared empty instance
     */
    public static SafeHtml empty() {
        return EMPTY;
    }

    /**
     * The sanitized markup.
     *
     * @return HTML that is safe to place inside a {@code <body>} element as-is
     */
    public String html() {
        return html;
    }

    /**
     * Whether there is no markup at all.
     *
     * @return true for the empty string
     */
    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeHtml other && html.equals(other.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    /**
     * The markup itself, so that logs show what was kept.
     *
     * @return {@link #html()}
     */
    @Override
    public String toString() {
        return html;
    }
}
