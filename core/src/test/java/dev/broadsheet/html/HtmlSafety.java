package dev.broadsheet.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Checks sanitized output the way a browser would see it: parses it and inspects the DOM (never the text, where
 * escaped payloads look like attacks).
 */
final class HtmlSafety {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "template", "noscript", "object",
            "embed", "applet", "svg", "math", "textarea", "select", "title", "xmp", "noembed", "noframes",
            "plaintext", "iframe", "frame", "frameset", "form", "input", "button", "link", "meta", "base", "portal");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "cite", "action",
            "formaction", "data", "background", "poster", "xlink:href", "ping", "longdesc", "dynsrc", "lowsrc");
    private static final Set<String> EMBED_PREFIXES = Set.of("https://www.youtube.com/embed/",
            "https://www.youtube-nocookie.com/embed/", "https://player.vimeo.com/video/");

    private HtmlSafety() {
    }

    /**
     * Everything dangerous in the DOM a browser would build from {@code html}.
     *
     * @return descriptions of the problems; empty when safe
     */
    static List<String> problems(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> problems = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment) {
                problems.add("comment: " + node.outerHtml());
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (!Parser.NamespaceHtml.equals(e.tag().namespace())) {
                problems.add("foreign element <" + name + ">");
            }
            if (FORBIDDEN_ELEMENTS.contains(name) && !(name.equals("iframe") && isAllowedEmbed(e.attr("src")))) {
                problems.add("element <" + name + ">");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    problems.add("event handler " + key + " on <" + name + ">");
                }
                if (key.equals("style") || key.equals("srcdoc") || key.equals("formaction") || key.equals("target")) {
                    problems.add("attribute " + key + " on <" + name + ">");
                }
                if (URL_ATTRIBUTES.contains(key) && isScriptUrl(a.getValue())) {
                    problems.add("script URL in " + key + " on <" + name + ">: " + a.getValue());
                }
            }
        }, doc.body());
        return problems;
    }

    static boolean isAllowedEmbed(String src) {
        return EMBED_PREFIXES.stream().anyMatch(p -> src.startsWith(p) && src.length() > p.length());
    }

    /** Whether a URL would run script or smuggle content, read the way a browser reads it. */
    static boolean isScriptUrl(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ' && c != 0x7F) {
                sb.append(Character.toLowerCase(c));
            }
        }
        String v = sb.toString();
        for (String candidate : v.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("javascript:") || c.startsWith("vbscript:") || c.startsWith("data:")
                    || c.startsWith("livescript:")) {
                return true;
            }
        }
        return false;
    }
}
