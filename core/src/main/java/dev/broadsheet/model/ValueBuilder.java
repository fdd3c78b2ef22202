package dev.broadsheet.model;

import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.List;

/**
 * What every model builder offers: {@link #build()}, which cleans and validates the collected values and throws a
 * {@link ValidationException} listing every broken rule, and {@link #validate()}, which reports the same
 * violations without throwing — for a form that wants to show its errors.
 *
 * @param <T> the value built
 * @since 0.1.0
 */
public interface ValueBuilder<T> {

    /**
     * Cleans and validates the values and builds the immutable value.
     *
     * @return the value
     * @throws ValidationException listing every broken rule, private values redacted
     */
    T build();

    /**
     * Cleans and validates the values without building.
     *
     * @return every broken rule; empty when {@link #build()} would succeed
     */
    default List<Violation> validate() {
        try {
            build();
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }
}
