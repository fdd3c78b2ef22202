package dev.broadsheet.model;

/**
 * Where an article is in its life.
 *
 * @since 0.1.0
 */
public enum ArticleStatus {
    /** Being written; not public. */
    DRAFT,
    /** Ready, to be published at its {@code publishedAt} time. */
    SCHEDULED,
    /** Public. */
    PUBLISHED,
    /** Was public and has been taken down; kept for the record. */
    WITHDRAWN
}
