package dev.broadsheet.examples.benchmarks;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.feed.Feed;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 50-item RSS 2.0 feed with full bodies (the 10 KB article body each): Broadsheet's {@link FeedRenderer} to a
 * {@code String} and to a reused {@link Utf8Buffer}, against Rome 2.1 — a {@code SyndFeed} built from the same
 * articles per request, as a controller using Rome does, written by {@code SyndFeedOutput.outputString} — whose
 * feed carries the same items, titles, links, dates, authors, categories, descriptions and bodies.
 *
 * <p>Each article has its own body (the same markup, sanitized for each), as a site's articles do. Broadsheet keeps
 * each body's feed form (escaped as XML text) on the body the first time a feed carries it, so {@link #broadsheet()}
 * measures a feed rendered again for the next reader from articles the site keeps in memory;
 * {@link #broadsheetFirstTime} measures the same feed from articles no feed carried before (bodies sanitized again
 * outside the measurement, so its allocation is not reported), as for a site that loads its articles for each
 * request.
 */
@State(Scope.Benchmark)
public class FeedBenchmark {

    /** Items in the feed. */
    public static final int ITEMS = 50;

    private FeedRenderer rss;
    private Feed feed;
    private List<Article> articles;
    private Links links;
    private Site site;
    private final Utf8Buffer buffer = new Utf8Buffer();

    /** Builds the articles and the renderer. */
    @Setup
    public void setUp() {
        site = BenchContent.site();
        links = Links.of(site);
        Article model = BenchContent.article(BenchContent.articleInput());
        articles = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            articles.add(model.toBuilder().id("a-" + i).slug("story-" + i)
                    .publishedAt(BenchContent.PUBLISHED.minusSeconds(3600L * i)).modifiedAt(null).build());
        }
        articles = freshBodies(articles);
        rss = FeedRenderer.builder().site(site).format(FeedFormat.RSS).itemCount(ITEMS)
                .clock(Clock.fixed(BenchContent.PUBLISHED.plusSeconds(86_400), ZoneOffset.UTC)).build();
        feed = Feed.home(articles).build();
    }

    /** The articles, each with a body of its own: the same markup sanitized again, with nothing kept on it. */
    static List<Article> freshBodies(List<Article> articles) {
        List<Article> fresh = new ArrayList<>(articles.size());
        for (Article a : articles) {
            fresh.add(a.toBuilder().body(Sanitizer.sanitize(a.body().html(), HtmlPolicy.article())).build());
        }
        return fresh;
    }

    /** The feed of {@link FeedBenchmark}'s articles with bodies no feed carried, made again for each call. */
    @State(Scope.Thread)
    public static class FirstTime {
        Feed feed;

        /**
         * Sanitizes the bodies again (not measured).
         *
         * @param b the benchmark's articles
         */
        @Setup(Level.Invocation)
        public void fresh(FeedBenchmark b) {
            feed = Feed.home(freshBodies(b.articles)).build();
        }
    }

    /** @return Broadsheet's feed as a {@code String} */
    @Benchmark
    public String broadsheet() {
        return rss.render(feed);
    }

    /**
     * @param first the feed, with bodies no feed carried before
     * @return Broadsheet's feed as a {@code String}
     */
    @Benchmark
    public String broadsheetFirstTime(FirstTime first) {
        return rss.render(first.feed);
    }

    /** @return Broadsheet's feed as UTF-8 in a buffer reused between calls */
    @Benchmark
    public int broadsheetBytes() {
        rss.render(feed, buffer.clear());
        return buffer.length();
    }

    /** @return Rome's feed as a {@code String}, from a {@code SyndFeed} built per request */
    @Benchmark
    public String rome() throws FeedException {
        return new SyndFeedOutput().outputString(romeFeed());
    }

    /** The same feed as Rome's object model, built as a controller would from the articles. */
    SyndFeed romeFeed() {
        SyndFeed f = new SyndFeedImpl();
        f.setFeedType("rss_2.0");
        f.setTitle(site.name());
        f.setLink(links.home());
        f.setDescription(site.description().orElse(site.name()));
        f.setLanguage(site.language());
        List<SyndEntry> entries = new ArrayList<>(articles.size());
        for (Article a : articles) {
            SyndEntry e = new SyndEntryImpl();
            e.setTitle(a.headline());
            e.setLink(links.article(a));
            e.setUri(links.article(a));
            e.setPublishedDate(Date.from(a.publishedAt().orElseThrow()));
            List<Byline> authors = a.authors();
            if (!authors.isEmpty()) {
                e.setAuthor(authors.get(0).person().name());
            }
            List<SyndCategory> categories = new ArrayList<>();
            a.section().ifPresent(s -> categories.add(category(s.name())));
            for (Tag t : a.tags()) {
                categories.add(category(t.name()));
            }
            e.setCategories(categories);
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(a.description().or(a::dek).orElse(""));
            e.setDescription(description);
            SyndContent body = new SyndContentImpl();
            body.setType("text/html");
            body.setValue(a.body().html());
            e.setContents(List.of(body));
            entries.add(e);
        }
        f.setEntries(entries);
        return f;
    }

    private static SyndCategory category(String name) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(name);
        return c;
    }
}
