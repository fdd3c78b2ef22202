package dev.broadsheet.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The public XSS corpus in {@code src/test/resources/xss/} (the HTML5 Security Cheatsheet, MPL 2.0; see the README
 * beside it). Reusable by any test that wants attack vectors, including browser-based ones.
 */
public final class XssCorpus {

    /** Classpath location of the vectors. */
    public static final String RESOURCE = "/xss/h5sc-vectors.json";

    /**
     * One attack vector.
     *
     * @param id stable id such as {@code h5sc-001}
     * @param payload the markup, verbatim
     * @param name English title
     * @param category H5SC category
     * @param trigger JavaScript that triggers the vector in a page (a click, …), or empty
     */
    public record Vector(String id, String payload, String name, String category, String trigger) {
        @Override
        public String toString() {
            return id + " " + name;
        }
    }

    private XssCorpus() {
    }

    /**
     * Loads every vector.
     *
     * @return the vectors in file order
     */
    public static List<Vector> load() {
        try (InputStream in = Objects.requireNonNull(XssCorpus.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Vector> vectors = new ArrayList<>();
            for (JsonNode v : root) {
                vectors.add(new Vector(v.path("id").asText(), v.path("payload").asText(), v.path("name").asText(),
                        v.path("category").asText(), v.path("trigger").asText("")));
            }
            return List.copyOf(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
