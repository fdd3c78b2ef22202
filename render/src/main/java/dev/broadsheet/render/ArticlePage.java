package dev.broadsheet.render;

import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An article with what its page shows around it: its comments (in any status — renderers show approved ones only)
 * and the state of its forms for this request.
 *
 * @since 0.1.0
 */
public final class ArticlePage implements Page {

    private final Article article;
    private final List<Comment> comments;
    private final FormState commentForm;
    private final FormState newsletterForm;
    private final Map<String, String> commentFormFields;
    private final @Nullable String csrfToken;
    private final @Nullable String notice;
    private final @Nullable String replyTo;
    /**
     * The public thread of {@link #comments}, built on first use and kept: the HTML comments and the JSON-LD of one
     * render both ask for it. A race builds it twice and keeps equal threads, which is harmless (the idiom of
     * {@link String#hashCode()}).
     */
    private @Nullable CommentThread thread;

    private ArticlePage(Builder b) {
        this.article = Objects.requireNonNull(b.article, "article");
        this.comments = List.copyOf(b.comments);
        this.commentForm = b.commentForm;
        this.newsletterForm = b.newsletterForm;
        this.commentFormFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.commentFormFields));
        this.csrfToken = b.csrfToken;
        this.notice = b.notice;
        this.replyTo = b.replyTo;
    }

    /**
     * A page for an article with no comments and empty forms.
     *
     * @param article the article
     * @return the page
     */
    public static ArticlePage of(Article article) {
        return builder(article).build();
    }

    /**
     * Starts a page for an article.
     *
     * @param article the article
     * @return a builder
     */
    public static Builder builder(Article article) {
        return new Builder(Objects.requireNonNull(article, "article"));
    }

    /** @return the article */
    public Article article() {
        return article;
    }

    /** @return the article's comments, in any status */
    public List<Comment> comments() {
        return comments;
    }

    /**
     * The public reply tree of the page's comments, as every renderer shows it: {@code CommentThread.of(comments())},
     * built once per page and shared by the parts that need it.
     *
     * @return the thread of approved comments (with placeholders where removed ones hold replies)
     */
    public CommentThread commentThread() {
        CommentThread t = thread;
        if (t == null) {
            t = CommentThread.of(comments);
            thread = t;
        }
        return t;
    }

    /** @return the comment form's state */
    public FormState commentForm() {
        return commentForm;
    }

    @Override
    public FormState newsletterForm() {
        return newsletterForm;
    }

    /**
     * Extra hidden fields for the comment form, such as the host's signed form timestamp that a moderator checks
     * for forms submitted too fast.
     *
     * @return field names and values, in order
     */
    public Map<String, String> commentFormFields() {
        return commentFormFields;
    }

    @Override
    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrfToken);
    }

    @Override
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** @return the id of the comment the form replies to, when the reader chose "Reply" */
    public Optional<String> replyTo() {
        return Optional.ofNullable(replyTo);
    }

    /**
     * Collects a page's parts. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Article article;
        private final List<Comment> comments = new ArrayList<>();
        private FormState commentForm = FormState.empty();
        private FormState newsletterForm = FormState.empty();
        private final Map<String, String> commentFormFields = new LinkedHashMap<>();
        private @Nullable String csrfToken;
        private @Nullable String notice;
        private @Nullable String replyTo;

        private Builder(Article article) {
            this.article = article;
        }

        /**
         * @param comments the article's comments, in any status
         * @return this builder
         */
        public Builder comments(List<Comment> comments) {
            this.comments.clear();
            this.comments.addAll(Objects.requireNonNull(comments, "comments"));
            return this;
        }

        /**
         * @param state the comment form's state
         * @return this builder
         */
        public Builder commentForm(FormState state) {
            this.commentForm = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * @param state the newsletter form's state
         * @return this builder
         */
        public Builder newsletterForm(FormState state) {
            this.newsletterForm = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * @param name a hidden field's name
         * @param value its value
         * @return this builder
         */
        public Builder commentFormField(String name, String value) {
            this.commentFormFields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param token this request's CSRF token
         * @return this builder
         */
        public Builder csrfToken(@Nullable String token) {
            this.csrfToken = token;
            return this;
        }

        /**
         * @param notice a message to show at the top of the page
         * @return this builder
         */
        public Builder notice(@Nullable String notice) {
            this.notice = notice;
            return this;
        }

        /**
         * @param commentId the comment the form replies to
         * @return this builder
         */
        public Builder replyTo(@Nullable String commentId) {
            this.replyTo = commentId;
            return this;
        }

        /**
         * Builds the page.
         *
         * @return the page
         */
        public ArticlePage build() {
            return new ArticlePage(this);
        }
    }
}
