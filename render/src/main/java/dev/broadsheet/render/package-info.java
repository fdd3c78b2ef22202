/**
 * What every renderer shares: the publication's settings ({@link dev.broadsheet.render.Site}), the host's URL scheme
 * ({@link dev.broadsheet.render.Links}), the visible strings ({@link dev.broadsheet.render.Labels}), the pages a
 * renderer writes ({@link dev.broadsheet.render.ArticlePage}, {@link dev.broadsheet.render.ListingPage}) with their
 * per-request form state, the form field names and the default stylesheet.
 */
@NullMarked
package dev.broadsheet.render;

import org.jspecify.annotations.NullMarked;
