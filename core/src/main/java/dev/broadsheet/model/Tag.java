package dev.broadsheet.model;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.text.SlugStrategy;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A topic label that links articles across sections, such as "Karabakh" or "Elections".
 *
 * <p>Rules: {@code name} required, at most {@value #MAX_NAME} characters, single line, not starting with a comma
 * (commas separate tags in editors); {@code slug} matches {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 200 characters,
 * and is derived from the name when not given; {@code description} at most {@value #MAX_DESCRIPTION} characters.
 * Two tags are the same tag when their slugs are equal; articles keep their tags distinct by slug.
 *
 * @since 0.1.0
 */
public final class Tag {

    /** Longest tag name, in characters. */
    public static final int MAX_NAME = 191;
    /** Longest tag description, in characters. */
    public static final int MAX_DESCRIPTION = 500;

    private final String name;
    private final String slug;
    private final @Nullable String description;

    private Tag(String name, String slug, @Nullable String description) {
        this.name = name;
        this.slug = slug;
        this.description = description;
    }

    /**
     * A tag with this name and a slug derived from it.
     *
     * @param name the tag's name
     * @return the tag
     * @throws dev.broadsheet.validation.ValidationException when the name breaks a rule
     */
    public static Tag of(@Nullable String name) {
        return builder().name(name).build();
    }

    /**
     * Starts a new tag.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this tag's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).slug(slug).description(description);
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return the URL slug */
    public String slug() {
        return slug;
    }

    /** @return what the tag is about, for its listing page */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && name.equals(t.name) && slug.equals(t.slug)
                && Objects.equals(description, t.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, slug, description);
    }

    @Override
    public String toString() {
        return "Tag[" + slug + "]";
    }

    /**
     * Collects a tag's values. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Tag> {
        private @Nullable String name;
        private @Nullable String slug;
        private @Nullable String description;
        private SlugStrategy slugs = SlugStrategy.DEFAULT;

        private Builder() {
        }

        /**
         * @param name display name; required
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param slug URL slug; derived from the name when absent
         * @return this builder
         */
        public Builder slug(@Nullable String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * @param description what the tag is about
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * @param strategy how to derive a slug from the name when none is given; default {@link SlugStrategy#DEFAULT}
         * @return this builder
         */
        public Builder slugStrategy(SlugStrategy strategy) {
            this.slugs = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Cleans and validates the values.
         *
         * @return the tag
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        @Override
        public Tag build() {
            Problems p = new Problems();
            String cleanName = p.text("/name", name, Kind.NAME, MAX_NAME, true);
            if (cleanName != null && cleanName.startsWith(",")) {
                p.add("/name", Codes.TAG_COMMA, "must not start with a comma", cleanName);
            }
            String cleanSlug = Slugged.slug(p, slug, cleanName, null, slugs);
            String cleanDescription = p.text("/description", description, Kind.TEXT, MAX_DESCRIPTION, false);
            p.throwIfAny("Tag");
            return new Tag(Objects.requireNonNull(cleanName), Objects.requireNonNull(cleanSlug), cleanDescription);
        }
    }
}
