/**
 * WordPress migration: {@link dev.broadsheet.interchange.wordpress.WxrImporter} streams a WXR export (the file
 * WordPress's Tools → Export writes) into articles and comments built through the core model's builders, and
 * {@link dev.broadsheet.interchange.wordpress.ImportReport} says what was imported, skipped, rejected and
 * changed, item by item.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.broadsheet.interchange.wordpress;

import org.jspecify.annotations.NullMarked;
