/**
 * Comment behaviour: building reply threads from flat lists, and moderation.
 */
@NullMarked
package dev.broadsheet.comments;

import org.jspecify.annotations.NullMarked;
