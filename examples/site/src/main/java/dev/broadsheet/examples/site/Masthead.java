package dev.broadsheet.examples.site;

import dev.broadsheet.model.Section;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.html.PartRenderer;
import java.util.List;

/**
 * The site's replacement for Broadsheet's {@code SITE_HEADER} part: the publication's name, as the built-in part
 * writes it, and under it a navigation bar of the top-level sections, the current one marked. It writes only links
 * and text, so the same renderer serves the HTML and the AMP pages; it shows how a site changes one part of every
 * page without forking the rest.
 */
final class Masthead implements PartRenderer<Page> {

    private final List<Section> sections;

    /**
     * @param sections the sections to link to, in order
     */
    Masthead(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    @Override
    public void render(Page page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        out.start("header", "bs-site-header").markup("\n");
        out.open("a").attr("class", "bs-brand").urlAttr("href", ctx.links().home()).close()
                .open("span").attr("class", "bs-site-name").close().text(ctx.site().name()).end("span").end("a")
                .markup("\n");
        if (!sections.isEmpty()) {
            String current = page instanceof ListingPage l ? l.section().map(s -> s.path().get(0).slug()).orElse("")
                    : "";
            out.open("nav").attr("class", "site-sections").attr("aria-label", "Sections").close().start("ul");
            for (Section s : sections) {
                out.start("li").open("a").urlAttr("href", ctx.links().section(s, 1));
                if (s.slug().equals(current)) {
                    out.attr("aria-current", "page");
                }
                out.close().text(s.name()).end("a").end("li");
            }
            out.end("ul").end("nav").markup("\n");
        }
        out.end("header").markup("\n");
    }
}
