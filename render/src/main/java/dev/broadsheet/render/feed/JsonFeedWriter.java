package dev.broadsheet.render.feed;

import dev.broadsheet.model.Person;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.internal.TextOut;
import dev.broadsheet.render.internal.Utf8Out;
import java.util.List;

/**
 * JSON Feed 1.1, and the only place that format escapes: strings get {@code " \} and every control character
 * escaped, U+2028/U+2029 escaped, and U+FFFE, U+FFFF and unpaired surrogates dropped (they are not Unicode text).
 */
final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    static final Utf8Out.Escapes STRING;

    static {
        Utf8Out.Escapes.Builder b = Utf8Out.Escapes.builder().replace('"', "\\\"").replace('\\', "\\\\")
                .replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t").replace('\b', "\\b")
                .replace('\f', "\\f").replace((char) 0x7F, "\\u007f");
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t' && c != '\b' && c != '\f') {
                b.replace(c, String.format("\\u%04x", (int) c));
            }
        }
        STRING = b.escapeLineTerminators().dropNonCharacters().build();
    }

    private final TextOut out;
    /** Whether the object or array being written needs a comma before its next member. */
    private boolean comma;

    private JsonFeedWriter(TextOut out) {
        this.out = out;
    }

    static void write(FeedCall call, TextOut out) {
        new JsonFeedWriter(out).feed(call);
    }

    private void feed(FeedCall call) {
        open('{');
        field("version", VERSION);
        field("title", call.title);
        field("home_page_url", call.pageUrl);
        field("feed_url", call.selfUrl);
        field("description", call.description);
        field("language", call.site.language());
        call.site.logo().ifPresent(l -> field("icon", l.url()));
        call.feed.next().ifPresent(u -> field("next_url", u));
        name("authors");
        open('[');
        open('{');
        field("name", call.site.publisherName());
        field("url", call.links.home());
        close('}');
        close(']');
        if (call.hub != null) {
            name("hubs");
            open('[');
            open('{');
            field("type", "WebSub");
            field("url", call.hub);
            close('}');
            close(']');
        }
        name("items");
        open('[');
        for (FeedCall.Item item : call.items) {
            item(call, item);
        }
        close(']');
        close('}');
        out.ascii('\n');
        out.finish();
    }

    private void item(FeedCall call, FeedCall.Item item) {
        var a = item.article();
        open('{');
        field("id", item.id());
        field("url", item.url());
        field("title", a.headline());
        field("summary", item.summary());
        if (item.content() != null) {
            field("content_html", item.content().html());
        } else {
            field("content_text", item.summary());
        }
        a.featuredImage().ifPresent(img -> field("image", img.url()));
        field("date_published", item.published().toString());
        if (!item.updated().equals(item.published())) {
            field("date_modified", item.updated().toString());
        }
        name("authors");
        open('[');
        for (Person p : item.authors()) {
            open('{');
            field("name", p.name());
            field("url", call.links.author(p));
            p.image().ifPresent(i -> field("avatar", i.url()));
            close('}');
        }
        close(']');
        List<String> tags = a.tags().stream().map(Tag::name).toList();
        if (a.section().isPresent() || !tags.isEmpty()) {
            name("tags");
            open('[');
            a.section().ifPresent(s -> value(s.name()));
            for (String t : tags) {
                value(t);
            }
            close(']');
        }
        a.language().ifPresent(l -> field("language", l));
        close('}');
    }

    private void open(char c) {
        separate();
        out.ascii(c);
        comma = false;
    }

    private void close(char c) {
        out.ascii(c);
        comma = true;
    }

    private void separate() {
        if (comma) {
            out.ascii(',');
        }
    }

    private void name(String name) {
        separate();
        string(name);
        out.ascii(':');
        comma = false;
    }

    private void field(String name, String value) {
        name(name);
        value(value);
    }

    private void value(String value) {
        separate();
        string(value);
        comma = true;
    }

    private void string(String s) {
        out.ascii('"');
        out.escaped(s, STRING);
        out.ascii('"');
    }
}
