package dev.broadsheet.checks;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.text.Words;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The body rules: one pass over the parsed body, in document order. */
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
        Document doc = Jsoup.parseBodyFragment(body.html());
        int paragraphs = 0;
        int links = 0;
        int images = 0;
        int headingLevel = 1;
        for (Element e : doc.body().getAllElements()) {
            switch (e.normalName()) {
                case "p" -> paragraph(e, ++paragraphs);
                case "a" -> link(e, ++links);
                case "img" -> image(e, ++images);
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    int level = e.normalName().charAt(1) - '0';
                    if (level > headingLevel + 1) {
                        out.add(Rule.HEADING_SKIPS_LEVEL, PATH, "The heading \"" + e.text() + "\" is an h" + level
                                + " after an h" + headingLevel + "; use an h" + (headingLevel + 1) + ".",
                                e.text());
                    }
                    headingLevel = level;
                }
                default -> {
                }
            }
        }
        if (paragraphs == 0) {
            out.add(Rule.BODY_NO_PARAGRAPH, PATH, "The body has no paragraph.", null);
        }
    }

    private void paragraph(Element p, int n) {
        if (!out.wants(Rule.PARAGRAPH_TOO_LONG)) {
            return;
        }
        String text = p.text();
        long words = Words.count(text);
        if (words > policy.maxParagraphWords()) {
            out.add(Rule.PARAGRAPH_TOO_LONG, PATH, "Paragraph " + n + " has " + words + " words; split it after at"
                    + " most " + policy.maxParagraphWords() + ".", text);
        }
    }

    private void link(Element a, int n) {
        String text = a.text();
        if (text.isBlank()) {
            boolean labelled = a.select("img[alt]").stream().anyMatch(i -> !i.attr("alt").isBlank());
            if (!labelled) {
                out.add(Rule.LINK_EMPTY, PATH, "Link " + n + " has no text, so nobody can tell where it leads.",
                        a.attr("href"));
            }
        } else if (vague.contains(normalise(text))) {
            out.add(Rule.LINK_VAGUE, PATH, "Link " + n + " says only \"" + text + "\"; name where it leads.", text);
        }
        String href = a.attr("href");
        if (!href.isEmpty() && isInternal(href)) {
            resolve(href, n);
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

    private void image(Element img, int n) {
        if (img.attr("alt").isBlank()) {
            out.add(Rule.IMAGE_ALT_MISSING, PATH, "Image " + n + " has no alt text; describe it unless it is purely"
                    + " decorative.", img.attr("src"));
        } else if (isFileName(img.attr("alt"), img.attr("src"))) {
            out.add(Rule.IMAGE_ALT_FILE_NAME, PATH, "Image " + n + "'s alt text is its file name; describe the"
                    + " picture.", img.attr("alt"));
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
