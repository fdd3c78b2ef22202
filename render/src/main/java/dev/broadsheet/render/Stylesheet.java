package dev.broadsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The default stylesheet, {@code broadsheet.css}: responsive, readable, print-friendly, right-to-left aware, with
 * no {@code !important} and no {@code @import} so that the AMP renderer can inline it. Serve it at
 * {@link Links#stylesheet()} (or your own URL, set with {@link Site.Builder#stylesheetUrl(String)}); every selector
 * targets a {@code bs-} class, so a site's own stylesheet can override any rule.
 *
 * @since 0.1.0
 */
public final class Stylesheet {

    private static final String CSS = load();

    private Stylesheet() {
    }

    /**
     * The stylesheet's text.
     *
     * @return the CSS, UTF-8 when encoded
     */
    public static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = Stylesheet.class.getResourceAsStream("broadsheet.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/broadsheet/render/broadsheet.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
