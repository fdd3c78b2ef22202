package dev.broadsheet.render.internal;

import dev.broadsheet.render.html.HtmlWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes the {@link HtmlWriter}s that only renderers make — writers of UTF-8 bytes, and buffers of the same kind as a
 * page's writer — and gives renderers the writes that spare a string per comment (dates formatted into an array, ids
 * written after their prefix), without adding them to the public API. {@link HtmlWriter} registers the factory when its class
 * initializes.
 */
public final class WriterAccess {

    /** What {@link HtmlWriter} provides. */
    public interface Factory {
        /** A writer of UTF-8 bytes to {@code out}. */
        HtmlWriter utf8(Utf8Out out);

        /** A {@linkplain HtmlWriter#buffer(int) buffered} writer of the same kind (characters or bytes) as {@code like}. */
        HtmlWriter bufferLike(HtmlWriter like, int capacity);

        /** Writes the first {@code n} (at most {@value Utf8Out#CHUNK}) characters of {@code text} as text, escaped. */
        void text(HtmlWriter out, char[] text, int n);

        /**
         * Writes {@code name="value"}, the value the first {@code n} (at most {@value Utf8Out#CHUNK}) characters of
         * {@code value}, escaped.
         */
        void attr(HtmlWriter out, String name, char[] value, int n);

        /** Writes {@code name="prefix" + "value"}, both escaped, without joining them into a string first. */
        void attr(HtmlWriter out, String name, String prefix, String value);
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

    /** Writes the first {@code n} characters of {@code text} as text, escaped. */
    public static void text(HtmlWriter out, char[] text, int n) {
        factory().text(out, text, n);
    }

    /** Writes an attribute whose value is the first {@code n} characters of {@code value}, escaped. */
    public static void attr(HtmlWriter out, String name, char[] value, int n) {
        factory().attr(out, name, value, n);
    }

    /** Writes an attribute whose value is {@code prefix} followed by {@code value}, both escaped. */
    public static void attr(HtmlWriter out, String name, String prefix, String value) {
        factory().attr(out, name, prefix, value);
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
