package dev.broadsheet.render.internal;

import dev.broadsheet.comments.AvatarProvider;
import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.Image;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.html.PartRenderer;
import dev.broadsheet.render.html.TagMention;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

    private HtmlParts() {
    }

    /** The default renderer of every part. */
    public static Map<Part<?>, PartRenderer<?>> defaults(JsonLdSource jsonLd) {
        return defaults(jsonLd, AvatarProvider.none(), false);
    }

    /**
     * The default renderer of every part, with avatars beside commenters' names from the host's provider, and with
     * the first mention of each tag in a body linked when {@code linkTags} is true.
     */
    public static Map<Part<?>, PartRenderer<?>> defaults(JsonLdSource jsonLd, AvatarProvider avatars,
            boolean linkTags) {
        Map<Part<?>, PartRenderer<?>> m = new HashMap<>();
        m.put(Part.HEAD, (PartRenderer<Page>) HeadParts::head);
        m.put(Part.JSON_LD, (PartRenderer<Page>) (page, ctx) -> ctx.out().jsonScript(w -> jsonLd.json(page, w)));
        m.put(Part.SITE_HEADER, (PartRenderer<Page>) FurnitureParts::siteHeader);
        m.put(Part.BREADCRUMB, (PartRenderer<Page>) FurnitureParts::breadcrumb);
        m.put(Part.NOTICE, (PartRenderer<Page>) FurnitureParts::notice);
        m.put(Part.ARTICLE, (PartRenderer<ArticlePage>) ArticleParts::article);
        m.put(Part.ARTICLE_HEADER, (PartRenderer<ArticlePage>) ArticleParts::articleHeader);
        m.put(Part.BYLINE, (PartRenderer<ArticlePage>) ArticleParts::byline);
        m.put(Part.FEATURED_IMAGE, (PartRenderer<ArticlePage>) ArticleParts::featuredImage);
        m.put(Part.IMAGE, (PartRenderer<Image>) ArticleParts::image);
        m.put(Part.BODY, (PartRenderer<ArticlePage>) (page, ctx) -> ArticleParts.body(page, ctx, linkTags));
        m.put(Part.TAG_LINK, (PartRenderer<TagMention>) ArticleParts::tagLink);
        m.put(Part.CREDIT, (PartRenderer<ArticlePage>) ArticleParts::credit);
        m.put(Part.CORRECTIONS, (PartRenderer<ArticlePage>) ArticleParts::corrections);
        m.put(Part.TAGS, (PartRenderer<ArticlePage>) ArticleParts::tags);
        m.put(Part.COMMENTS, (PartRenderer<ArticlePage>) CommentParts::comments);
        m.put(Part.COMMENT, (PartRenderer<CommentThread.Node>) (node, ctx) -> CommentParts.comment(node, ctx,
                avatars));
        m.put(Part.COMMENT_FORM, (PartRenderer<ArticlePage>) FormParts::commentForm);
        m.put(Part.NEWSLETTER_FORM, (PartRenderer<Page>) FormParts::newsletterForm);
        m.put(Part.LISTING, (PartRenderer<ListingPage>) ListingParts::listing);
        m.put(Part.TEASER, (PartRenderer<Article>) ListingParts::teaser);
        m.put(Part.SITE_FOOTER, (PartRenderer<Page>) FurnitureParts::siteFooter);
        return m;
    }

    /**
     * The canonical URL of an article page: the article's canonical URL on the first page of comments and for an
     * article whose canonical URL names another page; otherwise the URL of the shown page of comments.
     *
     * @param page the page
     * @param links the site's links
     * @return an absolute URL
     */
    public static String canonicalUrl(ArticlePage page, Links links) {
        Article a = page.article();
        String own = links.article(a);
        String canonical = a.canonicalUrl().orElse(own);
        return page.commentPage() == 1 || !canonical.equals(own) ? canonical : links.commentPage(a, page.commentPage());
    }

    /** Writes the JSON-LD document of a page, such as {@code JsonLdRenderer::json}. */
    @FunctionalInterface
    public interface JsonLdSource {
        void json(Page page, Appendable out);
    }

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

    /**
     * An article's description for its page and its JSON-LD: its own, or the excerpt of its body.
     *
     * @param article the article
     * @return the description, empty only when the article has neither
     */
    public static String description(Article article) {
        return article.description().orElseGet(() -> article.body().excerpt());
    }

    /**
     * An instant as ISO 8601 with the site's offset, as {@code datetime} attributes and Open Graph want it: exactly
     * what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes. Pages format one or two per comment, so the usual
     * case (whole seconds, years 0 to 9999, an offset in whole minutes) is written directly; the formatter, which
     * goes through {@code BigDecimal} for the absent fraction, handles the rest.
     */
    public static String iso(Instant at, ZoneId zone) {
        char[] c = new char[ISO_MAX];
        int n = iso(at, zone, c);
        return n < 0 ? OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                : new String(c, 0, n);
    }

    /**
     * Writes {@code name="…"} with {@link #iso(Instant, ZoneId)} of the instant, formatted into the call's array
     * rather than a string.
     */
    static void isoAttr(String name, Instant at, ZoneId zone, PartContext ctx) {
        if (ctx instanceof RenderCall call) {
            char[] c = call.scratch(ISO_MAX);
            int n = iso(at, zone, c);
            if (n >= 0) {
                WriterAccess.attr(ctx.out(), name, c, n);
                return;
            }
        }
        ctx.out().attr(name, iso(at, zone));
    }

    /**
     * Writes a {@code <time>} element for the instant in the site's zone: its {@code datetime} attribute and, as its
     * text, {@link Labels#dateTime(Instant, ZoneId)} (or {@link Labels#date(Instant, ZoneId)} without the time).
     *
     * @param cls the element's class, or null for none
     */
    static void time(Instant at, @Nullable String cls, boolean withTime, PartContext ctx) {
        HtmlWriter out = ctx.out();
        ZoneId zone = ctx.site().zone();
        out.open("time");
        if (cls != null) {
            out.attr("class", cls);
        }
        isoAttr("datetime", at, zone, ctx);
        out.close();
        labelText(withTime ? Registered.DATE_TIME : Registered.DATE, at, zone, ctx);
        out.end("time");
    }

    /**
     * Writes {@link Labels#dateTime(Instant, ZoneId)} of the instant as text, formatted into the call's array rather
     * than a string.
     */
    static void dateTimeText(Instant at, ZoneId zone, PartContext ctx) {
        labelText(Registered.DATE_TIME, at, zone, ctx);
    }

    private static void labelText(Registered<Labels, DatePattern> which, Instant at, ZoneId zone, PartContext ctx) {
        DatePattern pattern = which.of(ctx.labels());
        if (ctx instanceof RenderCall call) {
            char[] c = call.scratch(pattern.maxLength());
            int n = pattern.format(at, zone, c);
            if (n >= 0 && n <= Utf8Out.CHUNK) {
                WriterAccess.text(ctx.out(), c, n);
                return;
            }
        }
        ctx.out().text(pattern.format(at, zone));
    }

    /** The most characters {@link #iso(Instant, ZoneId, char[])} writes. */
    static final int ISO_MAX = 25;

    /**
     * Writes {@link #iso(Instant, ZoneId)} of the usual case into {@code c} from its start, allocating nothing.
     *
     * @return how many characters were written (20 or 25); -1, with nothing written, for instants with a fraction of
     *     a second, years outside 0 to 9999 and offsets with seconds
     */
    static int iso(Instant at, ZoneId zone, char[] c) {
        int offsetSeconds = zone.getRules().getOffset(at).getTotalSeconds();
        if (at.getNano() != 0 || offsetSeconds % 60 != 0) {
            return -1;
        }
        long local = at.getEpochSecond() + offsetSeconds;
        int ymd = DatePattern.civil(Math.floorDiv(local, DatePattern.SECONDS_PER_DAY));
        if (ymd < 0) {
            return -1;
        }
        int secondOfDay = (int) Math.floorMod(local, DatePattern.SECONDS_PER_DAY);
        digits(c, 0, ymd / 10_000, 4);
        c[4] = '-';
        digits(c, 5, ymd / 100 % 100, 2);
        c[7] = '-';
        digits(c, 8, ymd % 100, 2);
        c[10] = 'T';
        digits(c, 11, secondOfDay / 3600, 2);
        c[13] = ':';
        digits(c, 14, secondOfDay / 60 % 60, 2);
        c[16] = ':';
        digits(c, 17, secondOfDay % 60, 2);
        if (offsetSeconds == 0) {
            c[19] = 'Z';
            return 20;
        }
        int minutes = Math.abs(offsetSeconds) / 60;
        c[19] = offsetSeconds < 0 ? '-' : '+';
        digits(c, 20, minutes / 60, 2);
        c[22] = ':';
        digits(c, 23, minutes % 60, 2);
        return 25;
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
}
