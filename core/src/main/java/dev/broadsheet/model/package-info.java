/**
 * The news model: immutable, validated values for what a news site publishes. Every type is built with a
 * {@code builder()}, whose {@code build()} cleans text and throws a {@link dev.broadsheet.validation.ValidationException}
 * listing every broken rule. Bodies are {@link dev.broadsheet.html.SafeHtml}; nothing here knows about rendering.
 */
@NullMarked
package dev.broadsheet.model;

import org.jspecify.annotations.NullMarked;
