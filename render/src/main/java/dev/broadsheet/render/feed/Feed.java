package dev.broadsheet.render.feed;

import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.UrlCheck;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.internal.check.Codes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one feed is about — the home page, a section, a tag or an author — and the articles it may show, newest
 * first or in any order (the renderer sorts them). The renderer decides which of them appear: only published
 * articles whose publication time has come, at most its item count.
 *
 * <p>Paging and archives follow RFC 5005: {@link Builder#next(String)} links a paged feed to older items (also
 * JSON Feed's {@code next_url}); {@link Builder#prevArchive(String)}, {@link Builder#nextArchive(String)} and
 * {@link Builder#current(String)} make it an archived feed document. Every URL must be absolute http(s).
 *
 * <p>Rules checked by {@link Builder#build()}: at most {@value #MAX_ARTICLES} articles, no null among them; a
 * {@code title} of at most {@value #MAX_TITLE} characters on one line; every URL absolute http(s).
 *
 * @since 0.1.0
 */
public final class Feed {

    /** Most articles a feed is given (the renderer shows at most {@link FeedRenderer#MAX_ITEMS} of them). */
    public static final int MAX_ARTICLES = 10_000;
    /** Longest title, in characters. */
    public static final int MAX_TITLE = 255;

    /** What a feed is about. */
    public enum Kind {
        /** The whole publication. */
        HOME,
        /** One section. */
        SECTION,
        /** One tag. */
        TAG,
        /** One author. */
        AUTHOR
    }

    private final Kind kind;
    private final @Nullable Section section;
    private final @Nullable Tag tag;
    private final @Nullable Person author;
    private final List<Article> articles;
    private final @Nullable String title;
    private final @Nullable String selfUrl;
    private final @Nullable String next;
    private final @Nullable String prevArchive;
    private final @Nullable String nextArchive;
    private final @Nullable String current;

    private Feed(Builder b, List<Article> articles, @Nullable String title, @Nullable String selfUrl,
            @Nullable String next, @Nullable String prevArchive, @Nullable String nextArchive,
            @Nullable String current) {
        this.kind = b.kind;
        this.section = b.section;
        this.tag = b.tag;
        this.author = b.author;
        this.articles = articles;
        this.title = title;
        this.selfUrl = selfUrl;
        this.next = next;
        this.prevArchive = prevArchive;
        this.nextArchive = nextArchive;
        this.current = current;
    }

    /**
     * Starts the publication's main feed.
     *
     * @param articles the candidates
     * @return a builder
     */
    public static Builder home(List<Article> articles) {
        return new Builder(Kind.HOME, null, null, null).articles(articles);
    }

    /**
     * Starts a section's feed.
     *
     * @param section the section
     * @param articles the candidates (the caller picks those of the section)
     * @return a builder
     */
    public static Builder section(Section section, List<Article> articles) {
        return new Builder(Kind.SECTION, Objects.requireNonNull(section, "section"), null, null).articles(articles);
    }

    /**
     * Starts a tag's feed.
     *
     * @param tag the tag
     * @param articles the candidates
     * @return a builder
     */
    public static Builder tag(Tag tag, List<Article> articles) {
        return new Builder(Kind.TAG, null, Objects.requireNonNull(tag, "tag"), null).articles(articles);
    }

    /**
     * Starts an author's feed.
     *
     * @param author the author
     * @param articles the candidates
     * @return a builder
     */
    public static Builder author(Person author, List<Article> articles) {
        return new Builder(Kind.AUTHOR, null, null, Objects.requireNonNull(author, "author")).articles(articles);
    }

    /** @return what the feed is about */
    public Kind kind() {
        return kind;
    }

    /** @return the section of a {@link Kind#SECTION} feed */
    public Optional<Section> section() {
        return Optional.ofNullable(section);
    }

    /** @return the tag of a {@link Kind#TAG} feed */
    public Optional<Tag> tag() {
        return Optional.ofNullable(tag);
    }

    /** @return the author of an {@link Kind#AUTHOR} feed */
    public Optional<Person> author() {
        return Optional.ofNullable(author);
    }

    /** @return the candidate articles, as given */
    public List<Article> articles() {
        return articles;
    }

    /** @return the title, when it differs from the renderer's default */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return the feed's own URL, when it differs from the default (see {@link FeedRenderer#selfUrl(Feed)}) */
    public Optional<String> selfUrl() {
        return Optional.ofNullable(selfUrl);
    }

    /** @return the next page of older items (RFC 5005 {@code next}, JSON Feed {@code next_url}) */
    public Optional<String> next() {
        return Optional.ofNullable(next);
    }

    /** @return the archive document before this one (RFC 5005 {@code prev-archive}) */
    public Optional<String> prevArchive() {
        return Optional.ofNullable(prevArchive);
    }

    /** @return the archive document after this one (RFC 5005 {@code next-archive}) */
    public Optional<String> nextArchive() {
        return Optional.ofNullable(nextArchive);
    }

    /** @return the subscription (current) feed of an archive document (RFC 5005 {@code current}) */
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public String toString() {
        return "Feed[" + kind + ", " + articles.size() + " articles]";
    }

    /**
     * Collects a feed. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Kind kind;
        private final @Nullable Section section;
        private final @Nullable Tag tag;
        private final @Nullable Person author;
        private final List<@Nullable Article> articles = new ArrayList<>();
        private @Nullable String title;
        private @Nullable String selfUrl;
        private @Nullable String next;
        private @Nullable String prevArchive;
        private @Nullable String nextArchive;
        private @Nullable String current;

        private Builder(Kind kind, @Nullable Section section, @Nullable Tag tag, @Nullable Person author) {
            this.kind = kind;
            this.section = section;
            this.tag = tag;
            this.author = author;
        }

        /**
         * Replaces the candidate articles.
         *
         * @param articles the articles; null means none
         * @return this builder
         */
        public Builder articles(@Nullable List<? extends @Nullable Article> articles) {
            this.articles.clear();
            if (articles != null) {
                this.articles.addAll(articles);
            }
            return this;
        }

        /**
         * @param title the feed's title; default the renderer's ({@code Site name} or {@code Name – Site name})
         * @return this builder
         */
        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        /**
         * @param url the feed's own URL; default derived from the page's URL and the format
         * @return this builder
         */
        public Builder selfUrl(@Nullable String url) {
            this.selfUrl = url;
            return this;
        }

        /**
         * @param url the next page of older items
         * @return this builder
         */
        public Builder next(@Nullable String url) {
            this.next = url;
            return this;
        }

        /**
         * @param url the previous archive document
         * @return this builder
         */
        public Builder prevArchive(@Nullable String url) {
            this.prevArchive = url;
            return this;
        }

        /**
         * @param url the next archive document
         * @return this builder
         */
        public Builder nextArchive(@Nullable String url) {
            this.nextArchive = url;
            return this;
        }

        /**
         * @param url the current (subscription) feed, for an archive document
         * @return this builder
         */
        public Builder current(@Nullable String url) {
            this.current = url;
            return this;
        }

        /**
         * Checks the feed.
         *
         * @return the feed
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        public Feed build() {
            Problems p = new Problems();
            List<Article> list = new ArrayList<>();
            if (articles.size() > MAX_ARTICLES) {
                p.add("/articles", Codes.TOO_MANY, "must have at most " + MAX_ARTICLES + " articles, had "
                        + articles.size(), null);
            } else {
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    if (a == null) {
                        p.add("/articles/" + i, Codes.REQUIRED, "is required", null);
                    } else {
                        list.add(a);
                    }
                }
            }
            String cleanTitle = p.text("/title", title, Problems.Kind.NAME, MAX_TITLE, false);
            String self = UrlCheck.absoluteHttp(p, "/selfUrl", selfUrl, false);
            String nextUrl = UrlCheck.absoluteHttp(p, "/next", next, false);
            String prev = UrlCheck.absoluteHttp(p, "/prevArchive", prevArchive, false);
            String nextArch = UrlCheck.absoluteHttp(p, "/nextArchive", nextArchive, false);
            String cur = UrlCheck.absoluteHttp(p, "/current", current, false);
            p.throwIfAny("Feed");
            return new Feed(this, List.copyOf(list), cleanTitle, self, nextUrl, prev, nextArch, cur);
        }
    }
}
