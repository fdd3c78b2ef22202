/** Not API (not exported): helpers the WordPress and ninjs packages share. */
@NullMarked
package dev.broadsheet.interchange.internal;

import org.jspecify.annotations.NullMarked;
