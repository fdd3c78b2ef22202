package dev.broadsheet.render.internal;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;
import org.jspecify.annotations.Nullable;

/**
 * The few places where a page's markup depends on its format: sanitized markup, images and forms. The built-in
 * parts ({@link HtmlParts}) write everything else themselves and ask the dialect of their call for these, so one
 * set of parts serves both HTML and AMP pages. {@link #HTML} is stateless; an AMP dialect lives for one call and
 * records the AMP components the page uses.
 */
public interface Dialect {

    /** Plain HTML: markup as it is, {@code <img>}, {@code <form action>}. */
    Dialect HTML = new Html();

    /** The forms a page has, for what a dialect writes around them. */
    enum Form {
        /** The "Leave a Reply" form. */
        COMMENT,
        /** The newsletter signup. */
        NEWSLETTER
    }

    /**
     * One image to write.
     *
     * @param cls its class, or null
     * @param src its URL
     * @param alt its text alternative ({@code ""} for a decorative image), or null for none
     * @param width its width in pixels, 0 when unknown
     * @param height its height in pixels, 0 when unknown
     * @param srcset a checked {@code srcset}, or null
     * @param sizes the {@code sizes} for the srcset, or null
     * @param lazy whether it may load lazily
     * @param maxHeight the height in CSS pixels the stylesheet shows it at most, 0 when unbounded (AMP sizes the
     *     element itself)
     */
    record Image(@Nullable String cls, String src, @Nullable String alt, int width, int height,
            @Nullable String srcset, @Nullable String sizes, boolean lazy, int maxHeight) {
    }

    /**
     * The dialect of a render call.
     *
     * @param ctx the context a part got
     * @return its call's dialect; {@link #HTML} for a context that is not a {@link RenderCall}
     */
    static Dialect of(PartContext ctx) {
        return ctx instanceof RenderCall call ? call.dialect() : HTML;
    }

    /** Writes sanitized markup. */
    void markup(SafeHtml html, PartContext ctx);

    /** Writes one image element. */
    void image(Image image, PartContext ctx);

    /** Writes a POST form's start tag (and a line break). */
    void formStart(String cls, String action, PartContext ctx);

    /** Writes what a form needs just before its end tag. */
    void formEnd(Form form, PartContext ctx);

    /** Plain HTML. */
    final class Html implements Dialect {

        private Html() {
        }

        @Override
        public void markup(SafeHtml html, PartContext ctx) {
            ctx.out().raw(html);
        }

        @Override
        public void image(Image i, PartContext ctx) {
            HtmlWriter out = ctx.out().open("img");
            if (i.cls() != null) {
                out.attr("class", i.cls());
            }
            out.urlAttr("src", i.src()).attrIfPresent("alt", i.alt());
            if (i.width() > 0) {
                out.attr("width", i.width());
            }
            if (i.height() > 0) {
                out.attr("height", i.height());
            }
            if (i.srcset() != null) {
                out.attr("srcset", i.srcset()).attrIfPresent("sizes", i.sizes());
            }
            if (i.lazy()) {
                out.attr("loading", "lazy").attr("decoding", "async");
            }
            out.close();
        }

        @Override
        public void formStart(String cls, String action, PartContext ctx) {
            ctx.out().open("form").attr("class", cls).attr("method", "post").urlAttr("action", action).close()
                    .markup("\n");
        }

        @Override
        public void formEnd(Form form, PartContext ctx) {
            // nothing: the browser posts the form and the host answers with a page
        }
    }
}
