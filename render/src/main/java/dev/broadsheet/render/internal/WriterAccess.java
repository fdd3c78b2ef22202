package dev.broadsheet.render.internal;

import dev.broadsheet.render.html.HtmlWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes the {@link HtmlWriter}s that only renderers make — writers of UTF-8 bytes, and buffers of the same kind as a
 * page's writer — without adding them to the public API. {@link HtmlWriter} registers the factory when its class
 * initializes.
 */
public final class WriterAccess {

    /** What {@link HtmlWriter} provides. */
    public interface Factory {
        /** A writer of UTF-8 bytes to {@code out}. */
        HtmlWriter utf8(Utf8Out out);

        /** A {@linkplain HtmlWriter#buffer(int) buffered} writer of the same kind (characters or bytes) as {@code like}. */
        HtmlWriter bufferLike(HtmlWriter like, int capacity);
    }

    private static volatile @Nullable Factory factory;

    private WriterAccess() {
    }

    /** Called once, by {@link HtmlWriter}'s static initializer. */
    public static void register(Factory f) {
        if (factory != null) {
            throw new IllegalStateException("already registered");
        }
        factory = Objects.requireNonNull(f, "factory");
    }

    /** A writer of UTF-8 bytes to {@code out}. */
    public static HtmlWriter utf8(Utf8Out out) {
        return factory().utf8(out);
    }

    /** A buffered writer of the same kind as {@code like}. */
    public static HtmlWriter bufferLike(HtmlWriter like, int capacity) {
        return factory().bufferLike(like, capacity);
    }

    private static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(HtmlWriter.class.getName(), true, HtmlWriter.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            f = factory;
        }
        return Objects.requireNonNull(f, "HtmlWriter did not register");
    }
}
