package dev.broadsheet.model;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.internal.check.UrlCheck;
import dev.broadsheet.text.SlugStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person credited on the site: a reporter, photographer or editor. Authors need no login; this is the public
 * profile shown in bylines and on author pages.
 *
 * <p>Rules: {@code name} required, single line, at most {@value #MAX_NAME} characters, without bidi controls or
 * invisible characters; {@code slug} derived from the name when absent; {@code url} (a profile page) and every
 * {@code sameAs} link absolute http(s), at most {@value #MAX_SAME_AS} distinct links; {@code bio} at most
 * {@value #MAX_BIO} characters; {@code jobTitle} at most {@value #MAX_JOB_TITLE}.
 *
 * @since 0.1.0
 */
public final class Person {

    /** Longest name, in characters. */
    public static final int MAX_NAME = 191;
    /** Longest bio, in characters (the strictest mainstream limit, Ghost's 250). */
    public static final int MAX_BIO = 250;
    /** Longest job title, in characters. */
    public static final int MAX_JOB_TITLE = 191;
    /** Most profile links elsewhere (social networks, Wikipedia). */
    public static final int MAX_SAME_AS = 20;

    private final String name;
    private final String slug;
    private final @Nullable String url;
    private final @Nullable String jobTitle;
    private final @Nullable String bio;
    private final @Nullable Image image;
    private final List<String> sameAs;

    private Person(String name, String slug, @Nullable String url, @Nullable String jobTitle, @Nullable String bio,
            @Nullable Image image, List<String> sameAs) {
        this.name = name;
        this.slug = slug;
        this.url = url;
        this.jobTitle = jobTitle;
        this.bio = bio;
        this.image = image;
        this.sameAs = sameAs;
    }

    /**
     * A person with this name and a derived slug.
     *
     * @param name the person's name
     * @return the person
     * @throws dev.broadsheet.validation.ValidationException when the name breaks a rule
     */
    public static Person of(@Nullable String name) {
        return builder().name(name).build();
    }

    /**
     * Starts a new person.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this person's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).slug(slug).url(url).jobTitle(jobTitle).bio(bio).image(image).sameAs(sameAs);
    }

    /** @return the name as credited */
    public String name() {
        return name;
    }

    /** @return the URL slug of the author page */
    public String slug() {
        return slug;
    }

    /** @return the person's own profile page, if not the site's author page */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return the job title, such as "Washington correspondent" */
    public Optional<String> jobTitle() {
        return Optional.ofNullable(jobTitle);
    }

    /** @return a short biography */
    public Optional<String> bio() {
        return Optional.ofNullable(bio);
    }

    /** @return a portrait */
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** @return profile links elsewhere, such as social networks */
    public List<String> sameAs() {
        return sameAs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person x && name.equals(x.name) && slug.equals(x.slug) && Objects.equals(url, x.url)
                && Objects.equals(jobTitle, x.jobTitle) && Objects.equals(bio, x.bio)
                && Objects.equals(image, x.image) && sameAs.equals(x.sameAs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, slug, url, jobTitle, bio, image, sameAs);
    }

    @Override
    public String toString() {
        return "Person[" + slug + "]";
    }

    /**
     * Collects a person's values. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Person> {
        private @Nullable String name;
        private @Nullable String slug;
        private @Nullable String url;
        private @Nullable String jobTitle;
        private @Nullable String bio;
        private @Nullable Image image;
        private final List<@Nullable String> sameAs = new ArrayList<>();
        private SlugStrategy slugs = SlugStrategy.DEFAULT;

        private Builder() {
        }

        /**
         * @param name the name as credited; required
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
         * @param url the person's own profile page, absolute http(s)
         * @return this builder
         */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /**
         * @param jobTitle job title
         * @return this builder
         */
        public Builder jobTitle(@Nullable String jobTitle) {
            this.jobTitle = jobTitle;
            return this;
        }

        /**
         * @param bio short biography, plain text
         * @return this builder
         */
        public Builder bio(@Nullable String bio) {
            this.bio = bio;
            return this;
        }

        /**
         * @param image portrait
         * @return this builder
         */
        public Builder image(@Nullable Image image) {
            this.image = image;
            return this;
        }

        /**
         * Replaces the profile links.
         *
         * @param links absolute http(s) URLs; null means none
         * @return this builder
         */
        public Builder sameAs(@Nullable List<? extends @Nullable String> links) {
            this.sameAs.clear();
            if (links != null) {
                this.sameAs.addAll(links);
            }
            return this;
        }

        /**
         * @param link a profile link to add
         * @return this builder
         */
        public Builder addSameAs(@Nullable String link) {
            this.sameAs.add(link);
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
         * @return the person
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        @Override
        public Person build() {
            Problems p = new Problems();
            String cleanName = p.text("/name", name, Kind.NAME, MAX_NAME, true);
            String cleanSlug = Slugged.slug(p, slug, cleanName, null, slugs);
            String cleanUrl = UrlCheck.absoluteHttp(p, "/url", url, false);
            String cleanJob = p.text("/jobTitle", jobTitle, Kind.LINE, MAX_JOB_TITLE, false);
            String cleanBio = p.text("/bio", bio, Kind.TEXT, MAX_BIO, false);
            if (sameAs.size() > MAX_SAME_AS) {
                p.add("/sameAs", Codes.TOO_MANY, "must have at most " + MAX_SAME_AS + " links, had " + sameAs.size(),
                        null);
            }
            List<String> links = new ArrayList<>();
            for (int i = 0; i < sameAs.size(); i++) {
                String link = UrlCheck.absoluteHttp(p, "/sameAs/" + i, sameAs.get(i), true);
                if (link != null && links.contains(link)) {
                    p.add("/sameAs/" + i, Codes.DUPLICATE, "is listed twice", link);
                } else if (link != null) {
                    links.add(link);
                }
            }
            p.throwIfAny("Person");
            return new Person(Objects.requireNonNull(cleanName), Objects.requireNonNull(cleanSlug), cleanUrl, cleanJob,
                    cleanBio, image, List.copyOf(links));
        }
    }
}
