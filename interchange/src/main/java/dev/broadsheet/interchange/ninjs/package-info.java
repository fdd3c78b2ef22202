/**
 * IPTC ninjs (News in JSON): export of articles to ninjs 3.1 and 2.2 and import of ninjs 1.x–3.1 documents.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.broadsheet.interchange.ninjs;

import org.jspecify.annotations.NullMarked;
