/**
 * Text utilities: cleaning (NFC, controls, bidi), slugs in any script, excerpts, word counts and reading time.
 */
@NullMarked
package dev.broadsheet.text;

import org.jspecify.annotations.NullMarked;
