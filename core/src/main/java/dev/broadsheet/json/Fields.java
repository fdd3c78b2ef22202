package dev.broadsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object, reporting type errors and unknown fields with JSON-pointer paths. Every
 * field read is remembered, so {@link #finish()} can report the ones nobody asked for.
 */
final class Fields {

    static final String TYPE = "json.type";
    static final String UNKNOWN = "json.unknown_field";
    static final String DATE = "json.date";
    static final String ENUM = "json.enum";

    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    private Fields(ObjectNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Starts reading {@code value} as an object, or reports that it is not one and returns null. */
    static @Nullable Fields of(JsonNode value, String path, Problems problems) {
        if (!value.isObject()) {
            problems.add(path, TYPE, "must be a JSON object, was " + kind(value), null);
            return null;
        }
        return new Fields((ObjectNode) value, path, problems);
    }

    String path(String field) {
        return path + "/" + field;
    }

    Problems problems() {
        return problems;
    }

    private @Nullable JsonNode get(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    @Nullable String string(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(path(field), TYPE, "must be a string, was " + kind(v), null);
            return null;
        }
        return v.textValue();
    }

    /** A private string: its type errors do not echo the value. */
    @Nullable String secret(String field) {
        return string(field);
    }

    @Nullable Integer integer(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.add(path(field), TYPE, "must be a whole number, was " + kind(v), v.isNumber() ? v.asText() : null);
            return null;
        }
        return v.intValue();
    }

    boolean bool(String field, boolean absent) {
        JsonNode v = get(field);
        if (v == null) {
            return absent;
        }
        if (!v.isBoolean()) {
            problems.add(path(field), TYPE, "must be true or false, was " + kind(v), null);
            return absent;
        }
        return v.booleanValue();
    }

    @Nullable Instant instant(String field) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(path(field), DATE,
                    "must be an ISO 8601 date and time with a zone offset, such as 2026-09-21T14:05:00Z", s);
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E enumeration(String field, Class<E> type) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        problems.add(path(field), ENUM, "must be one of " + String.join(", ", names), s);
        return null;
    }

    /** Reads a nested object with {@code read}, or returns null when absent or unreadable. */
    <T> @Nullable T object(String field, BiFunction<JsonNode, String, @Nullable T> read) {
        JsonNode v = get(field);
        return v == null ? null : read.apply(v, path(field));
    }

    /**
     * Reads an array; each element is read with {@code read}. Unreadable elements are kept as null so that the
     * builder reports their index.
     */
    <T> @Nullable List<@Nullable T> array(String field, BiFunction<JsonNode, String, @Nullable T> read) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            problems.add(path(field), TYPE, "must be a JSON array, was " + kind(v), null);
            return null;
        }
        List<@Nullable T> out = new ArrayList<>(v.size());
        int i = 0;
        for (JsonNode element : v) {
            out.add(element.isNull() ? null : read.apply(element, path(field) + "/" + i));
            i++;
        }
        return out;
    }

    /** Reads an array of strings. */
    @Nullable List<@Nullable String> strings(String field) {
        return array(field, (value, at) -> {
            if (!value.isTextual()) {
                problems.add(at, TYPE, "must be a string, was " + kind(value), null);
                return null;
            }
            return value.textValue();
        });
    }

    /** Reports every field that no reader asked for. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path + "/" + escape(name), UNKNOWN, "is not a field of this object", null);
            }
        }
    }

    /** Builds a value, keeping its violations under this object's path. */
    <T> @Nullable T build(java.util.function.Supplier<T> build) {
        return problems.nested(path, build);
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Escapes a member name for a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static final String REQUIRED = Codes.REQUIRED;
}
