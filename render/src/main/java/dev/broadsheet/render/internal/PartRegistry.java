package dev.broadsheet.render.internal;

import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The renderers for each part: a site's own, then the format's defaults (HTML, or AMP over HTML). Immutable once
 * built; shared by every render call.
 */
public final class PartRegistry {

    private final Map<Part<?>, PartRenderer<?>> custom;
    private final Map<Part<?>, PartRenderer<?>> defaults;

    public PartRegistry(Map<Part<?>, PartRenderer<?>> custom, Map<Part<?>, PartRenderer<?>> defaults) {
        this.custom = Map.copyOf(custom);
        this.defaults = Map.copyOf(defaults);
        for (Part<?> part : Part.ALL) {
            Objects.requireNonNull(defaults.get(part), () -> "no default renderer for " + part);
        }
    }

    /** The same site renderers over other defaults, as the AMP renderer uses them. */
    public PartRegistry withDefaults(Map<Part<?>, PartRenderer<?>> overrides) {
        Map<Part<?>, PartRenderer<?>> merged = new HashMap<>(defaults);
        merged.putAll(overrides);
        return new PartRegistry(custom, merged);
    }

    public Map<Part<?>, PartRenderer<?>> custom() {
        return custom;
    }

    public Map<Part<?>, PartRenderer<?>> defaults() {
        return defaults;
    }

    @SuppressWarnings("unchecked")
    public <T> PartRenderer<T> get(Part<T> part) {
        PartRenderer<?> r = custom.get(part);
        return (PartRenderer<T>) (r != null ? r : defaults.get(part));
    }

    @SuppressWarnings("unchecked")
    public <T> PartRenderer<T> getDefault(Part<T> part) {
        return (PartRenderer<T>) defaults.get(part);
    }
}
