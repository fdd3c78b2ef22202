package dev.broadsheet.render.internal;

import static dev.broadsheet.render.internal.HtmlParts.language;
import static dev.broadsheet.render.internal.HtmlParts.time;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.html.TagMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in parts of an article: its header, byline, featured image, body (with the paywalled part marked),
 * agency credit, corrections and tags. Stateless: one set serves every thread.
 */
final class ArticleParts {

    private ArticleParts() {
    }

    /** The {@code sizes} of an image with renditions: the column is 48rem wide at most. */
    static final String IMAGE_SIZES = "(max-width: 48rem) 100vw, 48rem";

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
            time(shown.get(), "bs-published", true, ctx);
            any = true;
        }
        if (a.modifiedAt().isPresent() && !a.modifiedAt().equals(a.publishedAt())) {
            separator(out, any);
            out.start("span", "bs-updated").text(labels.get("article.updated")).text(" ");
            time(a.modifiedAt().get(), null, true, ctx);
            out.end("span");
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

    static void body(ArticlePage page, PartContext ctx, boolean linkTags) {
        Article a = page.article();
        HtmlWriter out = ctx.out();
        out.start("div", "bs-body").markup("\n");
        SafeHtml body = linkTags ? TagLinks.link(a, ctx) : a.body();
        if (a.paywalled()) {
            var parts = body.splitAfterBlocks(HtmlParts.PAYWALL_PREVIEW_BLOCKS);
            Dialect.of(ctx).markup(parts.get(0), ctx);
            if (!parts.get(1).isEmpty()) {
                out.markup("\n").start("div", HtmlParts.PAYWALLED_CLASS);
                Dialect.of(ctx).markup(parts.get(1), ctx);
                out.end("div");
            }
        } else {
            Dialect.of(ctx).markup(body, ctx);
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
            out.start("li");
            time(c.at(), null, true, ctx);
            out.text(" \u2014 ").text(c.note()).end("li");
        }
        out.end("ul").end("aside").markup("\n");
    }

    /** A tag's first mention in a body, linked to the tag's page. */
    static void tagLink(TagMention mention, PartContext ctx) {
        ctx.out().open("a").attr("class", "bs-tag-link").attr("rel", "tag")
                .urlAttr("href", ctx.href(ctx.links().tag(mention.tag(), 1))).close().text(mention.text()).end("a");
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
}
