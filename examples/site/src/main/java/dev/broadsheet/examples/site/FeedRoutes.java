package dev.broadsheet.examples.site;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.ConditionalGet;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.feed.Feed;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import dev.broadsheet.render.sitemap.RobotsTxt;
import dev.broadsheet.render.sitemap.SitemapFile;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What readers' apps and search engines fetch: RSS, Atom and JSON feeds of the home page and of every section, tag
 * and author ({@code /feed.xml}, {@code /section/{slug}/atom.xml}, ...), the sitemap index ({@code /sitemap.xml}) and
 * its files, the Google News sitemap and {@code robots.txt}. Feeds answer conditional GETs with
 * {@code 304 Not Modified} (ETag and Last-Modified from {@link ConditionalGet}).
 */
final class FeedRoutes {

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final String FILE = "(feed\\.xml|atom\\.xml|feed\\.json)";
    private static final String CACHE = "public, max-age=300";

    private final Site site;
    private final Store store;
    private final Map<FeedFormat, FeedRenderer> feeds = new EnumMap<>(FeedFormat.class);
    private final SitemapRenderer sitemaps;

    FeedRoutes(Site site, Store store, Clock clock) {
        this.site = site;
        this.store = store;
        for (FeedFormat f : FeedFormat.values()) {
            feeds.put(f, FeedRenderer.builder().site(site).format(f).clock(clock).build());
        }
        this.sitemaps = SitemapRenderer.builder().site(site).clock(clock).build();
    }

    void register(Router router) {
        router.get("/" + FILE, (r, m) -> feed(r, m.group(1), () -> Feed.home(store.published()).build()))
                .get("/section/" + SLUG + "/" + FILE, (r, m) -> feed(r, m.group(2), () -> Feed.section(
                        store.section(m.group(1)).orElseThrow(HttpProblem::notFound),
                        store.inSection(store.section(m.group(1)).orElseThrow())).build()))
                .get("/tag/" + SLUG + "/" + FILE, (r, m) -> feed(r, m.group(2), () -> Feed.tag(
                        store.tag(m.group(1)).orElseThrow(HttpProblem::notFound),
                        store.tagged(store.tag(m.group(1)).orElseThrow())).build()))
                .get("/author/" + SLUG + "/" + FILE, (r, m) -> feed(r, m.group(2), () -> Feed.author(
                        store.person(m.group(1)).orElseThrow(HttpProblem::notFound),
                        store.by(store.person(m.group(1)).orElseThrow())).build()))
                .get("/sitemap\\.xml", (r, m) -> xml(sitemaps.index(files().keySet().stream().toList())))
                .get("/((?:news-)?sitemap-[1-9][0-9]{0,4}\\.xml)", (r, m) -> {
                    byte[] body = files().entrySet().stream().filter(e -> e.getKey().name().equals(m.group(1)))
                            .map(Map.Entry::getValue).findFirst().orElseThrow(HttpProblem::notFound);
                    return Response.resource(200, "application/xml; charset=utf-8", body).header("Cache-Control",
                            CACHE);
                })
                .get("/robots\\.txt", (r, m) -> Response.resource(200, RobotsTxt.contentType(), RobotsTxt.builder()
                        .disallow("/moderation/").sitemap(site.baseUrl() + "/sitemap.xml").build().text()
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private Response feed(Request r, String file, Supplier<Feed> make) {
        FeedFormat format = switch (file) {
            case "feed.xml" -> FeedFormat.RSS;
            case "atom.xml" -> FeedFormat.ATOM;
            default -> FeedFormat.JSON_FEED;
        };
        FeedRenderer renderer = feeds.get(format);
        Feed feed = make.get();
        List<Article> items = renderer.items(feed);
        ConditionalGet v = ConditionalGet.of(format + " " + renderer.selfUrl(feed), items);
        Response response;
        if (v.notModified(r.header("If-None-Match").orElse(null), r.header("If-Modified-Since").orElse(null))) {
            response = Response.resource(304, renderer.contentType(), new byte[0]);
        } else {
            Utf8Buffer buffer = new Utf8Buffer();
            renderer.render(feed, buffer);
            response = Response.resource(200, renderer.contentType(), buffer.toByteArray());
        }
        response.header("ETag", v.etag()).header("Cache-Control", CACHE);
        v.lastModifiedHeader().ifPresent(h -> response.header("Last-Modified", h));
        return response;
    }

    /** Every sitemap file with its bytes: the site is small, so they are made on each request. */
    private Map<SitemapFile, byte[]> files() {
        Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
        List<SitemapFile> files = new ArrayList<>(sitemaps.sitemaps(store.published(), store.sections(),
                store.tags(), store.people(), name -> out.computeIfAbsent(name, k -> new ByteArrayOutputStream())));
        files.addAll(sitemaps.news(store.published(), name -> out.computeIfAbsent(name,
                k -> new ByteArrayOutputStream())));
        Map<SitemapFile, byte[]> result = new LinkedHashMap<>();
        files.forEach(f -> result.put(f, out.get(f.name()).toByteArray()));
        return result;
    }

    private static Response xml(String body) {
        return Response.resource(200, "application/xml; charset=utf-8", body.getBytes(StandardCharsets.UTF_8))
                .header("Cache-Control", CACHE);
    }
}
