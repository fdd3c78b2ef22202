package dev.broadsheet.internal.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what the sanitizer removed. Bounded: at most {@value #MAX_KEYS} names per kind (the rest are counted
 * under {@value #OTHER}) and {@value #MAX_SAMPLES} sample URLs of at most {@value #MAX_SAMPLE_LENGTH} characters.
 */
public final class Removals {

    /** Most distinct names kept per kind. */
    public static final int MAX_KEYS = 64;
    /** Most rejected URLs kept as samples. */
    public static final int MAX_SAMPLES = 10;
    /** Longest sample kept, in UTF-16 code units. */
    public static final int MAX_SAMPLE_LENGTH = 100;
    /** The key under which names past {@link #MAX_KEYS} are counted. */
    public static final String OTHER = "(other)";
    /** Most glued words kept. */
    public static final int MAX_GLUES = 20;
    /** Characters of context kept on each side of a glued boundary. */
    public static final int GLUE_CONTEXT = 20;

    private final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final Map<String, Integer> unwrapped = new LinkedHashMap<>();
    private final Map<String, Integer> attributes = new LinkedHashMap<>();
    private final List<String> urls = new ArrayList<>();
    private int urlCount;
    private int linksOverLimit;
    private int flattened;
    private int droppedText;
    private boolean markupDiscarded;
    private final List<Integer> gluePositions = new ArrayList<>();
    private final List<String> glueTexts = new ArrayList<>();
    private int glueCount;

    void glued(int position, String text) {
        glueCount++;
        if (glueTexts.size() < MAX_GLUES) {
            gluePositions.add(position);
            glueTexts.add(text);
        }
    }

    /** How many glued words were found, including those not kept. */
    public int glueCount() {
        return glueCount;
    }

    /** Offsets, in the sanitized markup, of the glued boundaries kept. */
    public List<Integer> gluePositions() {
        return Collections.unmodifiableList(gluePositions);
    }

    /** The text around each glued boundary kept, in the order of {@link #gluePositions()}. */
    public List<String> glueTexts() {
        return Collections.unmodifiableList(glueTexts);
    }

    void dropped(String element) {
        add(dropped, element);
    }

    void unwrapped(String element) {
        add(unwrapped, element);
    }

    void attribute(String element, String attribute) {
        add(attributes, element + "[" + attribute + "]");
    }

    void url(String url) {
        urlCount++;
        if (urls.size() < MAX_SAMPLES) {
            urls.add(shorten(url));
        }
    }

    void linkOverLimit() {
        linksOverLimit++;
    }

    void addFlattened() {
        flattened++;
    }

    void markupDiscarded() {
        markupDiscarded = true;
    }

    /** Whether the parser failed and the whole input was kept as escaped text. */
    public boolean isMarkupDiscarded() {
        return markupDiscarded;
    }

    void addDroppedText() {
        droppedText++;
    }

    private static void add(Map<String, Integer> map, String key) {
        String k = map.containsKey(key) || map.size() < MAX_KEYS ? key : OTHER;
        map.merge(shorten(k), 1, Integer::sum);
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_SAMPLE_LENGTH) {
            return s;
        }
        int end = MAX_SAMPLE_LENGTH - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /** Elements removed with their content, by tag name. */
    public Map<String, Integer> droppedElements() {
        return Collections.unmodifiableMap(dropped);
    }

    /** Elements whose tags were removed and content kept, by tag name. */
    public Map<String, Integer> unwrappedElements() {
        return Collections.unmodifiableMap(unwrapped);
    }

    /** Removed attributes, keyed {@code element[attribute]}. */
    public Map<String, Integer> removedAttributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Samples of rejected URLs. */
    public List<String> rejectedUrls() {
        return Collections.unmodifiableList(urls);
    }

    /** All rejected URLs. */
    public int rejectedUrlCount() {
        return urlCount;
    }

    /** Links unwrapped because the policy's maximum was reached. */
    public int linksOverLimit() {
        return linksOverLimit;
    }

    /** Elements unwrapped because they were nested deeper than the policy allows. */
    public int flattened() {
        return flattened;
    }

    /** Text runs dropped because a browser would have moved them out of a table. */
    public int droppedText() {
        return droppedText;
    }
}
