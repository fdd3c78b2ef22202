package dev.broadsheet.interchange.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the shortcodes WordPress core registers into markup the article policy keeps, before
 * {@link Wpautop} runs:
 *
 * <ul>
 *   <li>{@code [caption]…[/caption]}: {@code <figure>} with the image (and its link) and the rest of the content,
 *       or the {@code caption} attribute, as {@code <figcaption>};</li>
 *   <li>{@code [gallery ids="…"]}: a {@code <figure>} per image, with the attachment's caption; without
 *       {@code ids}, the attachments whose parent is the post;</li>
 *   <li>{@code [embed]URL[/embed]} and a URL alone on its line (WordPress's auto-embed): a YouTube or Vimeo
 *       {@code iframe} in a {@code <figure>}; other URLs become a link, reported as a change;</li>
 *   <li>{@code [video]} and {@code [audio]}: the policy keeps no {@code video} or {@code audio} elements, so they
 *       become an embed when the source is YouTube or Vimeo and otherwise a link to the file, reported.</li>
 * </ul>
 *
 * <p>{@code [[name]]} is WordPress's escape and gives the text {@code [name]}. Any other shortcode-shaped text
 * ({@code [name attr="…"]}, {@code [name/]} or {@code [name]…[/name]}) stays as it is, visible, and is reported as
 * unknown.
 */
final class Shortcodes {

    /** What the conversion needs from the import and tells it. */
    interface Context {
        Optional<Attachment> attachment(String id);

        List<Attachment> children();

        void unknown(String name);

        void change(String code, String message);
    }

    private static final Set<String> KNOWN = Set.of("caption", "wp_caption", "gallery", "embed", "video", "audio");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern ATTR = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))|\"([^\"]*)\"|'([^']*)'|(\\S+)");
    private static final Pattern LEADING_IMAGE = Pattern.compile(
            "^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"\\[\\]]+)[ \\t]*$");
    private static final Pattern YOUTUBE = Pattern.compile(
            "https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:[^#\\s]*&)?v=|embed/|shorts/)|youtu\\.be/)"
                    + "([A-Za-z0-9_-]{6,20})\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIMEO = Pattern.compile(
            "https?://(?:www\\.|player\\.)?vimeo\\.com/(?:video/)?([0-9]{1,12})\\b.*", Pattern.CASE_INSENSITIVE);

    private final Context ctx;

    private Shortcodes(Context ctx) {
        this.ctx = ctx;
    }

    static String convert(String body, Context ctx) {
        Shortcodes s = new Shortcodes(ctx);
        return s.autoEmbed(s.codes(body, 0));
    }

    private String codes(String s, int depth) {
        if (s.indexOf('[') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            int open = s.indexOf('[', i);
            if (open < 0) {
                out.append(s, i, n);
                break;
            }
            out.append(s, i, open);
            if (s.startsWith("[[", open)) { // the escape [[name …]] is the literal text [name …]
                int close = s.indexOf("]]", open + 2);
                if (close > 0) {
                    out.append(s, open + 1, close + 1);
                    i = close + 2;
                    continue;
                }
            }
            Matcher m = NAME.matcher(s).region(open + 1, n);
            int tagEnd = s.indexOf(']', open + 1);
            if (!m.lookingAt() || tagEnd < 0 || s.indexOf('[', open + 1) >= 0 && s.indexOf('[', open + 1) < tagEnd) {
                out.append('[');
                i = open + 1;
                continue;
            }
            String name = m.group();
            String lower = name.toLowerCase(Locale.ROOT);
            String attrText = s.substring(m.end(), tagEnd);
            boolean selfClosing = attrText.endsWith("/");
            if (selfClosing) {
                attrText = attrText.substring(0, attrText.length() - 1);
            }
            if (!attrText.isEmpty() && !Character.isWhitespace(attrText.charAt(0))) {
                out.append('['); // such as [name.x]: not a shortcode
                i = open + 1;
                continue;
            }
            String closing = "[/" + name + "]";
            int closeAt = selfClosing ? -1 : s.indexOf(closing, tagEnd + 1);
            String content = closeAt < 0 ? "" : s.substring(tagEnd + 1, closeAt);
            int after = closeAt < 0 ? tagEnd + 1 : closeAt + closing.length();
            if (!KNOWN.contains(lower)) {
                boolean looksLikeShortcode = selfClosing || closeAt >= 0 || attrText.contains("=");
                if (looksLikeShortcode) {
                    ctx.unknown(lower);
                }
                out.append('[');
                i = open + 1;
                continue;
            }
            if (lower.equals("gallery") || lower.equals("video") || lower.equals("audio")) {
                if (closeAt < 0) {
                    after = tagEnd + 1;
                }
            } else if (closeAt < 0 && !lower.equals("embed")) {
                after = tagEnd + 1;
            }
            Map<String, String> attrs = attrs(attrText);
            String inner = depth < 4 ? codes(content, depth + 1) : content;
            out.append(switch (lower) {
                case "caption", "wp_caption" -> caption(attrs, inner);
                case "gallery" -> gallery(attrs);
                case "embed" -> embed(inner.strip(), attrs);
                case "video" -> media("video", attrs, List.of("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"));
                default -> media("audio", attrs, List.of("src", "mp3", "ogg", "oga", "wav", "m4a", "wma", "flac"));
            });
            i = after;
        }
        return out.toString();
    }

    static Map<String, String> attrs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(text);
        int positional = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                out.put(m.group(1).toLowerCase(Locale.ROOT), v);
            } else {
                String v = m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : m.group(7);
                out.put(Integer.toString(positional++), v);
            }
        }
        return out;
    }

    private String caption(Map<String, String> attrs, String content) {
        Matcher m = LEADING_IMAGE.matcher(content);
        String image;
        String text;
        if (m.matches()) {
            image = m.group(1);
            text = m.group(2).strip();
        } else {
            image = content.strip();
            text = "";
        }
        if (text.isEmpty()) {
            text = attrs.getOrDefault("caption", "");
        }
        return "\n\n<figure>" + image + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>")
                + "</figure>\n\n";
    }

    private String gallery(Map<String, String> attrs) {
        List<Attachment> images = new ArrayList<>();
        String ids = attrs.getOrDefault("ids", attrs.getOrDefault("include", ""));
        if (ids.isBlank()) {
            images.addAll(ctx.children());
        } else {
            for (String id : ids.split("[,\\s]+")) {
                if (id.isEmpty()) {
                    continue;
                }
                Optional<Attachment> a = ctx.attachment(id);
                if (a.isPresent()) {
                    images.add(a.get());
                } else {
                    ctx.change("gallery.missing", "gallery image " + id + " is not an attachment in the export; "
                            + "it is left out of the gallery");
                }
            }
        }
        if (images.isEmpty()) {
            ctx.change("gallery.empty", "a [gallery] shortcode found no images; it is left out");
            return "";
        }
        StringBuilder out = new StringBuilder("\n\n");
        for (Attachment a : images) {
            out.append("<figure><img src=\"").append(attr(a.url())).append("\" alt=\"")
                    .append(attr(a.alt().isEmpty() ? a.title() : a.alt())).append('"');
            if (a.width() != null && a.height() != null) {
                out.append(" width=\"").append(a.width()).append("\" height=\"").append(a.height()).append('"');
            }
            out.append('>');
            if (!a.caption().isBlank()) {
                out.append("<figcaption>").append(a.caption()).append("</figcaption>");
            }
            out.append("</figure>\n\n");
        }
        return out.toString();
    }

    private String embed(String url, Map<String, String> attrs) {
        Optional<String> frame = frame(url, attrs);
        if (frame.isPresent()) {
            return "\n\n<figure>" + frame.get() + "</figure>\n\n";
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            ctx.change("embed.not_url", "an [embed] shortcode held no URL; its content is kept as text");
            return url;
        }
        ctx.change("embed.link", "the embed of " + url + " is not an allowed iframe source; it became a link");
        return "\n\n<p><a href=\"" + attr(url) + "\">" + text(url) + "</a></p>\n\n";
    }

    private String media(String kind, Map<String, String> attrs, List<String> sources) {
        String src = "";
        for (String key : sources) {
            String v = attrs.getOrDefault(key, "").strip();
            if (!v.isEmpty()) {
                src = v;
                break;
            }
        }
        if (src.isEmpty()) {
            ctx.change(kind + ".no_source", "a [" + kind + "] shortcode had no source; it is left out");
            return "";
        }
        Optional<String> frame = frame(src, attrs);
        if (frame.isPresent()) {
            return "\n\n<figure>" + frame.get() + "</figure>\n\n";
        }
        ctx.change(kind + ".link", "the article policy keeps no <" + kind + "> element; the [" + kind + "] of "
                + src + " became a link to the file");
        String file = src.substring(src.lastIndexOf('/') + 1);
        String label = (kind.equals("video") ? "Video: " : "Audio: ") + (file.isEmpty() ? src : file);
        return "\n\n<p><a href=\"" + attr(src) + "\">" + text(label) + "</a></p>\n\n";
    }

    /** An iframe for a YouTube or Vimeo URL, the embeds the article policy allows. */
    private static Optional<String> frame(String url, Map<String, String> attrs) {
        String src;
        String title;
        Matcher y = YOUTUBE.matcher(url);
        Matcher v = VIMEO.matcher(url);
        if (y.matches()) {
            src = "https://www.youtube.com/embed/" + y.group(1);
            title = "YouTube video";
        } else if (v.matches()) {
            src = "https://player.vimeo.com/video/" + v.group(1);
            title = "Vimeo video";
        } else {
            return Optional.empty();
        }
        String width = digits(attrs.get("width"), "560");
        String height = digits(attrs.get("height"), "315");
        return Optional.of("<iframe src=\"" + src + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + title + "\" allowfullscreen></iframe>");
    }

    private static String digits(String value, String fallback) {
        return value != null && value.matches("[0-9]{1,4}") && !value.equals("0") ? value : fallback;
    }

    /** WordPress's auto-embed: a URL alone on its line becomes the embed. */
    private String autoEmbed(String s) {
        if (!s.contains("http")) {
            return s;
        }
        Matcher m = URL_LINE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            String url = m.group(1);
            Optional<String> frame = frame(url, Map.of());
            out.append(s, last, m.start());
            if (frame.isPresent()) {
                out.append("\n<figure>").append(frame.get()).append("</figure>\n");
            } else {
                out.append(m.group());
            }
            last = m.end();
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
