package dev.broadsheet.render.feed;

import dev.broadsheet.model.Person;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.internal.TextOut;
import dev.broadsheet.render.internal.XmlWriter;
import org.jspecify.annotations.Nullable;

/** Atom 1.0 (RFC 4287), with RFC 5005 paging and archive links and a WebSub hub. */
final class AtomWriter {

    private AtomWriter() {
    }

    static void write(FeedCall call, TextOut out) {
        String type = FeedFormat.ATOM.mediaType();
        XmlWriter x = XmlWriter.to(out);
        x.declaration();
        x.start("feed").attr("xmlns", RssWriter.ATOM).attr("xml:lang", call.site.language()).newline();
        x.element("id", call.feedId).newline();
        x.element("title", call.title).newline();
        if (!call.description.equals(call.title)) {
            x.element("subtitle", call.description).newline();
        }
        x.element("updated", call.updated.toString()).newline();
        link(x, "alternate", call.pageUrl, "text/html");
        link(x, "self", call.selfUrl, type);
        if (call.hub != null) {
            link(x, "hub", call.hub, null);
        }
        call.feed.next().ifPresent(u -> link(x, "next", u, type));
        call.feed.prevArchive().ifPresent(u -> link(x, "prev-archive", u, type));
        call.feed.nextArchive().ifPresent(u -> link(x, "next-archive", u, type));
        call.feed.current().ifPresent(u -> link(x, "current", u, type));
        if (call.feed.prevArchive().isPresent() || call.feed.nextArchive().isPresent()
                || call.feed.current().isPresent()) {
            x.start("fh:archive").attr("xmlns:fh", "http://purl.org/syndication/history/1.0").endEmpty().newline();
        }
        x.start("author").element("name", call.site.publisherName()).element("uri", call.links.home())
                .end("author").newline();
        x.start("generator").text("Broadsheet").end("generator").newline();
        call.site.logo().ifPresent(l -> x.element("logo", l.url()).newline());
        for (FeedCall.Item item : call.items) {
            entry(call, x, item);
        }
        x.end("feed").newline();
        x.finish();
    }

    private static void link(XmlWriter x, String rel, String href, @Nullable String type) {
        x.start("link").attr("rel", rel).attr("href", href);
        if (type != null) {
            x.attr("type", type);
        }
        x.endEmpty().newline();
    }

    private static void entry(FeedCall call, XmlWriter x, FeedCall.Item item) {
        var a = item.article();
        x.start("entry");
        a.language().filter(l -> !l.equals(call.site.language())).ifPresent(l -> x.attr("xml:lang", l));
        x.newline();
        x.element("id", item.id()).newline();
        x.element("title", a.headline()).newline();
        link(x, "alternate", item.url(), "text/html");
        x.element("published", item.published().toString()).newline();
        x.element("updated", item.updated().toString()).newline();
        for (Person p : item.authors()) {
            x.start("author").element("name", p.name()).element("uri", call.links.author(p)).end("author")
                    .newline();
        }
        a.section().ifPresent(s -> x.start("category").attr("term", s.slug()).attr("label", s.name())
                .endEmpty().newline());
        for (Tag t : a.tags()) {
            x.start("category").attr("term", t.slug()).attr("label", t.name())
                    .endEmpty().newline();
        }
        a.featuredImage().ifPresent(img -> link(x, "enclosure", img.url(), null));
        x.element("summary", item.summary()).newline();
        if (item.content() != null) {
            x.start("content").attr("type", "html").text(item.content().xml()).end("content").newline();
        }
        x.end("entry").newline();
    }
}
