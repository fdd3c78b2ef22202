package dev.broadsheet.render;

import java.util.Optional;

/**
 * A page the renderers can write: an {@link ArticlePage} or a {@link ListingPage}. It holds the content and the
 * per-request state (form state, CSRF token); the renderer holds the configuration.
 *
 * @since 0.1.0
 */
public sealed interface Page permits ArticlePage, ListingPage {

    /** @return the newsletter form's state on this page */
    FormState newsletterForm();

    /** @return this request's CSRF token, when the host passes it with the page rather than through the site */
    Optional<String> csrfToken();

    /** @return a message to show at the top of the page, such as "Your comment is awaiting moderation." */
    Optional<String> notice();
}
