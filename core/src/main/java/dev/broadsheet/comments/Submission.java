package dev.broadsheet.comments;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.validation.Violation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One comment as it was posted, with what a {@link Moderator} needs to judge it: the article, the posted honeypot
 * and form stamp, the host's author key, and whether the author is known.
 *
 * <p>The <strong>author key</strong> identifies the sender for the flood and duplicate rules. The host derives it,
 * for example as a keyed hash of the email address or of the IP address, and it is as private as they are: it is
 * never logged, never shown in {@link #toString()} and never part of a {@link Decision}.
 *
 * <p>The honeypot and form stamp are untrusted input and may be anything, including absent or huge: they only
 * ever lead to a {@link Decision}, never to an exception.
 *
 * @since 0.1.0
 */
public final class Submission {

    /** Longest author key, in characters; a host-derived key such as a hash is far shorter. */
    public static final int MAX_AUTHOR_KEY = 256;

    /** Most characters of the raw posted text the moderator reads. */
    public static final int MAX_RAW_BODY = 262_144;

    private final Comment comment;
    private final Article article;
    private final boolean honeypotFilled;
    private final @Nullable String formStamp;
    private final String authorKey;
    private final boolean knownAuthor;
    private final @Nullable String rawBody;

    private Submission(Builder b) {
        this.comment = Objects.requireNonNull(b.comment, "comment");
        this.article = Objects.requireNonNull(b.article, "article");
        this.honeypotFilled = b.honeypotFilled;
        this.formStamp = b.formStamp;
        this.authorKey = Objects.requireNonNull(b.authorKey, "authorKey");
        this.knownAuthor = b.knownAuthor;
        this.rawBody = b.rawBody == null || b.rawBody.length() <= MAX_RAW_BODY ? b.rawBody
                : b.rawBody.substring(0, MAX_RAW_BODY);
    }

    /** @return the comment as posted, before sanitizing, when the host passed it (at most {@value #MAX_RAW_BODY}
     *     characters) */
    public Optional<String> rawBody() {
        return Optional.ofNullable(rawBody);
    }

    /**
     * Starts a submission.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the comment posted */
    public Comment comment() {
        return comment;
    }

    /** @return the article it was posted on */
    public Article article() {
        return article;
    }

    /** @return whether the honeypot field held anything other than white space */
    public boolean honeypotFilled() {
        return honeypotFilled;
    }

    /** @return the posted form stamp, as posted */
    public Optional<String> formStamp() {
        return Optional.ofNullable(formStamp);
    }

    /** @return the private author key */
    public String authorKey() {
        return authorKey;
    }

    /** @return whether the host knows the author, for example from an earlier approved comment */
    public boolean knownAuthor() {
        return knownAuthor;
    }

    /** @return the comment; the author key is redacted */
    @Override
    public String toString() {
        return "Submission[" + comment + ", authorKey=" + Violation.REDACTED + (knownAuthor ? ", known" : "")
                + (honeypotFilled ? ", honeypot filled" : "") + "]";
    }

    /**
     * Collects a submission. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Comment comment;
        private @Nullable Article article;
        private boolean honeypotFilled;
        private @Nullable String formStamp;
        private @Nullable String authorKey;
        private boolean knownAuthor;
        private @Nullable String rawBody;

        private Builder() {
        }

        /**
         * @param comment the comment posted; required, and its article id must be the article's
         * @return this builder
         */
        public Builder comment(Comment comment) {
            this.comment = Objects.requireNonNull(comment, "comment");
            return this;
        }

        /**
         * @param article the article commented on; required
         * @return this builder
         */
        public Builder article(Article article) {
            this.article = Objects.requireNonNull(article, "article");
            return this;
        }

        /**
         * @param value the posted value of the honeypot field, as posted; null or blank when left empty, as
         *     people leave it
         * @return this builder
         */
        public Builder honeypot(@Nullable String value) {
            this.honeypotFilled = value != null && !value.isBlank();
            return this;
        }

        /**
         * @param stamp the posted form stamp (see {@link FormStamps}), as posted; null when absent
         * @return this builder
         */
        public Builder formStamp(@Nullable String stamp) {
            this.formStamp = stamp;
            return this;
        }

        /**
         * @param key the host's private key for the author, 1 to {@value Submission#MAX_AUTHOR_KEY} characters;
         *     required
         * @return this builder
         * @throws IllegalArgumentException when empty or too long (the message does not repeat the key)
         */
        public Builder authorKey(String key) {
            Objects.requireNonNull(key, "authorKey");
            if (key.isEmpty() || key.length() > MAX_AUTHOR_KEY) {
                throw new IllegalArgumentException("authorKey must be 1 to " + MAX_AUTHOR_KEY
                        + " characters, was " + key.length());
            }
            this.authorKey = key;
            return this;
        }

        /**
         * @param known whether the host knows the author (for example, from an earlier approved comment by the
         *     same account or address); default false, so that a first comment is held
         * @return this builder
         */
        public Builder knownAuthor(boolean known) {
            this.knownAuthor = known;
            return this;
        }

        /**
         * The comment exactly as the reader posted it, before sanitizing. Sanitizing removes what a moderator
         * needs to see — links beyond the policy's limit are unwrapped to text, URLs with user info
         * ({@code https://good.example@spam.example/}) are dropped — so the links and words are read from the raw
         * text when it is given (only its first {@value Submission#MAX_RAW_BODY} characters), and from the
         * sanitized body otherwise. The raw text is only parsed, never rendered or stored.
         *
         * @param html the posted comment text, or null
         * @return this builder
         */
        public Builder rawBody(@Nullable String html) {
            this.rawBody = html;
            return this;
        }

        /**
         * @return the submission
         * @throws NullPointerException naming the field when the comment, article or author key is missing
         * @throws IllegalArgumentException when the comment belongs to another article
         */
        public Submission build() {
            Submission s = new Submission(this);
            if (!s.comment.articleId().equals(s.article.id())) {
                throw new IllegalArgumentException("the comment is on article " + s.comment.articleId()
                        + ", not on " + s.article.id());
            }
            return s;
        }
    }
}
