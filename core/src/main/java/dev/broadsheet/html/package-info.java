/**
 * Safe HTML: the {@link dev.broadsheet.html.SafeHtml} type, allow-list policies, the sanitizer, Markdown
 * conversion and HTML-to-text.
 */
@NullMarked
package dev.broadsheet.html;

import org.jspecify.annotations.NullMarked;
