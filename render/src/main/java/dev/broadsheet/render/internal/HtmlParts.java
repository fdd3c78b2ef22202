package dev.broadsheet.render.internal;

import dev.broadsheet.comments.AvatarProvider;
import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.html.PartRenderer;
import dev.broadsheet.text.Excerpts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in rendering of every {@link Part}. Each method writes one part through the context's writer; none
 * keeps state, so one set serves every thread. Sanitized markup, images and forms go through the call's
 * {@link Dialect}, which is all that differs between an HTML and an AMP page.
 */
public final class HtmlParts {

    /** The class of the paywalled part of a body; JSON-LD's {@code hasPart.cssSelector} names it. */
    public static final String PAYWALLED_CLASS = "bs-paywalled";
    /** The CSS selector of the paywalled part, as JSON-LD states it. */
    public static final String PAYWALLED_SELECTOR = "." + PAYWALLED_CLASS;
    /** Top-level blocks of a paywalled body shown to everyone before the paywalled part. */
    public static final int PAYWALL_PREVIEW_BLOCKS = 2;
    /** The {@code sizes} of an image with renditions: the column is 48rem wide at most. */
    static final String IMAGE_SIZES = "(max-width: 48rem) 100vw, 48rem";
    /** The stylesheet's {@code .bs-logo} height limit, 3rem, in CSS pixels. */
    static final int LOGO_MAX_HEIGHT = 48;

    private HtmlParts() {
    }

    /** The default renderer of every part. */
    public static Map<Part<?>, PartRenderer<?>> defaults(JsonLdSource jsonLd) {
        return defaults(jsonLd, AvatarProvider.none());
    }

    /** The default renderer of every part, with avatars beside commenters' names from the host's provider. */
    public static Map<Part<?>, PartRenderer<?>> defaults(JsonLdSource jsonLd, AvatarProvider avatars) {
        Map<Part<?>, PartRenderer<?>> m = new HashMap<>();
        m.put(Part.HEAD, (PartRenderer<Page>) HtmlParts::head);
        m.put(Part.JSON_LD, (PartRenderer<Page>) (page, ctx) -> ctx.out().jsonScript(w -> jsonLd.json(page, w)));
        m.put(Part.SITE_HEADER, (PartRenderer<Page>) HtmlParts::siteHeader);
        m.put(Part.BREADCRUMB, (PartRenderer<Page>) HtmlParts::breadcrumb);
        m.put(Part.NOTICE, (PartRenderer<Page>) HtmlParts::notice);
        m.put(Part.ARTICLE, (PartRenderer<ArticlePage>) HtmlParts::article);
        m.put(Part.ARTICLE_HEADER, (PartRenderer<ArticlePage>) HtmlParts::articleHeader);
        m.put(Part.BYLINE, (PartRenderer<ArticlePage>) HtmlParts::byline);
        m.put(Part.FEATURED_IMAGE, (PartRenderer<ArticlePage>) HtmlParts::featuredImage);
        m.put(Part.IMAGE, (PartRenderer<Image>) HtmlParts::image);
        m.put(Part.BODY, (PartRenderer<ArticlePage>) HtmlParts::body);
        m.put(Part.CREDIT, (PartRenderer<ArticlePage>) HtmlParts::credit);
        m.put(Part.CORRECTIONS, (PartRenderer<ArticlePage>) HtmlParts::corrections);
        m.put(Part.TAGS, (PartRenderer<ArticlePage>) HtmlParts::tags);
        m.put(Part.COMMENTS, (PartRenderer<ArticlePage>) HtmlParts::comments);
        m.put(Part.COMMENT, (PartRenderer<CommentThread.Node>) (node, ctx) -> comment(node, ctx, avatars));
        m.put(Part.COMMENT_FORM, (PartRenderer<ArticlePage>) HtmlParts::commentForm);
        m.put(Part.NEWSLETTER_FORM, (PartRenderer<Page>) HtmlParts::newsletterForm);
        m.put(Part.LISTING, (PartRenderer<ListingPage>) HtmlParts::listing);
        m.put(Part.TEASER, (PartRenderer<Article>) HtmlParts::teaser);
        m.put(Part.SITE_FOOTER, (PartRenderer<Page>) HtmlParts::siteFooter);
        return m;
    }

    /** Writes the JSON-LD document of a page, such as {@code JsonLdRenderer::json}. */
    @FunctionalInterface
    public interface JsonLdSource {
        void json(Page page, Appendable out);
    }

    // ---------------------------------------------------------------- document

    /** Writes a whole HTML page around the parts. */
    public static void document(PartContext ctx) {
        Page page = ctx.page();
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        out.markup("<!DOCTYPE html>\n");
        out.open("html").attr("lang", labels.language()).attr("dir", labels.direction()).close().markup("\n");
        out.start("head").markup("\n");
        ctx.render(Part.HEAD, page);
        ctx.render(Part.JSON_LD, page);
        out.markup("\n").end("head").markup("\n");
        pageBody(ctx);
        out.end("html").markup("\n");
    }

