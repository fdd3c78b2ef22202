package dev.broadsheet.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be built because its content breaks one or more rules. It always holds
 * <em>every</em> violation found, not just the first, so a form can show all its errors at once.
 *
 * <p>It extends {@link IllegalArgumentException} because bad content is a bad argument; catch this type to tell
 * content errors apart from programming errors.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** How many violations the exception message lists before summarising the rest. */
    public static final int MAX_LISTED_IN_MESSAGE = 50;

    private final transient List<Violation> violations;

    /**
     * Creates an exception about {@code what} with the given violations.
     *
     * @param what the kind of value that failed, such as {@code "Article"}
     * @param violations at least one violation
     */
    public ValidationException(String what, List<Violation> violations) {
        super(message(Objects.requireNonNull(what, "what"), violations));
        if (violations.isEmpty()) {
            throw new IllegalStateException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * Every violation found, in the order the fields were checked.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Whether some violation has this code.
     *
     * @param code a violation code such as {@code required}
     * @return true if at least one violation has it
     */
    public boolean has(String code) {
        return violations.stream().anyMatch(v -> v.code().equals(code));
    }

    private static String message(String what, List<Violation> violations) {
        int n = violations.size();
        String listed = violations.stream()
                .limit(MAX_LISTED_IN_MESSAGE)
                .map(Violation::toString)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        String more = n > MAX_LISTED_IN_MESSAGE ? "\n  … and " + (n - MAX_LISTED_IN_MESSAGE) + " more" : "";
        return "Invalid " + what + ": " + n + (n == 1 ? " violation" : " violations") + listed + more;
    }
}
