package dev.broadsheet.model;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Formats;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.internal.check.UrlCheck;
import dev.broadsheet.text.SlugStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A news article: headline, dek, bylines, body, section, tags, dates and everything a page, a feed or a search
 * engine needs to show it.
 *
 * <p>The body is {@link SafeHtml}: markup that a sanitizer has already cleaned, so an article can never hold
 * unsanitized HTML. Every other field is plain text that renderers escape.
 *
 * <p>Rules checked by {@link Builder#build()}, all reported at once:
 * <ul>
 *   <li>{@code id}: required, 1–128 characters from {@code [A-Za-z0-9._:-]}, starting with a letter or digit;</li>
 *   <li>{@code headline}: required, single line, at most {@value #MAX_HEADLINE} characters, no bidi controls;</li>
 *   <li>{@code slug}: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 200 characters; derived from the headline (or, for
 *       scripts without a transliteration table, from the id) when absent;</li>
 *   <li>{@code dek}: single line, at most {@value #MAX_DEK} characters; {@code description}: at most
 *       {@value #MAX_DESCRIPTION} characters;</li>
 *   <li>{@code language}: a well-formed BCP 47 tag; {@code canonicalUrl}: absolute http(s), at most 2,000
 *       characters;</li>
 *   <li>at most {@value #MAX_AUTHORS} authors, {@value #MAX_TAGS} tags (distinct by slug) and
 *       {@value #MAX_CORRECTIONS} corrections;</li>
 *   <li>at most {@value #MAX_TRANSLATIONS} {@linkplain Translation translations}, with distinct languages and none
 *       in the article's own language;</li>
 *   <li>a {@link ArticleStatus#PUBLISHED published} or {@link ArticleStatus#WITHDRAWN withdrawn} article needs
 *       {@code publishedAt}, at least one author and a non-empty body; a {@link ArticleStatus#SCHEDULED scheduled}
 *       article needs {@code publishedAt};</li>
 *   <li>{@code modifiedAt} and every correction are not before {@code publishedAt}.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Article {

    /** Longest headline, in characters. */
    public static final int MAX_HEADLINE = 255;
    /** Longest dek (sub-headline), in characters. */
    public static final int MAX_DEK = 300;
    /** Longest description (meta description, excerpt), in characters. */
    public static final int MAX_DESCRIPTION = 500;
    /** Most people credited on one article. */
    public static final int MAX_AUTHORS = 50;
    /** Most tags on one article. */
    public static final int MAX_TAGS = 100;
    /** Most corrections on one article. */
    public static final int MAX_CORRECTIONS = 100;
    /**
     * Most translations of one article: more languages than any news site publishes in, few enough that the page's
     * head and its sitemap entry stay small.
     */
    public static final int MAX_TRANSLATIONS = 50;

    private final String id;
    private final String slug;
    private final String headline;
    private final @Nullable String dek;
    private final @Nullable Section section;
    private final List<Byline> bylines;
    private final SafeHtml body;
    private final @Nullable String description;
    private final @Nullable Image featuredImage;
    private final List<Tag> tags;
    private final @Nullable String language;
    private final @Nullable String canonicalUrl;
    private final ArticleStatus status;
    private final @Nullable Instant publishedAt;
    private final @Nullable Instant modifiedAt;
    private final @Nullable Instant displayDate;
    private final @Nullable Credit credit;
    private final List<Correction> corrections;
    private final List<Translation> translations;
    private final boolean paywalled;
    private final CommentMode commentMode;

    private Article(Builder b, String id, String slug, String headline, @Nullable String dek,
            @Nullable String description, @Nullable String language, @Nullable String canonicalUrl,
            List<Byline> bylines, List<Tag> tags, List<Correction> corrections, List<Translation> translations) {
        this.id = id;
        this.slug = slug;
        this.headline = headline;
        this.dek = dek;
        this.section = b.section;
        this.bylines = bylines;
        this.body = b.body;
        this.description = description;
        this.featuredImage = b.featuredImage;
        this.tags = tags;
        this.language = language;
        this.canonicalUrl = canonicalUrl;
        this.status = b.status;
        this.publishedAt = b.publishedAt;
        this.modifiedAt = b.modifiedAt;
        this.displayDate = b.displayDate;
        this.credit = b.credit;
        this.corrections = corrections;
        this.translations = translations;
        this.paywalled = b.paywalled;
        this.commentMode = b.commentMode;
    }

    /**
     * Starts a new article: a draft with an empty body, free to read, comments open.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this article's values.
     *
     * @return a builder to derive a changed copy
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.slug = slug;
        b.headline = headline;
        b.dek = dek;
        b.section = section;
        b.bylines.addAll(bylines);
        b.body = body;
        b.description = description;
        b.featuredImage = featuredImage;
        b.tags.addAll(tags);
        b.language = language;
        b.canonicalUrl = canonicalUrl;
        b.status = status;
        b.publishedAt = publishedAt;
        b.modifiedAt = modifiedAt;
        b.displayDate = displayDate;
        b.credit = credit;
        b.corrections.addAll(corrections);
        b.translations.addAll(translations);
        b.paywalled = paywalled;
        b.commentMode = commentMode;
        return b;
    }

    /** @return the host's identifier for the article */
    public String id() {
        return id;
    }

    /** @return the URL slug */
    public String slug() {
        return slug;
    }

    /** @return the headline */
    public String headline() {
        return headline;
    }

    /** @return the dek: the sub-headline under the headline */
    public Optional<String> dek() {
        return Optional.ofNullable(dek);
    }

    /** @return the primary section */
    public Optional<Section> section() {
        return Optional.ofNullable(section);
    }

    /** @return the people credited (authors, reporters, photographers…), in credit order */
    public List<Byline> authors() {
        return bylines;
    }

    /** @return the sanitized body */
    public SafeHtml body() {
        return body;
    }

    /** @return the editor's description for meta tags and teasers; renderers fall back to an excerpt of the body */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the picture shown at the top and in previews */
    public Optional<Image> featuredImage() {
        return Optional.ofNullable(featuredImage);
    }

    /** @return the tags, distinct by slug, in the editor's order */
    public List<Tag> tags() {
        return tags;
    }

    /** @return the article's language as a BCP 47 tag; absent means the site's language */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** @return the canonical URL, when it is not the one the host's link scheme gives */
    public Optional<String> canonicalUrl() {
        return Optional.ofNullable(canonicalUrl);
    }

    /** @return the life-cycle status */
    public ArticleStatus status() {
        return status;
    }

    /** @return when the article was (or is to be) first published */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** @return when the article was last changed after publication */
    public Optional<Instant> modifiedAt() {
        return Optional.ofNullable(modifiedAt);
    }

    /** @return a date to show instead of the publication date (for example the date of the print edition) */
    public Optional<Instant> displayDate() {
        return Optional.ofNullable(displayDate);
    }

    /** @return the agency or source credit */
    public Optional<Credit> credit() {
        return Optional.ofNullable(credit);
    }

    /** @return correction notes, in the order given */
    public List<Correction> corrections() {
        return corrections;
    }

    /**
     * @return the article's translations into other languages, in the order given
     * @since 0.2.0
     */
    public List<Translation> translations() {
        return translations;
    }

    /** @return whether the body beyond its opening is for subscribers only */
    public boolean paywalled() {
        return paywalled;
    }

    /** @return whether comments are open, closed or hidden */
    public CommentMode commentMode() {
        return commentMode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && id.equals(a.id) && slug.equals(a.slug) && headline.equals(a.headline)
                && Objects.equals(dek, a.dek) && Objects.equals(section, a.section) && bylines.equals(a.bylines)
                && body.equals(a.body) && Objects.equals(description, a.description)
                && Objects.equals(featuredImage, a.featuredImage) && tags.equals(a.tags)
                && Objects.equals(language, a.language) && Objects.equals(canonicalUrl, a.canonicalUrl)
                && status == a.status && Objects.equals(publishedAt, a.publishedAt)
                && Objects.equals(modifiedAt, a.modifiedAt) && Objects.equals(displayDate, a.displayDate)
                && Objects.equals(credit, a.credit) && corrections.equals(a.corrections)
                && translations.equals(a.translations) && paywalled == a.paywalled
                && commentMode == a.commentMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, slug, headline, dek, section, bylines, body, description, featuredImage, tags,
                language, canonicalUrl, status, publishedAt, modifiedAt, displayDate, credit, corrections,
                translations, paywalled, commentMode);
    }

    @Override
    public String toString() {
        return "Article[" + id + " " + slug + " " + status + "]";
    }

    /**
     * Collects an article's values; {@link #build()} cleans and validates them. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Article> {
        private @Nullable String id;
        private @Nullable String slug;
        private @Nullable String headline;
        private @Nullable String dek;
        private @Nullable Section section;
        private final List<@Nullable Byline> bylines = new ArrayList<>();
        private SafeHtml body = SafeHtml.empty();
        private @Nullable String description;
        private @Nullable Image featuredImage;
        private final List<@Nullable Tag> tags = new ArrayList<>();
        private @Nullable String language;
        private @Nullable String canonicalUrl;
        private ArticleStatus status = ArticleStatus.DRAFT;
        private @Nullable Instant publishedAt;
        private @Nullable Instant modifiedAt;
        private @Nullable Instant displayDate;
        private @Nullable Credit credit;
        private final List<@Nullable Correction> corrections = new ArrayList<>();
        private final List<@Nullable Translation> translations = new ArrayList<>();
        private boolean paywalled;
        private CommentMode commentMode = CommentMode.OPEN;
        private SlugStrategy slugs = SlugStrategy.DEFAULT;
        private boolean statusGiven = true;
        private boolean bodyGiven = true;
        private boolean commentModeGiven = true;

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
         * @param slug URL slug; derived from the headline when absent
         * @return this builder
         */
        public Builder slug(@Nullable String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * @param headline the headline; required
         * @return this builder
         */
        public Builder headline(@Nullable String headline) {
            this.headline = headline;
            return this;
        }

        /**
         * @param dek the sub-headline
         * @return this builder
         */
        public Builder dek(@Nullable String dek) {
            this.dek = dek;
            return this;
        }

        /**
         * @param section the primary section
         * @return this builder
         */
        public Builder section(@Nullable Section section) {
            this.section = section;
            return this;
        }

        /**
         * Replaces the people credited.
         *
         * @param authors the people credited, in order; null means none
         * @return this builder
         */
        public Builder authors(@Nullable List<? extends @Nullable Byline> authors) {
            this.bylines.clear();
            if (authors != null) {
                this.bylines.addAll(authors);
            }
            return this;
        }

        /**
         * Adds a byline with {@link Byline.Role#AUTHOR}.
         *
         * @param author the author
         * @return this builder
         */
        public Builder addAuthor(@Nullable Person author) {
            this.bylines.add(author == null ? null : Byline.author(author));
            return this;
        }

        /**
         * @param byline a person to credit
         * @return this builder
         */
        public Builder addByline(@Nullable Byline byline) {
            this.bylines.add(byline);
            return this;
        }

        /**
         * @param body the sanitized body; null counts as missing
         * @return this builder
         */
        public Builder body(@Nullable SafeHtml body) {
            this.bodyGiven = body != null;
            this.body = body == null ? SafeHtml.empty() : body;
            return this;
        }

        /**
         * @param description the meta description / teaser text
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * @param image the featured image
         * @return this builder
         */
        public Builder featuredImage(@Nullable Image image) {
            this.featuredImage = image;
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tags the tags in order; null means none
         * @return this builder
         */
        public Builder tags(@Nullable List<? extends @Nullable Tag> tags) {
            this.tags.clear();
            if (tags != null) {
                this.tags.addAll(tags);
            }
            return this;
        }

        /**
         * @param tag a tag to add
         * @return this builder
         */
        public Builder addTag(@Nullable Tag tag) {
            this.tags.add(tag);
            return this;
        }

        /**
         * @param language a BCP 47 tag such as {@code az} or {@code en-GB}; null means the site's language
         * @return this builder
         */
        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        /**
         * @param url the canonical URL, absolute http(s)
         * @return this builder
         */
        public Builder canonicalUrl(@Nullable String url) {
            this.canonicalUrl = url;
            return this;
        }

        /**
         * @param status life-cycle status; default {@link ArticleStatus#DRAFT}; null counts as missing
         * @return this builder
         */
        public Builder status(@Nullable ArticleStatus status) {
            this.statusGiven = status != null;
            this.status = status == null ? ArticleStatus.DRAFT : status;
            return this;
        }

        /**
         * @param at first publication time
         * @return this builder
         */
        public Builder publishedAt(@Nullable Instant at) {
            this.publishedAt = at;
            return this;
        }

        /**
         * @param at last modification time after publication
         * @return this builder
         */
        public Builder modifiedAt(@Nullable Instant at) {
            this.modifiedAt = at;
            return this;
        }

        /**
         * @param at a date to display instead of the publication date
         * @return this builder
         */
        public Builder displayDate(@Nullable Instant at) {
            this.displayDate = at;
            return this;
        }

        /**
         * @param credit the agency or source credit
         * @return this builder
         */
        public Builder credit(@Nullable Credit credit) {
            this.credit = credit;
            return this;
        }

        /**
         * Replaces the corrections.
         *
         * @param corrections correction notes; null means none
         * @return this builder
         */
        public Builder corrections(@Nullable List<? extends @Nullable Correction> corrections) {
            this.corrections.clear();
            if (corrections != null) {
                this.corrections.addAll(corrections);
            }
            return this;
        }

        /**
         * @param correction a correction note to add
         * @return this builder
         */
        public Builder addCorrection(@Nullable Correction correction) {
            this.corrections.add(correction);
            return this;
        }

        /**
         * Replaces the translations.
         *
         * @param translations where the article is published in other languages; null means none
         * @return this builder
         * @since 0.2.0
         */
        public Builder translations(@Nullable List<? extends @Nullable Translation> translations) {
            this.translations.clear();
            if (translations != null) {
                this.translations.addAll(translations);
            }
            return this;
        }

        /**
         * @param translation a translation to add
         * @return this builder
         * @since 0.2.0
         */
        public Builder addTranslation(@Nullable Translation translation) {
            this.translations.add(translation);
            return this;
        }

        /**
         * @param paywalled true when the body beyond its opening is for subscribers only; default false
         * @return this builder
         */
        public Builder paywalled(boolean paywalled) {
            this.paywalled = paywalled;
            return this;
        }

        /**
         * @param mode whether comments are open, closed or hidden; default {@link CommentMode#OPEN}; null counts as
         *     missing
         * @return this builder
         */
        public Builder commentMode(@Nullable CommentMode mode) {
            this.commentModeGiven = mode != null;
            this.commentMode = mode == null ? CommentMode.OPEN : mode;
            return this;
        }

        /**
         * @param strategy how to derive a slug from the headline; default {@link SlugStrategy#DEFAULT}
         * @return this builder
         */
        public Builder slugStrategy(SlugStrategy strategy) {
            this.slugs = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Cleans and validates the values without building.
         *
         * @return every broken rule; empty when {@link #build()} would succeed
         */
        @Override
        public List<dev.broadsheet.validation.Violation> validate() {
            Problems p = new Problems();
            check(p);
            return p.list();
        }

        /**
         * Cleans and validates the values.
         *
         * @return the article
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        @Override
        public Article build() {
            Problems p = new Problems();
            Article a = check(p);
            p.throwIfAny("Article");
            return Objects.requireNonNull(a);
        }

        private @Nullable Article check(Problems p) {
            String cleanId = p.id("/id", id, true);
            String cleanHeadline = p.text("/headline", headline, Kind.LINE, MAX_HEADLINE, true);
            String cleanSlug = Slugged.slug(p, slug, cleanHeadline, cleanId, slugs);
            String cleanDek = p.text("/dek", dek, Kind.LINE, MAX_DEK, false);
            String cleanDescription = p.text("/description", description, Kind.TEXT, MAX_DESCRIPTION, false);
            String cleanLanguage = Formats.languageTag(p, "/language", language, false);
            String cleanCanonical = UrlCheck.absoluteHttp(p, "/canonicalUrl", canonicalUrl, false);
            if (!statusGiven) {
                p.add("/status", Codes.REQUIRED, "is required", null);
            }
            if (!bodyGiven) {
                p.add("/body", Codes.REQUIRED, "is required (use SafeHtml.empty() for no body)", null);
            }
            if (!commentModeGiven) {
                p.add("/commentMode", Codes.REQUIRED, "is required", null);
            }
            List<Byline> cleanBylines = p.list("/authors", bylines, MAX_AUTHORS);
            List<Tag> cleanTags = p.list("/tags", tags, MAX_TAGS);
            Set<String> slugsSeen = new HashSet<>();
            for (int i = 0; i < tags.size(); i++) {
                Tag t = tags.get(i);
                if (t != null && !slugsSeen.add(t.slug())) {
                    p.add("/tags/" + i + "/slug", Codes.DUPLICATE, "another tag of this article has this slug",
                            t.slug());
                }
            }
            List<Correction> cleanCorrections = p.list("/corrections", corrections, MAX_CORRECTIONS);
            List<Translation> cleanTranslations = p.list("/translations", translations, MAX_TRANSLATIONS);
            Set<String> languagesSeen = new HashSet<>();
            for (int i = 0; i < translations.size(); i++) {
                Translation t = translations.get(i);
                if (t == null) {
                    continue;
                }
                if (t.language().equals(cleanLanguage)) {
                    p.add("/translations/" + i + "/language", Codes.DUPLICATE, "is the article's own language",
                            t.language());
                } else if (!languagesSeen.add(t.language())) {
                    p.add("/translations/" + i + "/language", Codes.DUPLICATE,
                            "another translation of this article has this language", t.language());
                }
            }
            boolean live = status == ArticleStatus.PUBLISHED || status == ArticleStatus.WITHDRAWN;
            if ((live || status == ArticleStatus.SCHEDULED) && publishedAt == null) {
                p.add("/publishedAt", Codes.DATE_REQUIRED, "is required for a " + status.name().toLowerCase(
                        java.util.Locale.ROOT) + " article", null);
            }
            if (live && cleanBylines.isEmpty()) {
                p.add("/authors", Codes.REQUIRED, "a " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " article needs at least one author", null);
            }
            if (live && body.isEmpty()) {
                p.add("/body", Codes.REQUIRED, "a " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " article needs a body", null);
            }
            p.order("/modifiedAt", publishedAt, modifiedAt, "publishedAt");
            for (int i = 0; i < corrections.size(); i++) {
                Correction c = corrections.get(i);
                if (c != null) {
                    p.order("/corrections/" + i + "/at", publishedAt, c.at(), "publishedAt");
                }
            }
            if (!p.isEmpty()) {
                return null;
            }
            return new Article(this, Objects.requireNonNull(cleanId), Objects.requireNonNull(cleanSlug),
                    Objects.requireNonNull(cleanHeadline), cleanDek, cleanDescription, cleanLanguage, cleanCanonical,
                    cleanBylines, cleanTags, cleanCorrections, cleanTranslations);
        }
    }
}
