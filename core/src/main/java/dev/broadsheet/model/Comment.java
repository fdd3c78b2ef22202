package dev.broadsheet.model;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reader's comment on an article, possibly a reply to another comment.
 *
 * <p>The body is {@link SafeHtml}, normally produced with {@link dev.broadsheet.html.HtmlPolicy#comment()}. The
 * {@linkplain #author() author}'s email and IP address are private (see {@link Commenter}).
 *
 * <p>Rules: {@code id} and {@code articleId} required identifiers (1–128 characters from
 * {@code [A-Za-z0-9._:-]}); {@code parentId} an identifier different from {@code id}; {@code author},
 * {@code createdAt} and a non-empty {@code body} required; the body's markup at most {@value #MAX_BODY}
 * characters (WordPress's limit). Thread-level rules (parents exist, no cycles) are checked by
 * {@code CommentThread}, since one comment cannot see the others.
 *
 * @since 0.1.0
 */
public final class Comment {

    /** Longest body markup, in characters. */
    public static final int MAX_BODY = 65_525;

    private final String id;
    private final String articleId;
    private final @Nullable String parentId;
    private final Commenter author;
    private final SafeHtml body;
    private final Instant createdAt;
    private final CommentStatus status;

    private Comment(String id, String articleId, @Nullable String parentId, Commenter author, SafeHtml body,
            Instant createdAt, CommentStatus status) {
        this.id = id;
        this.articleId = articleId;
        this.parentId = parentId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
        this.status = status;
    }

    /**
     * Starts a new comment, {@link CommentStatus#PENDING} by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this comment's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).articleId(articleId).parentId(parentId).author(author).body(body)
                .createdAt(createdAt).status(status);
    }

    /** @return the host's identifier for the comment */
    public String id() {
        return id;
    }

    /** @return the identifier of the article commented on */
    public String articleId() {
        return articleId;
    }

    /** @return the identifier of the comment this one replies to; absent for a top-level comment */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** @return who wrote it */
    public Commenter author() {
        return author;
    }

    /** @return the sanitized body */
    public SafeHtml body() {
        return body;
    }

    /** @return when it was submitted */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the moderation status */
    public CommentStatus status() {
        return status;
    }

    /** @return whether the comment is public */
    public boolean isApproved() {
        return status == CommentStatus.APPROVED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Comment c && id.equals(c.id) && articleId.equals(c.articleId)
                && Objects.equals(parentId, c.parentId) && author.equals(c.author) && body.equals(c.body)
                && createdAt.equals(c.createdAt) && status == c.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, articleId, parentId, author, body, createdAt, status);
    }

    /** @return identifiers, status and the author's name; never the email or IP address */
    @Override
    public String toString() {
        return "Comment[" + id + " on " + articleId + (parentId == null ? "" : " reply to " + parentId) + " by "
                + author + " " + status + "]";
    }

    /**
     * Collects a comment's values. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Comment> {
        private @Nullable String id;
        private @Nullable String articleId;
        private @Nullable String parentId;
        private @Nullable Commenter author;
        private @Nullable SafeHtml body;
        private @Nullable Instant createdAt;
        private @Nullable CommentStatus status = CommentStatus.PENDING;

        private Builder() {
        }

        /**
         * @param id the host's identifier; required
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * @param articleId the article commented on; required
         * @return this builder
         */
        public Builder articleId(@Nullable String articleId) {
            this.articleId = articleId;
            return this;
        }

        /**
         * @param parentId the comment replied to, or null for a top-level comment
         * @return this builder
         */
        public Builder parentId(@Nullable String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * @param author who wrote it; required
         * @return this builder
         */
        public Builder author(@Nullable Commenter author) {
            this.author = author;
            return this;
        }

        /**
         * @param body the sanitized body; required and non-empty
         * @return this builder
         */
        public Builder body(@Nullable SafeHtml body) {
            this.body = body;
            return this;
        }

        /**
         * @param at submission time; required
         * @return this builder
         */
        public Builder createdAt(@Nullable Instant at) {
            this.createdAt = at;
            return this;
        }

        /**
         * @param status moderation status; default {@link CommentStatus#PENDING}
         * @return this builder
         */
        public Builder status(@Nullable CommentStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Cleans and validates the values.
         *
         * @return the comment
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        @Override
        public Comment build() {
            Problems p = new Problems();
            String cleanId = p.id("/id", id, true);
            String cleanArticle = p.id("/articleId", articleId, true);
            String cleanParent = p.id("/parentId", parentId, false);
            if (cleanParent != null && cleanParent.equals(cleanId)) {
                p.add("/parentId", "comment.self_reply", "a comment cannot reply to itself", cleanParent);
            }
            p.required("/author", author);
            p.required("/createdAt", createdAt);
            p.required("/status", status);
            if (p.required("/body", body) != null && body.isEmpty()) {
                p.add("/body", Codes.REQUIRED, "must not be empty", "");
            } else if (body != null && body.html().length() > MAX_BODY) {
                p.add("/body", Codes.TOO_LONG, "must be at most " + MAX_BODY + " characters of markup, was "
                        + body.html().length(), body.html());
            }
            p.throwIfAny("Comment");
            return new Comment(Objects.requireNonNull(cleanId), Objects.requireNonNull(cleanArticle), cleanParent,
                    Objects.requireNonNull(author), Objects.requireNonNull(body), Objects.requireNonNull(createdAt),
                    Objects.requireNonNull(status));
        }
    }
}
