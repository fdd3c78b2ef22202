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
 *   <li>{@link #facts(SafeHtml, Function)}, a slot where the editorial checks keep what they read from a body, so
 *       checking an article again after an edit to its headline does not read its body again.</li>
 * </ul>
 */
public final class SafeHtmlAccess {

    /** What {@link SafeHtml} gives this bridge. */
    public interface Bridge {
        /** @return new SafeHtml holding {@code html} */
        SafeHtml wrap(String html);

        /** @return the facts kept on {@code html}, or null */
        @Nullable Object facts(SafeHtml html);

        /** Keeps {@code facts} on {@code html}. */
        void facts(SafeHtml html, Object facts);
    }

    private static @Nullable Bridge bridge;

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
        synchronized (SafeHtmlAccess.class) {
            return Objects.requireNonNull(bridge);
        }
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
     * The facts of one kind kept on a body, computed and kept on first use. Immutable facts only (final fields),
     * since another thread may read them without synchronisation; a race computes them twice, which is harmless.
     *
     * @param html the body
     * @param compute computes the facts
     * @param <T> their type; one type per program (the editorial checks')
     * @return the facts
     */
    @SuppressWarnings("unchecked")
    public static <T> T facts(SafeHtml html, Function<SafeHtml, T> compute) {
        Bridge b = bridge();
        Object kept = b.facts(html);
        if (kept == null) {
            kept = Objects.requireNonNull(compute.apply(html));
            b.facts(html, kept);
        }
        return (T) kept;
    }
}
