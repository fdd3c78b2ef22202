package dev.broadsheet.render.jsonld;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON-LD document for tests: its graph nodes, every node that has an {@code @id} (embedded ones too), and
 * references resolved. Parsing rejects duplicate keys.
 */
final class Graph {

    /** Parses strictly: a key written twice in one object is an error. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ObjectNode root;
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();

    private Graph(ObjectNode root) {
        this.root = root;
        collect(root);
    }

    static Graph of(String json) {
        return new Graph((ObjectNode) parse(json));
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indentation, LF line ends, {@code "key": value}: the golden files' layout. */
    static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode root() {
        return root;
    }

    ArrayNode nodes() {
        return (ArrayNode) root.get("@graph");
    }

    /** The graph's only node of a type. */
    ObjectNode node(String type) {
        List<ObjectNode> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " node, found " + found.size());
        }
        return found.get(0);
    }

    /** The graph's top-level nodes of a type, in order. */
    List<ObjectNode> all(String type) {
        List<ObjectNode> found = new ArrayList<>();
        for (JsonNode n : nodes()) {
            if (type.equals(n.path("@type").asText())) {
                found.add((ObjectNode) n);
            }
        }
        return found;
    }

    /** Any node with this {@code @id}, in the graph or embedded. */
    Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A value as a node: a reference resolved, an embedded node as it is. */
    ObjectNode resolve(JsonNode value) {
        if (value.isObject() && value.size() == 1 && value.has("@id")) {
            return byId(value.get("@id").asText())
                    .orElseThrow(() -> new AssertionError("no node has @id " + value.get("@id")));
        }
        return (ObjectNode) value;
    }

    /** A property's values: an array's elements, or the single value; empty when absent. */
    static List<JsonNode> values(JsonNode node, String property) {
        JsonNode v = node.get(property);
        List<JsonNode> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
        } else {
            out.add(v);
        }
        return out;
    }

    private void collect(JsonNode n) {
        if (n.isObject()) {
            if (n.has("@id") && n.size() > 1) {
                byId.putIfAbsent(n.get("@id").asText(), (ObjectNode) n);
            }
            n.forEach(this::collect);
        } else if (n.isArray()) {
            n.forEach(this::collect);
        }
    }
}
