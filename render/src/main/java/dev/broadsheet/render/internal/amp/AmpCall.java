package dev.broadsheet.render.internal.amp;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.amp.ImageSizeResolver;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.internal.Dialect;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The AMP dialect for one page: converts sanitized markup, writes {@code amp-img} and {@code amp-form} markup, and
 * records which AMP extensions the page used so that the head can load exactly those. One instance per render
 * call; not thread-safe.
 */
public final class AmpCall implements Dialect {

    /** AMP's required boilerplate, verbatim from the AMP specification. */
    static final String BOILERPLATE = "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s "
            + "1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s "
            + "steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
            + "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes "
            + "-amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:"
            + "hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
            + "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript>"
            + "<style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;"
            + "animation:none}</style></noscript>";

    private final AmpStylesheet stylesheet;
    private final @Nullable ImageSizeResolver sizes;
    private final boolean verbatim;
    private int extensions;

    /**
     * A call's dialect.
     *
     * @param stylesheet the checked stylesheet
     * @param sizes the host's image-size resolver, or null
     */
    public AmpCall(AmpStylesheet stylesheet, @Nullable ImageSizeResolver sizes) {
        this(stylesheet, sizes, true);
    }

    /** With {@code verbatim} false, markup is always converted (tests compare both paths). */
    AmpCall(AmpStylesheet stylesheet, @Nullable ImageSizeResolver sizes, boolean verbatim) {
        this.stylesheet = stylesheet;
        this.sizes = sizes;
        this.verbatim = verbatim;
    }

    void use(Extension extension) {
        extensions |= extension.bit();
    }

    boolean uses(Extension extension) {
        return (extensions & extension.bit()) != 0;
    }

    @Override
    public void markup(SafeHtml html, PartContext ctx) {
        if (verbatim && Verbatim.isValidAmp(html.html())) {
            ctx.out().raw(html);
        } else {
            AmpBody.write(html.html(), this, ctx);
        }
    }

    @Override
    public void image(Image i, PartContext ctx) {
        if (!AmpUrls.web(i.src())) {
            return;
        }
        int width = i.width();
        int height = i.height();
        if ((width <= 0 || height <= 0) && sizes != null) {
            Optional<ImageSizeResolver.Size> size = sizes.size(i.src());
            if (size.isPresent()) {
                width = size.get().width();
                height = size.get().height();
            }
        }
        HtmlWriter out = ctx.out();
        boolean known = width > 0 && height > 0;
        boolean box = !known && i.maxHeight() > 0; // a bounded image (the logo): a square it is fitted into
        if (known && i.maxHeight() > 0 && height > i.maxHeight()) {
            width = (int) Math.max(1, Math.round((double) width * i.maxHeight() / height));
            height = i.maxHeight();
        } else if (box) {
            width = i.maxHeight();
            height = i.maxHeight();
        }
        boolean fill = !known && !box;
        if (fill) {
            out.open("span").attr("class", "bs-amp-fill").close();
        }
        out.open("amp-img");
        if (i.cls() != null) {
            out.attr("class", i.cls());
        }
        out.urlAttr("src", i.src());
        if (i.srcset() != null) {
            out.attr("srcset", i.srcset());
        }
        out.attrIfPresent("alt", i.alt());
        if (fill) {
            out.attr("layout", "fill").attr("object-fit", "contain");
        } else {
            out.attr("width", width).attr("height", height).attr("layout", known ? "intrinsic" : "fixed");
            if (box) {
                out.attr("object-fit", "contain");
            }
        }
        out.close().end("amp-img");
        if (fill) {
            out.end("span");
        }
    }

    @Override
    public void formStart(String cls, String action, PartContext ctx) {
        if (!AmpUrls.https(action)) {
            throw new IllegalStateException("an AMP form posts with action-xhr, which must be an absolute https URL; "
                    + "the Links gave \"" + action + "\"");
        }
        use(Extension.FORM);
        ctx.out().open("form").attr("class", cls).attr("method", "post").attr("action-xhr", action).close()
                .markup("\n");
    }

    @Override
    public void formEnd(Form form, PartContext ctx) {
        use(Extension.MUSTACHE);
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        String sent = form == Form.COMMENT ? labels.get("comments.awaiting") : labels.get("newsletter.sent");
        out.open("div").attr("submit-success").close().open("template").attr("type", "amp-mustache").close()
                .open("p").attr("class", "bs-form-success").attr("role", "status").close()
                .text("{{#message}}{{message}}{{/message}}{{^message}}").text(templateText(sent))
                .text("{{/message}}").end("p").end("template").end("div").markup("\n");
        out.open("div").attr("submit-error").close().open("template").attr("type", "amp-mustache").close()
                .open("div").attr("class", "bs-form-errors").attr("role", "alert").close()
                .start("p").text("{{#message}}{{message}}{{/message}}{{^message}}")
                .text(templateText(labels.get("form.failed"))).text("{{/message}}").end("p")
                .text("{{#errors}}").open("p").attr("class", "bs-error").close().text("{{message}}").end("p")
                .text("{{/errors}}").end("div").end("template").end("div").markup("\n");
    }

    /** Label text inside a template: a double opening brace is broken up so that it cannot open a Mustache tag. */
    private static String templateText(String text) {
        return text.indexOf("{{") < 0 ? text : text.replace("{{", "{\u200B{");
    }

    /**
     * Writes the whole document around a body already rendered through this dialect: the AMP head (charset, the
     * runtime and the extensions the body used, the {@link Part#HEAD} part, the boilerplate, the stylesheet, the
     * {@link Part#JSON_LD} part), then the body.
     *
     * @param ctx the page's context, writing to the final output
     * @param body the rendered {@code <body>}, from {@link HtmlWriter#buffer(int)}
     */
    public void document(PartContext ctx, HtmlWriter body) {
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        Page page = ctx.page();
        out.markup("<!DOCTYPE html>\n");
        out.open("html").attr("\u26A1").attr("lang", labels.language()).attr("dir", labels.direction()).close()
                .markup("\n");
        out.start("head").markup("\n");
        out.open("meta").attr("charset", "utf-8").close().markup("\n");
        out.open("script").attr("async").attr("src", Extension.RUNTIME).close().end("script").markup("\n");
        for (Extension e : Extension.values()) {
            if (uses(e)) {
                out.open("script").attr("async").attr(e.kind(), e.element()).attr("src", e.src()).close()
                        .end("script").markup("\n");
            }
        }
        ctx.render(Part.HEAD, page);
        out.markup(BOILERPLATE).markup("\n");
        out.open("style").attr("amp-custom").close().css(stylesheet.css()).end("style").markup("\n");
        ctx.render(Part.JSON_LD, page);
        out.markup("\n").end("head").markup("\n");
        out.append(body);
        out.end("html").markup("\n");
    }
}
