package dev.broadsheet.model;

/**
 * Where a comment is in moderation.
 *
 * @since 0.1.0
 */
public enum CommentStatus {
    /** Waiting for a moderator; not public. */
    PENDING,
    /** Public. */
    APPROVED,
    /** Judged to be spam; not public. */
    SPAM,
    /** Deleted by a moderator or its author; not public, kept until purged. */
    TRASH
}
