/**
 * Violations and the exception that carries them, plus validators for values users type (email addresses).
 */
@NullMarked
package dev.broadsheet.validation;

import org.jspecify.annotations.NullMarked;
