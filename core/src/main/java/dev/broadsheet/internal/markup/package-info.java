/**
 * Not API: the bridge through which the renderers hand back sanitized markup with elements of their own escaping
 * writer spliced in. Exported to the render module only.
 */
@NullMarked
package dev.broadsheet.internal.markup;

import org.jspecify.annotations.NullMarked;
