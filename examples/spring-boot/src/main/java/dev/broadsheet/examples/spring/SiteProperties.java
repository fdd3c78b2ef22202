package dev.broadsheet.examples.spring;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's settings, {@code broadsheet.*}.
 *
 * @param name the publication's name
 * @param baseUrl the URL readers use, without a trailing slash; when absent, {@code http://127.0.0.1:PORT} of the
 *     port the server bound
 * @param secret the key material every instance signs with (form stamps, newsletter links); instances sharing a
 *     database must share it. When absent a random one is made at start, and links signed by one instance fail on
 *     another (logged as a warning)
 * @param moderatorPassword the password of the user {@code moderator}; when absent a random one is made and logged
 * @param pageSize articles per listing page, 1 to 100; default 10
 * @param minFormTime how soon after serving a comment form a post counts as a bot's; default 3 s
 * @param floodPurge how often attempts older than the moderator needs are deleted from the flood store; default 10
 *     minutes
 */
@ConfigurationProperties("broadsheet")
public record SiteProperties(
        @DefaultValue("The Caspian Ledger") String name,
        @Nullable String baseUrl,
        @Nullable String secret,
        @Nullable String moderatorPassword,
        @DefaultValue("10") int pageSize,
        @DefaultValue("3s") Duration minFormTime,
        @DefaultValue("10m") Duration floodPurge) {

    /** Most articles per listing page. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Checks the settings. */
    public SiteProperties {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("broadsheet.page-size must be 1 to " + MAX_PAGE_SIZE + ", was "
                    + pageSize);
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*[^/?#\\s])?")) {
            throw new IllegalArgumentException("broadsheet.base-url must be an http(s) URL without a trailing slash,"
                    + " query or fragment, was " + baseUrl);
        }
        if (minFormTime.isNegative()) {
            throw new IllegalArgumentException("broadsheet.min-form-time must not be negative, was " + minFormTime);
        }
    }
}
