package dev.broadsheet.examples.spring;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.ConditionalGet;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.feed.Feed;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import dev.broadsheet.render.sitemap.RobotsTxt;
import dev.broadsheet.render.sitemap.SitemapFile;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feeds, sitemaps and robots.txt from the database: RSS, Atom and JSON Feed of the home page and of every section,
 * tag and author ({@code /feed.xml}, {@code /section/{slug}/atom.xml}, ...), answering conditional GETs with 304
 * ({@link ConditionalGet}); the sitemap index ({@code /sitemap.xml}), its files and the Google News sitemap.
 */
@RestController
class FeedController {

    private static final String FILE = "{file:feed\\.xml|atom\\.xml|feed\\.json}";
    private static final String CACHE = "public, max-age=300";
    private static final String XML = "application/xml; charset=utf-8";

    private final ContentRepository content;
    private final SiteRenderers renderers;
    private final Clock clock;

    FeedController(ContentRepository content, SiteRenderers renderers, Clock clock) {
        this.content = content;
        this.renderers = renderers;
        this.clock = clock;
    }

    @GetMapping("/" + FILE)
    void home(@PathVariable("file") String file, HttpServletRequest request, HttpServletResponse response) {
        feed(file, request, response, () -> Feed.home(latest()).build());
    }

    @GetMapping("/section/" + ReadingController.SLUG + "/" + FILE)
    void section(@PathVariable("slug") String slug, @PathVariable("file") String file, HttpServletRequest request,
            HttpServletResponse response) {
        var s = content.section(slug).orElseThrow(PageProblem::notFound);
        feed(file, request, response, () -> Feed.section(s, content.inSection(s, clock.instant(), 0,
                FeedRenderer.DEFAULT_ITEMS).articles()).build());
    }

    @GetMapping("/tag/" + ReadingController.SLUG + "/" + FILE)
    void tag(@PathVariable("slug") String slug, @PathVariable("file") String file, HttpServletRequest request,
            HttpServletResponse response) {
        var t = content.tag(slug).orElseThrow(PageProblem::notFound);
        feed(file, request, response, () -> Feed.tag(t, content.tagged(t, clock.instant(), 0,
                FeedRenderer.DEFAULT_ITEMS).articles()).build());
    }

    @GetMapping("/author/" + ReadingController.SLUG + "/" + FILE)
    void author(@PathVariable("slug") String slug, @PathVariable("file") String file, HttpServletRequest request,
            HttpServletResponse response) {
        var p = content.person(slug).orElseThrow(PageProblem::notFound);
        feed(file, request, response, () -> Feed.author(p, content.by(p, clock.instant(), 0,
                FeedRenderer.DEFAULT_ITEMS).articles()).build());
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) {
        send(response, 200, XML, renderers.get().sitemaps().index(List.copyOf(files().keySet()))
                .getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{name:(?:news-)?sitemap-[1-9][0-9]{0,4}\\.xml}")
    void sitemap(@PathVariable("name") String name, HttpServletResponse response) {
        byte[] body = files().entrySet().stream().filter(e -> e.getKey().name().equals(name))
                .map(Map.Entry::getValue).findFirst().orElseThrow(PageProblem::notFound);
        send(response, 200, XML, body);
    }

    @GetMapping("/robots.txt")
    void robots(HttpServletResponse response) {
        String base = renderers.get().html().site().baseUrl();
        send(response, 200, RobotsTxt.contentType(), RobotsTxt.builder().disallow("/moderation")
                .sitemap(base + "/sitemap.xml").build().text().getBytes(StandardCharsets.UTF_8));
    }

    private List<Article> latest() {
        return content.latest(clock.instant(), FeedRenderer.DEFAULT_ITEMS);
    }

    private void feed(String file, HttpServletRequest request, HttpServletResponse response, Supplier<Feed> make) {
        FeedFormat format = switch (file) {
            case "feed.xml" -> FeedFormat.RSS;
            case "atom.xml" -> FeedFormat.ATOM;
            default -> FeedFormat.JSON_FEED;
        };
        FeedRenderer renderer = renderers.get().feeds().get(format);
        Feed feed = make.get();
        ConditionalGet v = ConditionalGet.of(format + " " + renderer.selfUrl(feed), renderer.items(feed));
        response.setHeader("ETag", v.etag());
        v.lastModifiedHeader().ifPresent(h -> response.setHeader("Last-Modified", h));
        if (v.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
            response.setHeader("Cache-Control", CACHE);
            response.setStatus(304);
            return;
        }
        Utf8Buffer buffer = new Utf8Buffer();
        renderer.render(feed, buffer);
        send(response, 200, renderer.contentType(), buffer.toByteArray());
    }

    /** Every sitemap file with its bytes, made per request: the example's archive is small. */
    private Map<SitemapFile, byte[]> files() {
        SitemapRenderer sitemaps = renderers.get().sitemaps();
        Instant now = clock.instant();
        List<Article> articles = content.allPublic(now);
        Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
        List<SitemapFile> files = new ArrayList<>(sitemaps.sitemaps(articles, content.sections(), content.tags(),
                content.people(), name -> out.computeIfAbsent(name, k -> new ByteArrayOutputStream())));
        files.addAll(sitemaps.news(articles, name -> out.computeIfAbsent(name, k -> new ByteArrayOutputStream())));
        Map<SitemapFile, byte[]> result = new LinkedHashMap<>();
        files.forEach(f -> result.put(f, out.get(f.name()).toByteArray()));
        return result;
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("Content-Security-Policy", Pages.RESOURCE_POLICY);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
