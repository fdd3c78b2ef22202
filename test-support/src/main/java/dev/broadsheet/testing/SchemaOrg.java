package dev.broadsheet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org vocabulary, release {@value #RELEASE} (CC BY-SA 3.0, "Schema.org, https://schema.org"), shipped
 * as classpath resources under {@code dev/broadsheet/testing/schemaorg/} with a README giving source and
 * checksums: the full vocabulary as JSON-LD and the types and properties as CSV.
 *
 * <p>{@link #vocabulary()} parses the JSON-LD once into the facts a JSON-LD check needs: which types and properties
 * exist, the type hierarchy, each property's {@code domainIncludes} and {@code rangeIncludes}, and which terms are
 * pending or superseded. Names are schema.org's short names ({@code NewsArticle}, {@code headline}); the terms
 * of other vocabularies that the file also declares (GS1, UN/CEFACT, FIBO, ...) are left out, except as the
 * full ids of super types.
 * {@link #open(String)} gives the raw files for anything else.
 */
public final class SchemaOrg {

    /** The vocabulary release these files are. */
    public static final String RELEASE = "30.0";

    /** The JSON-LD file (for {@link #open(String)}). */
    public static final String JSONLD = "schemaorg-current-https.jsonld";
    /** The types CSV file (for {@link #open(String)}). */
    public static final String TYPES_CSV = "schemaorg-current-https-types.csv";
    /** The properties CSV file (for {@link #open(String)}). */
    public static final String PROPERTIES_CSV = "schemaorg-current-https-properties.csv";

    private static final String SCHEMA = "schema:";
    private static final String PENDING = "https://pending.schema.org";

    private SchemaOrg() {
    }

    /**
     * A type ({@code rdfs:Class}), including data types such as {@code Text}.
     *
     * @param name the short name, for example {@code NewsArticle}
     * @param superTypes the direct {@code rdfs:subClassOf} types (short names for schema.org types, else full ids)
     * @param pending whether the type is in the pending area, not yet core
     * @param supersededBy the term that replaces it, if any
     */
    public record Type(String name, List<String> superTypes, boolean pending, Optional<String> supersededBy) {
    }

    /**
     * A property ({@code rdf:Property}).
     *
     * @param name the short name, for example {@code headline}
     * @param domainIncludes the types that may have it
     * @param rangeIncludes the types its values may have
     * @param pending whether the property is in the pending area, not yet core
     * @param supersededBy the term that replaces it, if any
     */
    public record Property(String name, List<String> domainIncludes, List<String> rangeIncludes, boolean pending,
            Optional<String> supersededBy) {
    }

    /** The parsed vocabulary: immutable and safe to share between threads. */
    public static final class Vocabulary {
        private final Map<String, Type> types;
        private final Map<String, Property> properties;

        private Vocabulary(Map<String, Type> types, Map<String, Property> properties) {
            this.types = Map.copyOf(types);
            this.properties = Map.copyOf(properties);
        }

        /**
         * Every type by short name.
         *
         * @return an immutable map
         */
        public Map<String, Type> types() {
            return types;
        }

        /**
         * Every property by short name.
         *
         * @return an immutable map
         */
        public Map<String, Property> properties() {
            return properties;
        }

        /**
         * Whether {@code type} is {@code ancestor} or one of its (transitive) subtypes.
         *
         * @param type a type's short name
         * @param ancestor another type's short name
         * @return {@code true} when {@code type} is-a {@code ancestor}; {@code false} for unknown types
         */
        public boolean isA(String type, String ancestor) {
            Deque<String> todo = new ArrayDeque<>(List.of(type));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (t.equals(ancestor) && types.containsKey(t)) {
                    return true;
                }
                Type known = types.get(t);
                if (known != null && seen.add(t)) {
                    todo.addAll(known.superTypes());
                }
            }
            return false;
        }

        /**
         * Whether {@code property} may be used on {@code type}: some type in its {@code domainIncludes} is
         * {@code type} or an ancestor of it.
         *
         * @param type a type's short name
         * @param property a property's short name
         * @return {@code false} when either is unknown
         */
        public boolean allows(String type, String property) {
            Property p = properties.get(property);
            return p != null && p.domainIncludes().stream().anyMatch(domain -> isA(type, domain));
        }
    }

    private static final class Holder {
        static final Vocabulary VOCABULARY = parse();
    }

    /**
     * The vocabulary, parsed on first use (about a second) and shared afterwards.
     *
     * @return the vocabulary
     */
    public static Vocabulary vocabulary() {
        return Holder.VOCABULARY;
    }

    /**
     * Opens one of the shipped files.
     *
     * @param file {@link #JSONLD}, {@link #TYPES_CSV} or {@link #PROPERTIES_CSV}
     * @return a new stream; the caller closes it
     * @throws IllegalArgumentException for another name
     */
    public static InputStream open(String file) {
        if (!List.of(JSONLD, TYPES_CSV, PROPERTIES_CSV).contains(file)) {
            throw new IllegalArgumentException("file: not a shipped schema.org file: " + file);
        }
        InputStream in = SchemaOrg.class.getResourceAsStream("schemaorg/" + file);
        if (in == null) {
            throw new IllegalStateException("classpath resource missing: dev/broadsheet/testing/schemaorg/" + file);
        }
        return in;
    }

    private static Vocabulary parse() {
        JsonNode graph;
        try (InputStream in = open(JSONLD)) {
            graph = new ObjectMapper().readTree(in).get("@graph");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema.org vocabulary", e);
        }
        Map<String, Type> types = new LinkedHashMap<>();
        Map<String, Property> properties = new LinkedHashMap<>();
        for (JsonNode node : graph) {
            String id = node.path("@id").asText();
            if (!id.startsWith(SCHEMA)) {
                continue;
            }
            String name = id.substring(SCHEMA.length());
            List<String> kinds = ids(node.get("@type"));
            boolean pending = ids(node.get("schema:isPartOf")).contains(PENDING);
            Optional<String> supersededBy = ids(node.get("schema:supersededBy")).stream().findFirst();
            if (kinds.contains("rdfs:Class")) {
                types.put(name, new Type(name, ids(node.get("rdfs:subClassOf")), pending, supersededBy));
            } else if (kinds.contains("rdf:Property")) {
                properties.put(name, new Property(name, ids(node.get("schema:domainIncludes")),
                        ids(node.get("schema:rangeIncludes")), pending, supersededBy));
            }
        }
        return new Vocabulary(types, properties);
    }

    /** The ids in a JSON-LD value that is a string, an {@code {"@id": ...}} object, or an array of those. */
    private static List<String> ids(JsonNode value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (JsonNode v : value.isArray() ? value : List.of(value)) {
            String id = v.isTextual() ? v.asText() : v.path("@id").asText("");
            if (!id.isEmpty()) {
                ids.add(id.startsWith(SCHEMA) ? id.substring(SCHEMA.length()) : id);
            }
        }
        return List.copyOf(ids);
    }
}
