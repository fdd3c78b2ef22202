package dev.broadsheet.checks;

import dev.broadsheet.validation.Violation;
import java.util.Objects;

/**
 * One thing an editor should hear about: a {@link Violation} (path, stable code, message, offending value) with a
 * {@link Severity}. Validation errors become findings of severity {@link Severity#ERROR} without any change to the
 * violation.
 *
 * @param severity how much it matters
 * @param violation where, which rule, why and what
 * @since 0.2.0
 */
public record Finding(Severity severity, Violation violation) {

    /**
     * Checks the components.
     *
     * @param severity how much it matters
     * @param violation the rule and place
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(violation, "violation");
    }

    /**
     * A validation error as a finding.
     *
     * @param violation a violation reported by a builder or by JSON reading
     * @return a finding of severity {@link Severity#ERROR}
     */
    public static Finding error(Violation violation) {
        return new Finding(Severity.ERROR, violation);
    }

    /** @return the JSON pointer of the field, {@code ""} for the whole value */
    public String path() {
        return violation.path();
    }

    /** @return the stable rule code, such as {@code headline.too_long} */
    public String code() {
        return violation.code();
    }

    /** @return the English explanation */
    public String message() {
        return violation.message();
    }

    @Override
    public String toString() {
        return severity.label() + " " + violation;
    }
}
