package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helpers for reading violations as "path code" strings. */
final class Rules {

    private Rules() {
    }

    /** Runs {@code build}, which must fail validation, and returns its violations as "path code". */
    static List<String> violations(ThrowingCallable build) {
        AtomicReference<ValidationException> caught = new AtomicReference<>();
        assertThatThrownBy(build).isInstanceOfSatisfying(ValidationException.class, caught::set);
        return caught.get().violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }

    /** Runs {@code build}, which must fail validation, and returns its violations. */
    static List<Violation> details(ThrowingCallable build) {
        AtomicReference<ValidationException> caught = new AtomicReference<>();
        assertThatThrownBy(build).isInstanceOfSatisfying(ValidationException.class, caught::set);
        return caught.get().violations();
    }
}
