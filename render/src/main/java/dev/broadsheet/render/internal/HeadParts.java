package dev.broadsheet.render.internal;

import static dev.broadsheet.render.internal.HtmlParts.iso;
import static dev.broadsheet.render.internal.HtmlParts.language;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.model.Translation;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.text.Excerpts;
import java.time.ZoneId;
import dev.broadsheet.render.feed.FeedFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in {@code <head>} of every page: title, description, robots, canonical and {@code amphtml} links,
 * Open Graph and Twitter card metadata and the stylesheet link. Stateless: one set serves every thread.
 */
final class HeadParts {

    private HeadParts() {
    }

    static void head(Page page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        if (!ctx.amp()) { // an AMP page writes it itself, before the AMP scripts
            out.open("meta").attr("charset", "utf-8").close().markup("\n");
        }
        out.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").close()
                .markup("\n");
        String title = title(page, ctx);
        out.start("title").text(title).end("title").markup("\n");
        String description = description(page, ctx);
        if (!description.isEmpty()) {
            meta(out, "description", description);
        }
        boolean indexable = !(page instanceof ArticlePage a) || a.article().status() == ArticleStatus.PUBLISHED;
        meta(out, "robots", indexable ? "index, follow, max-image-preview:large" : "noindex, nofollow");
        String url = pageUrl(page, ctx);
        out.open("link").attr("rel", "canonical").urlAttr("href", url).close().markup("\n");
        feeds(page, ctx, out);
        if (page instanceof ArticlePage a) {
            translations(a, url, ctx, out);
        }
        if (page instanceof ArticlePage a && !ctx.amp()) {
            out.open("link").attr("rel", "amphtml").urlAttr("href", ctx.links().amp(a.article())).close()
                    .markup("\n");
        }
        property(out, "og:site_name", ctx.site().name());
        property(out, "og:locale", ctx.labels().locale().toString().isEmpty() ? "en"
                : ogLocale(page instanceof ArticlePage a ? language(a.article(), ctx) : ctx.labels().language()));
        property(out, "og:type", page instanceof ArticlePage ? "article" : "website");
        property(out, "og:title", page instanceof ArticlePage a ? a.article().headline() : title);
        if (!description.isEmpty()) {
            property(out, "og:description", description);
        }
        property(out, "og:url", url);
        Optional<Image> image = page instanceof ArticlePage a ? a.article().featuredImage() : ctx.site().logo();
        if (image.isPresent()) {
            Image i = image.get();
            property(out, "og:image", i.url());
            i.width().ifPresent(w -> property(out, "og:image:width", Integer.toString(w)));
            i.height().ifPresent(h -> property(out, "og:image:height", Integer.toString(h)));
            i.alt().ifPresent(alt -> property(out, "og:image:alt", alt));
        }
        if (page instanceof ArticlePage a) {
            Article article = a.article();
            ZoneId zone = ctx.site().zone();
            article.publishedAt().ifPresent(t -> property(out, "article:published_time", iso(t, zone)));
            article.modifiedAt().ifPresent(t -> property(out, "article:modified_time", iso(t, zone)));
            article.section().ifPresent(s -> property(out, "article:section", s.name()));
            for (Tag t : article.tags()) {
                property(out, "article:tag", t.name());
            }
            for (Byline b : article.authors()) {
                if (b.role().isAuthor()) {
                    property(out, "article:author", b.person().url().orElseGet(() -> ctx.links().author(b.person())));
                }
            }
        }
        meta(out, "twitter:card", "summary_large_image");
        ctx.site().twitterHandle().ifPresent(h -> meta(out, "twitter:site", h));
        if (!ctx.amp()) {
            out.open("link").attr("rel", "stylesheet")
                    .urlAttr("href", ctx.href(ctx.site().stylesheetUrl().orElseGet(() -> ctx.links().stylesheet())))
                    .close()
                    .markup("\n");
        }
    }

    /**
     * The article's language versions, as search engines read them: one {@code rel=alternate hreflang} link for its own
     * language (to this page's canonical URL, since each version must name itself) and one for each translation;
     * nothing for an article without translations.
     */
    private static void translations(ArticlePage page, String url, PartContext ctx, HtmlWriter out) {
        Article a = page.article();
        if (a.translations().isEmpty()) {
            return;
        }
        hreflang(out, language(a, ctx), url);
        for (Translation t : a.translations()) {
            hreflang(out, t.language(), t.url());
        }
    }

