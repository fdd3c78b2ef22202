package dev.broadsheet.checks;

/**
 * Tells the checks what an internal link points at. The host supplies it (it owns storage and URLs); Broadsheet
 * asks it only about links to the site, that is links whose URL starts with
 * {@link CheckPolicy#siteUrl() the policy's site URL} or with a {@code /}.
 *
 * <p>Implementations should answer from memory or a fast store: it is called once per internal link in a body.
 * It must not throw; an exception from it is reported as a finding with code {@link Rule#LINK_UNRESOLVED}'s code
 * rather than propagated.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface LinkResolver {

    /** What a link to the site points at. */
    enum Target {
        /** A live article, or a page of the site that is not an article (a section, a tag, the home page). */
        LIVE,
        /** An article that has been withdrawn. */
        WITHDRAWN,
        /** Nothing the site knows: a typo, a deleted article or an article not yet published. */
        UNKNOWN
    }

    /**
     * Resolves one internal link.
     *
     * @param url the link's {@code href} as it stands in the body
     * @return what it points at
     */
    Target resolve(String url);

    /**
     * A resolver that finds every link live, so that no link is reported; the default.
     *
     * @return the resolver
     */
    static LinkResolver none() {
        return url -> Target.LIVE;
    }
}
