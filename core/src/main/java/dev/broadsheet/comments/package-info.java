/**
 * Comment behaviour: building reply threads from flat lists ({@link dev.broadsheet.comments.CommentThread}),
 * moderating submissions ({@link dev.broadsheet.comments.Moderator}, with
 * {@link dev.broadsheet.comments.FormStamps} and a {@link dev.broadsheet.comments.FloodStore}), and the host's
 * avatar hook ({@link dev.broadsheet.comments.AvatarProvider}).
 *
 * <p>Nothing here exposes a commenter's email or IP address, or any hash of them: threads and decisions carry
 * public fields only, and the author key a host derives for flood control is never logged.
 */
@NullMarked
package dev.broadsheet.comments;

import org.jspecify.annotations.NullMarked;
