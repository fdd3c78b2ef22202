package dev.broadsheet.render.internal;

import dev.broadsheet.render.html.HtmlRenderer;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets the AMP renderer read an {@link HtmlRenderer}'s part renderers, which are not public API. The HTML renderer
 * registers the accessor when its class initializes; anyone holding an instance finds it registered.
 */
public final class HtmlRendererAccess {

    private static volatile Function<HtmlRenderer, PartRegistry> parts;

    private HtmlRendererAccess() {
    }

    /** Called once, by {@link HtmlRenderer}'s static initializer. */
    public static void register(Function<HtmlRenderer, PartRegistry> accessor) {
        if (parts != null) {
            throw new IllegalStateException("already registered");
        }
        parts = Objects.requireNonNull(accessor, "accessor");
    }

    /** The part renderers an HTML renderer was built with. */
    public static PartRegistry parts(HtmlRenderer renderer) {
        return parts.apply(Objects.requireNonNull(renderer, "renderer"));
    }
}
