package dev.broadsheet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public XSS corpus: all 149 vectors of the HTML5 Security Cheatsheet (H5SC, MPL-2.0), shipped as the
 * classpath resource {@code dev/broadsheet/testing/xss/h5sc-vectors.json} with its README (source commit,
 * licence, field meanings).
 *
 * <p>A sanitizer must make every vector inert, whatever {@link Vector#chromiumRaw()} says; the vectors marked
 * {@link RawResult#EXECUTED} are the positive controls that prove a script-execution check can fail.
 */
public final class XssVectors {

    private static final String RESOURCE = "xss/h5sc-vectors.json";

    private static final List<Vector> ALL = load();

    private XssVectors() {
    }

    /** What happened when the raw payload was put in a minimal page's body in headless Chromium 156. */
    public enum RawResult {
        /** JavaScript ran (with simulated hover, focus and click). */
        EXECUTED,
        /** No JavaScript ran, typically a vector for another engine. */
        CLEAN,
        /** Not recorded for this vector. */
        UNKNOWN
    }

    /**
     * One attack vector.
     *
     * @param id stable id {@code h5sc-NNN}, NNN being the item's id in H5SC
     * @param name H5SC's English title
     * @param category H5SC's category, for example {@code html5} or {@code svg}
     * @param payload the vector, verbatim (may contain CR/LF and comments)
     * @param trigger JavaScript that H5SC's test page runs to trigger the vector, when it has one
     * @param chromiumRaw whether the raw payload ran script in headless Chromium
     */
    public record Vector(String id, String name, String category, String payload, Optional<String> trigger,
            RawResult chromiumRaw) {
        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * Every vector, in id order.
     *
     * @return an immutable list of 149 vectors
     */
    public static List<Vector> all() {
        return ALL;
    }

    /**
     * The vectors whose raw payload ran script in headless Chromium: the positive controls.
     *
     * @return an immutable list
     */
    public static List<Vector> executedInChromium() {
        return ALL.stream().filter(v -> v.chromiumRaw() == RawResult.EXECUTED).toList();
    }

    private static List<Vector> load() {
        try (InputStream in = XssVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: dev/broadsheet/testing/" + RESOURCE);
            }
            List<Vector> vectors = new ArrayList<>();
            for (JsonNode v : new ObjectMapper().readTree(in)) {
                JsonNode trigger = v.get("trigger");
                JsonNode raw = v.get("chromium_raw");
                vectors.add(new Vector(v.get("id").asText(), v.path("name").asText(), v.path("category").asText(),
                        v.get("payload").asText(),
                        trigger == null || trigger.isNull() ? Optional.empty() : Optional.of(trigger.asText()),
                        raw == null || raw.isNull() ? RawResult.UNKNOWN : RawResult.valueOf(raw.asText())));
            }
            return List.copyOf(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/broadsheet/testing/" + RESOURCE, e);
        }
    }
}
