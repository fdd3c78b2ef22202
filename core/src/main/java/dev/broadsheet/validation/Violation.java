package dev.broadsheet.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule found while validating a value: where ({@link #path()}), which rule ({@link #code()}), a
 * sentence for people ({@link #message()}) and what was rejected ({@link #rejectedValue()}).
 *
 * <p>Paths are JSON pointers (RFC 6901) into the value's JSON form, such as {@code /authors/0/url}; the empty
 * path denotes the value itself. Codes are stable identifiers meant for programs (translate them, count them,
 * map them to form fields); messages are English and may change between releases.
 *
 * <p>The rejected value is shortened to at most {@value #MAX_REJECTED_LENGTH} characters so that a 10 MB input
 * does not become a 10 MB error message, and it is {@value #REDACTED} for private fields (emails, IP addresses,
 * tokens), so violations may be logged.
 *
 * @param path JSON pointer to the offending field, {@code ""} for the whole value
 * @param code stable rule identifier, for example {@code required}, {@code too_long} or {@code url.scheme}
 * @param message human-readable explanation, naming the limit where there is one
 * @param rejectedValue the offending input, shortened or redacted; {@code null} when there was no input
 * @since 0.1.0
 */
public record Violation(String path, String code, String message, @Nullable String rejectedValue) {

    /** Longest rejected value kept in a violation, in UTF-16 code units; longer ones are cut and marked. */
    public static final int MAX_REJECTED_LENGTH = 80;

    /** What replaces the rejected value of a private field. */
    public static final String REDACTED = "[redacted]";

    /**
     * Checks the components and shortens the rejected value.
     *
     * @param path JSON pointer
     * @param code rule identifier
     * @param message explanation
     * @param rejectedValue offending input, or null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        rejectedValue = shorten(rejectedValue);
    }

    /**
     * A violation whose rejected value is private and therefore never shown.
     *
     * @param path JSON pointer
     * @param code rule identifier
     * @param message explanation
     * @return a violation with the value {@value #REDACTED}
     */
    public static Violation redacted(String path, String code, String message) {
        return new Violation(path, code, message, REDACTED);
    }

    /**
     * Returns this violation as if it had been found in a field nested under {@code prefix}.
     *
     * @param prefix a JSON pointer such as {@code /authors/0}
     * @return the same violation with {@code prefix + path()} as path
     */
    public Violation under(String prefix) {
        return new Violation(prefix + path, code, message, rejectedValue);
    }

    @Override
    public String toString() {
        String where = path.isEmpty() ? "(value)" : path;
        return rejectedValue == null
                ? where + " " + code + ": " + message
                : where + " " + code + ": " + message + " (got " + quote(rejectedValue) + ")";
    }

    private static String quote(String value) {
        return REDACTED.equals(value) ? value : "\"" + value + "\"";
    }

    private static @Nullable String shorten(@Nullable String value) {
        if (value == null || value.length() <= MAX_REJECTED_LENGTH) {
            return value;
        }
        int end = MAX_REJECTED_LENGTH - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
