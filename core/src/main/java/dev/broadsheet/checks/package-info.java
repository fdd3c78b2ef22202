/**
 * Editorial checks: what is weak in an article rather than invalid, for editors before they publish and for a
 * newsroom's CI. {@link dev.broadsheet.checks.EditorialChecks} runs the {@link dev.broadsheet.checks.Rule rules}
 * of a {@link dev.broadsheet.checks.CheckPolicy} and reports {@link dev.broadsheet.checks.Finding findings}, each a
 * {@link dev.broadsheet.validation.Violation} with a {@link dev.broadsheet.checks.Severity}; the model's own
 * validation errors are findings of severity {@link dev.broadsheet.checks.Severity#ERROR}, unchanged.
 *
 * @since 0.2.0
 */
@NullMarked
package dev.broadsheet.checks;

import org.jspecify.annotations.NullMarked;
