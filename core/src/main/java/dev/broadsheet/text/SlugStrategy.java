package dev.broadsheet.text;

/**
 * How the model turns a headline, name or tag into a slug when none is given. Hosts that already have a slug
 * scheme (a legacy CMS, a transliteration library of their own) supply their own strategy; everyone else uses
 * {@link #DEFAULT}.
 *
 * <p>An implementation must be thread-safe and should return a valid slug ({@link Slugs#isValid(String)}: lower-case
 * ASCII matching {@code [a-z0-9]+(-[a-z0-9]+)*}, at most {@value Slugs#MAX_LENGTH} characters); a result that is
 * not valid is reported by the model's builders as a {@code slug.format} violation, not silently repaired.
 *
 * <pre>{@code
 * SlugStrategy legacy = (text, fallback) -> myCms.slugify(text);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SlugStrategy {

    /** {@link Slugs#of(String, String)}: transliterates Latin, Cyrillic, Greek, Armenian and Georgian text. */
    SlugStrategy DEFAULT = Slugs::of;

    /**
     * Makes the slug for {@code text}.
     *
     * @param text the headline, name or tag
     * @param fallback what to use when the text gives no slug, such as the article id
     * @return the slug
     */
    String slugFor(String text, String fallback);
}
