package dev.broadsheet.render.internal.amp;

import dev.broadsheet.html.PlainText;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.internal.Dialect;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Converts sanitized markup to AMP: one jsoup parse and one walk (iterative, so depth costs no stack), every
 * element and attribute written through the page's {@link HtmlWriter}, so nothing is copied unescaped. An
 * allow-list, like the sanitizer before it:
 *
 * <ul>
 *   <li>elements of {@link AmpRules} are kept with their listed attributes, each value checked again;</li>
 *   <li>{@code img} becomes {@code amp-img} (through the dialect, so it sizes the same way as the model's
 *       images);</li>
 *   <li>{@code iframe} becomes {@code amp-youtube}, {@code amp-vimeo} or a sandboxed {@code amp-iframe} with a
 *       placeholder; {@code video} and {@code audio} become {@code amp-video} and {@code amp-audio} (https only);
 *       </li>
 *   <li>code, styling, forms and foreign markup go with their content; any other element is unwrapped;</li>
 *   <li>comments and every other attribute (style, event handlers, ...) are dropped.</li>
 * </ul>
 */
final class AmpBody implements NodeFilter {

    /** Far above any sanitizer policy's depth limit (200), below the point where jsoup slows down per element. */
    private static final int MAX_DEPTH = 512;
    /** The sandbox of every {@code amp-iframe}: the embed may run its player, never the page's origin. */
    private static final String SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation";

    private final AmpCall call;
    private final PartContext ctx;
    private final HtmlWriter out;

    private AmpBody(AmpCall call, PartContext ctx) {
        this.call = call;
        this.ctx = ctx;
        this.out = ctx.out();
    }

