package dev.broadsheet.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.Tag;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes model values as JSON in one call each, with every problem reported as a
 * {@link ValidationException} carrying JSON paths — malformed JSON included ({@code json.syntax}). Instances are
 * immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * BroadsheetJson json = BroadsheetJson.storage();
 * Article article = json.read(text, Article.class);   // sanitized and validated
 * String out = BroadsheetJson.publicView().write(comment);  // never the email or IP
 * }</pre>
 *
 * <p>Limits: Jackson's default stream constraints apply (nesting depth 1,000, string length 20,000,000
 * characters, document length unlimited); past them reading fails with {@code json.limit}.
 *
 * @since 0.1.0
 */
public final class BroadsheetJson {

    /** Code of a violation for JSON that is not well-formed. */
    public static final String SYNTAX = "json.syntax";
    /** Code of a violation for JSON beyond the parser's limits. */
    public static final String LIMIT = "json.limit";

    private static final Map<Class<?>, BroadsheetModule.Read<?>> READERS = Map.ofEntries(
            Map.entry(Article.class, (BroadsheetModule.Read<Article>) ModelReader::article),
            Map.entry(Comment.class, (BroadsheetModule.Read<Comment>) ModelReader::comment),
            Map.entry(Commenter.class, (BroadsheetModule.Read<Commenter>) ModelReader::commenter),
            Map.entry(Subscriber.class, (BroadsheetModule.Read<Subscriber>) ModelReader::subscriber),
            Map.entry(Consent.class, (BroadsheetModule.Read<Consent>) ModelReader::consent),
            Map.entry(Person.class, (BroadsheetModule.Read<Person>) ModelReader::person),
            Map.entry(Byline.class, (BroadsheetModule.Read<Byline>) ModelReader::byline),
            Map.entry(Section.class, (BroadsheetModule.Read<Section>) ModelReader::section),
            Map.entry(Tag.class, (BroadsheetModule.Read<Tag>) ModelReader::tag),
            Map.entry(Image.class, (BroadsheetModule.Read<Image>) ModelReader::image),
            Map.entry(Credit.class, (BroadsheetModule.Read<Credit>) ModelReader::credit),
            Map.entry(Correction.class, (BroadsheetModule.Read<Correction>) ModelReader::correction));

    private static final BroadsheetJson STORAGE = new BroadsheetJson(BroadsheetModule.storage());
    private static final BroadsheetJson PUBLIC = new BroadsheetJson(BroadsheetModule.publicView());

    private final BroadsheetModule module;
    private final ObjectMapper mapper;

    private BroadsheetJson(BroadsheetModule module) {
        this.module = module;
        this.mapper = JsonMapper.builder().addModule(module).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
    }

    /**
     * JSON with every field, for the host's own storage.
     *
     * @return a shared instance with default policies
     */
    public static BroadsheetJson storage() {
        return STORAGE;
    }

    /**
     * JSON without private fields, for browsers and third parties.
     *
     * @return a shared instance with default policies
     */
    public static BroadsheetJson publicView() {
        return PUBLIC;
    }

    /**
     * JSON configured by a module.
     *
     * @param module the view and policies to use
     * @return a new instance
     */
    public static BroadsheetJson of(BroadsheetModule module) {
        return new BroadsheetJson(Objects.requireNonNull(module, "module"));
    }

    /**
     * A new mapper with this instance's module registered, for use with the rest of Jackson.
     *
     * @return a mapper the caller may configure further
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Reads one value.
     *
     * @param json the document
     * @param type a model type, such as {@code Article.class}
     * @param <T> the model type
     * @return the sanitized, validated value
     * @throws ValidationException listing every problem with its JSON path
     * @throws IllegalArgumentException when {@code type} is not a model type
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return convert(tree(json), type);
    }

    /**
     * Reads one value from a character stream, which is not closed.
     *
     * @param json the document
     * @param type a model type
     * @param <T> the model type
     * @return the sanitized, validated value
     * @throws ValidationException listing every problem with its JSON path
     * @throws UncheckedIOException when reading the stream fails
     */
    public <T> T read(Reader json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return convert(tree(json), type);
    }

    /**
     * Reads a JSON array of values; violations are reported under each element's index ({@code /3/headline}).
     *
     * @param json the document, a JSON array
     * @param type a model type
     * @param <T> the model type
     * @return the values in document order
     * @throws ValidationException listing every problem of every element
     */
    public <T> List<T> readList(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return convertList(tree(json), type, "");
    }

    /**
     * Converts a JSON tree that is already parsed into a value; for documents that embed model values.
     *
     * @param tree the value's JSON
     * @param type a model type
     * @param <T> the model type
     * @return the sanitized, validated value
     * @throws ValidationException listing every problem with its JSON path
     */
    public <T> T convert(JsonNode tree, Class<T> type) {
        return BroadsheetModule.readTree(module.settings(), type, tree, reader(type));
    }

    /**
     * Converts a JSON array tree into values, with paths under {@code path}.
     *
     * @param tree a JSON array
     * @param type a model type
     * @param path the array's own JSON pointer in its document, {@code ""} for the root
     * @param <T> the model type
     * @return the values
     * @throws ValidationException listing every problem with its JSON path
     */
    public <T> List<T> convertList(JsonNode tree, Class<T> type, String path) {
        BroadsheetModule.Read<T> read = reader(type);
        ModelReader reader = new ModelReader(module.settings());
        if (!tree.isArray()) {
            throw new ValidationException(type.getSimpleName() + " list", List.of(new Violation(path, Fields.TYPE,
                    "must be a JSON array, was " + Fields.kind(tree), null)));
        }
        List<T> out = new ArrayList<>(tree.size());
        int i = 0;
        for (JsonNode element : tree) {
            T value = read.read(reader, element, path + "/" + i);
            if (value != null) {
                out.add(value);
            }
            i++;
        }
        Violations.throwIfAny(type.getSimpleName() + " list", reader.problems());
        return List.copyOf(out);
    }

    /**
     * Writes a value (a model value, or a list or map of them) compactly.
     *
     * @param value what to write
     * @return the JSON text
     */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Writes a value indented, for files people read and golden tests.
     *
     * @param value what to write
     * @return the JSON text, two-space indented
     */
    public String writePretty(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Writes a value to a character stream, which is not closed.
     *
     * @param value what to write
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public void write(Object value, Writer out) {
        try {
            mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> BroadsheetModule.Read<T> reader(Class<T> type) {
        Objects.requireNonNull(type, "type");
        BroadsheetModule.Read<?> read = READERS.get(type);
        if (read == null) {
            throw new IllegalArgumentException("type must be a Broadsheet model type, was " + type.getName());
        }
        return (BroadsheetModule.Read<T>) read;
    }

    private JsonNode tree(String json) {
        try {
            return parsed(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw syntax(e);
        }
    }

    private JsonNode tree(Reader json) {
        try {
            return parsed(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw syntax(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parsed(JsonNode tree) {
        return tree == null ? mapper.getNodeFactory().missingNode() : tree;
    }

    private static ValidationException syntax(JsonProcessingException e) {
        boolean limit = e instanceof StreamConstraintsException;
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return new ValidationException("JSON document", List.of(new Violation("", limit ? LIMIT : SYNTAX,
                (limit ? "exceeds a parser limit" : "is not well-formed JSON") + where + ": " + e.getOriginalMessage(),
                null)));
    }
}
