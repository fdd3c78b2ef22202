/**
 * The sanitizer engine, URL checks, HTML-to-text and the element vocabulary behind
 * {@code dev.broadsheet.html}. Not exported: the public API is {@code HtmlPolicy}, {@code Sanitizer},
 * {@code Markdown} and {@code PlainText}.
 */
@NullMarked
package dev.broadsheet.internal.html;

import org.jspecify.annotations.NullMarked;
