/**
 * Field cleaning and violation collection shared by the model builders. Not exported.
 */
@NullMarked
package dev.broadsheet.internal.check;

import org.jspecify.annotations.NullMarked;