    /** Writes a page's {@code <body>} element with every part in it; the AMP page writes it before its head. */
    public static void pageBody(PartContext ctx) {
        Page page = ctx.page();
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        out.open("body").attr("id", "top").close().markup("\n");
        out.open("a").attr("class", "bs-skip").attr("href", "#main").close().text(labels.get("skip.to.content"))
                .end("a").markup("\n");
        ctx.render(Part.SITE_HEADER, page);
        ctx.render(Part.BREADCRUMB, page);
        out.open("main").attr("id", "main").attr("class", "bs-main").close().markup("\n");
        ctx.render(Part.NOTICE, page);
        if (page instanceof ArticlePage a) {
            ctx.render(Part.ARTICLE, a);
            if (a.article().commentMode() != CommentMode.HIDDEN) {
                ctx.render(Part.COMMENTS, a);
                if (a.article().commentMode() == CommentMode.OPEN) {
                    ctx.render(Part.COMMENT_FORM, a);
                }
            }
        } else if (page instanceof ListingPage l) {
            ctx.render(Part.LISTING, l);
        }
        ctx.render(Part.NEWSLETTER_FORM, page);
        out.end("main").markup("\n");
        ctx.render(Part.SITE_FOOTER, page);
        out.end("body").markup("\n");
    }

    // ---------------------------------------------------------------- head

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

    static String title(Page page, PartContext ctx) {
        String site = ctx.site().name();
        if (page instanceof ArticlePage a) {
            return a.article().headline() + " \u2013 " + site;
        }
        ListingPage l = (ListingPage) page;
        String heading = listingHeading(l, ctx.labels());
        String paged = l.page() > 1 ? " (" + ctx.labels().format("nav.page", l.page(), l.pageCount()) + ")" : "";
        return l.kind() == ListingPage.Kind.HOME ? site : heading + paged + " \u2013 " + site;
    }

    /**
     * An article's description for its page and its JSON-LD: its own, or the excerpt of its body.
     *
     * @param article the article
     * @return the description, empty only when the article has neither
     */
    public static String description(Article article) {
        return article.description().orElseGet(() -> article.body().excerpt());
    }

    /** The page's meta description: the article's own, or an excerpt of its body; for listings the description. */
    public static String description(Page page, PartContext ctx) {
        if (page instanceof ArticlePage a) {
            Article article = a.article();
            return description(article);
        }
        ListingPage l = (ListingPage) page;
        return switch (l.kind()) {
            case HOME -> ctx.site().description().orElse("");
            case SECTION -> l.section().flatMap(Section::description).orElse("");
            case TAG -> l.tag().flatMap(Tag::description).orElse("");
            case AUTHOR -> l.author().flatMap(Person::bio).map(Excerpts::of).orElse("");
        };
    }

