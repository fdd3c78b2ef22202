package dev.broadsheet.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.broadsheet.html.HtmlPolicy;
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
import dev.broadsheet.validation.EmailPolicy;
import java.io.IOException;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Jackson support for every model type, as one module to register on an {@code ObjectMapper}. The model itself
 * carries no Jackson annotations.
 *
 * <p>Two views exist. The {@linkplain #storage() storage view} writes and reads everything, for a host's own
 * database or files. The {@linkplain #publicView() public view} never writes a commenter's email or IP address,
 * a subscriber's email address or consent record (and there are no tokens in the model to leak); use it for
 * anything a browser or a third party may see.
 *
 * <p>Reading never trusts markup: an article's {@code body} (or {@code bodyMarkdown}) is sanitized with
 * {@link Settings#articlePolicy()} and a comment's with {@link Settings#commentPolicy()}, default
 * {@link HtmlPolicy#article()} and {@link HtmlPolicy#comment()}. Reading also runs the model's cleaning and
 * validation; a bad document fails with a {@link dev.broadsheet.validation.ValidationException} that lists every
 * violation with its JSON path (when a model type is nested inside your own types, Jackson wraps it in a
 * {@code JsonMappingException} whose cause is that exception). Unknown fields are violations
 * ({@code json.unknown_field}) because they are usually typos that would otherwise lose data silently.
 * {@link BroadsheetJson} offers the same with less ceremony.
 *
 * <p>The JSON format is documented in the project README.
 *
 * @since 0.1.0
 */
public final class BroadsheetModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private final transient Settings settings;

    private BroadsheetModule(Settings settings) {
        super("broadsheet", Version.unknownVersion());
        this.settings = settings;
        boolean pub = settings.view() == View.PUBLIC;
        register(Article.class, pub, ModelWriter::article, ModelReader::article);
        register(Comment.class, pub, ModelWriter::comment, ModelReader::comment);
        register(Commenter.class, pub, ModelWriter::commenter, ModelReader::commenter);
        register(Subscriber.class, pub, ModelWriter::subscriber, ModelReader::subscriber);
        register(Consent.class, pub, ModelWriter::consent, ModelReader::consent);
        register(Person.class, pub, ModelWriter::person, ModelReader::person);
        register(Byline.class, pub, ModelWriter::byline, ModelReader::byline);
        register(Section.class, pub, ModelWriter::section, ModelReader::section);
        register(Tag.class, pub, ModelWriter::tag, ModelReader::tag);
        register(Image.class, pub, ModelWriter::image, ModelReader::image);
        register(Credit.class, pub, ModelWriter::credit, ModelReader::credit);
        register(Correction.class, pub, ModelWriter::correction, ModelReader::correction);
    }

    /**
     * The storage view with default policies.
     *
     * @return a module that writes and reads every field
     */
    public static BroadsheetModule storage() {
        return builder().build();
    }

    /**
     * The public view with default policies.
     *
     * @return a module that never writes private fields
     */
    public static BroadsheetModule publicView() {
        return builder().view(View.PUBLIC).build();
    }

    /**
     * Starts configuring a module.
     *
     * @return a builder with the defaults named in {@link Builder}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This module's settings.
     *
     * @return the view and policies it uses
     */
    public Settings settings() {
        return settings;
    }

    @Override
    public Object getTypeId() {
        return BroadsheetModule.class.getName() + "/" + settings.view();
    }

    /** Which fields a module writes. */
    public enum View {
        /** Every field, for the host's own storage. */
        STORAGE,
        /** No private field: no commenter email or IP, no subscriber email or consent record. */
        PUBLIC
    }

    /**
     * A module's configuration.
     *
     * @param view which fields are written
     * @param articlePolicy policy for article bodies read from JSON
     * @param commentPolicy policy for comment bodies read from JSON
     * @param emailPolicy which email forms are accepted when reading
     * @since 0.1.0
     */
    public record Settings(View view, HtmlPolicy articlePolicy, HtmlPolicy commentPolicy, EmailPolicy emailPolicy) {

        /**
         * Checks that every setting is present.
         *
         * @param view view
         * @param articlePolicy article policy
         * @param commentPolicy comment policy
         * @param emailPolicy email policy
         */
        public Settings {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(articlePolicy, "articlePolicy");
            Objects.requireNonNull(commentPolicy, "commentPolicy");
            Objects.requireNonNull(emailPolicy, "emailPolicy");
        }
    }

    /**
     * Configures a {@link BroadsheetModule}. Defaults: {@link View#STORAGE}, {@link HtmlPolicy#article()},
     * {@link HtmlPolicy#comment()}, {@link EmailPolicy#strict()}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private View view = View.STORAGE;
        private HtmlPolicy articlePolicy = HtmlPolicy.article();
        private HtmlPolicy commentPolicy = HtmlPolicy.comment();
        private EmailPolicy emailPolicy = EmailPolicy.strict();

        private Builder() {
        }

        /**
         * @param view which fields to write
         * @return this builder
         */
        public Builder view(View view) {
            this.view = Objects.requireNonNull(view, "view");
            return this;
        }

        /**
         * @param policy the policy article bodies are sanitized with when read
         * @return this builder
         */
        public Builder articlePolicy(HtmlPolicy policy) {
            this.articlePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param policy the policy comment bodies are sanitized with when read
         * @return this builder
         */
        public Builder commentPolicy(HtmlPolicy policy) {
            this.commentPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param policy which email forms to accept when reading
         * @return this builder
         */
        public Builder emailPolicy(EmailPolicy policy) {
            this.emailPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the module.
         *
         * @return a module to register with {@code ObjectMapper.registerModule}
         */
        public BroadsheetModule build() {
            return new BroadsheetModule(new Settings(view, articlePolicy, commentPolicy, emailPolicy));
        }
    }

    @FunctionalInterface
    interface Write<T> {
        void write(ModelWriter writer, T value) throws IOException;
    }

    @FunctionalInterface
    interface Read<T> {
        @Nullable T read(ModelReader reader, JsonNode node, String path);
    }

    private <T> void register(Class<T> type, boolean publicView, Write<T> write, Read<T> read) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                write.write(new ModelWriter(gen, publicView), value);
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                JsonNode tree = p.readValueAsTree();
                return readTree(settings, type, tree == null ? ctx.getNodeFactory().nullNode() : tree, read);
            }
        });
    }

    static <T> T readTree(Settings settings, Class<T> type, JsonNode tree, Read<T> read) {
        ModelReader reader = new ModelReader(settings);
        T value = read.read(reader, tree, "");
        Violations.throwIfAny(type.getSimpleName(), reader.problems());
        return Objects.requireNonNull(value);
    }

    static <T> BiFunction<ModelReader, JsonNode, @Nullable T> reader(Read<T> read) {
        return (r, n) -> read.read(r, n, "");
    }
}
