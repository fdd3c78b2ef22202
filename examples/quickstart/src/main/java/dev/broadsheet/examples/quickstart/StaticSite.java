package dev.broadsheet.examples.quickstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Stylesheet;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.feed.Feed;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import dev.broadsheet.render.sitemap.RobotsTxt;
import dev.broadsheet.render.sitemap.SitemapFile;
import dev.broadsheet.render.sitemap.SitemapFiles;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The default run: renders a fixture set into a folder as a static site that works from disk. See
 * {@link StaticLinks} for the layout.
 *
 * <p>Every article gets its HTML page, AMP page and JSON-LD file, whatever its status, so that each can be looked
 * at; drafts, scheduled and withdrawn articles say {@code noindex} in their head and are left out of every
 * listing. The home page lists the published articles, newest first; each section page lists the published
 * articles in the section or below it; each tag and author page those with the tag or the person in the byline.
 * Every section, tag and person of the set, and every one an article names, gets a page, so no link is dead.
 */
final class StaticSite {

    /** The base URL of canonical, Open Graph and JSON-LD URLs. */
    static final String BASE_URL = "https://news.example.com";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final StaticLinks links;
    private final HtmlRenderer html;
    private final AmpRenderer amp;
    private final JsonLdRenderer jsonLd;
    /** The feeds and sitemaps are of the fixtures' moment ({@link Fixtures#NOW}), so the news sitemap has news. */
    private final List<FeedRenderer> feeds = new ArrayList<>();
    private final SitemapRenderer sitemaps;

    /**
     * What a run wrote.
     *
     * @param index the home page's file
     * @param written the other files, by kind, in the order written
     * @param unlisted the articles that are not published: their pages are written, but no listing links to them
     */
    record Result(Path index, List<Written> written, List<Article> unlisted) {
    }

    /**
     * Files of one kind.
     *
     * @param what what they are, such as {@code article pages}
     * @param count how many
     * @param files where they are in the folder, such as {@code articles/*.html}
     */
    record Written(String what, int count, String files) {
    }

    private StaticSite(Path dir, List<Article> articles) {
        this.dir = dir;
        Site site = site();
        this.links = new StaticLinks(BASE_URL, articles);
        for (FeedFormat f : FeedFormat.values()) {
            feeds.add(FeedRenderer.builder().site(site).links(links).format(f).clock(Fixtures.CLOCK).build());
        }
        this.sitemaps = SitemapRenderer.builder().site(site).links(links).clock(Fixtures.CLOCK).build();
        this.jsonLd = JsonLdRenderer.builder().site(site).links(links).build();
        this.html = HtmlRenderer.builder().site(site).links(links).jsonLd(jsonLd).build();
        this.amp = AmpRenderer.of(html);
    }

    /** @return the publication the fixtures belong to */
    static Site site() {
        return Site.builder().name("The Caspian Ledger").baseUrl(BASE_URL)
                .description("Independent news from the South Caucasus and the Caspian region")
                .zone("Asia/Baku")
                .logo(Image.builder().url("https://img.broadsheet.example/ledger-logo.png").alt("The Caspian Ledger")
                        .size(600, 60).build())
                .publishingPrinciples(BASE_URL + "/about/standards")
                .correctionsPolicy(BASE_URL + "/about/corrections")
                .socialProfiles(List.of("https://social.example/@caspianledger")).twitterHandle("@caspianledger")
                .feeds(FeedFormat.values())
                .build();
    }

    /**
     * Renders a fixture set into a folder, creating it when missing and replacing files of the same names.
     *
     * @param fixtures the content
     * @param dir the site's folder
     * @return what was written
     * @throws IOException when a file cannot be written
     */
    static Result write(FixtureSet fixtures, Path dir) throws IOException {
        return new StaticSite(dir, fixtures.articles()).write(fixtures);
    }

