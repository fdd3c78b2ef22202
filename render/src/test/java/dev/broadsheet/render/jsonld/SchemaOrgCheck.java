package dev.broadsheet.render.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.testing.SchemaOrg;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Checks a JSON-LD document against the schema.org vocabulary ({@link SchemaOrg#vocabulary()}, release
 * {@value SchemaOrg#RELEASE}) and reports every problem, each with the JSON path where it is.
 *
 * <p>The rules:
 * <ol>
 *   <li>The document is one object: {@code "@context": "https://schema.org"} and an {@code @graph} array of
 *       nodes, nothing else.</li>
 *   <li>Every node has an {@code @type}: a schema.org type (a string or an array of them) that is neither a
 *       data type ({@code Text}, {@code Number}, ...) nor superseded. Pending types count as schema.org types;
 *       {@link Report#pendingTerms()} lists those used.</li>
 *   <li>An {@code @id} is an absolute http(s) URL, and at most one node defines it.</li>
 *   <li>Every other key is a schema.org property, not superseded, whose {@code domainIncludes} has one of the
 *       node's types or one of their super types.</li>
 *   <li>Every value (each element of an array; arrays do not nest and are not empty) fits the property's
 *       {@code rangeIncludes}: a string fits {@code Text} and its subtypes, {@code URL} when it is an absolute
 *       http(s) URL, {@code CssSelectorType} when jsoup parses it as a selector, {@code DateTime} when it is ISO 8601
 *       with an offset, {@code Date} and {@code Time} when they are ISO 8601; a whole number fits {@code Integer}
 *       and {@code Number}, another number {@code Number} and {@code Float}; {@code true}/{@code false} fit
 *       {@code Boolean}; an embedded node fits when one of its types is a range type or a subtype of one; a
 *       reference ({@code {"@id": ...}} alone) must name a node of the document, and fits as that node does.
 *       Strings never stand in for things (schema.org tolerates that; this check does not).</li>
 * </ol>
 */
final class SchemaOrgCheck {

    /** The data types whose subtypes are literals, not nodes. */
    private static final List<String> DATA_TYPES = List.of("Text", "Number", "Boolean", "Date", "DateTime", "Time");

    private final SchemaOrg.Vocabulary vocabulary;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> pending = new TreeSet<>();
    private final Map<String, JsonNode> defined = new HashMap<>();

    private SchemaOrgCheck(SchemaOrg.Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * What a check found.
     *
     * @param problems every problem, as {@code path: message}; empty when the document passes
     * @param pendingTerms the pending (not yet core) types and properties the document uses
     */
    record Report(List<String> problems, Set<String> pendingTerms) {
        boolean passed() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return passed() ? "passes" : problems.size() + " problems:\n  " + String.join("\n  ", problems);
        }
    }

    /** Checks a parsed document. */
    static Report check(JsonNode document) {
        SchemaOrgCheck c = new SchemaOrgCheck(SchemaOrg.vocabulary());
        c.document(document);
        return new Report(List.copyOf(c.problems), Set.copyOf(c.pending));
    }

    /** Checks JSON text. */
    static Report check(String json) {
        return check(Graph.parse(json));
    }

    private void document(JsonNode doc) {
        if (!doc.isObject()) {
            problem("", "the document must be an object");
            return;
        }
        if (!JsonLdRenderer.CONTEXT.equals(doc.path("@context").asText(null))) {
            problem("/@context", "must be \"https://schema.org\", was " + doc.get("@context"));
        }
        for (Iterator<String> keys = doc.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("@context") && !key.equals("@graph")) {
                problem("/" + key, "the document holds only @context and @graph");
            }
        }
        JsonNode graph = doc.get("@graph");
        if (graph == null || !graph.isArray() || graph.isEmpty()) {
            problem("/@graph", "must be a non-empty array of nodes");
            return;
        }
        collectDefinitions(graph, "/@graph");
        for (int i = 0; i < graph.size(); i++) {
            JsonNode n = graph.get(i);
            if (!n.isObject() || isReference(n)) {
                problem("/@graph/" + i, "must be a node with an @type");
            } else {
                node(n, "/@graph/" + i);
            }
        }
    }

    /** Records every node that defines an {@code @id}, wherever it is; a second definition is a problem. */
    private void collectDefinitions(JsonNode n, String path) {
        if (n.isObject()) {
            if (n.has("@id") && !isReference(n) && defined.putIfAbsent(n.get("@id").asText(), n) != null) {
                problem(path + "/@id", "another node already defines " + n.get("@id"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collectDefinitions(e.getValue(), path + "/" + e.getKey());
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectDefinitions(n.get(i), path + "/" + i);
            }
        }
    }

    private void node(JsonNode node, String path) {
        List<String> types = types(node, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String at = path + "/" + key;
            if (key.equals("@type")) {
                continue;
            }
            if (key.equals("@id")) {
                if (!e.getValue().isTextual() || !isAbsoluteHttp(e.getValue().asText())) {
                    problem(at, "must be an absolute http(s) URL, was " + e.getValue());
                }
                continue;
            }
            if (key.startsWith("@")) {
                problem(at, "is not a keyword a node may use here");
                continue;
            }
            SchemaOrg.Property property = vocabulary.properties().get(key);
            if (property == null) {
                problem(at, "is not a schema.org property");
                continue;
            }
            if (property.supersededBy().isPresent()) {
                problem(at, "is superseded by " + property.supersededBy().get());
            }
            if (property.pending()) {
                pending.add(key);
            }
            if (!types.isEmpty() && types.stream().noneMatch(t -> vocabulary.allows(t, key))) {
                problem(at, "does not apply to " + String.join(", ", types) + " (its domain is "
                        + property.domainIncludes() + ")");
            }
            JsonNode value = e.getValue();
            if (value.isArray()) {
                if (value.isEmpty()) {
                    problem(at, "is an empty array");
                }
                for (int i = 0; i < value.size(); i++) {
                    value(property, value.get(i), at + "/" + i);
                }
            } else {
                value(property, value, at);
            }
        }
    }

    /** The node's types, each checked; empty when none is usable. */
    private List<String> types(JsonNode node, String path) {
        JsonNode type = node.get("@type");
        List<String> names = new ArrayList<>();
        if (type == null) {
            problem(path, "has no @type");
            return names;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (!t.isTextual()) {
                problem(path + "/@type", "must be a type name, was " + t);
                continue;
            }
            String name = t.asText();
            SchemaOrg.Type known = vocabulary.types().get(name);
            if (known == null) {
                problem(path + "/@type", name + " is not a schema.org type");
            } else if (isDataType(name)) {
                problem(path + "/@type", name + " is a data type, not a type of node");
            } else {
                if (known.supersededBy().isPresent()) {
                    problem(path + "/@type", name + " is superseded by " + known.supersededBy().get());
                }
                if (known.pending()) {
                    pending.add(name);
                }
                names.add(name);
            }
        }
        return names;
    }

    private void value(SchemaOrg.Property property, JsonNode value, String path) {
        List<String> range = property.rangeIncludes();
        String fits = null;
        if (value.isTextual()) {
            String s = value.asText();
            fits = range.stream().filter(r -> textFits(r, s)).findFirst().orElse(null);
        } else if (value.isIntegralNumber()) {
            fits = range.stream().filter(r -> vocabulary.isA("Integer", r)).findFirst().orElse(null);
        } else if (value.isNumber()) {
            fits = range.stream().filter(r -> vocabulary.isA("Float", r)).findFirst().orElse(null);
        } else if (value.isBoolean()) {
            fits = range.stream().filter(r -> r.equals("Boolean")).findFirst().orElse(null);
        } else if (value.isObject()) {
            JsonNode target = value;
            if (isReference(value)) {
                target = defined.get(value.get("@id").asText());
                if (target == null) {
                    problem(path, "refers to " + value.get("@id") + ", which no node of the document defines");
                    return;
                }
            } else {
                node(value, path);
            }
            List<String> types = new ArrayList<>();
            JsonNode t = target.path("@type");
            (t.isArray() ? t : List.of(t)).forEach(x -> types.add(x.asText()));
            fits = range.stream().filter(r -> !isDataType(r) && types.stream().anyMatch(x -> vocabulary.isA(x, r)))
                    .findFirst().orElse(null);
        } else if (value.isArray()) {
            problem(path, "arrays do not nest");
            return;
        }
        if (fits == null) {
            problem(path, "value " + abbreviate(value) + " is not in the range of " + property.name() + " " + range);
        }
    }

    private boolean textFits(String range, String s) {
        return switch (range) {
            case "URL" -> isAbsoluteHttp(s);
            case "DateTime" -> parses(() -> OffsetDateTime.parse(s));
            case "Date" -> parses(() -> LocalDate.parse(s));
            case "Time" -> parses(() -> OffsetTime.parse(s)) || parses(() -> LocalTime.parse(s));
            case "CssSelectorType" -> isSelector(s);
            default -> vocabulary.isA(range, "Text") && !vocabulary.isA(range, "URL");
        };
    }

    private boolean isDataType(String type) {
        return DATA_TYPES.stream().anyMatch(d -> vocabulary.isA(type, d));
    }

    private static boolean isReference(JsonNode n) {
        return n.isObject() && n.size() == 1 && n.has("@id");
    }

    static boolean isAbsoluteHttp(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                    && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isSelector(String s) {
        try {
            QueryParser.parse(s);
            return true;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String abbreviate(JsonNode value) {
        String s = value.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private void problem(String path, String message) {
        problems.add((path.isEmpty() ? "/" : path) + ": " + message);
    }
}
