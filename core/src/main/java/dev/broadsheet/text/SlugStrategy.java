package dev.broadsheet.text;

/** TEMPORARY: replaced by the text branch. */
@FunctionalInterface
public interface SlugStrategy {
    /** Default. */
    SlugStrategy DEFAULT = Slugs::of;

    /**
     * Slug.
     *
     * @param text text
     * @param fallback fallback
     * @return slug
     */
    String slugFor(String text, String fallback);
}
