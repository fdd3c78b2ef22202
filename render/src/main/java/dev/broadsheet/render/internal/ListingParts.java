package dev.broadsheet.render.internal;

import static dev.broadsheet.render.internal.HtmlParts.language;
import static dev.broadsheet.render.internal.HtmlParts.time;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in listings: home, section, tag and author pages with their teasers and pagination. Stateless: one set
 * serves every thread.
 */
final class ListingParts {

    private ListingParts() {
    }

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
        String intro = HeadParts.description(page, ctx);
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
            default -> dev.broadsheet.render.Links.paged(HeadParts.pageUrl(page, ctx), n);
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
            time(shown.get(), null, false, ctx);
        }
        out.end("div").end("article");
    }
}
