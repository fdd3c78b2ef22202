package dev.broadsheet.interchange.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parsed ninjs document read with bookkeeping: every property a mapping uses is marked, a value of the wrong JSON
 * type is reported where it is met, and at the end {@link #walk(JsonNode, String)} reports every property nothing
 * used, at the highest level under which nothing was used.
 */
class DocumentReader {

    /** An absolute http(s) URL, as the model's URL fields want. */
    static final Pattern HTTP = Pattern.compile("(?i)https?://.+");
    /** Content types of markup among headlines, descriptions and bodies (ninjs 1 named some by property). */
    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "body_xhtml",
            "body_html", "description_xhtml", "description_html", "xhtml", "html");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    final NinjsImporter config;
    final JsonNode root;
    final NinjsReport report = new NinjsReport();
    /** JSON pointers of the values a mapping used (or reported). */
    final NavigableSet<String> used = new TreeSet<>();
    NinjsVersion version = NinjsVersion.V3_1;
    /** Where the featured picture's association is, once one is imported. */
    @Nullable String featuredPath;

    DocumentReader(NinjsImporter config, JsonNode root) {
        this.config = config;
        this.root = root;
    }

    String k(String v3) {
        return version.key(v3);
    }

    /** A string property; a value of another type is reported and treated as absent. */

    @Nullable String text(JsonNode obj, String at, String name) {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) {
            if (n != null) {
                used.add(at + "/" + esc(name));
            }
            return null;
        }
        String path = at + "/" + esc(name);
        used.add(path);
        if (!n.isTextual()) {
            report.reject(path, "type", "must be a string, was " + kind(n) + "; left out");
            return null;
        }
        return n.asText();
    }

    @Nullable Integer integer(JsonNode obj, String at, String name) {
        JsonNode n = obj.get(name);
        if (n == null) {
            return null;
        }
        String path = at + "/" + esc(name);
        used.add(path);
        if (!n.isNumber() || !n.canConvertToInt() || n.asDouble() != Math.rint(n.asDouble())) {
            report.reject(path, "type", "must be a whole number, was " + kind(n) + "; left out");
            return null;
        }
        return n.asInt();
    }

    /** The object items of an array property, at most {@code maxItems}; other items and the rest are reported. */

    List<Item> objects(JsonNode obj, String at, String name) {
        JsonNode n = obj.get(name);
        String path = at + "/" + esc(name);
        if (n == null || n.isNull()) {
            if (n != null) {
                used.add(path);
            }
            return List.of();
        }
        if (!n.isArray()) {
            used.add(path);
            report.reject(path, "type", "must be an array, was " + kind(n) + "; left out");
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String ip = path + "/" + i;
            if (i >= config.maxItems()) {
                for (int j = i; j < n.size(); j++) {
                    used.add(path + "/" + j);
                }
                report.reject(path, "too_many", "has " + n.size() + " items; only the first " + config.maxItems()
                        + " are read, the other " + (n.size() - i) + " are left out");
                break;
            }
            if (!n.get(i).isObject()) {
                used.add(ip);
                report.reject(ip, "type", "must be an object, was " + kind(n.get(i)) + "; left out");
                continue;
            }
            out.add(new Item(n.get(i), ip));
        }
        return out;
    }

    /** One object of an array, with its JSON pointer. */

    record Item(JsonNode node, String path) {
    }

    static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** JSON pointer escaping of one reference token. */

    static String esc(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The plain text of a headline or description item, marking its role, contentType and value used. */

    @Nullable String value(Item item) {
        String type = text(item.node(), item.path(), k("contentType"));
        String value = text(item.node(), item.path(), "value");
        if (value == null) {
            return null;
        }
        if (type == null || !HTML_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return value.strip();
        }
        return plain(value, item.path() + "/value");
    }

    /** The text of untrusted HTML; null, with the violation reported, when it is too long to parse. */

    @Nullable String plain(String html, String path) {
        try {
            return PlainText.of(html).strip();
        } catch (ValidationException e) {
            violations(path, e.violations(), "left out");
            return null;
        }
    }

    /** Takes back the marks of an item the mapping decided not to use, so the walk reports it. */

    void unuse(Item item) {
        used.removeIf(p -> p.startsWith(item.path() + "/") || p.equals(item.path()));
    }

    static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0
                && s.indexOf('\u0085') < 0 ? s.strip() : LINE_BREAK.matcher(s).replaceAll(" ").strip();
    }

    void unuseField(String path) {
        used.remove(path);
    }

    void violations(String at, List<Violation> vs, String consequence) {
        for (Violation v : vs) {
            report.reject(at + (v.path().equals("/") ? "" : v.path()), v.code(), describe(v) + "; " + consequence);
        }
    }

    static String describe(Violation v) {
        return v.rejectedValue() == null ? v.message() : v.message() + " (got \"" + v.rejectedValue() + "\")";
    }

    /** Reports every property no mapping used, at the highest level under which nothing was used. */

    void walk(JsonNode n, String path) {
        if (used.contains(path)) {
            return;
        }
        String under = path + "/";
        String next = used.ceiling(under);
        boolean partly = next != null && next.startsWith(under);
        if (!partly && !path.isEmpty()) {
            report.unmapped(path, reason(path));
            return;
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                walk(e.getValue(), under + esc(e.getKey()));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), under + i);
            }
        }
    }

    String reason(String path) {
        String top = path.substring(1).split("/", 2)[0];
        if (featuredPath != null && path.startsWith(featuredPath + "/")) {
            return "the featured picture is imported, but the model's image has no place for this; not imported";
        }
        return switch (top) {
            case "renditions" -> "only the renditions of a picture document become an image; not imported";
            case "version" -> "the model keeps no version number (corrections record what changed)";
            case "places", "organisations", "objects", "events", "place", "organisation", "object", "event" ->
                    "the model has no " + top + "; not imported";
            case "people", "person" -> "only people with a byline role (author, reporter, correspondent, "
                    + "photographer, editor, translator, contributor) become bylines; not imported";
            case "genres", "genre" -> "the model has no genre; not imported";
            case "associations" -> "only the featured picture is imported; not imported";
            default -> "the model has no place for it; not imported";
        };
    }
}
