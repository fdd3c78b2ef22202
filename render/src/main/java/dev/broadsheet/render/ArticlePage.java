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
 * <p><b>Comment pages.</b> A page of comments holds whole threads — a top-level comment with all of its replies is
 * never split across pages — and at most {@link #DEFAULT_COMMENTS_PER_PAGE} comments: threads fill a page in display
 * order until the next one would not fit, and a thread larger than a page has a page of its own. Page 1 holds the
 * oldest threads. (WordPress counts top-level comments instead, so one of its pages may hold 50 threads of any size;
 * counting every comment keeps the weight of a page, and the cost of rendering it, bounded by the page size.) The
 * page's heading and JSON-LD {@code commentCount} count the whole article; its list, its JSON-LD comments and its
 * canonical URL ({@link Links#commentPage(Article, int)}) are those of the shown page, and a navigation with
 * {@code rel="prev"} and {@code rel="next"} links joins the pages. Choose the page with
 * {@link Builder#commentPage(int)}; {@link Builder#commentsPerPage(int)} changes the size.
 *
 * @since 0.1.0
 */
public final class ArticlePage implements Page {

    /**
     * Comments per page unless {@link Builder#commentsPerPage(int)} says otherwise: 50, WordPress's default page
     * size.
     *
     * @since 0.1.0
     */
    public static final int DEFAULT_COMMENTS_PER_PAGE = 50;

    /**
     * A {@link Builder#commentsPerPage(int) page size} that shows every comment on one page.
     *
     * @since 0.1.0
     */
    public static final int ALL_COMMENTS = Integer.MAX_VALUE;

    private final Article article;
    private final List<Comment> comments;
    private final FormState commentForm;
    private final FormState newsletterForm;
    private final Map<String, String> commentFormFields;
    private final @Nullable String csrfToken;
    private final @Nullable String notice;
    private final @Nullable String replyTo;
    private final int commentsPerPage;
    private final int commentPage;
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
        this.commentsPerPage = b.commentsPerPage;
        this.commentPage = b.commentPage;
        this.thread = b.thread;
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

    /**
     * @return the article's comments, in any status, as {@link Builder#comments(List)} gave them; empty when the page
     *     was built from a {@linkplain Builder#commentThread(CommentThread) thread}
     */
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

    /**
     * @return the shown page of comments, from 1
     * @since 0.1.0
     */
    public int commentPage() {
        return commentPage;
    }

    /**
     * @return the most comments a page shows, in whole threads
     * @since 0.1.0
     */
    public int commentsPerPage() {
        return commentsPerPage;
    }

    /**
     * @return how many pages the article's comments fill: at least 1, even with no comments
     * @since 0.1.0
     */
    public int commentPageCount() {
        return commentThread().pageCount(commentsPerPage);
    }

    /**
     * The top-level comments of the shown page, each with its replies, in display order.
     *
     * @return a slice of {@code commentThread().roots()}
     * @since 0.1.0
     */
    public List<CommentThread.Node> shownComments() {
        return commentThread().page(commentsPerPage, commentPage);
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
        private int commentsPerPage = DEFAULT_COMMENTS_PER_PAGE;
        private int commentPage = 1;
        private @Nullable CommentThread thread;

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
            this.thread = null;
            return this;
        }

        /**
         * The public thread of the article's comments, built once by the host and kept between requests instead of
         * {@link #comments(List)}: a thread is immutable, so a site that caches it per article (and rebuilds it when
         * a comment is approved) pays nothing per request for the comments its page does not show. The page's
         * {@link ArticlePage#comments()} is then empty.
         *
         * @param thread the public thread, as {@link CommentThread#of(List)} builds it
         * @return this builder
         * @since 0.1.0
         */
        public Builder commentThread(CommentThread thread) {
            this.thread = Objects.requireNonNull(thread, "thread");
            this.comments.clear();
            return this;
        }

        /**
         * @param perPage the most comments a page shows, in whole threads (a larger thread fills a page alone); at
         *     least 1; default {@link #DEFAULT_COMMENTS_PER_PAGE}, {@link #ALL_COMMENTS} for one page
         * @return this builder
         * @throws IllegalArgumentException if {@code perPage} is less than 1
         * @since 0.1.0
         */
        public Builder commentsPerPage(int perPage) {
            if (perPage < 1) {
                throw new IllegalArgumentException("commentsPerPage must be at least 1, was " + perPage);
            }
            this.commentsPerPage = perPage;
            return this;
        }

        /**
         * @param page the page of comments to show, from 1 to {@link #commentPageCount()}; default 1
         * @return this builder
         * @throws IllegalArgumentException if {@code page} is less than 1 ({@link #build()} refuses a page past
         *     the last)
         * @since 0.1.0
         */
        public Builder commentPage(int page) {
            if (page < 1) {
                throw new IllegalArgumentException("commentPage must be at least 1, was " + page);
            }
            this.commentPage = page;
            return this;
        }

        /**
         * How many pages the comments given so far fill at the chosen page size, for a host that answers a request
         * for a page past the last with 404 Not Found. Builds the thread, which the page then keeps.
         *
         * @return at least 1, even with no comments
         * @since 0.1.0
         */
        public int commentPageCount() {
            return thread().pageCount(commentsPerPage);
        }

        private CommentThread thread() {
            CommentThread t = thread;
            if (t == null) {
                t = CommentThread.of(comments);
                thread = t;
            }
            return t;
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
         * @throws IllegalArgumentException if the {@linkplain #commentPage(int) comment page} is past the last
         */
        public ArticlePage build() {
            if (commentPage > 1 && commentPage > commentPageCount()) {
                throw new IllegalArgumentException("commentPage " + commentPage + " is past the last page of "
                        + "comments, " + commentPageCount() + " (" + thread().roots().size() + " threads, at most "
                        + commentsPerPage + " comments a page)");
            }
            return new ArticlePage(this);
        }
    }
}
