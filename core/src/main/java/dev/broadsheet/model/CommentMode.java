package dev.broadsheet.model;

/**
 * Whether readers can comment on an article.
 *
 * @since 0.1.0
 */
public enum CommentMode {
    /** Approved comments are shown and new ones are accepted. */
    OPEN,
    /** Approved comments are shown; no new ones are accepted. */
    CLOSED,
    /** No comments are shown and none are accepted. */
    HIDDEN
}
