package dev.broadsheet.render.feed;

/**
 * The syndication formats a {@link FeedRenderer} writes, each with its media type and the file name a feed's
 * default URL ends with.
 *
 * @since 0.1.0
 */
public enum FeedFormat {
    /** RSS 2.0 with the {@code content}, {@code dc}, {@code atom} and {@code media} namespaces. */
    RSS("application/rss+xml", "feed.xml"),
    /** Atom 1.0 (RFC 4287). */
    ATOM("application/atom+xml", "atom.xml"),
    /** JSON Feed 1.1. */
    JSON_FEED("application/feed+json", "feed.json");

    private final String mediaType;
    private final String fileName;

    FeedFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    /** @return the media type to serve the feed with, such as {@code application/rss+xml} */
    public String mediaType() {
        return mediaType;
    }

    /** @return the {@code Content-Type} header value: the media type with {@code charset=utf-8} */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** @return the last segment of a feed's default URL: {@code feed.xml}, {@code atom.xml} or {@code feed.json} */
    public String fileName() {
        return fileName;
    }
}
