package dev.broadsheet.render.internal;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A way for one package of the renderers to read what a class of another keeps private: the owning class registers
 * the accessor in its static initializer, so anyone holding an instance finds it registered. Each is a constant of
 * {@link Registered}'s own class, which only this module's code reaches (the package is not exported).
 *
 * @param <T> the owning class
 * @param <R> what the accessor reads from an instance
 */
public final class Registered<T, R> {

    /** The part renderers an {@link dev.broadsheet.render.html.HtmlRenderer} was built with, for the AMP renderer. */
    public static final Registered<dev.broadsheet.render.html.HtmlRenderer, PartRegistry> HTML_PARTS =
            new Registered<>("renderer");
    /**
     * The compiled pattern of {@link dev.broadsheet.render.Labels#dateTime(java.time.Instant, java.time.ZoneId)},
     * for parts that format into an array they reuse.
     */
    public static final Registered<dev.broadsheet.render.Labels, DatePattern> DATE_TIME = new Registered<>("labels");
    /** The compiled pattern of {@link dev.broadsheet.render.Labels#date(java.time.Instant, java.time.ZoneId)}. */
    public static final Registered<dev.broadsheet.render.Labels, DatePattern> DATE = new Registered<>("labels");

    private final String owner;
    private volatile @Nullable Function<T, R> accessor;

    private Registered(String owner) {
        this.owner = owner;
    }

    /**
     * Called once, by the owning class's static initializer.
     *
     * @throws IllegalStateException on any later call
     */
    public synchronized void register(Function<T, R> accessor) {
        if (this.accessor != null) {
            throw new IllegalStateException("already registered");
        }
        this.accessor = Objects.requireNonNull(accessor, "accessor");
    }

    /**
     * Reads from an instance of the owning class.
     *
     * @param instance the instance (whose class, being initialized, has registered the accessor)
     * @return what the accessor reads
     */
    public R of(T instance) {
        Objects.requireNonNull(instance, owner);
        return Objects.requireNonNull(accessor, "not registered").apply(instance);
    }
}
