package dev.broadsheet.render.internal;

import dev.broadsheet.render.Labels;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets the renderers format a {@link Labels}' date and time into an array they reuse, with the compiled pattern
 * that is not public API. {@link Labels} registers the accessor when its class initializes; anyone holding an
 * instance finds it registered.
 */
public final class LabelsAccess {

    private static volatile Function<Labels, DatePattern> dateTime;

    private LabelsAccess() {
    }

    /** Called once, by {@link Labels}' static initializer. */
    public static void register(Function<Labels, DatePattern> accessor) {
        if (dateTime != null) {
            throw new IllegalStateException("already registered");
        }
        dateTime = Objects.requireNonNull(accessor, "accessor");
    }

    /** The pattern of {@link Labels#dateTime(java.time.Instant, java.time.ZoneId)}. */
    public static DatePattern dateTime(Labels labels) {
        return dateTime.apply(Objects.requireNonNull(labels, "labels"));
    }
}
