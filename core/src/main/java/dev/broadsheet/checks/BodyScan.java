package dev.broadsheet.checks;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.text.Words;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The body rules: one pass over the sanitized markup, in document order. Not thread-safe: one per check. */
final class BodyScan {

    private static final String PATH = "/body";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i).+\\.(jpe?g|png|gif|webp|avif|svg|tiff?|heic)$|(?i)(img|dsc|dscn|pxl|image|photo)[-_ ]?\\d+");

    private final CheckPolicy policy;
    private final LinkResolver resolver;
    private final Set<String> vague;
    private final EditorialChecks.Findings out;

    BodyScan(CheckPolicy policy, LinkResolver resolver, Set<String> vague, EditorialChecks.Findings out) {
        this.policy = policy;
        this.resolver = resolver;
        this.vague = vague;
        this.out = out;
    }

    void scan(SafeHtml body) {
        if (body.isEmpty()) {
            out.add(Rule.BODY_NO_PARAGRAPH, PATH, "The body is empty.", null);
            return;
        }
        // Sanitized markup is canonical (the sanitizer wrote it): lower-case names, every attribute value quoted
        // with " and < > & " escaped inside, every non-void element closed. So one linear pass over the string
        // sees the same elements a parser would, without building a tree.
        String h = body.html();
        int n = h.length();
        int i = 0;
        while (i < n) {
            if (h.charAt(i) == '<') {
                int end = h.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                boolean close = i + 1 < n && h.charAt(i + 1) == '/';
                int nameStart = close ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < end && Character.isLetterOrDigit(h.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = h.substring(nameStart, nameEnd);
                if (close) {
                    endTag(name);
                } else {
                    startTag(name, h.substring(nameEnd, end));
                }
                i = end + 1;
            } else {
                int next = h.indexOf('<', i);
                if (next < 0) {
                    next = n;
                }
                text(h, i, next);
                i = next;
            }
        }
        if (paragraphs == 0) {
            out.add(Rule.BODY_NO_PARAGRAPH, PATH, "The body has no paragraph.", null);
        }
    }

    private int paragraphs;
    private int links;
    private int images;
    private int headingLevel = 1;
    private @Nullable StringBuilder paragraph;
    private @Nullable StringBuilder link;
    private String linkHref = "";
    private boolean linkLabelled;
    private @Nullable StringBuilder heading;

    /** What the scan saw, for the test that compares it with a parser: paragraphs, links and images counted. */
    String seen() {
        return paragraphs + " paragraphs, " + links + " links, " + images + " images";
    }

    private void startTag(String name, String attributes) {
        switch (name) {
            case "p" -> paragraph = new StringBuilder();
            case "a" -> {
                link = new StringBuilder();
                linkHref = attribute(attributes, "href");
                linkLabelled = false;
            }
            case "img" -> {
                String alt = attribute(attributes, "alt");
                if (link != null && !alt.isBlank()) {
                    linkLabelled = true;
                }
                image(alt, attribute(attributes, "src"), ++images);
            }
            case "br" -> append(" ");
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = new StringBuilder();
            default -> {
            }
        }
    }

    private void endTag(String name) {
        switch (name) {
            case "p" -> {
                if (paragraph != null) {
                    paragraph(paragraph.toString(), ++paragraphs);
                    paragraph = null;
                }
            }
            case "a" -> {
                if (link != null) {
                    link(link.toString(), ++links);
                    link = null;
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (heading != null) {
                    heading(name.charAt(1) - '0', SPACES.matcher(heading.toString().strip()).replaceAll(" "));
                    heading = null;
                }
            }
            default -> {
            }
        }
    }

    private void text(String h, int from, int to) {
        if (paragraph == null && link == null && heading == null) {
            return;
        }
        append(decode(h, from, to));
    }

    private void append(String text) {
        if (paragraph != null) {
            paragraph.append(text);
        }
        if (link != null) {
            link.append(text);
        }
        if (heading != null) {
            heading.append(text);
        }
    }

    /** The value of an attribute in a canonical start tag, decoded; empty when absent. */
    private static String attribute(String attributes, String key) {
        String marker = " " + key + "=\"";
        int at = attributes.indexOf(marker);
        if (at < 0) {
            return "";
        }
        int from = at + marker.length();
        int to = attributes.indexOf('"', from);
        return decode(attributes, from, to < 0 ? attributes.length() : to);
    }

    /** Decodes the character references the sanitizer writes; any other {@code &} is kept as it is. */
    static String decode(String s, int from, int to) {
        int amp = s.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi < to && semi - i <= 10) {
                String ref = s.substring(i + 1, semi);
                int cp = switch (ref) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    case "nbsp" -> 0xA0;
                    default -> numeric(ref);
                };
                if (cp >= 0) {
                    sb.appendCodePoint(cp);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static int numeric(String ref) {
        try {
            int cp = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16)
                    : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void heading(int level, String text) {
        if (level > headingLevel + 1) {
            out.add(Rule.HEADING_SKIPS_LEVEL, PATH, "The heading \"" + text + "\" is an h" + level + " after an h"
                    + headingLevel + "; use an h" + (headingLevel + 1) + ".", text);
        }
        headingLevel = level;
    }

    private void paragraph(String text, int n) {
        if (!out.wants(Rule.PARAGRAPH_TOO_LONG)) {
            return;
        }
        long words = Words.count(text);
        if (words > policy.maxParagraphWords()) {
            out.add(Rule.PARAGRAPH_TOO_LONG, PATH, "Paragraph " + n + " has " + words + " words; split it after at"
                    + " most " + policy.maxParagraphWords() + ".", text.strip());
        }
    }

    private void link(String text, int n) {
        if (text.isBlank()) {
            if (!linkLabelled) {
                out.add(Rule.LINK_EMPTY, PATH, "Link " + n + " has no text, so nobody can tell where it leads.",
                        linkHref);
            }
        } else if (vague.contains(normalise(text))) {
            String shown = SPACES.matcher(text.strip()).replaceAll(" ");
            out.add(Rule.LINK_VAGUE, PATH, "Link " + n + " says only \"" + shown + "\"; name where it leads.",
                    shown);
        }
        if (!linkHref.isEmpty() && isInternal(linkHref)) {
            resolve(linkHref, n);
        }
    }

    private boolean isInternal(String href) {
        String site = policy.siteUrl();
        return (href.startsWith("/") && !href.startsWith("//")) || (site != null && href.startsWith(site));
    }

    private void resolve(String href, int n) {
        if (!out.wants(Rule.LINK_UNKNOWN_ARTICLE) && !out.wants(Rule.LINK_WITHDRAWN_ARTICLE)) {
            return;
        }
        LinkResolver.Target target;
        try {
            target = resolver.resolve(href);
        } catch (RuntimeException e) {
            out.add(Rule.LINK_UNRESOLVED, PATH, "Link " + n + " could not be checked: the site's link resolver"
                    + " failed (" + e.getClass().getSimpleName() + ").", href);
            return;
        }
        if (target == LinkResolver.Target.UNKNOWN) {
            out.add(Rule.LINK_UNKNOWN_ARTICLE, PATH, "Link " + n + " points at a page the site does not have.",
                    href);
        } else if (target == LinkResolver.Target.WITHDRAWN) {
            out.add(Rule.LINK_WITHDRAWN_ARTICLE, PATH, "Link " + n + " points at a withdrawn article.", href);
        } else if (target == null) {
            out.add(Rule.LINK_UNRESOLVED, PATH, "Link " + n + " could not be checked: the site's link resolver"
                    + " gave no answer.", href);
        }
    }

    private void image(String alt, String src, int n) {
        if (alt.isBlank()) {
            out.add(Rule.IMAGE_ALT_MISSING, PATH, "Image " + n + " has no alt text; describe it unless it is purely"
                    + " decorative.", src);
        } else if (isFileName(alt, src)) {
            out.add(Rule.IMAGE_ALT_FILE_NAME, PATH, "Image " + n + "'s alt text is its file name; describe the"
                    + " picture.", alt);
        }
    }

    /** Whether an alt text is a file name: the image's own, with or without extension, or any image file name. */
    static boolean isFileName(String alt, String url) {
        String a = alt.strip().toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
            return false;
        }
        String path = url;
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return a.equals(file) || a.equals(stem) || IMAGE_FILE.matcher(a).matches();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, single spaces, no final punctuation: how texts are compared. */
    static String normalise(String text) {
        String s = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return FINAL_PUNCTUATION.matcher(s).replaceAll("");
    }
}
