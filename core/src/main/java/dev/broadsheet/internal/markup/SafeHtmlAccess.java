package dev.broadsheet.internal.markup;

import dev.broadsheet.html.SafeHtml;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What other packages may do with {@link SafeHtml} beyond its public methods, through a bridge that
 * {@link SafeHtml} installs when it is initialised (and nothing else can):
 * <ul>
 *   <li>{@link #wrap(String)}, the one way besides the sanitizer and Markdown to obtain {@code SafeHtml}: for the
 *       renderers to hand back sanitized markup with elements their own escaping writer wrote spliced in (a body
 *       whose first tag mentions became links);</li>
 *   <li>{@link #kept(SafeHtml, Slot, Function)}, slots where other packages keep what they derive from a body: the
 *       editorial checks what they read from it, so checking an article again after an edit to its headline does
 *       not read its body again; the feed renderers its escaped form, so a feed rendered again does not escape its
 *       bodies again.</li>
 * </ul>
 */
public final class SafeHtmlAccess {

    /** What {@link SafeHtml} gives this bridge. */
    public interface Bridge {
        /** @return new SafeHtml holding {@code html} */
        SafeHtml wrap(String html);

        /** @return the slots kept on {@code html}, or null when nothing is kept */
        @Nullable Object @Nullable [] slots(SafeHtml html);

        /** Keeps {@code slots} on {@code html}. */
        void slots(SafeHtml html, @Nullable Object[] slots);

        /** @return the bytes {@link SafeHtml#utf8()} views, themselves */
        byte[] utf8(SafeHtml html);
    }

    private static volatile @Nullable Bridge bridge;

    private SafeHtmlAccess() {
    }

    /**
     * Called once, by {@link SafeHtml}'s static initialiser.
     *
     * @throws IllegalStateException on any later call
     */
    public static synchronized void install(Bridge b) {
        if (bridge != null) {
            throw new IllegalStateException("the SafeHtml bridge is installed by SafeHtml itself");
        }
        bridge = Objects.requireNonNull(b, "b");
    }

    private static Bridge bridge() {
        SafeHtml.empty(); // initialises SafeHtml, which installs the bridge
        return Objects.requireNonNull(bridge);
    }

    /**
     * Wraps markup the caller vouches for.
     *
     * @param html sanitized markup, with only elements an escaping writer produced added to it
     * @return it as {@link SafeHtml}
     */
    public static SafeHtml wrap(String html) {
        Objects.requireNonNull(html, "html");
        return html.isEmpty() ? SafeHtml.empty() : bridge().wrap(html);
    }

    /**
     * The markup's kept UTF-8 bytes themselves, without the view {@link SafeHtml#utf8()} makes on each call: for the
     * writers that copy a body into their output once per render, for every comment on a page.
     *
     * @param html the markup
     * @return its UTF-8 encoding, computed on first use and kept; the caller must only read it
     */
    public static byte[] utf8(SafeHtml html) {
        return bridge().utf8(Objects.requireNonNull(html, "html"));
    }

    /**
     * A kind of value kept on a body. Each is made once per program, as a constant; a body holds a value for each
     * slot it was asked for, and only those.
     *
     * @param <T> the type of the values
     */
    public static final class Slot<T> {

        private static int count;

        private final String name;
        private final int index;

        private Slot(String name, int index) {
            this.name = name;
            this.index = index;
        }

        /**
         * A new slot.
         *
         * @param name what it keeps, for {@link #toString()}
         * @param <T> the type of its values
         * @return the slot
         */
        public static synchronized <T> Slot<T> create(String name) {
            return new Slot<>(Objects.requireNonNull(name, "name"), count++);
        }

        @Override
        public String toString() {
            return "Slot[" + name + "]";
        }
    }

    /**
     * The value kept on a body in a slot.
     *
     * @param html the body
     * @param slot the slot
     * @param <T> the slot's type
     * @return its value, or null when none is kept
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T get(SafeHtml html, Slot<T> slot) {
        @Nullable Object[] slots = bridge().slots(html);
        return slots == null || slot.index >= slots.length ? null : (T) slots[slot.index];
    }

    /**
     * Keeps a value on a body, replacing what the slot held. Values must be immutable (final fields only), since
     * another thread may read them without synchronisation. Two threads keeping values at once may lose one, which
     * costs only computing it again.
     *
     * @param html the body
     * @param slot the slot
     * @param value the value
     * @param <T> the slot's type
     */
    public static <T> void put(SafeHtml html, Slot<T> slot, T value) {
        Objects.requireNonNull(value, "value");
        @Nullable Object[] slots = bridge().slots(html);
        @Nullable Object[] copy = slots == null ? new Object[slot.index + 1]
                : java.util.Arrays.copyOf(slots, Math.max(slots.length, slot.index + 1));
        copy[slot.index] = value;
        bridge().slots(html, copy);
    }

    /**
     * The value kept on a body in a slot, computed and kept on first use.
     *
     * @param html the body
     * @param slot the slot
     * @param compute computes the value
     * @param <T> the slot's type
     * @return the value
     */
    public static <T> T kept(SafeHtml html, Slot<T> slot, Function<SafeHtml, T> compute) {
        T kept = get(html, slot);
        if (kept == null) {
            kept = Objects.requireNonNull(compute.apply(html));
            put(html, slot, kept);
        }
        return kept;
    }
}