    /** The absolute URL of a page. */
    public static String pageUrl(Page page, PartContext ctx) {
        if (page instanceof ArticlePage a) {
            return ctx.canonicalUrl(a.article());
        }
        ListingPage l = (ListingPage) page;
        return switch (l.kind()) {
            case HOME -> ctx.links().home();
            case SECTION -> ctx.links().section(l.section().orElseThrow(), l.page());
            case TAG -> ctx.links().tag(l.tag().orElseThrow(), l.page());
            case AUTHOR -> dev.broadsheet.render.Links.paged(ctx.links().author(l.author().orElseThrow()), l.page());
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

    /**
     * An instant as ISO 8601 with the site's offset, as {@code datetime} attributes and Open Graph want it: exactly
     * what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes. Pages format one or two per comment, so the usual
     * case (whole seconds, years 0 to 9999, an offset in whole minutes) is written directly; the formatter, which
     * goes through {@code BigDecimal} for the absent fraction, handles the rest.
     */
    public static String iso(Instant at, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        int offsetSeconds = offset.getTotalSeconds();
        if (at.getNano() == 0 && offsetSeconds % 60 == 0) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, offset);
            if (t.getYear() >= 0 && t.getYear() <= 9999) {
                char[] c = new char[offsetSeconds == 0 ? 20 : 25];
                digits(c, 0, t.getYear(), 4);
                c[4] = '-';
                digits(c, 5, t.getMonthValue(), 2);
                c[7] = '-';
                digits(c, 8, t.getDayOfMonth(), 2);
                c[10] = 'T';
                digits(c, 11, t.getHour(), 2);
                c[13] = ':';
                digits(c, 14, t.getMinute(), 2);
                c[16] = ':';
                digits(c, 17, t.getSecond(), 2);
                if (offsetSeconds == 0) {
                    c[19] = 'Z';
                } else {
                    int minutes = Math.abs(offsetSeconds) / 60;
                    c[19] = offsetSeconds < 0 ? '-' : '+';
                    digits(c, 20, minutes / 60, 2);
                    c[22] = ':';
                    digits(c, 23, minutes % 60, 2);
                }
                return new String(c);
            }
        }
        return OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static String language(Article article, PartContext ctx) {
        return article.language().orElse(ctx.site().language());
    }

    // ---------------------------------------------------------------- page furniture

    static void siteHeader(Page page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        out.start("header", "bs-site-header").markup("\n");
        out.open("a").attr("class", "bs-brand").urlAttr("href", ctx.href(ctx.links().home())).close();
        if (ctx.site().logo().isPresent()) {
            Image logo = ctx.site().logo().get();
            Dialect.of(ctx).image(new Dialect.Image("bs-logo", logo.url(), "", logo.width().orElse(0),
                    logo.height().orElse(0), null, null, false, LOGO_MAX_HEIGHT), ctx);
        }
        out.open("span").attr("class", "bs-site-name").close().text(ctx.site().name()).end("span");
        out.end("a").markup("\n").end("header").markup("\n");
    }

    static void breadcrumb(Page page, PartContext ctx) {
        List<String[]> trail = new ArrayList<>();
        trail.add(new String[] {ctx.labels().get("nav.home"), ctx.links().home()});
        if (page instanceof ArticlePage a) {
            Optional<Section> section = a.article().section();
            if (section.isEmpty()) {
                return;
            }
            for (Section s : section.get().path()) {
                trail.add(new String[] {s.name(), ctx.links().section(s, 1)});
            }
        } else {
            ListingPage l = (ListingPage) page;
            if (l.kind() == ListingPage.Kind.HOME) {
                return;
            }
            if (l.kind() == ListingPage.Kind.SECTION) {
                List<Section> path = l.section().orElseThrow().path();
                for (Section s : path) {
                    trail.add(new String[] {s.name(), ctx.links().section(s, 1)});
                }
            } else {
                trail.add(new String[] {listingHeading(l, ctx.labels()), pageUrl(l, ctx)});
            }
        }
        HtmlWriter out = ctx.out();
        out.open("nav").attr("class", "bs-breadcrumb").attr("aria-label", ctx.labels().get("nav.breadcrumb"))
                .close().start("ol");
        for (int i = 0; i < trail.size(); i++) {
            String[] crumb = trail.get(i);
            out.start("li").open("a").urlAttr("href", ctx.href(crumb[1]));
            if (i == trail.size() - 1 && page instanceof ListingPage) {
                out.attr("aria-current", "page");
            }
            out.close().text(crumb[0]).end("a").end("li");
        }
        out.end("ol").end("nav").markup("\n");
    }

    static void notice(Page page, PartContext ctx) {
        if (page.notice().isPresent()) {
            ctx.out().open("p").attr("class", "bs-notice").attr("role", "status").close().text(page.notice().get())
                    .end("p").markup("\n");
        }
    }

    static void siteFooter(Page page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        out.start("footer", "bs-site-footer").markup("\n");
        out.start("p", "bs-footer-name").text(ctx.labels().format("footer.rights", ctx.site().publisherName()))
                .end("p");
        out.start("p", "bs-back-to-top").open("a").attr("href", "#top").close().text(ctx.labels().get("back.to.top"))
                .end("a").end("p").markup("\n");
        out.end("footer").markup("\n");
    }

    // ---------------------------------------------------------------- article

    static void article(ArticlePage page, PartContext ctx) {
        Article a = page.article();
        HtmlWriter out = ctx.out();
        out.open("article").attr("class", "bs-article");
        String lang = language(a, ctx);
        if (!lang.equals(ctx.labels().language())) {
            out.attr("lang", lang).attr("dir", Labels.direction(Locale.forLanguageTag(lang)));
        }
        out.close().markup("\n");
        ctx.render(Part.ARTICLE_HEADER, page);
        ctx.render(Part.FEATURED_IMAGE, page);
        ctx.render(Part.BODY, page);
        ctx.render(Part.CREDIT, page);
        ctx.render(Part.CORRECTIONS, page);
        ctx.render(Part.TAGS, page);
        out.end("article").markup("\n");
    }

    static void articleHeader(ArticlePage page, PartContext ctx) {
        Article a = page.article();
        HtmlWriter out = ctx.out();
        out.start("header", "bs-article-header").markup("\n");
        if (a.section().isPresent()) {
            Section s = a.section().get();
            out.start("p", "bs-kicker").open("a").urlAttr("href", ctx.href(ctx.links().section(s, 1))).close()
                    .text(s.name()).end("a").end("p").markup("\n");
        }
        out.start("h1", "bs-headline").text(a.headline()).end("h1").markup("\n");
        if (a.dek().isPresent()) {
            out.start("p", "bs-dek").text(a.dek().get()).end("p").markup("\n");
        }
        ctx.render(Part.BYLINE, page);
        out.end("header").markup("\n");
    }

    static void byline(ArticlePage page, PartContext ctx) {
        Article a = page.article();
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        ZoneId zone = ctx.site().zone();
        out.start("p", "bs-byline");
        List<Person> authors = new ArrayList<>();
        for (Byline b : a.authors()) {
            if (b.role().isAuthor()) {
                authors.add(b.person());
            }
        }
        boolean any = false;
        if (!authors.isEmpty()) {
            out.start("span", "bs-authors").text(labels.get("byline.by")).text(" ");
            people(authors, true, ctx);
            out.end("span");
            any = true;
        }
        for (Byline.Role role : Byline.Role.values()) {
            if (role.isAuthor()) {
                continue;
            }
            List<Person> those = new ArrayList<>();
            for (Byline b : a.authors()) {
                if (b.role() == role) {
                    those.add(b.person());
                }
            }
            if (!those.isEmpty()) {
                separator(out, any);
                out.start("span", "bs-contributors").text(labels.get("byline.role." + role.name().toLowerCase(
                        Locale.ROOT))).text(" ");
                people(those, false, ctx);
                out.end("span");
                any = true;
            }
        }
        Optional<Instant> shown = a.displayDate().or(a::publishedAt);
        if (shown.isPresent()) {
            separator(out, any);
            out.open("time").attr("class", "bs-published").attr("datetime", iso(shown.get(), zone)).close()
                    .text(labels.dateTime(shown.get(), zone)).end("time");
            any = true;
        }
        if (a.modifiedAt().isPresent() && !a.modifiedAt().equals(a.publishedAt())) {
            separator(out, any);
            out.start("span", "bs-updated").text(labels.get("article.updated")).text(" ").open("time")
                    .attr("datetime", iso(a.modifiedAt().get(), zone)).close()
                    .text(labels.dateTime(a.modifiedAt().get(), zone)).end("time").end("span");
        }
        out.end("p").markup("\n");
    }

    private static void separator(HtmlWriter out, boolean needed) {
        if (needed) {
            out.open("span").attr("class", "bs-sep").attr("aria-hidden", "true").close().text(" \u00b7 ").end("span");
        }
    }

    /** Links to the people's author pages; {@code rel="author"} only for the article's authors. */
    private static void people(List<Person> people, boolean authors, PartContext ctx) {
        HtmlWriter out = ctx.out();
        for (int i = 0; i < people.size(); i++) {
            if (i > 0) {
                out.text(i == people.size() - 1 ? " " + ctx.labels().get("byline.and") + " " : ", ");
            }
            Person p = people.get(i);
            out.open("a");
            if (authors) {
                out.attr("rel", "author");
            }
            out.urlAttr("href", ctx.href(ctx.links().author(p))).close().text(p.name()).end("a");
        }
    }

    static void featuredImage(ArticlePage page, PartContext ctx) {
        Optional<Image> image = page.article().featuredImage();
        if (image.isEmpty()) {
            return;
        }
        Image i = image.get();
        HtmlWriter out = ctx.out();
        out.start("figure", "bs-featured");
        ctx.render(Part.IMAGE, i);
        if (i.caption().isPresent() || i.credit().isPresent()) {
            out.start("figcaption");
            if (i.caption().isPresent()) {
                out.start("span", "bs-caption").text(i.caption().get()).end("span");
            }
            if (i.credit().isPresent()) {
                if (i.caption().isPresent()) {
                    out.text(" ");
                }
                out.start("span", "bs-image-credit").text(i.credit().get()).end("span");
            }
            out.end("figcaption");
        }
        out.end("figure").markup("\n");
    }

    static void image(Image i, PartContext ctx) {
        String srcset = srcset(i);
        Dialect.of(ctx).image(new Dialect.Image(null, i.url(), i.decorative() ? "" : i.alt().orElse(""),
                i.width().orElse(0), i.height().orElse(0), srcset, srcset == null ? null : IMAGE_SIZES, true, 0),
                ctx);
    }

    /** A srcset of the image and its renditions of the same aspect ratio, or null when there are none. */
    static String srcset(Image i) {
        if (i.width().isEmpty() || i.height().isEmpty()) {
            return null;
        }
        int w = i.width().get();
        int h = i.height().get();
        StringBuilder s = null;
        for (Image.Rendition r : i.renditions()) {
            if ((long) r.width() * h == (long) r.height() * w && r.width() != w && srcsetSafe(r.url())) {
                s = s == null ? new StringBuilder() : s.append(", ");
                s.append(r.url()).append(' ').append(r.width()).append('w');
            }
        }
        if (s == null || !srcsetSafe(i.url())) {
            return null;
        }
        return s.append(", ").append(i.url()).append(' ').append(w).append('w').toString();
    }

    /** URLs in srcset are separated by commas and spaces, so they must contain neither. */
    private static boolean srcsetSafe(String url) {
        return url.indexOf(',') < 0 && url.indexOf(' ') < 0 && HtmlWriter.isSafeUrl(url);
    }

    static void body(ArticlePage page, PartContext ctx) {
        Article a = page.article();
        HtmlWriter out = ctx.out();
        out.start("div", "bs-body").markup("\n");
        if (a.paywalled()) {
            var parts = a.body().splitAfterBlocks(PAYWALL_PREVIEW_BLOCKS);
            Dialect.of(ctx).markup(parts.get(0), ctx);
            if (!parts.get(1).isEmpty()) {
                out.markup("\n").start("div", PAYWALLED_CLASS);
                Dialect.of(ctx).markup(parts.get(1), ctx);
                out.end("div");
            }
        } else {
            Dialect.of(ctx).markup(a.body(), ctx);
        }
        out.markup("\n").end("div").markup("\n");
        if (a.paywalled()) {
            out.start("p", "bs-paywall-note").text(ctx.labels().get("article.paywall")).end("p").markup("\n");
        }
    }

    static void credit(ArticlePage page, PartContext ctx) {
        Optional<Credit> credit = page.article().credit();
        if (credit.isEmpty()) {
            return;
        }
        Credit c = credit.get();
        HtmlWriter out = ctx.out();
        out.start("p", "bs-source").text(ctx.labels().get("article.source")).text(": ");
        if (c.url().isPresent()) {
            out.open("a").urlAttr("href", c.url().get()).close().text(c.source()).end("a");
        } else {
            out.text(c.source());
        }
        if (c.dateline().isPresent()) {
            out.text(" (").start("span", "bs-dateline").text(c.dateline().get()).end("span").text(")");
        }
        out.end("p").markup("\n");
    }

    static void corrections(ArticlePage page, PartContext ctx) {
        List<Correction> corrections = page.article().corrections();
        if (corrections.isEmpty()) {
            return;
        }
        HtmlWriter out = ctx.out();
        out.open("aside").attr("class", "bs-corrections").attr("aria-labelledby", "bs-corrections-title").close();
        out.open("h2").attr("id", "bs-corrections-title").close().text(ctx.labels().get("article.corrections"))
                .end("h2");
        out.start("ul");
        for (Correction c : corrections) {
            out.start("li").open("time").attr("datetime", iso(c.at(), ctx.site().zone())).close()
                    .text(ctx.labels().dateTime(c.at(), ctx.site().zone())).end("time").text(" \u2014 ")
                    .text(c.note()).end("li");
        }
        out.end("ul").end("aside").markup("\n");
    }

    static void tags(ArticlePage page, PartContext ctx) {
        List<Tag> tags = page.article().tags();
        if (tags.isEmpty()) {
            return;
        }
        HtmlWriter out = ctx.out();
        out.open("nav").attr("class", "bs-tags").attr("aria-label", ctx.labels().get("article.tags")).close()
                .start("ul");
        for (Tag t : tags) {
            out.start("li").open("a").attr("rel", "tag").urlAttr("href", ctx.href(ctx.links().tag(t, 1))).close()
                    .text(t.name()).end("a").end("li");
        }
        out.end("ul").end("nav").markup("\n");
    }

    // ---------------------------------------------------------------- comments

    static void comments(ArticlePage page, PartContext ctx) {
        CommentThread thread = page.commentThread();
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        out.open("section").attr("class", "bs-comments").attr("id", "comments")
                .attr("aria-labelledby", "bs-comments-title").close().markup("\n");
        int n = thread.approvedCount();
        out.open("h2").attr("id", "bs-comments-title").close()
                .text(n == 0 ? labels.get("comments.none") : labels.count("comments.count", n)).end("h2")
                .markup("\n");
        if (!thread.roots().isEmpty()) {
            out.start("ol", "bs-comment-list").markup("\n");
            for (CommentThread.Node node : thread.roots()) {
                ctx.render(Part.COMMENT, node);
            }
            out.end("ol").markup("\n");
        }
        if (page.article().commentMode() == CommentMode.CLOSED) {
            out.start("p", "bs-comments-closed").text(labels.get("comments.closed")).end("p").markup("\n");
        }
        out.end("section").markup("\n");
    }

    /**
     * One comment and its replies. A page has many, so the markup that is the same for every comment is written as
     * whole constants rather than tag by tag; names, dates, URLs and ids still go through the writer's escaping.
     */
    static void comment(CommentThread.Node node, PartContext ctx, AvatarProvider avatars) {
        HtmlWriter out = ctx.out();
        Comment c = node.comment();
        out.markup(node.removed() ? "<li class=\"bs-comment bs-comment-removed\"" : "<li class=\"bs-comment\"")
                .attr("id", "comment-" + c.id()).close();
        if (node.removed()) {
            out.markup("<p class=\"bs-comment-text\">").text(ctx.labels().get("comments.removed")).markup("</p>");
        } else {
            out.markup("<article class=\"bs-comment-card\"><footer class=\"bs-comment-meta\">");
            avatar(c, ctx, avatars);
            out.markup("<span class=\"bs-comment-author\">");
            if (c.author().url().isPresent()) {
                out.markup("<a rel=\"ugc nofollow noopener\"").urlAttr("href", c.author().url().get()).close()
                        .text(c.author().name()).markup("</a>");
            } else {
                out.text(c.author().name());
            }
            out.markup("</span> <time").attr("datetime", iso(c.createdAt(), ctx.site().zone())).close()
                    .text(ctx.labels().dateTime(c.createdAt(), ctx.site().zone()))
                    .markup("</time></footer><div class=\"bs-comment-text\">");
            Dialect.of(ctx).markup(c.body(), ctx);
            out.markup("</div></article>");
        }
        if (!node.replies().isEmpty()) {
            out.markup("<ol class=\"bs-comment-replies\">");
            for (CommentThread.Node reply : node.replies()) {
                ctx.render(Part.COMMENT, reply);
            }
            out.markup("</ol>");
        }
        out.markup("</li>\n");
    }

    /**
     * The commenter's avatar from the host's provider, as a decorative image (the name beside it says who it is).
     * A URL that is not absolute http(s) is not shown: the provider is the host's code, and a page must not break
     * because of one avatar.
     */
    private static void avatar(Comment c, PartContext ctx, AvatarProvider avatars) {
        Optional<String> url = avatars.avatarUrl(c.author());
        if (url.isEmpty()) {
            return;
        }
        List<dev.broadsheet.validation.Violation> problems = Image.builder().url(url.get()).decorative(true)
                .size(AVATAR_SIZE, AVATAR_SIZE).validate();
        if (problems.isEmpty()) {
            ctx.out().start("span", "bs-avatar");
            ctx.render(Part.IMAGE, Image.builder().url(url.get()).decorative(true).size(AVATAR_SIZE, AVATAR_SIZE)
                    .build());
            ctx.out().end("span").text(" ");
        }
    }

    /** Width and height of avatars, in CSS pixels. */
    static final int AVATAR_SIZE = 40;

    static void commentForm(ArticlePage page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        FormState form = page.commentForm();
        Article a = page.article();
        out.open("section").attr("class", "bs-respond").attr("id", "respond")
                .attr("aria-labelledby", "bs-respond-title").close().markup("\n");
        out.open("h2").attr("id", "bs-respond-title").close().text(labels.get("form.reply.title")).end("h2")
                .markup("\n");
        errorSummary(form, "bs-comment-", ctx);
        Dialect.of(ctx).formStart("bs-form", ctx.links().commentAction(a), ctx);
        out.open("p").attr("class", "bs-form-note").attr("id", "bs-email-notes").close()
                .text(labels.get("form.email.notice")).text(" ")
                .start("span", "bs-required-note").text(labels.get("form.required.notice")).end("span").end("p")
                .markup("\n");
        field(ctx, form, "bs-comment-", FormFields.COMMENT, "form.comment", "textarea", null, null, 65_525, true,
                null);
        field(ctx, form, "bs-comment-", FormFields.NAME, "form.name", "text", "name", null, 245, true, null);
        field(ctx, form, "bs-comment-", FormFields.EMAIL, "form.email", "email", "email", null, 254, true,
                "bs-email-notes");
        field(ctx, form, "bs-comment-", FormFields.URL, "form.website", "url", "url", null, 2000, false, null);
        out.open("div").attr("class", "bs-hp").attr("aria-hidden", "true").close()
                .open("label").attr("for", "bs-comment-hp").close().text(labels.get("form.honeypot")).end("label")
                .open("input").attr("id", "bs-comment-hp").attr("name", FormFields.HONEYPOT).attr("type", "text")
                .attr("tabindex", "-1").attr("autocomplete", "off").close().end("div").markup("\n");
        hidden(out, FormFields.ARTICLE_ID, a.id());
        hidden(out, FormFields.PARENT_ID, page.replyTo().orElse(form.value(FormFields.PARENT_ID)));
        ctx.csrfToken().ifPresent(t -> hidden(out, FormFields.CSRF_TOKEN, t));
        page.commentFormFields().forEach((k, v) -> hidden(out, k, v));
        out.start("p", "bs-actions").open("button").attr("type", "submit").close().text(labels.get("form.submit"))
                .end("button").end("p").markup("\n");
        Dialect.of(ctx).formEnd(Dialect.Form.COMMENT, ctx);
        out.end("form").markup("\n").end("section").markup("\n");
    }

    static void newsletterForm(Page page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        FormState form = page.newsletterForm();
        out.open("aside").attr("class", "bs-newsletter").attr("aria-labelledby", "bs-newsletter-title").close()
                .markup("\n");
        out.open("h2").attr("id", "bs-newsletter-title").close().text(labels.get("newsletter.title")).end("h2")
                .markup("\n");
        out.start("p", "bs-newsletter-intro").text(labels.get("newsletter.intro")).end("p").markup("\n");
        errorSummary(form, "bs-newsletter-", ctx);
        Dialect.of(ctx).formStart("bs-form bs-newsletter-form", ctx.links().subscribeAction(), ctx);
        field(ctx, form, "bs-newsletter-", FormFields.EMAIL, "newsletter.email", "email", "email", null, 254, true,
                null);
        String consentId = "bs-newsletter-" + FormFields.CONSENT;
        out.start("p", "bs-field bs-consent").open("input").attr("type", "checkbox").attr("id", consentId)
                .attr("name", FormFields.CONSENT).attr("value", "yes").attr("required");
        if ("yes".equals(form.value(FormFields.CONSENT))) {
            out.attr("checked");
        }
        if (form.hasError(FormFields.CONSENT)) {
            out.attr("aria-invalid", "true").attr("aria-describedby", consentId + "-error");
        }
        out.close().text(" ").open("label").attr("for", consentId).close()
                .text(ctx.site().consentText().orElseGet(() -> labels.get("newsletter.consent"))).end("label");
        if (form.hasError(FormFields.CONSENT)) {
            out.open("span").attr("class", "bs-error").attr("id", consentId + "-error").close()
                    .text(form.errors().get(FormFields.CONSENT)).end("span");
        }
        out.end("p").markup("\n");
        hidden(out, FormFields.CONSENT_VERSION, ctx.site().consentVersion());
        ctx.csrfToken().ifPresent(t -> hidden(out, FormFields.CSRF_TOKEN, t));
        out.start("p", "bs-actions").open("button").attr("type", "submit").close()
                .text(labels.get("newsletter.submit")).end("button").end("p").markup("\n");
        Dialect.of(ctx).formEnd(Dialect.Form.NEWSLETTER, ctx);
        out.end("form").markup("\n").end("aside").markup("\n");
    }

    private static void errorSummary(FormState form, String prefix, PartContext ctx) {
        if (form.errors().isEmpty()) {
            return;
        }
        HtmlWriter out = ctx.out();
        out.open("div").attr("class", "bs-form-errors").attr("role", "alert").close()
                .start("p").text(ctx.labels().get("form.errors.title")).end("p").start("ul");
        form.errors().forEach((field, message) -> {
            out.start("li");
            if (field.isEmpty()) {
                out.text(message);
            } else {
                out.open("a").attr("href", "#" + prefix + field).close().text(message).end("a");
            }
            out.end("li");
        });
        out.end("ul").end("div").markup("\n");
    }

    /** One labelled form control with its error message, value kept. */
    private static void field(PartContext ctx, FormState form, String prefix, String name, String labelKey,
            String type, String autocomplete, String placeholder, int maxLength, boolean required,
            String describedBy) {
        HtmlWriter out = ctx.out();
        String id = prefix + name;
        String errorId = id + "-error";
        boolean error = form.hasError(name);
        out.start("p", error ? "bs-field bs-field-error" : "bs-field");
        out.open("label").attr("for", id).close().text(ctx.labels().get(labelKey));
        if (required) {
            out.text(" ").open("span").attr("class", "bs-required").attr("aria-hidden", "true").close().text("*")
                    .end("span");
        }
        out.end("label");
        boolean textarea = type.equals("textarea");
        String value = form.value(name);
        out.open(textarea ? "textarea" : "input").attr("id", id).attr("name", name);
        if (!textarea) {
            if (type.equals("url") && !value.isEmpty() && !ABSOLUTE_URL.matcher(value).matches()) {
                // keep what the reader typed: an invalid value on type="url" is invalid HTML, so the field becomes
                // a text field with a URL keyboard until the value is fixed
                out.attr("type", "text").attr("inputmode", "url");
            } else {
                out.attr("type", type);
            }
        } else {
            out.attr("rows", 6);
        }
        if (autocomplete != null) {
            out.attr("autocomplete", autocomplete);
        }
        out.attr("maxlength", maxLength);
        if (required) {
            out.attr("required");
        }
        String described = describedBy;
        if (error) {
            out.attr("aria-invalid", "true");
            described = described == null ? errorId : described + " " + errorId;
        }
        if (described != null) {
            out.attr("aria-describedby", described);
        }
        if (textarea) {
            out.close().text(value).end("textarea");
        } else {
            if (!value.isEmpty()) {
                out.attr("value", value);
            }
            out.close();
        }
        if (error) {
            out.open("span").attr("class", "bs-error").attr("id", errorId).close().text(form.errors().get(name))
                    .end("span");
        }
        out.end("p").markup("\n");
    }

    /** What a {@code type="url"} field may hold: an absolute URL without spaces or characters URLs escape. */
    private static final java.util.regex.Pattern ABSOLUTE_URL =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"<>\\\\^`{|}]+");

