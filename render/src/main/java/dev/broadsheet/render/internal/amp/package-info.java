/**
 * AMP conversion: turning sanitized bodies, images and forms into valid AMP markup. Not exported.
 */
@NullMarked
package dev.broadsheet.render.internal.amp;

import org.jspecify.annotations.NullMarked;
