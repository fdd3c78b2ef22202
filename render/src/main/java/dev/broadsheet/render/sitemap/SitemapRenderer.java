package dev.broadsheet.render.sitemap;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.internal.ArticleDates;
import dev.broadsheet.render.internal.HtmlParts;
import dev.broadsheet.render.internal.TextOut;
import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.XmlWriter;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes XML sitemaps (sitemaps.org 0.9) of a site's articles, sections, tags and authors, Google News sitemaps of
 * its latest articles, and the sitemap index that lists them.
 *
 * <pre>{@code
 * SitemapRenderer sitemaps = SitemapRenderer.builder().site(site).build();
 * List<SitemapFile> files = sitemaps.sitemaps(articles, sections, tags, people, SitemapFiles.directory(out));
 * files = Stream.concat(files.stream(), sitemaps.news(articles, SitemapFiles.directory(out)).stream()).toList();
 * Files.writeString(out.resolve("sitemap.xml"), sitemaps.index(files));
 * }</pre>
 *
 * <p>The protocol's limits are kept by splitting, never by truncating: a file holds at most
 * {@link Builder#maxUrlsPerFile(int) maxUrlsPerFile} URLs (at most and by default {@value #MAX_URLS}) and
 * {@link Builder#maxBytesPerFile(long) maxBytesPerFile} bytes uncompressed (at most and by default
 * {@value #MAX_BYTES}); the next URL that would break either starts a new file. Files are written as they go, one
 * entry buffered at a time, so memory stays constant however many articles there are. {@link Builder#gzip(boolean)}
 * compresses each file ({@code .xml.gz}).
 *
 * <p>What is listed: only {@link ArticleStatus#PUBLISHED published} articles whose {@code publishedAt} is not after
 * the clock's now and whose canonical URL is on this site (an article canonical elsewhere belongs to that site's
 * sitemap), each with {@code lastmod} — the latest of its publication, modification and corrections — and an
 * {@code image:image} for its featured image and, when it has {@linkplain Article#translations() translations}, an
 * {@code xhtml:link rel="alternate" hreflang} for its own language and each translation's; the home page; and every section, tag and author given, with the
 * {@code lastmod} of their newest listed article. A Google News sitemap lists the articles published in the
 * {@value #NEWS_DAYS} days up to now, at most {@value #MAX_NEWS_URLS} per file, with the publication's name and
 * language, publication date and title.
 *
 * <p>Defaults: {@link Links#of(Site)}, the system clock, files named under the site's base URL, no compression,
 * image entries on, the site's name as the news publication name. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SitemapRenderer {

    /** Most URLs in one sitemap file (sitemaps.org): {@value}. */
    public static final int MAX_URLS = 50_000;
    /** Most bytes in one sitemap file before compression (sitemaps.org: 50 MiB): {@value}. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Most URLs in one Google News sitemap file: {@value}. */
    public static final int MAX_NEWS_URLS = 1_000;
    /** How many days back a Google News sitemap reaches: {@value}. */
    public static final int NEWS_DAYS = 2;
    /** Most files one sitemap index lists (sitemaps.org): {@value}. */
    public static final int MAX_INDEX_FILES = 50_000;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final Site site;
    private final Links links;
    private final Clock clock;
    private final int maxUrls;
    private final long maxBytes;
    private final boolean gzip;
    private final boolean images;
    private final String baseUrl;
    private final String publicationName;
    /** The site's base URL and a slash: what every listable article's URL starts with. */
    private final String sitePrefix;

    private SitemapRenderer(Builder b) {
        this.site = Objects.requireNonNull(b.site, "site");
        this.links = b.links == null ? Links.of(site) : b.links;
        this.clock = b.clock;
        this.maxUrls = b.maxUrls;
        this.maxBytes = b.maxBytes;
        this.gzip = b.gzip;
        this.images = b.images;
        this.baseUrl = b.baseUrl == null ? site.baseUrl() : b.baseUrl;
        this.publicationName = b.publicationName == null ? site.name() : b.publicationName;
        this.sitePrefix = site.baseUrl() + "/";
    }

    /**
     * Starts configuring a renderer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the sitemap of a site: the home page, then every listable article, then the sections, tags and
     * authors, split into files named {@code sitemap-1.xml}, {@code sitemap-2.xml} and so on.
     *
     * @param articles the site's articles, in any order; iterated twice (once for the listings' dates); drafts and
     *     the like are left out here
     * @param sections the sections to list
     * @param tags the tags to list
     * @param authors the authors to list
     * @param files where the files go
     * @return the files written, for {@link #index(List)}
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public List<SitemapFile> sitemaps(Iterable<Article> articles, List<Section> sections, List<Tag> tags,
            List<Person> authors, SitemapFiles files) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(files, "files");
        Instant now = clock.instant();
        Map<String, Instant> sectionDates = new HashMap<>();
        Map<String, Instant> tagDates = new HashMap<>();
        Map<String, Instant> authorDates = new HashMap<>();
        Instant newest = null;
        boolean translated = false;
        for (Article a : articles) {
            if (!listable(a, now)) {
                continue;
            }
            Instant u = ArticleDates.updated(a);
            newest = later(newest, u);
            translated |= !a.translations().isEmpty();
            a.section().ifPresent(s -> s.path().forEach(p -> sectionDates.merge(p.slug(), u, SitemapRenderer::max)));
            a.tags().forEach(t -> tagDates.merge(t.slug(), u, SitemapRenderer::max));
            for (Byline b : a.authors()) {
                authorDates.merge(b.person().slug(), u, SitemapRenderer::max);
            }
        }
        String ns = " xmlns=\"" + SITEMAP_NS + "\"" + (images ? " xmlns:image=\"" + IMAGE_NS + "\"" : "")
                + (translated ? " xmlns:xhtml=\"" + XHTML_NS + "\"" : "");
        UrlsetFiles out = new UrlsetFiles(files, "sitemap", baseUrl, ns, maxUrls, maxBytes, gzip);
        url(out, links.home(), newest);
        for (Article a : articles) {
            String loc = listableUrl(a, now);
            if (loc == null) {
                continue;
            }
            Instant u = ArticleDates.updated(a);
            out.add(u, x -> {
                x.element("loc", loc).element("lastmod", lastmod(u));
                if (!a.translations().isEmpty()) {
                    alternate(x, a.language().orElse(site.language()), loc);
                    a.translations().forEach(t -> alternate(x, t.language(), t.url()));
                }
                if (images) {
                    a.featuredImage().map(Image::url).ifPresent(img -> x.start("image:image")
                            .element("image:loc", img).end("image:image"));
                }
            });
        }
        for (Section s : sections) {
            url(out, links.section(s, 1), sectionDates.get(s.slug()));
        }
        for (Tag t : tags) {
            url(out, links.tag(t, 1), tagDates.get(t.slug()));
        }
        for (Person p : authors) {
            url(out, links.author(p), authorDates.get(p.slug()));
        }
        return out.finish();
    }

    /**
     * Writes the Google News sitemap: the articles published in the last {@value #NEWS_DAYS} days, in files named
     * {@code news-sitemap-1.xml} and so on, at most {@value #MAX_NEWS_URLS} URLs each.
     *
     * @param articles the site's articles, in any order (iterated once)
     * @param files where the files go
     * @return the files written; none when no article is recent enough (a sitemap must list at least one URL)
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public List<SitemapFile> news(Iterable<Article> articles, SitemapFiles files) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(files, "files");
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(NEWS_DAYS));
        String ns = " xmlns=\"" + SITEMAP_NS + "\" xmlns:news=\"" + NEWS_NS + "\"";
        UrlsetFiles out = new UrlsetFiles(files, "news-sitemap", baseUrl, ns, Math.min(maxUrls, MAX_NEWS_URLS),
                maxBytes, gzip);
        for (Article a : articles) {
            if (!listable(a, now) || a.publishedAt().orElseThrow().isBefore(since)) {
                continue;
            }
            Instant published = a.publishedAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS);
            out.add(ArticleDates.updated(a), x -> x.element("loc", url(a)).start("news:news")
                    .start("news:publication")
                    .element("news:name", publicationName)
                    .element("news:language", newsLanguage(a.language().orElse(site.language())))
                    .end("news:publication").element("news:publication_date", published.toString())
                    .element("news:title", a.headline()).end("news:news"));
        }
        return out.finish();
    }

    /**
     * Writes a sitemap index listing files.
     *
     * @param files the files, from {@link #sitemaps} and {@link #news}
     * @param out where to write
     * @throws IllegalArgumentException when there are more than {@value #MAX_INDEX_FILES} files
     */
    public void index(List<SitemapFile> files, Appendable out) {
        writeIndex(files, TextOut.of(Objects.requireNonNull(out, "out")));
    }

    /**
     * Writes a sitemap index as UTF-8, appended to what the buffer holds.
     *
     * @param files the files
     * @param out the buffer
     */
    public void index(List<SitemapFile> files, Utf8Buffer out) {
        writeIndex(files, TextOut.of(Utf8Out.into(Objects.requireNonNull(out, "out"))));
    }

    /**
     * Writes a sitemap index as UTF-8 to a stream, which is not closed.
     *
     * @param files the files
     * @param out where to write
     */
    public void index(List<SitemapFile> files, OutputStream out) {
        writeIndex(files, TextOut.of(Utf8Out.to(Objects.requireNonNull(out, "out"))));
    }

    /**
     * Writes a sitemap index to a string.
     *
     * @param files the files
     * @return the index document
     */
    public String index(List<SitemapFile> files) {
        StringBuilder sb = new StringBuilder(256 + files.size() * 128);
        index(files, sb);
        return sb.toString();
    }

    private static void writeIndex(List<SitemapFile> files, TextOut out) {
        Objects.requireNonNull(files, "files");
        if (files.size() > MAX_INDEX_FILES) {
            throw new IllegalArgumentException("a sitemap index lists at most " + MAX_INDEX_FILES + " files, was "
                    + files.size());
        }
        XmlWriter x = XmlWriter.to(out).declaration();
        x.start("sitemapindex").attr("xmlns", SITEMAP_NS).newline();
        for (SitemapFile f : files) {
            x.start("sitemap").element("loc", f.url());
            f.lastModifiedAt().ifPresent(t -> x.element("lastmod", lastmod(t)));
            x.end("sitemap").newline();
        }
        x.end("sitemapindex").newline();
        x.finish();
    }

    /** One language version of a page, as Google reads localized versions in sitemaps. */
    private static void alternate(XmlWriter x, String language, String href) {
        x.start("xhtml:link").attr("rel", "alternate").attr("hreflang", language).attr("href", href).endEmpty();
    }

    private static void url(UrlsetFiles out, String loc, @Nullable Instant lastmod) {
        out.add(lastmod, x -> {
            x.element("loc", loc);
            if (lastmod != null) {
                x.element("lastmod", lastmod(lastmod));
            }
        });
    }

    private String url(Article a) {
        return a.canonicalUrl().orElseGet(() -> links.article(a));
    }

    private boolean listable(Article a, Instant now) {
        return listableUrl(a, now) != null;
    }

    /** @return the article's URL when it is listed: published, public by now and on this site; else null */
    private @Nullable String listableUrl(Article a, Instant now) {
        if (a.status() != ArticleStatus.PUBLISHED || a.publishedAt().isEmpty() || a.publishedAt().get().isAfter(now)) {
            return null;
        }
        String url = url(a);
        return url.startsWith(sitePrefix) ? url : null;
    }

    /** The first second of year 0 and of year 10,000 (UTC), the years whose instants {@link #lastmod} writes itself. */
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * An instant as W3C Datetime, exactly as {@link Instant#toString()} writes it. A sitemap writes one per URL, so
     * whole seconds in years 0 to 9999 are written directly; {@code toString()}, whose formatter allocated more than
     * the rest of a URL together, writes the rest.
     */
    static String lastmod(Instant at) {
        long s = at.getEpochSecond();
        return at.getNano() == 0 && s >= YEAR_0 && s < YEAR_10000 ? HtmlParts.iso(at, ZoneOffset.UTC) : at.toString();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant later(@Nullable Instant a, Instant b) {
        return a == null ? b : max(a, b);
    }

    /**
     * The language as Google News wants it: an ISO 639 code in lower case, except {@code zh-cn} and {@code zh-tw}
     * for Chinese in simplified and traditional script.
     */
    static String newsLanguage(String bcp47) {
        Locale l = Locale.forLanguageTag(bcp47);
        String lang = l.getLanguage();
        if (lang.equals("zh")) {
            String script = l.getScript();
            String country = l.getCountry();
            boolean traditional = script.equals("Hant") || (script.isEmpty()
                    && (country.equals("TW") || country.equals("HK") || country.equals("MO")));
            return traditional ? "zh-tw" : "zh-cn";
        }
        return lang.isEmpty() ? bcp47.toLowerCase(Locale.ROOT) : lang;
    }

    /**
     * Configures a {@link SitemapRenderer}. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Site site;
        private @Nullable Links links;
        private Clock clock = Clock.systemUTC();
        private int maxUrls = MAX_URLS;
        private long maxBytes = MAX_BYTES;
        private boolean gzip;
        private boolean images = true;
        private @Nullable String baseUrl;
        private @Nullable String publicationName;

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
         * @param clock what "now" is, for scheduled articles and the news window; default the system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param max the most URLs per file, 1 to {@value #MAX_URLS}; default {@value #MAX_URLS}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxUrlsPerFile(int max) {
            if (max < 1 || max > MAX_URLS) {
                throw new IllegalArgumentException("maxUrlsPerFile must be between 1 and " + MAX_URLS + ", was "
                        + max);
            }
            this.maxUrls = max;
            return this;
        }

        /**
         * @param max the most bytes per file before compression, 4,096 to {@value #MAX_BYTES}; default
         *     {@value #MAX_BYTES}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxBytesPerFile(long max) {
            if (max < 4096 || max > MAX_BYTES) {
                throw new IllegalArgumentException("maxBytesPerFile must be between 4096 and " + MAX_BYTES
                        + ", was " + max);
            }
            this.maxBytes = max;
            return this;
        }

        /**
         * @param gzip whether to compress each file ({@code .xml.gz}); default false
         * @return this builder
         */
        public Builder gzip(boolean gzip) {
            this.gzip = gzip;
            return this;
        }

        /**
         * @param images whether article entries carry their featured image ({@code image:image}); default true
         * @return this builder
         */
        public Builder images(boolean images) {
            this.images = images;
            return this;
        }

        /**
         * @param url where the sitemap files are served, without a trailing slash; default the site's base URL
         * @return this builder
         * @throws IllegalArgumentException when not an absolute http(s) URL
         */
        public Builder filesUrl(String url) {
            Objects.requireNonNull(url, "url");
            String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            if (!u.startsWith("https://") && !u.startsWith("http://")) {
                throw new IllegalArgumentException("filesUrl must be an absolute http(s) URL, was " + url);
            }
            this.baseUrl = u;
            return this;
        }

        /**
         * @param name the publication's name as Google News knows it; default the site's name
         * @return this builder
         */
        public Builder newsPublicationName(String name) {
            this.publicationName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @return the renderer
         * @throws NullPointerException when no site was set
         */
        public SitemapRenderer build() {
            return new SitemapRenderer(this);
        }
    }
}
