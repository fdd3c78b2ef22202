package dev.broadsheet.render.feed;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.internal.markup.SafeHtmlAccess;
import dev.broadsheet.render.internal.XmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * An article body as feeds carry it: its markup with every relative URL made absolute against the article's URL
 * ({@link AbsoluteUrls}), and that markup escaped as XML text for RSS and Atom. Both are computed on first use and
 * kept on the {@link SafeHtml}, as it keeps its UTF-8, so a feed rendered again for the next reader neither parses
 * nor escapes its bodies again. A body with a relative URL is kept for the URL it was made absolute against, and
 * computed again when asked for with another; one without serves every URL.
 * What is kept is about the size of the body once more, and its escaped form about a third more again, for each body
 * a feed has carried: a host that keeps its articles in memory keeps those too, and one that loads articles for each
 * request computes them each time. Immutable.
 */
final class FeedBody {

    private static final SafeHtmlAccess.Slot<FeedBody> SLOT = SafeHtmlAccess.Slot.create("feed body");

    /** The URL the body's relative URLs were resolved against; null when it has none and serves every URL. */
    private final @Nullable String base;
    private final String html;
    /** {@link #xml()}, escaped on first use and kept (racy, like a string's hash: a race escapes twice). */
    private XmlWriter.@Nullable Escaped xml;

    private FeedBody(@Nullable String base, String html) {
        this.base = base;
        this.html = html;
    }

    /**
     * The body as feeds carry it for an article at {@code base}, kept on the body.
     *
     * @param body a sanitized body
     * @param base the article's absolute canonical URL
     * @return its feed form
     */
    static FeedBody of(SafeHtml body, String base) {
        FeedBody kept = SafeHtmlAccess.get(body, SLOT);
        if (kept == null || (kept.base != null && !kept.base.equals(base))) {
            String html = AbsoluteUrls.of(body, base);
            kept = new FeedBody(html == body.html() ? null : base, html); // the same string: nothing was relative
            SafeHtmlAccess.put(body, SLOT, kept);
        }
        return kept;
    }

    /** @return the markup with absolute URLs, to be escaped by the format's writer (JSON Feed's) */
    String html() {
        return html;
    }

    /** @return the markup with absolute URLs escaped as XML text, for {@link XmlWriter#text(XmlWriter.Escaped)} */
    XmlWriter.Escaped xml() {
        XmlWriter.Escaped x = xml;
        if (x == null) {
            x = XmlWriter.escape(html);
            xml = x;
        }
        return x;
    }
}
