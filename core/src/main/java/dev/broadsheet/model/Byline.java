package dev.broadsheet.model;

import java.util.Objects;

/**
 * A person credited on an article, with the part they played. The order of bylines on an article is the order
 * in which they are credited.
 *
 * @param person who
 * @param role what they did
 * @since 0.1.0
 */
public record Byline(Person person, Role role) {

    /**
     * Checks that both parts are present.
     *
     * @param person who
     * @param role what they did
     */
    public Byline {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }

    /**
     * A byline for the article's writer.
     *
     * @param person the author
     * @return a byline with {@link Role#AUTHOR}
     */
    public static Byline author(Person person) {
        return new Byline(person, Role.AUTHOR);
    }

    /**
     * The part a person played in an article.
     *
     * @since 0.1.0
     */
    public enum Role {
        /** Wrote the article. */
        AUTHOR,
        /** Reported for the article (often with a dateline). */
        REPORTER,
        /** A correspondent based elsewhere. */
        CORRESPONDENT,
        /** Took the photographs. */
        PHOTOGRAPHER,
        /** Edited the article. */
        EDITOR,
        /** Translated the article. */
        TRANSLATOR,
        /** Contributed reporting or research. */
        CONTRIBUTOR;

        /**
         * Whether this role is credited as an author (writers and reporters) rather than a contributor.
         *
         * @return true for {@link #AUTHOR}, {@link #REPORTER} and {@link #CORRESPONDENT}
         */
        public boolean isAuthor() {
            return this == AUTHOR || this == REPORTER || this == CORRESPONDENT;
        }
    }
}
