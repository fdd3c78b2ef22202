package dev.broadsheet.html;

import dev.broadsheet.internal.html.Removals;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Sanitizer} removed from one input, for telling an editor instead of letting content vanish
 * silently.
 *
 * <p>The report is bounded whatever the input: each map holds at most {@value #MAX_NAMES} names (further names
 * are counted under {@value #OTHER}), and at most {@value #MAX_URL_SAMPLES} rejected URLs are kept as samples,
 * each shortened to {@value #MAX_SAMPLE_LENGTH} characters; {@link #rejectedUrlCount()} counts them all.
 * Comments in the input are removed without being reported.
 *
 * @since 0.1.0
 */
public final class SanitizerReport {

    /** Most names kept per map. */
    public static final int MAX_NAMES = Removals.MAX_KEYS;
    /** Key that counts the names past {@link #MAX_NAMES}. */
    public static final String OTHER = Removals.OTHER;
    /** Most rejected URLs kept as samples. */
    public static final int MAX_URL_SAMPLES = Removals.MAX_SAMPLES;
    /** Longest sample kept, in UTF-16 code units (longer ones end with an ellipsis). */
    public static final int MAX_SAMPLE_LENGTH = Removals.MAX_SAMPLE_LENGTH;
    /** Most glued words kept by {@link #gluedWords()}. */
    public static final int MAX_GLUED_WORDS = Removals.MAX_GLUES;
    /** Characters of text kept on each side of a glued boundary. */
    public static final int GLUE_CONTEXT = Removals.GLUE_CONTEXT;

    private final Map<String, Integer> droppedElements;
    private final Map<String, Integer> unwrappedElements;
    private final Map<String, Integer> removedAttributes;
    private final List<String> rejectedUrls;
    private final int rejectedUrlCount;
    private final int linksOverLimit;
    private final int flattenedElements;
    private final int droppedTextRuns;
    private final boolean markupDiscarded;
    private final List<Glue> gluedWords;
    private final int gluedWordCount;

    SanitizerReport(Removals r) {
        this.droppedElements = Map.copyOf(r.droppedElements());
        this.unwrappedElements = Map.copyOf(r.unwrappedElements());
        this.removedAttributes = Map.copyOf(r.removedAttributes());
        this.rejectedUrls = List.copyOf(r.rejectedUrls());
        this.rejectedUrlCount = r.rejectedUrlCount();
        this.linksOverLimit = r.linksOverLimit();
        this.flattenedElements = r.flattened();
        this.droppedTextRuns = r.droppedText();
        this.markupDiscarded = r.isMarkupDiscarded();
        List<Glue> glues = new java.util.ArrayList<>();
        for (int i = 0; i < r.glueTexts().size(); i++) {
            glues.add(new Glue(r.gluePositions().get(i), r.glueTexts().get(i)));
        }
        this.gluedWords = List.copyOf(glues);
        this.gluedWordCount = r.glueCount();
    }

    /**
     * Elements removed together with their content ({@code script}, {@code style}, {@code svg}, an
     * {@code iframe} from a host that is not allowed, an {@code img} without a valid {@code src}, …).
     *
     * @return count per lower-case tag name
     */
    public Map<String, Integer> droppedElements() {
        return droppedElements;
    }

    /**
     * Elements whose tags were removed and whose content was kept, because the policy does not allow them, a
     * link had no valid {@code href}, or a browser would not keep them where they were.
     *
     * @return count per lower-case tag name
     */
    public Map<String, Integer> unwrappedElements() {
        return unwrappedElements;
    }

    /**
     * Attributes removed from kept elements, because the policy does not allow them or their value was invalid.
     * Rejected URLs are reported by {@link #rejectedUrls()} instead.
     *
     * @return count per {@code element[attribute]}, such as {@code img[onerror]}
     */
    public Map<String, Integer> removedAttributes() {
        return removedAttributes;
    }

    /**
     * Samples of URLs rejected for their scheme, form, or (for embeds) host.
     *
     * @return at most {@value #MAX_URL_SAMPLES} URLs as they were in the input
     */
    public List<String> rejectedUrls() {
        return rejectedUrls;
    }

    /**
     * How many URLs were rejected.
     *
     * @return the count of all rejected URLs, including those not kept as samples
     */
    public int rejectedUrlCount() {
        return rejectedUrlCount;
    }

    /**
     * How many links were unwrapped to text because the policy's {@link HtmlPolicy#maxLinks()} was reached.
     *
     * @return the count
     */
    public int linksOverLimit() {
        return linksOverLimit;
    }

    /**
     * How many elements were unwrapped because they were nested deeper than {@link HtmlPolicy#maxDepth()}.
     *
     * @return the count
     */
    public int flattenedElements() {
        return flattenedElements;
    }

    /**
     * How many runs of text were removed because they sat directly inside table structure, where a browser would
     * have moved them out of the table (this happens only in malformed input).
     *
     * @return the count
     */
    public int droppedTextRuns() {
        return droppedTextRuns;
    }

    /**
     * Whether all markup was discarded and the input kept as escaped text, because the HTML parser failed on it.
     * This only happens for crafted input that trips a bug in the parser (jsoup 1.24.1 fails on some uses of
     * {@code template} exactly at its depth limit); the output is then safe text showing the input's tags.
     *
     * @return true when the input was treated as text
     */
    public boolean markupDiscarded() {
        return markupDiscarded;
    }

    /**
     * Words that removed markup left glued together, as in "USAEight senators" (a lower-case letter followed by an
     * upper-case one, or an upper-case letter followed by a capitalised word, across the boundary of an element
     * the sanitizer removed, with no space between them in the output). At most {@value #MAX_GLUED_WORDS} are kept;
     * {@link #gluedWordCount()} counts them all.
     *
     * @return the glued boundaries in document order
     * @since 0.2.0
     */
    public List<Glue> gluedWords() {
        return gluedWords;
    }

    /**
     * How many glued words were found.
     *
     * @return the count, including those not kept by {@link #gluedWords()}
     * @since 0.2.0
     */
    public int gluedWordCount() {
        return gluedWordCount;
    }

    /**
     * One place where removed markup glued two words.
     *
     * @param position offset in the sanitized markup (UTF-16 code units) where the second word starts
     * @param text up to {@value #GLUE_CONTEXT} characters of text on each side, joined by {@code |}, such as
     *     {@code "in the USA|Eight senators"}
     * @since 0.2.0
     */
    public record Glue(int position, String text) {
    }

    /**
     * Whether nothing visible was removed.
     *
     * @return true when every count is zero
     */
    public boolean isEmpty() {
        return droppedElements.isEmpty() && unwrappedElements.isEmpty() && removedAttributes.isEmpty()
                && rejectedUrlCount == 0 && linksOverLimit == 0 && flattenedElements == 0 && droppedTextRuns == 0
                && !markupDiscarded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SanitizerReport r && droppedElements.equals(r.droppedElements)
                && unwrappedElements.equals(r.unwrappedElements) && removedAttributes.equals(r.removedAttributes)
                && rejectedUrls.equals(r.rejectedUrls) && rejectedUrlCount == r.rejectedUrlCount
                && linksOverLimit == r.linksOverLimit && flattenedElements == r.flattenedElements
                && droppedTextRuns == r.droppedTextRuns && markupDiscarded == r.markupDiscarded
                && gluedWords.equals(r.gluedWords) && gluedWordCount == r.gluedWordCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(droppedElements, unwrappedElements, removedAttributes, rejectedUrls, rejectedUrlCount,
                linksOverLimit, flattenedElements, droppedTextRuns, markupDiscarded, gluedWords, gluedWordCount);
    }

    /**
     * A one-paragraph summary for people, such as
     * {@code "dropped {script=1}; unwrapped {div=2}; attributes {img[onerror]=1}; 1 URL rejected (javascript:x)"}.
     *
     * @return the summary, or {@code "nothing removed"}
     */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "nothing removed";
        }
        StringBuilder sb = new StringBuilder();
        part(sb, !droppedElements.isEmpty(), "dropped " + new java.util.TreeMap<>(droppedElements));
        part(sb, !unwrappedElements.isEmpty(), "unwrapped " + new java.util.TreeMap<>(unwrappedElements));
        part(sb, !removedAttributes.isEmpty(), "attributes " + new java.util.TreeMap<>(removedAttributes));
        part(sb, rejectedUrlCount > 0, rejectedUrlCount + (rejectedUrlCount == 1 ? " URL" : " URLs")
                + " rejected " + rejectedUrls);
        part(sb, linksOverLimit > 0, linksOverLimit + " links over the limit");
        part(sb, flattenedElements > 0, flattenedElements + " elements nested too deep");
        part(sb, droppedTextRuns > 0, droppedTextRuns + " text runs inside table structure");
        part(sb, markupDiscarded, "the parser failed, all markup kept as text");
        part(sb, gluedWordCount > 0, gluedWordCount + (gluedWordCount == 1 ? " glued word " : " glued words ")
                + gluedWords.stream().map(Glue::text).toList());
        return sb.toString();
    }

    private static void part(StringBuilder sb, boolean present, String text) {
        if (present) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(text);
        }
    }
}
