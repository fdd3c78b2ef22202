package dev.broadsheet.render.html;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Constant markup encoded to UTF-8 once, for {@link HtmlWriter#markup(Markup)}: what a part writes on every page or
 * for every comment, such as {@code <li class="bs-comment"}. A writer of bytes copies it in bulk; a writer of
 * characters appends its text. Like {@link HtmlWriter#markup(String)}, it is written as it is, so it must be a
 * constant of the calling code, never data. Immutable.
 *
 * @since 0.1.0
 */
public final class Markup {

    private final String text;
    private final byte[] utf8;

    private Markup(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Encodes constant markup.
     *
     * @param markup the markup, a constant of the calling code
     * @return it, encoded
     */
    public static Markup of(String markup) {
        return new Markup(Objects.requireNonNull(markup, "markup"));
    }

    /** @return the markup's UTF-8 bytes, shared: never modify them */
    byte[] utf8() {
        return utf8;
    }

    /** @return the markup */
    @Override
    public String toString() {
        return text;
    }
}