    /** Converts and writes sanitized markup. */
    static void write(String html, AmpCall call, PartContext ctx) {
        List<Node> nodes;
        try {
            nodes = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseFragmentInput(html, new Element("body"), "");
        } catch (RuntimeException parserBug) {
            // jsoup can fail its own consistency checks on crafted input at its depth limit (see core's Parsing);
            // sanitized markup is far shallower, but should it happen, the reader still gets the text
            ctx.out().text(PlainText.of(html));
            return;
        }
        AmpBody walk = new AmpBody(call, ctx);
        for (Node node : nodes) {
            NodeTraversor.filter(walk, node);
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.text(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, data, doctype
        }
        String name = e.normalName();
        AmpRules.Rule rule = AmpRules.rule(name);
        if (rule != null) {
            start(e, rule);
            return FilterResult.CONTINUE;
        }
        switch (name) {
            case "img" -> image(e);
            case "iframe" -> embed(e);
            case "video", "audio" -> media(e, name.equals("video"));
            default -> {
                return AmpRules.dropsContent(name) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }
        return FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            AmpRules.Rule rule = AmpRules.rule(e.normalName());
            if (rule != null && !rule.isVoid()) {
                out.end(rule.name());
            }
        }
        return FilterResult.CONTINUE;
    }

    private void start(Element e, AmpRules.Rule rule) {
        out.open(rule.name());
        if (e.attributesSize() > 0) {
            String[] names = rule.attributes();
            AmpRules.Kind[] kinds = rule.kinds();
            for (int i = 0; i < names.length; i++) {
                if (e.hasAttr(names[i])) {
                    String value = AmpRules.check(kinds[i], e.attr(names[i]));
                    if (value == null) {
                        continue;
                    }
                    if (kinds[i] == AmpRules.Kind.BOOL) {
                        out.attr(names[i]);
                    } else {
                        out.attr(names[i], value);
                    }
                }
            }
        }
        out.close();
        if (rule.name().equals("pre") && e.childNodeSize() > 0 && e.childNode(0) instanceof TextNode t
                && t.getWholeText().startsWith("\n")) {
            out.text("\n"); // a parser drops the first newline after <pre>: keep the one that was there
        }
    }

    /** Something that separated words is gone: keep them apart. */
    private void dropped() {
        out.text(" ");
    }

    private void image(Element e) {
        String src = e.attr("src");
        if (!AmpUrls.web(src)) {
            dropped();
            return;
        }
        String srcset = e.hasAttr("srcset") ? srcset(e.attr("srcset")) : null;
        call.image(new Dialect.Image(null, src, e.hasAttr("alt") ? e.attr("alt") : null,
                Math.max(0, AmpRules.uint(e.attr("width"))), Math.max(0, AmpRules.uint(e.attr("height"))), srcset,
                null, true, 0), ctx);
    }

    /**
     * A srcset AMP accepts: candidates of a URL ({@link AmpUrls#web}) and a width ({@code 640w}) or density
     * ({@code 2x}) descriptor, or none, separated by commas.
     *
     * @return the srcset, or null when any candidate is not such
     */
    static @Nullable String srcset(String srcset) {
        int n = srcset.length();
        if (n == 0) {
            return null;
        }
        int start = 0;
        while (start <= n) {
            int end = srcset.indexOf(',', start);
            end = end < 0 ? n : end;
            String candidate = srcset.substring(start, end).strip();
            int space = candidate.indexOf(' ');
            String url = space < 0 ? candidate : candidate.substring(0, space);
            String descriptor = space < 0 ? "" : candidate.substring(space + 1).strip();
            if (!AmpUrls.web(url) || !descriptor.isEmpty() && !descriptor(descriptor)) {
                return null;
            }
            start = end + 1;
        }
        return srcset;
    }

    private static boolean descriptor(String d) {
        char last = d.charAt(d.length() - 1);
        String number = d.substring(0, d.length() - 1);
        if (last == 'w') {
            return AmpRules.uint(number) > 0;
        }
        return last == 'x' && !number.isEmpty() && number.matches("[0-9]{1,3}(\\.[0-9]{1,3})?");
    }

    private void embed(Element e) {
        String src = e.attr("src");
        if (!AmpUrls.https(src)) {
            dropped();
            return;
        }
        int width = AmpRules.uint(e.attr("width"));
        int height = AmpRules.uint(e.attr("height"));
        if (width <= 0 || height <= 0) {
            width = 16;
            height = 9;
        }
        Embed embed = Embed.of(src);
        String title = e.hasAttr("title") ? e.attr("title") : null;
        if (embed.kind() == Embed.Kind.YOUTUBE || embed.kind() == Embed.Kind.VIMEO) {
            boolean youtube = embed.kind() == Embed.Kind.YOUTUBE;
            call.use(youtube ? Extension.YOUTUBE : Extension.VIMEO);
            String element = youtube ? "amp-youtube" : "amp-vimeo";
            out.open(element).attr("data-videoid", embed.id()).attr("layout", "responsive").attr("width", width)
                    .attr("height", height);
            if (embed.noCookie()) {
                out.attr("credentials", "omit");
            }
            if (embed.start() != null) {
                out.attr("data-param-start", embed.start());
            }
            if (embed.end() != null) {
                out.attr("data-param-end", embed.end());
            }
            out.attrIfPresent("title", title).close().end(element);
            return;
        }
        call.use(Extension.IFRAME);
        out.open("amp-iframe").urlAttr("src", src).attr("sandbox", SANDBOX).attr("layout", "responsive")
                .attr("width", width).attr("height", height).attr("frameborder", "0");
        if (e.hasAttr("allowfullscreen")) {
            out.attr("allowfullscreen");
        }
        out.attrIfPresent("title", title).close();
        // a placeholder lets the embed sit near the top of the page; a span, so it may stand inside a <p>
        out.open("span").attr("placeholder").attr("class", "bs-embed-placeholder").close()
                .text(ctx.labels().get("embed.placeholder")).end("span");
        out.end("amp-iframe");
    }

    private void media(Element e, boolean video) {
        String src = e.attr("src");
        boolean hasSrc = AmpUrls.https(src);
        boolean hasSource = false;
        for (Element child : e.children()) {
            hasSource |= child.normalName().equals("source") && AmpUrls.https(child.attr("src"));
        }
        if (!hasSrc && !hasSource) {
            dropped();
            return;
        }
        String element = video ? "amp-video" : "amp-audio";
        call.use(video ? Extension.VIDEO : Extension.AUDIO);
        out.open(element);
        if (hasSrc) {
            out.urlAttr("src", src);
        }
        if (video) {
            if (AmpUrls.https(e.attr("poster"))) {
                out.urlAttr("poster", e.attr("poster"));
            }
            int width = AmpRules.uint(e.attr("width"));
            int height = AmpRules.uint(e.attr("height"));
            if (width <= 0 || height <= 0) {
                width = 16;
                height = 9;
            }
            out.attr("controls").attr("layout", "responsive").attr("width", width).attr("height", height);
        } else {
            out.attr("controls").attr("width", "auto").attr("height", 50).attr("layout", "fixed-height");
        }
        if (e.hasAttr("loop")) {
            out.attr("loop");
        }
        if (e.hasAttr("title")) {
            out.attr("title", e.attr("title"));
        }
        out.close();
        for (Element child : e.children()) {
            String childSrc = child.attr("src");
            if (!AmpUrls.https(childSrc)) {
                continue;
            }
            if (child.normalName().equals("source")) {
                out.open("source").urlAttr("src", childSrc);
                String type = child.attr("type");
                if (type.matches("[a-z]+/[A-Za-z0-9.+-]+")) {
                    out.attr("type", type);
                }
                out.close();
            } else if (child.normalName().equals("track")) {
                String kind = child.attr("kind");
                out.open("track").urlAttr("src", childSrc);
                if (kind.equals("subtitles") || kind.equals("captions") || kind.equals("descriptions")
                        || kind.equals("chapters")) {
                    out.attr("kind", kind);
                }
                String lang = AmpRules.check(AmpRules.Kind.LANG, child.attr("srclang"));
                if (lang != null) {
                    out.attr("srclang", lang);
                }
                if (child.hasAttr("label")) {
                    out.attr("label", child.attr("label"));
                }
                out.close();
            }
        }
        out.end(element);
    }
}
