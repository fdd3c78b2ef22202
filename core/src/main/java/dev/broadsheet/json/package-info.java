/**
 * JSON support: one Jackson module that reads and writes every model type, with a storage view and a public view.
 */
@NullMarked
package dev.broadsheet.json;

import org.jspecify.annotations.NullMarked;
