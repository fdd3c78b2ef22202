package dev.broadsheet.render.email;

import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.SafeHtml;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A sanitized article body converted for mail clients, which run no scripts and show no frames:
 * <ul>
 *   <li>an {@code iframe} embed becomes a link to the video; a YouTube embed becomes its thumbnail (480×360, the
 *       size YouTube serves as {@code hqdefault.jpg}) inside that link;</li>
 *   <li>an image keeps its place only with an absolute {@code https} source and a known width and height, scaled
 *       down to the content column; otherwise its alternative text stands in its place, in brackets (an image of
 *       unknown size would reflow the message in every client that blocks images);</li>
 *   <li>{@code srcset} is dropped; relative links are made absolute against the site's base URL.</li>
 * </ul>
 */
final class MailBody {

    private final Element body;

    private MailBody(Element body) {
        this.body = body;
    }

    /**
     * @param html the sanitized body
     * @param baseUrl the site's base URL, for relative links
     * @param maxWidth the content column's width in pixels
     * @param videoLabel the text of a link that replaces an embed
     * @return the converted body
     */
    static MailBody convert(SafeHtml html, String baseUrl, int maxWidth, String videoLabel) {
        Document doc = Jsoup.parseBodyFragment(html.html(), baseUrl + "/");
        Element body = doc.body();
        for (Element frame : body.select("iframe")) {
            String src = frame.absUrl("src");
            Element link = new Element("a").attr("href", watchUrl(src));
            String youtube = youtubeId(src);
            if (youtube != null) {
                int w = Math.min(480, maxWidth);
                link.appendElement("img").attr("src", "https://i.ytimg.com/vi/" + youtube + "/hqdefault.jpg")
                        .attr("alt", videoLabel).attr("width", Integer.toString(w))
                        .attr("height", Integer.toString(w * 360 / 480));
            } else {
                link.text(videoLabel);
            }
            Element p = new Element("p").appendChild(link);
            frame.replaceWith(p);
        }
        for (Element img : body.select("img")) {
            img.removeAttr("srcset");
            String src = img.absUrl("src");
            int w = number(img.attr("width"));
            int h = number(img.attr("height"));
            if (!src.startsWith("https://") || w <= 0 || h <= 0) {
                String alt = img.attr("alt");
                if (alt.isBlank()) {
                    img.remove();
                } else {
                    img.replaceWith(new TextNode("[" + alt + "]"));
                }
                continue;
            }
            if (w > maxWidth) {
                h = (int) Math.round((double) h * maxWidth / w);
                w = maxWidth;
            }
            img.attr("src", src).attr("width", Integer.toString(w)).attr("height", Integer.toString(h));
        }
        for (Element a : body.select("a[href]")) {
            a.attr("href", a.absUrl("href"));
        }
        return new MailBody(body);
    }

    /** @return the converted markup */
    String html() {
        return body.html();
    }

    /**
     * The body as plain text, each link's text followed by its footnote number.
     *
     * @param footnotes the message's footnote list, to which this body's link targets are added
     * @return the text, with line breaks between blocks
     */
    String text(List<String> footnotes) {
        Element copy = body.clone();
        for (Element a : copy.select("a[href]")) {
            String href = a.attr("href");
            footnotes.add(href);
            a.appendText(" [" + footnotes.size() + "]");
        }
        for (Element img : copy.select("img")) {
            String alt = img.attr("alt");
            img.replaceWith(new TextNode(alt.isBlank() ? "" : "[" + alt + "]"));
        }
        return PlainText.of(copy.html());
    }

    private static int number(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The page to watch an embedded video on: YouTube's watch page, otherwise the embed's own URL. */
    private static String watchUrl(String src) {
        String id = youtubeId(src);
        return id == null ? src : "https://www.youtube.com/watch?v=" + id;
    }

    /** The video id of a YouTube embed URL, when it has YouTube's eleven-character form. */
    private static @org.jspecify.annotations.Nullable String youtubeId(String src) {
        URI uri;
        try {
            uri = URI.create(src);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String host = uri.getHost();
        String path = uri.getPath();
        if (host == null || path == null || !path.startsWith("/embed/")
                || !(host.equals("www.youtube.com") || host.equals("www.youtube-nocookie.com"))) {
            return null;
        }
        String id = path.substring(7);
        if (id.length() != 11) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
                return null;
            }
        }
        return id;
    }
}
