package dev.broadsheet.interchange.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One {@code <item>} as the export spells it: its fields, terms, meta and comments, not yet interpreted. */
final class RawItem {

    /** A {@code <category domain=… nicename=…>name</category>} of the item. */
    record Term(String domain, String nicename, String name) {
    }

    /** The line the item started on, for messages. */
    final int line;
    /** Simple fields by qualified name, such as {@code wp:post_id} or {@code title}. */
    final Map<String, String> fields = new HashMap<>();
    /** Post meta; the first value of each key. */
    final Map<String, String> meta = new HashMap<>();
    final List<Term> terms = new ArrayList<>();
    final List<Map<String, String>> comments = new ArrayList<>();
    /** Characters held, to bound the pending window. */
    long chars;
    /** A field longer than the importer's limit, or null. */
    @Nullable String overlong;

    RawItem(int line) {
        this.line = line;
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    String id() {
        String id = get("wp:post_id").trim();
        return id.isEmpty() ? "line-" + line : id;
    }
}
