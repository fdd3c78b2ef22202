/**
 * The renderers' machinery: the built-in parts, the per-call context and the part registry. Not exported.
 */
@NullMarked
package dev.broadsheet.render.internal;

import org.jspecify.annotations.NullMarked;