    private Result write(FixtureSet fixtures) throws IOException {
        List<Written> written = new ArrayList<>();
        List<Article> listed = fixtures.articles().stream().filter(StaticSite::published)
                .sorted(Comparator.comparing((Article a) -> a.publishedAt().orElse(Instant.MIN)).reversed()
                        .thenComparing(Article::id))
                .toList();
        int commentPages = 0;
        for (Article a : fixtures.articles()) {
            ArticlePage.Builder builder = ArticlePage.builder(a).comments(fixtures.comments(a.id()));
            ArticlePage page = builder.build();
            write(links.article(a), html.render(page));
            write(links.amp(a), amp.render(page));
            write(links.article(a).replaceFirst("\\.html$", ".jsonld"), pretty(jsonLd.json(page)));
            for (int p = 2; p <= page.commentPageCount(); p++) {
                write(links.commentPage(a, p), html.render(builder.commentPage(p).build()));
                commentPages++;
            }
        }
        int n = fixtures.articles().size();
        written.add(new Written("article pages", n, "articles/*.html"));
        if (commentPages > 0) {
            written.add(new Written("later pages of comments", commentPages, "articles/*.comments-N.html"));
        }
        written.add(new Written("AMP pages", n, "articles/*.amp.html"));
        written.add(new Written("JSON-LD files", n, "articles/*.jsonld"));

        Map<String, Section> sections = new LinkedHashMap<>();
        fixtures.sections().forEach(s -> sections.putIfAbsent(s.slug(), s));
        Map<String, Tag> tags = new LinkedHashMap<>();
        fixtures.tags().forEach(t -> tags.putIfAbsent(t.slug(), t));
        Map<String, Person> people = new LinkedHashMap<>();
        fixtures.people().forEach(p -> people.putIfAbsent(p.slug(), p));
        for (Article a : fixtures.articles()) {
            a.section().ifPresent(s -> s.path().forEach(p -> sections.putIfAbsent(p.slug(), p)));
            a.tags().forEach(t -> tags.putIfAbsent(t.slug(), t));
            a.authors().forEach(b -> people.putIfAbsent(b.person().slug(), b.person()));
        }
        for (Section s : sections.values()) {
            List<Article> in = filter(listed, a -> a.section().map(own -> own.path().stream()
                    .anyMatch(p -> p.slug().equals(s.slug()))).orElse(false));
            write(links.section(s, 1), html.render(ListingPage.section(s, in, 1, 1)));
            writeFeeds(Feed.section(s, in).build());
        }
        written.add(new Written("section pages", sections.size(), "section/*.html"));
        for (Tag t : tags.values()) {
            List<Article> with = filter(listed, a -> a.tags().stream().anyMatch(x -> x.slug().equals(t.slug())));
            write(links.tag(t, 1), html.render(ListingPage.tag(t, with, 1, 1)));
            writeFeeds(Feed.tag(t, with).build());
        }
        written.add(new Written("tag pages", tags.size(), "tag/*.html"));
        for (Person p : people.values()) {
            List<Article> by = filter(listed, a -> a.authors().stream().map(Byline::person)
                    .anyMatch(x -> x.slug().equals(p.slug())));
            write(links.author(p), html.render(ListingPage.author(p, by, 1, 1)));
            writeFeeds(Feed.author(p, by).build());
        }
        written.add(new Written("author pages", people.size(), "author/*.html"));
        writeFeeds(Feed.home(listed).build());
        int feedCount = feeds.size() * (1 + sections.size() + tags.size() + people.size());
        written.add(new Written("feeds (RSS, Atom, JSON Feed) of home, sections, tags and authors", feedCount,
                "feed.xml, atom.xml, feed.json, {section,tag,author}/*/"));
        List<SitemapFile> files = new ArrayList<>(sitemaps.sitemaps(fixtures.articles(),
                List.copyOf(sections.values()), List.copyOf(tags.values()), List.copyOf(people.values()),
                SitemapFiles.directory(dir)));
        files.addAll(sitemaps.news(fixtures.articles(), SitemapFiles.directory(dir)));
        write(BASE_URL + "/sitemap.xml", sitemaps.index(files));
        written.add(new Written("sitemap index, sitemaps and Google News sitemap", files.size() + 1,
                "sitemap.xml, " + files.stream().map(SitemapFile::name).collect(Collectors.joining(", "))));
        write(BASE_URL + "/robots.txt", RobotsTxt.builder().sitemap(BASE_URL + "/sitemap.xml").build().text());
        written.add(new Written("robots.txt", 1, "robots.txt"));
        write(links.stylesheet(), Stylesheet.css());
        written.add(new Written("stylesheet", 1, links.file(links.stylesheet())));
        Path index = write(links.home(), html.render(ListingPage.home(listed)));
        List<Article> unlisted = filter(fixtures.articles(), a -> !published(a));
        return new Result(index, written, unlisted);
    }

    /** Writes a feed in every format, where {@link StaticLinks#feed} puts it. */
    private void writeFeeds(Feed feed) throws IOException {
        for (FeedRenderer renderer : feeds) {
            Path file = dir.resolve(links.file(renderer.selfUrl(feed)));
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.render(feed, out);
            }
        }
    }

    /** Whether an article is public: published, with a publication date. */
    static boolean published(Article a) {
        return a.status() == ArticleStatus.PUBLISHED && a.publishedAt().isPresent();
    }

    private static List<Article> filter(List<Article> articles, Predicate<Article> keep) {
        return articles.stream().filter(keep).toList();
    }

    private Path write(String url, String content) throws IOException {
        Path file = dir.resolve(links.file(url));
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Indents a JSON document for people to read. */
    static String pretty(String json) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)) + "\n";
    }
}
