package dev.broadsheet.render.feed;

import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.internal.TextOut;
import dev.broadsheet.render.internal.XmlWriter;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/** RSS 2.0, with {@code content:encoded}, {@code dc:creator}, {@code atom:link} and Media RSS. */
final class RssWriter {

    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA = "http://search.yahoo.com/mrss/";

    private RssWriter() {
    }

    /** An RFC 822 date, as RSS 2.0 wants it: {@code Thu, 1 Oct 2026 09:00:00 GMT}. */
    static String date(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }

    static void write(FeedCall call, TextOut out) {
        XmlWriter x = XmlWriter.to(out);
        x.declaration();
        x.start("rss").attr("version", "2.0").attr("xmlns:content", CONTENT).attr("xmlns:dc", DC)
                .attr("xmlns:atom", ATOM).attr("xmlns:media", MEDIA).newline();
        x.start("channel").newline();
        x.element("title", call.title).newline();
        x.element("link", call.pageUrl).newline();
        x.element("description", call.description).newline();
        x.element("language", call.site.language()).newline();
        x.element("lastBuildDate", date(call.updated)).newline();
        x.element("generator", "Broadsheet").newline();
        atomLink(x, "self", call.selfUrl, FeedFormat.RSS.mediaType());
        if (call.hub != null) {
            atomLink(x, "hub", call.hub, null);
        }
        call.feed.next().ifPresent(u -> atomLink(x, "next", u, FeedFormat.RSS.mediaType()));
        call.feed.prevArchive().ifPresent(u -> atomLink(x, "prev-archive", u, FeedFormat.RSS.mediaType()));
        call.feed.nextArchive().ifPresent(u -> atomLink(x, "next-archive", u, FeedFormat.RSS.mediaType()));
        call.feed.current().ifPresent(u -> atomLink(x, "current", u, FeedFormat.RSS.mediaType()));
        call.site.logo().ifPresent(logo -> {
            x.start("image").element("url", logo.url()).element("title", call.title).element("link", call.pageUrl)
                    .end("image").newline();
        });
        for (FeedCall.Item item : call.items) {
            item(call, x, item);
        }
        x.end("channel").newline().end("rss").newline();
        x.finish();
    }

    private static void atomLink(XmlWriter x, String rel, String href, @Nullable String type) {
        x.start("atom:link").attr("rel", rel).attr("href", href);
        if (type != null) {
            x.attr("type", type);
        }
        x.endEmpty().newline();
    }

    private static void item(FeedCall call, XmlWriter x, FeedCall.Item item) {
        var a = item.article();
        x.start("item").newline();
        x.element("title", a.headline()).newline();
        x.element("link", item.url()).newline();
        x.start("guid").attr("isPermaLink", item.id().equals(item.url()) ? "true" : "false").text(item.id())
                .end("guid").newline();
        x.start("description").htmlText(item.summary()).end("description").newline();
        if (item.content() != null) {
            x.start("content:encoded").text(item.content().xml()).end("content:encoded").newline();
        }
        for (Person p : item.authors()) {
            x.element("dc:creator", p.name()).newline();
        }
        a.section().ifPresent(s -> x.start("category").attr("domain", call.links.section(s, 1)).text(s.name())
                .end("category").newline());
        for (Tag t : a.tags()) {
            x.start("category").attr("domain", call.links.tag(t, 1)).text(t.name()).end("category").newline();
        }
        x.element("pubDate", date(item.published())).newline();
        if (!item.updated().equals(item.published())) {
            x.element("atom:updated", item.updated().toString()).newline();
        }
        a.featuredImage().ifPresent(img -> media(x, img));
        x.end("item").newline();
    }

    private static void media(XmlWriter x, Image img) {
        x.start("media:content").attr("url", img.url()).attr("medium", "image");
        img.width().ifPresent(w -> x.attr("width", Integer.toString(w)));
        img.height().ifPresent(h -> x.attr("height", Integer.toString(h)));
        String description = img.caption().orElse(img.alt().orElse(null));
        if (description == null && img.credit().isEmpty()) {
            x.endEmpty().newline();
        } else {
            if (description != null) {
                x.start("media:description").attr("type", "plain").text(description).end("media:description");
            }
            img.credit().ifPresent(c -> x.element("media:credit", c));
            x.end("media:content").newline();
        }
        img.renditions().stream().min(Comparator.comparingInt(Image.Rendition::width)).ifPresentOrElse(
                r -> x.start("media:thumbnail").attr("url", r.url()).attr("width", Integer.toString(r.width()))
                        .attr("height", Integer.toString(r.height())).endEmpty().newline(),
                () -> x.start("media:thumbnail").attr("url", img.url()).endEmpty().newline());
    }
}