    private static void hreflang(HtmlWriter out, String language, String href) {
        out.open("link").attr("rel", "alternate").attr("hreflang", language).urlAttr("href", href).close()
                .markup("\n");
    }

    /**
     * The {@code rel=alternate} links to the site's feeds ({@link dev.broadsheet.render.Site#feeds()}), and on a
     * section, tag or author page to that listing's feeds, titled for a feed reader's list.
     */
    private static void feeds(Page page, PartContext ctx, HtmlWriter out) {
        if (ctx.amp()) {
            return; // AMP allows these links, but the AMP page's canonical HTML page already announces them
        }
        String site = ctx.site().name();
        String listing = page instanceof ListingPage l && l.kind() != ListingPage.Kind.HOME
                ? ListingParts.listingHeading(l, ctx.labels()) + " \u2013 " + site
                : null;
        String listingUrl = listing == null ? null : listingUrl((ListingPage) page, 1, ctx);
        for (FeedFormat f : ctx.site().feeds()) {
            alternate(out, f, site, ctx.links().feed(ctx.links().home(), f.fileName()));
        }
        if (listing != null) {
            for (FeedFormat f : ctx.site().feeds()) {
                alternate(out, f, listing, ctx.links().feed(listingUrl, f.fileName()));
            }
        }
    }

    private static void alternate(HtmlWriter out, FeedFormat format, String title, String href) {
        out.open("link").attr("rel", "alternate").attr("type", format.mediaType()).attr("title", title)
                .urlAttr("href", href).close().markup("\n");
    }

    static String title(Page page, PartContext ctx) {
        String site = ctx.site().name();
        if (page instanceof ArticlePage a) {
            return a.article().headline() + " \u2013 " + site;
        }
        ListingPage l = (ListingPage) page;
        String heading = ListingParts.listingHeading(l, ctx.labels());
        String paged = l.page() > 1 ? " (" + ctx.labels().format("nav.page", l.page(), l.pageCount()) + ")" : "";
        return l.kind() == ListingPage.Kind.HOME ? site : heading + paged + " \u2013 " + site;
    }

    /** The page's meta description: the article's own, or an excerpt of its body; for listings the description. */
    public static String description(Page page, PartContext ctx) {
        if (page instanceof ArticlePage a) {
            Article article = a.article();
            return HtmlParts.description(article);
        }
        ListingPage l = (ListingPage) page;
        return switch (l.kind()) {
            case HOME -> ctx.site().description().orElse("");
            case SECTION -> l.section().flatMap(Section::description).orElse("");
            case TAG -> l.tag().flatMap(Tag::description).orElse("");
            case AUTHOR -> l.author().flatMap(Person::bio).map(Excerpts::of).orElse("");
        };
    }

    /**
     * The absolute URL of a page, its canonical URL: for an article, its canonical URL, or the URL of the shown page of
     * comments after the first unless the article's canonical URL names another page.
     */
    public static String pageUrl(Page page, PartContext ctx) {
        if (page instanceof ArticlePage a) {
            return HtmlParts.canonicalUrl(a, ctx.links());
        }
        ListingPage l = (ListingPage) page;
        return listingUrl(l, l.page(), ctx);
    }

    private static String listingUrl(ListingPage l, int page, PartContext ctx) {
        return switch (l.kind()) {
            case HOME -> ctx.links().home();
            case SECTION -> ctx.links().section(l.section().orElseThrow(), page);
            case TAG -> ctx.links().tag(l.tag().orElseThrow(), page);
            case AUTHOR -> dev.broadsheet.render.Links.paged(ctx.links().author(l.author().orElseThrow()), page);
        };
    }

    private static void meta(HtmlWriter out, String name, String content) {
        out.open("meta").attr("name", name).attr("content", content).close().markup("\n");
    }

    private static void property(HtmlWriter out, String property, String content) {
        out.open("meta").attr("property", property).attr("content", content).close().markup("\n");
    }

    private static String ogLocale(String languageTag) {
        Locale l = Locale.forLanguageTag(languageTag);
        return l.getCountry().isEmpty() ? l.getLanguage() : l.getLanguage() + "_" + l.getCountry();
    }
}