    private static void hidden(HtmlWriter out, String name, String value) {
        out.open("input").attr("type", "hidden").attr("name", name).attr("value", value).close().markup("\n");
    }

    // ---------------------------------------------------------------- listings

    static String listingHeading(ListingPage l, Labels labels) {
        return switch (l.kind()) {
            case HOME -> labels.get("listing.latest");
            case SECTION -> l.section().orElseThrow().name();
            case TAG -> labels.format("listing.tag", l.tag().orElseThrow().name());
            case AUTHOR -> labels.format("listing.author", l.author().orElseThrow().name());
        };
    }

    static void listing(ListingPage page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        out.open("section").attr("class", "bs-listing").attr("aria-labelledby", "bs-listing-title").close()
                .markup("\n");
        out.open("h1").attr("id", "bs-listing-title").attr("class", "bs-listing-title").close()
                .text(listingHeading(page, labels)).end("h1").markup("\n");
        String intro = description(page, ctx);
        if (page.kind() == ListingPage.Kind.AUTHOR) {
            Person p = page.author().orElseThrow();
            out.start("div", "bs-author-card");
            if (p.image().isPresent()) {
                ctx.render(Part.IMAGE, p.image().get());
            }
            if (p.jobTitle().isPresent()) {
                out.start("p", "bs-job-title").text(p.jobTitle().get()).end("p");
            }
            if (p.bio().isPresent()) {
                out.start("p", "bs-bio").text(p.bio().get()).end("p");
            }
            if (!p.sameAs().isEmpty()) {
                out.start("ul", "bs-profiles");
                for (String link : p.sameAs()) {
                    out.start("li").open("a").attr("rel", "me noopener").urlAttr("href", link).close().text(host(link))
                            .end("a").end("li");
                }
                out.end("ul");
            }
            out.end("div").markup("\n");
        } else if (!intro.isEmpty()) {
            out.start("p", "bs-listing-intro").text(intro).end("p").markup("\n");
        }
        if (page.articles().isEmpty()) {
            out.start("p", "bs-empty").text(labels.get("listing.empty")).end("p").markup("\n");
        } else {
            out.start("ol", "bs-teasers").markup("\n");
            for (Article a : page.articles()) {
                out.start("li");
                ctx.render(Part.TEASER, a);
                out.end("li").markup("\n");
            }
            out.end("ol").markup("\n");
        }
        if (page.pageCount() > 1) {
            out.open("nav").attr("class", "bs-pagination").attr("aria-label", labels.get("nav.pagination")).close();
            if (page.page() > 1) {
                out.open("a").attr("rel", "prev").urlAttr("href", pageLink(page, page.page() - 1, ctx)).close()
                        .text(labels.get("nav.newer")).end("a").text(" ");
            }
            out.start("span", "bs-page").text(labels.format("nav.page", page.page(), page.pageCount())).end("span");
            if (page.page() < page.pageCount()) {
                out.text(" ").open("a").attr("rel", "next").urlAttr("href", pageLink(page, page.page() + 1, ctx))
                        .close().text(labels.get("nav.older")).end("a");
            }
            out.end("nav").markup("\n");
        }
        out.end("section").markup("\n");
    }

