package dev.broadsheet.model;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.text.SlugStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A section of the publication, such as "World" or "Azerbaijan news". Sections form a tree: a section may have a
 * parent, which gives breadcrumbs such as Home › World › Azerbaijan news.
 *
 * <p>Rules: {@code name} required, single line, at most {@value #MAX_NAME} characters; {@code slug} derived from
 * the name when absent, matching {@code [a-z0-9]+(-[a-z0-9]+)*}; {@code description} at most
 * {@value #MAX_DESCRIPTION} characters; at most {@value #MAX_DEPTH} levels counting this one. A section cannot be
 * its own ancestor because parents are built first.
 *
 * @since 0.1.0
 */
public final class Section {

    /** Longest section name, in characters. */
    public static final int MAX_NAME = 191;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = 500;
    /** Deepest tree: a section and at most seven ancestors. */
    public static final int MAX_DEPTH = 8;

    private final String name;
    private final String slug;
    private final @Nullable String description;
    private final @Nullable Section parent;

    private Section(String name, String slug, @Nullable String description, @Nullable Section parent) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.parent = parent;
    }

    /**
     * A top-level section with this name and a derived slug.
     *
     * @param name the section's name
     * @return the section
     * @throws dev.broadsheet.validation.ValidationException when the name breaks a rule
     */
    public static Section of(@Nullable String name) {
        return builder().name(name).build();
    }

    /**
     * Starts a new section.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this section's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).slug(slug).description(description).parent(parent);
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return the URL slug */
    public String slug() {
        return slug;
    }

    /** @return what the section covers */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the enclosing section, absent for a top-level section */
    public Optional<Section> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The path from the top-level section down to this one.
     *
     * @return this section's ancestors, outermost first, followed by this section
     */
    public List<Section> path() {
        List<Section> path = new ArrayList<>(MAX_DEPTH);
        for (Section s = this; s != null; s = s.parent) {
            path.add(s);
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Section s && name.equals(s.name) && slug.equals(s.slug)
                && Objects.equals(description, s.description) && Objects.equals(parent, s.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, slug, description, parent);
    }

    @Override
    public String toString() {
        return "Section[" + slug + (parent == null ? "" : " in " + parent.slug) + "]";
    }

    /**
     * Collects a section's values. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Section> {
        private @Nullable String name;
        private @Nullable String slug;
        private @Nullable String description;
        private @Nullable Section parent;
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
         * @param description what the section covers
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * @param parent the enclosing section, or null for a top-level section
         * @return this builder
         */
        public Builder parent(@Nullable Section parent) {
            this.parent = parent;
            return this;
        }

        /**
         * @param strategy how to derive a slug from the name; default {@link SlugStrategy#DEFAULT}
         * @return this builder
         */
        public Builder slugStrategy(SlugStrategy strategy) {
            this.slugs = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Cleans and validates the values.
         *
         * @return the section
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        @Override
        public Section build() {
            Problems p = new Problems();
            String cleanName = p.text("/name", name, Kind.NAME, MAX_NAME, true);
            String cleanSlug = Slugged.slug(p, slug, cleanName, null, slugs);
            String cleanDescription = p.text("/description", description, Kind.TEXT, MAX_DESCRIPTION, false);
            if (parent != null && parent.path().size() >= MAX_DEPTH) {
                p.add("/parent", Codes.DEPTH, "sections nest at most " + MAX_DEPTH + " levels deep",
                        parent.slug());
            }
            p.throwIfAny("Section");
            return new Section(Objects.requireNonNull(cleanName), Objects.requireNonNull(cleanSlug), cleanDescription,
                    parent);
        }
    }
}
