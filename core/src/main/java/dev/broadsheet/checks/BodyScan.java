package dev.broadsheet.checks;

import dev.broadsheet.html.SafeHtml;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body rules, applied to the {@link BodyFacts} of a body in document order. Not thread-safe: one per check.
 */
final class BodyScan {

    private static final String PATH = "/body";
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i).+\\.(jpe?g|png|gif|webp|avif|svg|tiff?|heic)$|(?i)(img|dsc|dscn|pxl|image|photo)[-_ ]?\\d+");

    private final CheckPolicy policy;
    private final LinkResolver resolver;
    private final Set<String> vague;
    private final EditorialChecks.Findings out;
    private int headingLevel = 1;

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
        BodyFacts facts = BodyFacts.of(body);
        for (BodyFacts.Fact f : facts.facts()) {
            if (f instanceof BodyFacts.Paragraph p) {
                paragraph(p);
            } else if (f instanceof BodyFacts.Link l) {
                link(l);
            } else if (f instanceof BodyFacts.Image i) {
                image(i.alt(), i.src(), i.n());
            } else if (f instanceof BodyFacts.Heading h) {
                heading(h.level(), h.text());
            }
        }
        if (facts.paragraphs() == 0) {
            out.add(Rule.BODY_NO_PARAGRAPH, PATH, "The body has no paragraph.", null);
        }
    }

    private void heading(int level, String text) {
        if (level > headingLevel + 1) {
            out.add(Rule.HEADING_SKIPS_LEVEL, PATH, "The heading \"" + text + "\" is an h" + level + " after an h"
                    + headingLevel + "; use an h" + (headingLevel + 1) + ".", text);
        }
        headingLevel = level;
    }

    private void paragraph(BodyFacts.Paragraph p) {
        if (p.words() > policy.maxParagraphWords()) {
            out.add(Rule.PARAGRAPH_TOO_LONG, PATH, "Paragraph " + p.n() + " has " + p.words() + " words; split it"
                    + " after at most " + policy.maxParagraphWords() + ".", p.text().strip());
        }
    }

    private void link(BodyFacts.Link l) {
        String text = l.text();
        if (text.isBlank()) {
            if (!l.labelled()) {
                out.add(Rule.LINK_EMPTY, PATH, "Link " + l.n() + " has no text, so nobody can tell where it leads.",
                        l.href());
            }
        } else if (vague.contains(normalise(text))) {
            String shown = BodyFacts.collapse(text);
            out.add(Rule.LINK_VAGUE, PATH, "Link " + l.n() + " says only \"" + shown + "\"; name where it leads.",
                    shown);
        }
        if (!l.href().isEmpty() && isInternal(l.href())) {
            resolve(l.href(), l.n());
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
        String s = BodyFacts.collapse(text).toLowerCase(Locale.ROOT);
        return FINAL_PUNCTUATION.matcher(s).replaceAll("");
    }
}
