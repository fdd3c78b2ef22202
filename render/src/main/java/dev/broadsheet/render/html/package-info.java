/**
 * The HTML renderer: whole pages and embeddable fragments, written through {@link dev.broadsheet.render.html.HtmlWriter}
 * (the one place that escapes) by replaceable {@link dev.broadsheet.render.html.Part}s.
 */
@NullMarked
package dev.broadsheet.render.html;

import org.jspecify.annotations.NullMarked;
