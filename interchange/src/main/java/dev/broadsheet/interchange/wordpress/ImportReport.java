package dev.broadsheet.interchange.wordpress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a WXR import did, item by item: how many items it read and what became of them, every item it skipped or
 * rejected (with the WXR item id, the field and a stable code), every value it changed (sanitized bodies, statuses
 * it had to map to something stricter, fields the model has no place for) and every unknown shortcode. Nothing is
 * dropped without an entry here.
 *
 * <p>{@link #writeJson(Writer)} writes it as JSON, for a host to keep beside the imported documents (as
 * {@code import-report.json}, say); the format is described in {@code interchange/README.md}.
 *
 * <p>Each list keeps at most {@value #MAX_ENTRIES} entries; past that, entries are only counted
 * ({@link #entriesOverLimit()}), so that a broken million-item export cannot exhaust memory through its report.
 * A report is filled by one import and is not thread-safe while the import runs.
 *
 * @since 0.1.0
 */
public final class ImportReport {

    /**
     * Most entries kept in each list of the report (and most unknown shortcode names); further ones are counted.
     * With {@link #MAX_MESSAGE_CHARS} it bounds what the report holds, whatever the size of the export, to a few
     * tens of megabytes: an import of a 1 GB export in a 256 MB heap must not spend it on its report.
     */
    public static final int MAX_ENTRIES = 10_000;
    /**
     * Longest message kept in an entry, in characters; longer ones are cut and end with {@code …}.
     *
     * @since 0.2.0
     */
    public static final int MAX_MESSAGE_CHARS = 500;
    /** Most item ids kept per unknown shortcode. */
    public static final int MAX_SHORTCODE_ITEMS = 20;

    /**
     * One thing the report says about one item.
     *
     * @param item the WXR item id ({@code wp:post_id}), or {@code line-N} for an item without one
     * @param field the JSON pointer of the field in our model ({@code /body}, {@code /comments/wp-c-7/author/email}),
     *     or the WXR element ({@code wp:post_type}) for items that did not become a model value
     * @param code a stable code, such as {@code required}, {@code status.private} or {@code sanitized}
     * @param message for people
     */
    public record Entry(String item, String field, String code, String message) {
    }

    /**
     * Where the input broke.
     *
     * @param line 1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     * @param message what was wrong
     */
    public record Failure(int line, int column, String message) {
    }

    /** What is known about one unknown shortcode. */
    private static final class Shortcode {
        long count;
        final Set<String> items = new LinkedHashSet<>();
    }

    private final Map<String, String> channel = new TreeMap<>();
    private long items;
    private long articles;
    private long comments;
    private long attachments;
    private final List<Entry> skipped = new ArrayList<>();
    private final List<Entry> rejected = new ArrayList<>();
    private final List<Entry> changed = new ArrayList<>();
    private long skippedCount;
    private long rejectedCount;
    private long changedCount;
    private long overLimit;
    /** The last item counted as sanitized: an item's changes are all reported while it is mapped, together. */
    private @Nullable String lastSanitizedItem;
    private long sanitizedCount;
    private final Map<String, Shortcode> shortcodes = new TreeMap<>();
    private @Nullable Failure failure;

    ImportReport() {
    }

    // ---- filled by the importer

    void channel(String name, String value) {
        channel.put(name, value);
    }

    void countItem() {
        items++;
    }

    void countArticle(int commentCount) {
        articles++;
        comments += commentCount;
    }

    void countAttachment() {
        attachments++;
    }

    void skip(String item, String field, String code, String message) {
        skippedCount++;
        add(skipped, new Entry(item, field, code, message));
    }

    void reject(String item, String field, String code, String message) {
        rejectedCount++;
        add(rejected, new Entry(item, field, code, message));
    }

    void change(String item, String field, String code, String message) {
        changedCount++;
        add(changed, new Entry(item, field, code, message));
        if (code.equals(SANITIZED) && !item.equals(lastSanitizedItem)) {
            lastSanitizedItem = item;
            sanitizedCount++;
        }
    }

    void shortcode(String name, String item) {
        Shortcode s = shortcodes.get(name);
        if (s == null) {
            if (shortcodes.size() >= MAX_ENTRIES) {
                overLimit++;
                return;
            }
            s = new Shortcode();
            shortcodes.put(name, s);
        }
        s.count++;
        if (s.items.size() < MAX_SHORTCODE_ITEMS) {
            s.items.add(item);
        }
    }

    void fail(Failure f) {
        this.failure = f;
    }

    private void add(List<Entry> list, Entry e) {
        if (list.size() < MAX_ENTRIES) {
            String m = e.message();
            int cut = MAX_MESSAGE_CHARS - 1;
            if (m.length() > MAX_MESSAGE_CHARS && Character.isHighSurrogate(m.charAt(cut - 1))) {
                cut--;
            }
            list.add(m.length() <= MAX_MESSAGE_CHARS ? e : new Entry(e.item(), e.field(), e.code(),
                    m.substring(0, cut) + "…"));
        } else {
            overLimit++;
        }
    }

    /** Code of a change entry for a field the sanitizer changed. */
    static final String SANITIZED = "sanitized";

    // ---- read by callers

    /** @return channel fields of the export: {@code title}, {@code link}, {@code language}, {@code wp:wxr_version}, … */
    public Map<String, String> channel() {
        return Collections.unmodifiableMap(channel);
    }

    /** @return every {@code <item>} read, of any post type */
    public long items() {
        return items;
    }

    /** @return articles imported (handed to the sink) */
    public long articles() {
        return articles;
    }

    /** @return comments imported with those articles */
    public long comments() {
        return comments;
    }

    /** @return attachments read (they become images where posts use them) */
    public long attachments() {
        return attachments;
    }

    /** @return items and comments skipped on purpose (pages, menus, revisions, pingbacks), each with why */
    public List<Entry> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    /** @return how many were skipped, including any past {@link #MAX_ENTRIES} */
    public long skippedCount() {
        return skippedCount;
    }

    /** @return the violations of items and comments that could not become valid model values */
    public List<Entry> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    /** @return how many violations were found, including any past {@link #MAX_ENTRIES} */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** @return values the import changed or could not carry over */
    public List<Entry> changed() {
        return Collections.unmodifiableList(changed);
    }

    /** @return how many changes, including any past {@link #MAX_ENTRIES} */
    public long changedCount() {
        return changedCount;
    }

    /** @return how many items had a body, excerpt or comment changed by the sanitizer */
    public long changedBySanitizing() {
        return sanitizedCount;
    }

    /** @return each unknown shortcode's name and how often it occurred; they stay in the bodies as text */
    public Map<String, Long> unknownShortcodes() {
        Map<String, Long> out = new TreeMap<>();
        shortcodes.forEach((k, v) -> out.put(k, v.count));
        return Collections.unmodifiableMap(out);
    }

    /** @return entries only counted because a list was full */
    public long entriesOverLimit() {
        return overLimit;
    }

    /** @return where the input broke, when it did; everything before it was imported */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Writes the report as pretty-printed JSON.
     *
     * @param out where to; not closed
     * @throws IOException when writing fails
     */
    public void writeJson(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeObjectFieldStart("channel");
        for (Map.Entry<String, String> e : channel.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("counts");
        g.writeNumberField("items", items);
        g.writeNumberField("articles", articles);
        g.writeNumberField("comments", comments);
        g.writeNumberField("attachments", attachments);
        g.writeNumberField("skipped", skippedCount);
        g.writeNumberField("rejected", rejectedCount);
        g.writeNumberField("changed", changedCount);
        g.writeNumberField("changedBySanitizing", sanitizedCount);
        g.writeNumberField("entriesOverLimit", overLimit);
        g.writeEndObject();
        entries(g, "skipped", skipped);
        entries(g, "rejected", rejected);
        entries(g, "changed", changed);
        g.writeArrayFieldStart("unknownShortcodes");
        for (Map.Entry<String, Shortcode> e : shortcodes.entrySet()) {
            g.writeStartObject();
            g.writeStringField("name", e.getKey());
            g.writeNumberField("count", e.getValue().count);
            g.writeArrayFieldStart("items");
            for (String item : e.getValue().items) {
                g.writeString(item);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (failure != null) {
            g.writeObjectFieldStart("failure");
            g.writeNumberField("line", failure.line());
            g.writeNumberField("column", failure.column());
            g.writeStringField("message", failure.message());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.flush();
    }

    private static void entries(JsonGenerator g, String name, List<Entry> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (Entry e : list) {
            g.writeStartObject();
            g.writeStringField("item", e.item());
            g.writeStringField("field", e.field());
            g.writeStringField("code", e.code());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** @return the report as JSON */
    public String toJson() {
        StringWriter w = new StringWriter();
        try {
            writeJson(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    @Override
    public String toString() {
        return "ImportReport[items=" + items + ", articles=" + articles + ", comments=" + comments + ", skipped="
                + skippedCount + ", rejected=" + rejectedCount + ", changed=" + changedCount
                + (failure == null ? "" : ", failure at line " + failure.line()) + "]";
    }
}
