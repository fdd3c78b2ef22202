package dev.broadsheet.interchange.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The official IPTC ninjs JSON Schemas (copied into the test resources, see NOTICE.md there), checked by the
 * networknt validator with format assertions on, so {@code date-time} and {@code uri} are enforced too.
 */
final class IptcSchemas {

    private static final Schema V3_1 = load("ninjs-schema_3.1.json");
    private static final Schema V2_2 = load("ninjs-schema_2.2.json");

    private IptcSchemas() {
    }

    /** @return the schema's complaints about the document; empty when it is valid */
    static List<String> errors(NinjsVersion version, String json) {
        Schema schema = switch (version) {
            case V3_1 -> V3_1;
            case V2_2 -> V2_2;
            case V1 -> throw new IllegalArgumentException("no ninjs 1 schema is kept");
        };
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(IptcSchemas.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String name) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(resource(name), InputFormat.JSON);
    }
}
