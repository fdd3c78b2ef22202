package dev.broadsheet.render.internal;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.internal.markup.MarkupScan;
import dev.broadsheet.internal.markup.References;
import dev.broadsheet.internal.markup.SafeHtmlAccess;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.html.PartContext;
import dev.broadsheet.render.html.TagMention;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Links the first mention of each of an article's tags in its body ({@link Part#TAG_LINK}), as described at
 * {@code HtmlRenderer.Builder.linkTags}. One pass over the sanitized markup, which is canonical (the sanitizer
 * wrote it: lower-case element names, attribute values quoted with {@code <>&"} escaped), so text runs and tags
 * are found without a parser. Only the links are added: every other character of the markup is copied as it is.
 */
final class TagLinks implements MarkupScan.Handler {

    /** Elements whose text is never linked: links themselves, headings and figure captions. */
    private static final Set<String> UNLINKED = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption");

    private final SafeHtml body;
    private final String html;
    private final RenderCall call;
    private final List<Tag> wanted;
    private final BreakIterator words;
    private @Nullable StringBuilder out;
    private @Nullable HtmlWriter writer;
    private @Nullable RenderCall linkCall;
    private int copied;
    /** How many elements whose text is never linked the scan is inside. */
    private int unlinked;

    private TagLinks(Article article, RenderCall call) {
        this.body = article.body();
        this.html = body.html();
        this.call = call;
        this.wanted = new ArrayList<>(article.tags());
        // at one position, the longest name wins: "Baku Olympics" before "Baku"
        wanted.sort(Comparator.comparingInt((Tag t) -> t.name().length()).reversed());
        this.words = BreakIterator.getWordInstance(Locale.forLanguageTag(HtmlParts.language(article, call)));
    }

    /**
     * The article's body with its tags' first mentions linked; the body itself when nothing is mentioned, or when
     * the context is not one of the renderers' own (a part renderer must write the links into the page's call).
     */
    static SafeHtml link(Article article, PartContext ctx) {
        if (article.tags().isEmpty() || article.body().isEmpty() || !(ctx instanceof RenderCall call)) {
            return article.body();
        }
        return new TagLinks(article, call).run();
    }

    private SafeHtml run() {
        MarkupScan.scan(html, this);
        if (out == null) {
            return body;
        }
        out.append(html, copied, html.length());
        return SafeHtmlAccess.wrap(out.toString());
    }

    @Override
    public void start(String name, int from, int to) {
        if (UNLINKED.contains(name)) {
            unlinked++;
        }
    }

    @Override
    public void end(String name) {
        if (UNLINKED.contains(name)) {
            unlinked = Math.max(0, unlinked - 1);
        }
    }

    @Override
    public boolean done() {
        return wanted.isEmpty();
    }

    /** Looks for mentions in the text run {@code html[from, to)}, decoded, unless it is inside an unlinked element. */
    @Override
    public void text(int from, int to) {
        if (unlinked > 0) {
            return;
        }
        StringBuilder text = new StringBuilder(to - from);
        int[] at = new int[to - from + 1]; // at[k]: where the k-th decoded character starts in the markup
        int i = from;
        while (i < to) {
            int k = text.length();
            int next = References.decodeOne(html, i, to, text);
            for (; k < text.length(); k++) {
                at[k] = i; // a reference to a supplementary character decodes to two chars
            }
            i = next;
        }
        at[text.length()] = to;
        String s = text.toString();
        boolean wordsSet = false;
        int k = 0;
        while (k < s.length() && !wanted.isEmpty()) {
            int matched = -1;
            int end = -1;
            for (int t = 0; t < wanted.size() && matched < 0; t++) {
                int e = match(s, k, wanted.get(t).name());
                if (e > k) {
                    if (!wordsSet) {
                        words.setText(s);
                        wordsSet = true;
                    }
                    if (standsAlone(s, k, e) && words.isBoundary(k) && words.isBoundary(e)) {
                        matched = t;
                        end = e;
                    }
                }
            }
            if (matched < 0) {
                k++;
                continue;
            }
            emit(at[k], at[end], new TagMention(wanted.remove(matched), s.substring(k, end)));
            k = end;
        }
    }

    private void emit(int from, int to, TagMention mention) {
        if (out == null) {
            out = new StringBuilder(html.length() + 256);
            writer = new HtmlWriter(out);
            linkCall = call.writingTo(writer);
        }
        out.append(html, copied, from);
        linkCall.render(Part.TAG_LINK, mention);
        copied = to;
    }

    /**
     * Where a mention of {@code name} that starts at {@code k} ends, or -1: the characters match ignoring case (as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares them, so the Azerbaijani {@code İ}
     * matches {@code i}), and each run of spaces in the name matches a run of whitespace.
     */
    static int match(String text, int k, String name) {
        int i = k;
        int j = 0;
        while (j < name.length()) {
            char nc = name.charAt(j);
            if (isSpace(nc)) {
                while (j < name.length() && isSpace(name.charAt(j))) {
                    j++;
                }
                int run = i;
                while (run < text.length() && isSpace(text.charAt(run))) {
                    run++;
                }
                if (run == i) {
                    return -1;
                }
                i = run;
                continue;
            }
            if (i >= text.length() || !sameIgnoringCase(text.charAt(i), nc)) {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    /**
     * Whether {@code text[from, to)} is not glued to a word character on either side. The word iterator alone would
     * break at an underscore ({@code Baku_2026}), which Unicode's word rules (UAX #29) join, so that is checked here
     * too, as are combining marks and the zero-width (non-)joiner, which belong to the word they follow.
     */
    private static boolean standsAlone(String text, int from, int to) {
        return (from == 0 || !isWordChar(text.codePointBefore(from)))
                && (to == text.length() || !isWordChar(text.codePointAt(to)));
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '_' || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }
}
