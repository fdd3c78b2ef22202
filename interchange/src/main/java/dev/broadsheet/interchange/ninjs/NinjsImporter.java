package dev.broadsheet.interchange.ninjs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.interchange.internal.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads IPTC ninjs documents — 1.x, 2.x and 3.x, as agencies send them — into Broadsheet values, through the
 * model's builders: bodies are sanitized with the {@linkplain Builder#policy(HtmlPolicy) article policy}, every
 * string is cleaned and checked, and whatever the model has no place for is listed in the {@link NinjsReport}
 * with its JSON pointer. The version is told from {@code standard.version}, then a {@code $schema} naming an IPTC
 * schema, then the spelling of the property names; the report says which.
 *
 * <pre>{@code
 * NinjsImporter importer = NinjsImporter.builder().build();     // immutable, thread-safe, reusable
 * NinjsImport result = importer.read(json);
 * result.article().ifPresent(store::save);
 * result.report().entries().forEach(log::info);                 // what did not map, and why
 * }</pre>
 *
 * <p><b>Limits.</b> A document longer than {@link Builder#maxDocumentChars(int) maxDocumentChars} (default
 * {@value #DEFAULT_MAX_DOCUMENT_CHARS}) or nested deeper than {@link Builder#maxDepth(int) maxDepth} (default
 * {@value #DEFAULT_MAX_DEPTH}) is refused with a {@link NinjsException}; of an array longer than
 * {@link Builder#maxItems(int) maxItems} (default {@value #DEFAULT_MAX_ITEMS}) only the first items are read and
 * the rest are reported. Malformed JSON is a {@code NinjsException} naming the line and column; content of the
 * wrong type is reported, never thrown.
 *
 * <p>Status: {@code pubStatus} {@code usable} (or none) is published, {@code withheld} a draft, {@code canceled}
 * withdrawn, and an {@code embargoedUntil} time makes it scheduled for that time. When the model's rules for that
 * status are not met (a picture without body, a story without byline) the article is imported as a draft and the
 * report says why.
 *
 * @since 0.2.0
 */
public final class NinjsImporter {

    /** Default {@link Builder#maxDocumentChars(int)}: 16 Mi characters, the article policy's maximum input. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = HtmlPolicy.DEFAULT_MAX_INPUT_LENGTH;
    /** Default {@link Builder#maxItems(int)}: most items read from one array. */
    public static final int DEFAULT_MAX_ITEMS = 1_000;
    /** Default {@link Builder#maxDepth(int)}: deepest nesting of arrays and objects. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Default {@link Builder#idPrefix(String)}. */
    public static final String DEFAULT_ID_PREFIX = "ninjs-";

    private final HtmlPolicy policy;
    private final String uriBase;
    private final String idPrefix;
    private final int maxDocumentChars;
    private final int maxItems;
    private final int maxDepth;
    private final ObjectMapper mapper;

    private NinjsImporter(Builder b) {
        this.policy = b.policy;
        this.uriBase = b.uriBase;
        this.idPrefix = b.idPrefix;
        this.maxDocumentChars = b.maxDocumentChars;
        this.maxItems = b.maxItems;
        this.maxDepth = b.maxDepth;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxDocumentLength(maxDocumentChars)
                        .maxStringLength(maxDocumentChars)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** @return a builder with every option at its default */
    public static Builder builder() {
        return new Builder();
    }

    HtmlPolicy policy() {
        return policy;
    }

    String uriBase() {
        return uriBase;
    }

    String idPrefix() {
        return idPrefix;
    }

    int maxItems() {
        return maxItems;
    }

    /**
     * Reads one ninjs document.
     *
     * @param json the document
     * @return the article and image it became, with the report
     * @throws NinjsException when it is not a JSON object, or larger or deeper than the limits
     */
    public NinjsImport read(String json) throws NinjsException {
        Objects.requireNonNull(json, "json");
        return read(new StringReader(json));
    }

    /**
     * Reads one ninjs document encoded in UTF-8 (as JSON must be between systems, RFC 8259).
     *
     * @param in the document; read to its end, not closed
     * @return the article and image it became, with the report
     * @throws NinjsException when it is not a JSON object, larger or deeper than the limits, or unreadable
     */
    public NinjsImport read(InputStream in) throws NinjsException {
        Objects.requireNonNull(in, "in");
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads one ninjs document.
     *
     * @param in the document; read to its end, not closed
     * @return the article and image it became, with the report
     * @throws NinjsException when it is not a JSON object, larger or deeper than the limits, or unreadable
     */
    public NinjsImport read(Reader in) throws NinjsException {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        JsonParser p = null;
        try {
            p = mapper.createParser(in);
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            root = mapper.readTree(p);
            if (root != null && p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new NinjsException("not a ninjs document: more JSON follows the document at line "
                        + at.getLineNr() + ", column " + at.getColumnNr(), at.getLineNr(), at.getColumnNr(), null);
            }
        } catch (StreamConstraintsException e) {
            JsonLocation at = p == null ? null : p.currentLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new NinjsException("the document is larger or deeper than the importer's limits ("
                    + maxDocumentChars + " characters, " + maxDepth + " levels) at line " + line + ", column "
                    + column + ": " + e.getOriginalMessage(), line, column, e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new NinjsException("malformed JSON at line " + line + ", column " + column + ": "
                    + e.getOriginalMessage(), line, column, e);
        } catch (NinjsException e) {
            throw e;
        } catch (IOException e) {
            throw new NinjsException("the document could not be read: " + e.getMessage(), -1, -1, e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException e) {
                    // the caller owns the source; nothing of ours is left open
                }
            }
        }
        if (root == null || !root.isObject()) {
            throw new NinjsException("not a ninjs document: the root must be a JSON object, was "
                    + (root == null ? "empty" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)),
                    1, 1, null);
        }
        return new DocumentMapper(this, root).map();
    }

    /**
     * Options of a {@link NinjsImporter}. Not thread-safe; the importer it builds is.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private HtmlPolicy policy = HtmlPolicy.article();
        private String uriBase = NinjsExporter.DEFAULT_URI_BASE;
        private String idPrefix = DEFAULT_ID_PREFIX;
        private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
        private int maxItems = DEFAULT_MAX_ITEMS;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * @param policy how bodies are sanitized; default {@link HtmlPolicy#article()}
         * @return this builder
         */
        public Builder policy(HtmlPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param base the {@link NinjsExporter.Builder#uriBase(String) uriBase} of documents this site wrote: a
         *     {@code uri} that starts with it gives back the article's own id; default
         *     {@value NinjsExporter#DEFAULT_URI_BASE}
         * @return this builder
         */
        public Builder uriBase(String base) {
            this.uriBase = Objects.requireNonNull(base, "base");
            return this;
        }

        /**
         * @param prefix put before the id made from a foreign {@code uri} (its host and path, with every character
         *     an id may not hold replaced by {@code -}); default {@value #DEFAULT_ID_PREFIX}. Letters, digits,
         *     {@code .}, {@code _}, {@code :} and {@code -}, starting with a letter or digit, at most 32
         * @return this builder
         * @throws IllegalArgumentException naming the value when it is not such a prefix
         */
        public Builder idPrefix(String prefix) {
            this.idPrefix = Options.idPrefix(prefix);
            return this;
        }

        /**
         * @param max longest document, in characters; longer ones are refused; default
         *     {@value #DEFAULT_MAX_DOCUMENT_CHARS}; at least 2
         * @return this builder
         */
        public Builder maxDocumentChars(int max) {
            this.maxDocumentChars = Options.atLeast(max, 2, "maxDocumentChars");
            return this;
        }

        /**
         * @param max most items read from any one array (headlines, bodies, people, subjects, renditions…); the
         *     rest are reported; default {@value #DEFAULT_MAX_ITEMS}; at least 1
         * @return this builder
         */
        public Builder maxItems(int max) {
            this.maxItems = Options.atLeast(max, 1, "maxItems");
            return this;
        }

        /**
         * @param max deepest nesting of arrays and objects; deeper documents are refused; default
         *     {@value #DEFAULT_MAX_DEPTH}; at least 4 (ninjs itself nests that deep)
         * @return this builder
         */
        public Builder maxDepth(int max) {
            this.maxDepth = Options.atLeast(max, 4, "maxDepth");
            return this;
        }


        /** @return the importer */
        public NinjsImporter build() {
            return new NinjsImporter(this);
        }
    }
}
