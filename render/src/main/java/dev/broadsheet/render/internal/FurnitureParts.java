package dev.broadsheet.render.internal;

import dev.broadsheet.model.Image;
import dev.broadsheet.model.Section;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in page furniture around the main content: the site header, the breadcrumb, the notice and the
 * site footer with its back-to-top link. Stateless: one set serves every thread.
 */
final class FurnitureParts {

    private FurnitureParts() {
    }

    /** The stylesheet's {@code .bs-logo} height limit, 3rem, in CSS pixels. */
    static final int LOGO_MAX_HEIGHT = 48;

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
                trail.add(new String[] {ListingParts.listingHeading(l, ctx.labels()), HeadParts.pageUrl(l, ctx)});
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
}
