package dev.broadsheet.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader typed into a form and what was wrong with it, so that a form that failed validation comes back
 * with every field's message next to it and everything the reader typed kept.
 *
 * <p>Field names are the form's own ({@code name}, {@code email}, {@code url}, {@code comment} for the comment
 * form; {@code email} for the newsletter form); an error under the empty name {@code ""} is shown above the form.
 * Values are plain text and are escaped when rendered. The honeypot field is never re-displayed.
 *
 * @param values what the reader typed, by field name
 * @param errors the message for each field that was wrong, by field name
 * @since 0.1.0
 */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    private static final FormState EMPTY = new FormState(Map.of(), Map.of());

    /**
     * Copies the maps, keeping their order.
     *
     * @param values what the reader typed
     * @param errors the messages
     */
    public FormState {
        values = unmodifiable(values);
        errors = unmodifiable(errors);
    }

    private static Map<String, String> unmodifiable(Map<String, String> map) {
        Objects.requireNonNull(map, "map");
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "field name"), Objects.requireNonNull(v, "value")));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A form nobody has filled in.
     *
     * @return the empty state
     */
    public static FormState empty() {
        return EMPTY;
    }

    /**
     * The value typed into a field.
     *
     * @param field the field name
     * @return the value, or {@code ""}
     */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /**
     * Whether a field has an error.
     *
     * @param field the field name
     * @return true if it has one
     */
    public boolean hasError(String field) {
        return errors.containsKey(field);
    }
}