    /** The href of another page of a paged listing, as this page writes it. */
    private static String pageLink(ListingPage page, int n, PartContext ctx) {
        return ctx.href(switch (page.kind()) {
            case SECTION -> ctx.links().section(page.section().orElseThrow(), n);
            case TAG -> ctx.links().tag(page.tag().orElseThrow(), n);
            case AUTHOR -> dev.broadsheet.render.Links.paged(ctx.links().author(page.author().orElseThrow()), n);
            default -> dev.broadsheet.render.Links.paged(pageUrl(page, ctx), n);
        });
    }

    private static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static void teaser(Article a, PartContext ctx) {
        HtmlWriter out = ctx.out();
        out.start("article", "bs-teaser");
        String lang = language(a, ctx);
        if (a.featuredImage().isPresent()) {
            out.start("div", "bs-teaser-image");
            ctx.render(Part.IMAGE, a.featuredImage().get());
            out.end("div");
        }
        out.start("div", "bs-teaser-text");
        if (a.section().isPresent()) {
            out.start("p", "bs-kicker").text(a.section().get().name()).end("p");
        }
        out.open("h2").attr("class", "bs-teaser-title");
        if (!lang.equals(ctx.labels().language())) {
            out.attr("lang", lang).attr("dir", Labels.direction(Locale.forLanguageTag(lang)));
        }
        out.close().open("a").urlAttr("href", ctx.href(ctx.canonicalUrl(a))).close().text(a.headline()).end("a")
                .end("h2");
        String summary = a.dek().or(a::description).orElse("");
        if (!summary.isEmpty()) {
            out.open("p").attr("class", "bs-teaser-dek");
            if (!lang.equals(ctx.labels().language())) {
                out.attr("lang", lang).attr("dir", Labels.direction(Locale.forLanguageTag(lang)));
            }
            out.close().text(summary).end("p");
        }
        Optional<Instant> shown = a.displayDate().or(a::publishedAt);
        if (shown.isPresent()) {
            out.open("time").attr("datetime", iso(shown.get(), ctx.site().zone())).close()
                    .text(ctx.labels().date(shown.get(), ctx.site().zone())).end("time");
        }
        out.end("div").end("article");
    }
}
