package dev.broadsheet.render.amp;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Stylesheet;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartRenderer;
import dev.broadsheet.render.internal.HtmlParts;
import dev.broadsheet.render.internal.PartRegistry;
import dev.broadsheet.render.internal.Registered;
import dev.broadsheet.render.internal.RenderCall;
import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.WriterAccess;
import dev.broadsheet.render.internal.amp.AmpCall;
import dev.broadsheet.render.internal.amp.AmpStylesheet;
import dev.broadsheet.render.internal.amp.AmpUrls;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders the AMP version of an article page: a document the official AMP validator accepts, paired with the HTML
 * page (its {@code <link rel="canonical">} points there; the HTML page links back with {@code rel="amphtml"}).
 *
 * <p>An AMP renderer is made from an {@link HtmlRenderer} and shares its site, links, labels, JSON-LD and part
 * renderers, so a site configures them once; this builder adds only what is AMP's own. It is immutable and
 * thread-safe, and streams to any {@link Appendable}.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder().site(site).build();
 * AmpRenderer amp = AmpRenderer.of(html);                 // or AmpRenderer.builder(html)...build()
 * String page = amp.render(ArticlePage.builder(article).comments(comments).build());
 * }</pre>
 *
 * <h2>The document</h2>
 * {@code <!DOCTYPE html>}, {@code <html ⚡ lang dir>}, then in the head: {@code <meta charset="utf-8">} first, the
 * AMP runtime, the script of each AMP extension the page uses (once each, with its version: {@code amp-form} 0.1,
 * {@code amp-iframe} 0.1, {@code amp-youtube} 0.1, {@code amp-vimeo} 0.1, {@code amp-video} 0.1,
 * {@code amp-audio} 0.1, {@code amp-mustache} 0.2), the {@link Part#HEAD} part (viewport, title, description,
 * the canonical link, Open Graph; without the stylesheet link), AMP's boilerplate style, the stylesheet in
 * {@code <style amp-custom>}, the {@link Part#JSON_LD} part; then the same body as the HTML page.
 *
 * <h2>How the body becomes AMP</h2>
 * The parts are the HTML renderer's; on an AMP page ({@code PartContext.amp()}) the built-in ones write:
 * <ul>
 *   <li><b>images</b> (the featured image, author portraits, the logo, {@code img} in bodies) as {@code amp-img}
 *       with {@code layout="intrinsic"} and their width and height, {@code srcset} kept; when the size is
 *       unknown, the {@link ImageSizeResolver} is asked, and failing that the image is fitted into a 16:9 box
 *       ({@code layout="fill"}, {@code object-fit="contain"}) — never an invalid tag;</li>
 *   <li><b>sanitized markup</b> (bodies, comments): markup that is already valid AMP as it is (most comments, and
 *       bodies without images or embeds) is written unchanged, without parsing; anything else is parsed once and
 *       converted in one walk, an allow-list: {@code p}, headings, lists, quotes, {@code figure},
 *       {@code figcaption}, tables, links and the other text-level elements of the sanitizer's vocabulary are
 *       kept with their attributes checked again (ids that could shadow DOM properties and {@code i-amphtml-}
 *       classes are dropped, and URLs with a scheme AMP refuses); YouTube and Vimeo {@code iframe}s become
 *       {@code amp-youtube} and {@code amp-vimeo} (the video id taken only in its exact form), other https
 *       {@code iframe}s a sandboxed {@code amp-iframe} with a placeholder; {@code video} and {@code audio} (should
 *       a policy allow them) {@code amp-video} and {@code amp-audio}, https only; code, styles, forms and foreign
 *       markup are dropped with their content; anything else is unwrapped;</li>
 *   <li><b>forms</b> (comments, newsletter) with {@code amp-form}: {@code method="post"} and {@code action-xhr}
 *       (an absolute https URL from the {@link dev.broadsheet.render.Links}; there is no {@code action}), the
 *       honeypot kept, and {@code submit-success} / {@code submit-error} templates ({@code amp-mustache});</li>
 *   <li>no CSRF token: AMP caches serve one copy of a page to every reader, so the endpoint checks the request's
 *       origin instead (below).</li>
 * </ul>
 * A site's own part renderer runs on AMP pages too: one that writes images or embeds itself should check
 * {@code PartContext.amp()} and otherwise delegate with {@code renderDefault}, or be replaced for AMP with
 * {@link Builder#part(Part, PartRenderer)}.
 *
 * <h2>The form endpoints</h2>
 * amp-form posts with {@code fetch} ({@code multipart/form-data}, with credentials), and readers of a cached copy
 * post from the AMP cache's origin, so AMP submissions carry no CSRF token; their origin protects them instead.
 * The endpoints behind {@code Links.commentAction(article)} and {@code Links.subscribeAction()} must, before
 * anything else:
 * <ol>
 *   <li>refuse (403) a request whose {@code Origin} header is present but is neither the site's own origin nor
 *       the site's origin on an AMP cache — each {@code cacheDomain} of
 *       {@code https://cdn.ampproject.org/caches.json}, with the site's domain as the subdomain (dots become
 *       {@code -}, dashes {@code --}), for example {@code https://news-example-com.cdn.ampproject.org};</li>
 *   <li>treat as an AMP submission a request with {@code AMP-Same-Origin: true} (the runtime sends this custom
 *       header from the site's own origin, and no other site can send it without passing a CORS preflight) or
 *       with an AMP cache's {@code Origin}; anything else is an ordinary post from the HTML page and needs the
 *       host's CSRF token as usual;</li>
 *   <li>answer an AMP submission with {@code Access-Control-Allow-Origin} set to the request's {@code Origin}
 *       (the site's own origin for {@code AMP-Same-Origin}; never {@code *}),
 *       {@code Access-Control-Allow-Credentials: true} and a JSON body. A 2xx answer shows the
 *       {@code submit-success} template: its {@code message} if any, else "Your comment is awaiting moderation."
 *       or "Thank you. Please check your inbox to confirm your subscription." A 4xx or 5xx answer shows
 *       {@code submit-error}: its {@code message} if any, else a generic apology, and a line per entry of
 *       {@code errors}: {@code {"message": "…", "errors": [{"field": "email", "message": "…"}]}}. To send the
 *       reader to another page instead, add {@code AMP-Redirect-To: <https URL>} and
 *       {@code Access-Control-Expose-Headers: AMP-Redirect-To};</li>
 *   <li>validate the fields exactly as for the HTML form (the honeypot {@code bs_hp} must be empty).</li>
 * </ol>
 * The older protocol's {@code __amp_source_origin} parameter and {@code AMP-Access-Control-Allow-Source-Origin}
 * header are no longer part of AMP's CORS rules; an endpoint need not send the header.
 *
 * <h2>Failures</h2>
 * {@link Builder#build()} throws {@link IllegalArgumentException} when the stylesheet does not fit AMP (with its
 * size in bytes) or the subscribe action is not an absolute https URL. {@code render} throws
 * {@link IllegalStateException} before writing anything when the page's canonical URL is not an absolute http(s)
 * URL or its comment form would post to anything but an absolute https URL.
 *
 * @since 0.1.0
 */
public final class AmpRenderer {

    /** AMP's limit for the inlined stylesheet, {@code <style amp-custom>}, in bytes of UTF-8. */
    public static final int MAX_STYLESHEET_BYTES = AmpStylesheet.MAX_BYTES;

    private final HtmlRenderer html;
    private final PartRegistry parts;
    private final AmpStylesheet stylesheet;
    private final @Nullable ImageSizeResolver sizes;

    private AmpRenderer(Builder b) {
        this.html = b.html;
        PartRegistry shared = Registered.HTML_PARTS.of(html);
        Map<Part<?>, PartRenderer<?>> custom = new HashMap<>(shared.custom());
        custom.putAll(b.parts);
        this.parts = new PartRegistry(custom, shared.defaults());
        this.stylesheet = AmpStylesheet.of(b.stylesheet);
        this.sizes = b.sizes;
        String subscribe = html.links().subscribeAction();
        if (!AmpUrls.https(subscribe)) {
            throw new IllegalArgumentException("html: its Links.subscribeAction() must be an absolute https URL for "
                    + "an AMP form to post to, was \"" + subscribe + "\"");
        }
    }

    /**
     * An AMP renderer with every default, sharing an HTML renderer's configuration.
     *
     * @param html the HTML renderer whose site, links, labels, JSON-LD and parts to use
     * @return the renderer
     * @throws IllegalArgumentException as {@link Builder#build()}
     */
    public static AmpRenderer of(HtmlRenderer html) {
        return builder(html).build();
    }

    /**
     * Starts configuring an AMP renderer that shares an HTML renderer's configuration.
     *
     * @param html the HTML renderer whose site, links, labels, JSON-LD and parts to use
     * @return a builder
     */
    public static Builder builder(HtmlRenderer html) {
        return new Builder(Objects.requireNonNull(html, "html"));
    }

    /** @return the HTML renderer whose configuration this one shares */
    public HtmlRenderer html() {
        return html;
    }

    /** @return the size of the inlined stylesheet in bytes of UTF-8, at most {@value #MAX_STYLESHEET_BYTES} */
    public int stylesheetBytes() {
        return stylesheet.bytes();
    }

    /**
     * Writes the AMP page of an article.
     *
     * @param page the article page; its comments are shown as on the HTML page (approved ones, threaded)
     * @param out where to write
     * @throws IllegalStateException when the canonical URL or the comment form's action cannot be used in AMP
     *     (nothing is written then)
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    public void render(ArticlePage page, Appendable out) {
        Objects.requireNonNull(page, "page");
        render(page, new HtmlWriter(Objects.requireNonNull(out, "out")));
    }

    /**
     * Writes the AMP page of an article as UTF-8, appended to what the buffer holds: the bytes of
     * {@link #render(ArticlePage, Appendable)}, with no string in between. When rendering fails, the buffer keeps
     * what it held before.
     *
     * @param page the article page
     * @param out the buffer; reuse one per thread with {@link Utf8Buffer#clear()}
     * @throws IllegalStateException as {@link #render(ArticlePage, Appendable)}, or when the buffer would exceed
     *     {@value Utf8Buffer#MAX_CAPACITY} bytes
     * @since 0.1.0
     */
    public void render(ArticlePage page, Utf8Buffer out) {
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.into(Objects.requireNonNull(out, "out"));
        render(page, WriterAccess.utf8(utf8));
        utf8.finish();
    }

    /**
     * Writes the AMP page of an article as UTF-8 to a stream, which is not flushed or closed.
     *
     * @param page the article page
     * @param out where to write
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     * @since 0.1.0
     */
    public void render(ArticlePage page, OutputStream out) {
        Objects.requireNonNull(page, "page");
        Utf8Out utf8 = Utf8Out.to(Objects.requireNonNull(out, "out"));
        render(page, WriterAccess.utf8(utf8));
        utf8.finish();
    }

    private void render(ArticlePage page, HtmlWriter out) {
        Labels labels = html.labelsFor(page);
        AmpCall call = new AmpCall(stylesheet, sizes);
        HtmlWriter body = WriterAccess.bufferLike(out, estimate(page));
        RenderCall bodyCall = new RenderCall(body, html.site(), html.links(), labels, page, true, parts, call);
        String canonical = bodyCall.canonicalUrl(page.article());
        if (!AmpUrls.absoluteWeb(canonical)) {
            throw new IllegalStateException("an AMP page's canonical URL must be an absolute http(s) URL, was \""
                    + canonical + "\"");
        }
        HtmlParts.pageBody(bodyCall);
        call.document(new RenderCall(out, html.site(), html.links(), labels, page, true, parts, call), body);
    }

    /**
     * Renders the AMP page of an article to a string.
     *
     * @param page the article page
     * @return the AMP document
     * @throws IllegalStateException as {@link #render(ArticlePage, Appendable)}
     */
    public String render(ArticlePage page) {
        StringBuilder sb = new StringBuilder(estimate(page) + stylesheet.css().length() + 4096);
        render(page, sb);
        return sb.toString();
    }

    /** The length of a page's body, generously: the furniture, the converted article body and the comments. */
    private static int estimate(ArticlePage page) {
        int comments = (int) Math.min(page.comments().size(), page.commentsPerPage() * 4L);
        return 12_288 + page.article().body().html().length() * 9 / 8 + comments * 768;
    }

    /**
     * Configures an {@link AmpRenderer}. Not thread-safe; the renderer it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final HtmlRenderer html;
        private String stylesheet = Stylesheet.css();
        private @Nullable ImageSizeResolver sizes;
        private final Map<Part<?>, PartRenderer<?>> parts = new HashMap<>();

        private Builder(HtmlRenderer html) {
            this.html = html;
        }

        /**
         * Sets the stylesheet inlined in {@code <style amp-custom>}. It is compacted (comments and needless
         * whitespace removed, a leading {@code @charset} dropped) and a few rules for AMP-only markup are added.
         * An AMP page cannot link a stylesheet, so a site that serves its own at {@code Site.stylesheetUrl()}
         * passes its text here.
         *
         * @param css the stylesheet; default {@link Stylesheet#css()}. It must fit in
         *     {@value AmpRenderer#MAX_STYLESHEET_BYTES} bytes with the additions and must not use
         *     {@code !important}, {@code @import}, {@code @namespace} or AMP's {@code i-amphtml-} names
         * @return this builder
         */
        public Builder stylesheet(String css) {
            this.stylesheet = Objects.requireNonNull(css, "css");
            return this;
        }

        /**
         * Sets how the sizes of images without width and height are found.
         *
         * @param resolver the host's resolver; default none (such images are fitted into a 16:9 box)
         * @return this builder
         */
        public Builder imageSizes(ImageSizeResolver resolver) {
            this.sizes = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Replaces how one part renders on AMP pages only, ahead of the HTML renderer's own replacement.
         *
         * @param part the part
         * @param renderer its renderer; must be thread-safe and write valid AMP
         * @param <T> the part's value type
         * @return this builder
         */
        public <T> Builder part(Part<T> part, PartRenderer<T> renderer) {
            this.parts.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * Builds the renderer, checking the stylesheet once.
         *
         * @return the renderer
         * @throws IllegalArgumentException when the stylesheet is over {@value AmpRenderer#MAX_STYLESHEET_BYTES}
         *     bytes (the message gives its size) or uses something AMP forbids, or when the HTML renderer's
         *     {@code Links.subscribeAction()} is not an absolute https URL
         */
        public AmpRenderer build() {
            return new AmpRenderer(this);
        }
    }
}
