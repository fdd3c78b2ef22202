/**
 * AMP: {@link dev.broadsheet.render.amp.AmpRenderer} writes a valid AMP page for an article, sharing the HTML
 * renderer's configuration and parts; {@link dev.broadsheet.render.amp.ImageSizeResolver} lets a host supply the
 * sizes of images whose markup does not give them.
 */
@NullMarked
package dev.broadsheet.render.amp;

import org.jspecify.annotations.NullMarked;
