package dev.broadsheet.render.feed;

import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.UrlCheck;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.internal.TextOut;
import dev.broadsheet.render.internal.Utf8Out;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Feed} as RSS 2.0, Atom 1.0 or JSON Feed 1.1, in one pass, to an {@link Appendable} or straight to
 * UTF-8 bytes (a reusable {@link Utf8Buffer} or an {@link OutputStream}); the bytes are exactly the UTF-8 encoding
 * of the text.
 *
 * <pre>{@code
 * FeedRenderer rss = FeedRenderer.builder().site(site).format(FeedFormat.RSS).build();
 * String xml = rss.render(Feed.home(latest).build());
 * }</pre>
 *
 * <p>What appears: only {@link dev.broadsheet.model.ArticleStatus#PUBLISHED published} articles whose
 * {@code publishedAt} is not after the clock's now — never drafts, scheduled or withdrawn pieces — newest first, at
 * most {@link Builder#itemCount(int) itemCount}. A paywalled article gives only its summary unless the site opts in
 * with {@link Builder#fullTextForPaywalled(boolean)}. Bodies come from {@link dev.broadsheet.html.SafeHtml} with
 * every relative URL made absolute against the article's canonical URL, and are escaped as text (never CDATA); the
 * XML writer drops every character XML 1.0 cannot carry. Each body's feed form (absolute URLs, escaped) is computed
 * the first time a feed carries it and kept on its {@code SafeHtml}, as the body's UTF-8 is, so rendering the feed
 * again for the next reader does not parse or escape its bodies again. An item's {@code updated} date is the latest of its
 * publication, modification and corrections. People appear by name and author page only: no email, ever.
 *
 * <p>Defaults: {@link Links#of(Site)}, {@link FeedFormat#RSS}, {@value #DEFAULT_ITEMS} items, summaries only for
 * paywalled articles, no WebSub hub, the system clock in UTC, the canonical URL as each entry's id.
 *
 * <p>A renderer is immutable and thread-safe: build it once and call it from any number of threads.
 *
 * @since 0.1.0
 */
public final class FeedRenderer {

    /** Items in a feed unless configured: {@value}. */
    public static final int DEFAULT_ITEMS = 20;
    /** Most items a feed can be configured to hold: {@value}. */
    public static final int MAX_ITEMS = 500;

    private final Site site;
    private final Links links;
    private final FeedFormat format;
    private final int itemCount;
    private final boolean fullTextForPaywalled;
    private final @Nullable String hub;
    private final Clock clock;
    private final @Nullable String tagUriDate;
    private FeedRenderer(Builder b, @Nullable String hub) {
        this.site = Objects.requireNonNull(b.site, "site");
        this.links = b.links == null ? Links.of(site) : b.links;
        this.format = b.format;
        this.itemCount = b.itemCount;
        this.fullTextForPaywalled = b.fullTextForPaywalled;
        this.hub = hub;
        this.clock = b.clock;
        this.tagUriDate = b.tagUriDate;
    }

    /**
     * Starts configuring a renderer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the format this renderer writes */
    public FeedFormat format() {
        return format;
    }

    /** @return the {@code Content-Type} to serve this renderer's feeds with */
    public String contentType() {
        return format.contentType();
    }

    /** @return how many items a feed holds at most */
    public int itemCount() {
        return itemCount;
    }

    /**
     * The feed's own URL: {@link Feed#selfUrl()} when set, else the feed page's URL (without a query) followed by
     * {@code /} and {@link FeedFormat#fileName()} — {@code {base}/feed.xml} for the home feed,
     * {@code {base}/section/world/atom.xml} for a section.
     *
     * @param feed a feed
     * @return the absolute URL
     */
    public String selfUrl(Feed feed) {
        return call(feed).selfUrl;
    }

    /**
     * The articles that appear in a feed, in order: what the rendered feed holds, for a host's caching
     * (an {@code ETag} or {@code Last-Modified} computed from them).
     *
     * @param feed a feed
     * @return the articles shown
     */
    public List<Article> items(Feed feed) {
        return call(feed).items.stream().map(FeedCall.Item::article).toList();
    }

    /**
     * Writes a feed.
     *
     * @param feed the feed
     * @param out where to write
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    public void render(Feed feed, Appendable out) {
        write(call(feed), TextOut.of(Objects.requireNonNull(out, "out")));
    }

    /**
     * Writes a feed to a string. Bodies, kept escaped on their {@code SafeHtml} (see the class description), go into
     * the string as they are, so a feed of full bodies allocates little more than its string; a server that sends the
     * feed should rather write bytes with {@link #render(Feed, Utf8Buffer)}.
     *
     * @param feed the feed
     * @return the document
     */
    public String render(Feed feed) {
        TextOut out = TextOut.joining();
        write(call(feed), out);
        return out.joined();
    }

    /**
     * Writes a feed as UTF-8, appended to what the buffer holds.
     *
     * @param feed the feed
     * @param out the buffer; reuse one per thread with {@link Utf8Buffer#clear()}
     * @throws IllegalStateException when the buffer would exceed {@value Utf8Buffer#MAX_CAPACITY} bytes
     */
    public void render(Feed feed, Utf8Buffer out) {
        FeedCall call = call(feed);
        write(call, TextOut.of(Utf8Out.into(Objects.requireNonNull(out, "out"))));
    }

    /**
     * Writes a feed as UTF-8 to a stream, through a buffer of 8 KiB. The stream is not flushed or closed.
     *
     * @param feed the feed
     * @param out where to write
     * @throws java.io.UncheckedIOException when writing fails
     */
    public void render(Feed feed, OutputStream out) {
        FeedCall call = call(feed);
        write(call, TextOut.of(Utf8Out.to(Objects.requireNonNull(out, "out"))));
    }

    private FeedCall call(Feed feed) {
        Objects.requireNonNull(feed, "feed");
        return new FeedCall(site, links, format, feed, itemCount, fullTextForPaywalled, hub, clock.instant(),
                tagUriDate);
    }

    private static void write(FeedCall call, TextOut out) {
        switch (call.format) {
            case RSS -> RssWriter.write(call, out);
            case ATOM -> AtomWriter.write(call, out);
            case JSON_FEED -> JsonFeedWriter.write(call, out);
        }
        out.finish();
    }

    /**
     * Configures a {@link FeedRenderer}. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Site site;
        private @Nullable Links links;
        private FeedFormat format = FeedFormat.RSS;
        private int itemCount = DEFAULT_ITEMS;
        private boolean fullTextForPaywalled;
        private @Nullable String hub;
        private Clock clock = Clock.systemUTC();
        private @Nullable String tagUriDate;

        private Builder() {
        }

        /**
         * @param site the publication; required
         * @return this builder
         */
        public Builder site(Site site) {
            this.site = Objects.requireNonNull(site, "site");
            return this;
        }

        /**
         * @param links the host's URL scheme; default {@link Links#of(Site)}
         * @return this builder
         */
        public Builder links(Links links) {
            this.links = Objects.requireNonNull(links, "links");
            return this;
        }

        /**
         * @param format the format to write; default {@link FeedFormat#RSS}
         * @return this builder
         */
        public Builder format(FeedFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * @param count the most items a feed holds, 1 to {@value #MAX_ITEMS}; default {@value #DEFAULT_ITEMS}
         * @return this builder
         * @throws IllegalArgumentException when {@code count} is out of range
         */
        public Builder itemCount(int count) {
            if (count < 1 || count > MAX_ITEMS) {
                throw new IllegalArgumentException("itemCount must be between 1 and " + MAX_ITEMS + ", was " + count);
            }
            this.itemCount = count;
            return this;
        }

        /**
         * @param full whether paywalled articles carry their whole body; default false (summary only)
         * @return this builder
         */
        public Builder fullTextForPaywalled(boolean full) {
            this.fullTextForPaywalled = full;
            return this;
        }

        /**
         * @param url the WebSub hub feeds name ({@code rel="hub"}, JSON Feed {@code hubs}); default none
         * @return this builder
         */
        public Builder hub(@Nullable String url) {
            this.hub = url;
            return this;
        }

        /**
         * @param clock what "now" is, for leaving out articles scheduled later; default the system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Makes entry ids tag URIs (RFC 4151), {@code tag:{host},{date}:{article id}}, which survive a change of
         * slug or domain, instead of canonical URLs.
         *
         * @param date a date the site's domain was held: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; null
         *     for canonical URLs (the default)
         * @return this builder
         * @throws IllegalArgumentException when {@code date} has another form
         */
        public Builder tagUriDate(@Nullable String date) {
            if (date != null && !date.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
                throw new IllegalArgumentException("tagUriDate must be yyyy, yyyy-mm or yyyy-mm-dd, was " + date);
            }
            this.tagUriDate = date;
            return this;
        }

        /**
         * @return the renderer
         * @throws NullPointerException when no site was set
         * @throws dev.broadsheet.validation.ValidationException when the hub URL is not absolute http(s)
         */
        public FeedRenderer build() {
            Objects.requireNonNull(site, "site");
            Problems p = new Problems();
            String cleanHub = UrlCheck.absoluteHttp(p, "/hub", hub, false);
            p.throwIfAny("FeedRenderer");
            return new FeedRenderer(this, cleanHub);
        }
    }
}
