package dev.broadsheet.render.feed;

import dev.broadsheet.html.SafeHtml;
import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes every relative URL in a sanitized body absolute against the article's canonical URL, because a feed reader
 * shows the body away from the page: {@code a[href]}, {@code img[src]}, {@code img[srcset]}, {@code iframe[src]},
 * {@code blockquote[cite]} and {@code q[cite]}. Absolute URLs and fragments-only links are left as they are. The
 * result is markup to be escaped as text by the format's writer, never written raw.
 */
final class AbsoluteUrls {

    private static final String[] URL_ATTRIBUTES = {"href", "src", "cite"};

    private AbsoluteUrls() {
    }

    /**
     * The body's markup with absolute URLs.
     *
     * @param body a sanitized body
     * @param base the absolute canonical URL of the article
     * @return markup: {@code body.html()} itself when nothing in it was relative
     */
    static String of(SafeHtml body, String base) {
        String html = body.html();
        if (!mayHoldRelativeUrl(html)) {
            return html;
        }
        URI baseUri;
        try {
            baseUri = new URI(base);
        } catch (URISyntaxException e) {
            return html; // the base came from Links; without a usable base the URLs stay as the sanitizer left them
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element e : doc.body().getAllElements()) {
            for (String name : URL_ATTRIBUTES) {
                if (e.hasAttr(name)) {
                    String v = e.attr(name);
                    String abs = resolve(baseUri, v);
                    if (!abs.equals(v)) {
                        e.attr(name, abs);
                        changed = true;
                    }
                }
            }
            if (e.hasAttr("srcset")) {
                String v = e.attr("srcset");
                String abs = srcset(baseUri, v);
                if (!abs.equals(v)) {
                    e.attr("srcset", abs);
                    changed = true;
                }
            }
        }
        return changed ? doc.body().html() : html;
    }

    /** The attributes a relative URL can be in, as the sanitizer serializes them (a space before, double quotes). */
    private static final String[] URL_MARKERS = {" href=\"", " src=\"", " cite=\""};

    /**
     * A quick look, without parsing, for a URL attribute whose value is neither a fragment nor starts with a scheme:
     * most bodies have none, and parsing them again for each feed would cost more than writing the whole feed. Any
     * {@code srcset} is looked at by the parser. Text that happens to contain such a marker only costs a parse.
     */
    static boolean mayHoldRelativeUrl(String html) {
        for (String marker : URL_MARKERS) {
            int i = 0;
            while ((i = html.indexOf(marker, i)) >= 0) {
                i += marker.length();
                int end = html.indexOf('"', i);
                if (end < 0) {
                    end = html.length();
                }
                if (i == end || (html.charAt(i) != '#' && !hasScheme(html, i, end))) {
                    return true;
                }
            }
        }
        return html.contains(" srcset=\"");
    }

    private static String resolve(URI base, String url) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || hasScheme(u)) {
            return url;
        }
        try {
            return base.resolve(new URI(u)).toString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return url; // not a URI a reader could resolve either: left as the sanitizer let it through
        }
    }

    private static String srcset(URI base, String srcset) {
        StringBuilder sb = new StringBuilder(srcset.length() + 64);
        for (String candidate : srcset.split(",")) {
            String c = candidate.strip();
            if (c.isEmpty()) {
                continue;
            }
            int space = c.indexOf(' ');
            String url = space < 0 ? c : c.substring(0, space);
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(resolve(base, url));
            if (space >= 0) {
                sb.append(c, space, c.length());
            }
        }
        return sb.toString();
    }

    private static boolean hasScheme(String u) {
        return hasScheme(u, 0, u.length());
    }

    /** Whether {@code u[from, to)} starts with a URI scheme and its colon. */
    private static boolean hasScheme(String u, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return i > from;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return false;
    }
}
