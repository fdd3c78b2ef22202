package dev.broadsheet.interchange.ninjs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes articles and images as IPTC ninjs documents: ninjs 3.1 by default, 2.2 on request. The field mapping is
 * tabled in {@code interchange/README.md}; {@link NinjsImporter} reads the documents back.
 *
 * <pre>{@code
 * NinjsExporter ninjs = NinjsExporter.builder()
 *         .uriBase("https://news.example/articles/")      // the article's id is appended
 *         .build();                                       // immutable, thread-safe, reusable
 * String json = ninjs.toJson(article);
 * }</pre>
 *
 * <p>Everything written is already clean: the HTML body is the article's {@link dev.broadsheet.html.SafeHtml}, the
 * plain-text body its {@link PlainText}, and every other string is plain text that the JSON writer escapes. No
 * private field (commenters, subscribers) is part of an article, so none can be written.
 *
 * <p>An exporter holds only its configuration; each call writes with its own generator, so one exporter may be
 * shared by any number of threads.
 *
 * @since 0.2.0
 */
public final class NinjsExporter {

    /** Default {@link Builder#uriBase(String)}: a URN, so documents are identified without a site's URL. */
    public static final String DEFAULT_URI_BASE = "urn:broadsheet:article:";
    /** Default {@link Builder#version(NinjsVersion)}. */
    public static final NinjsVersion DEFAULT_VERSION = NinjsVersion.V3_1;

    /** Role of the headline, body and description written for the article's own text. */
    static final String ROLE_MAIN = "main";
    /** Role of the dek among the headlines. */
    static final String ROLE_SUB = "sub";
    /** Role of the description written from {@link Article#description()}. */
    static final String ROLE_SUMMARY = "summary";
    /** Role of each description written from a {@link Correction}. */
    static final String ROLE_CORRECTION = "correction";
    /** Role of an image's alt text among its descriptions. */
    static final String ROLE_ALT = "alt";
    /** Role of an image's caption among its descriptions. */
    static final String ROLE_CAPTION = "caption";
    /** {@code rel} of the subjects written from the section path. */
    static final String REL_SECTION = "section";
    /** {@code role} of the info source written from the credit. */
    static final String ROLE_SOURCE = "originator";
    /** {@code role} of the alternative id that holds the canonical URL. */
    static final String ROLE_CANONICAL = "canonical";
    /** Name of the association that holds the featured image. */
    static final String FEATURED_IMAGE = "featureimage";
    /** Name of the rendition that is the image's own file. */
    static final String ORIGINAL = "original";
    /** How a correction's time and note are written in its description: {@code Corrected <instant>: <note>}. */
    static final String CORRECTION_PREFIX = "Corrected ";

    /**
     * An IPTC genre to write into {@code genres}.
     *
     * @param name the genre's name, such as {@code Analysis}
     * @param uri its identifier, such as {@code http://cv.iptc.org/newscodes/genre/Analysis}, or null
     * @since 0.2.0
     */
    public record Genre(String name, @Nullable String uri) {
        /** Checks the components. */
        public Genre {
            Objects.requireNonNull(name, "name");
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final String uriBase;
    private final NinjsVersion version;
    private final boolean pretty;
    private final Function<? super Article, ? extends List<Genre>> genres;

    private NinjsExporter(Builder b) {
        this.uriBase = b.uriBase;
        this.version = b.version;
        this.pretty = b.pretty;
        this.genres = b.genres;
    }

    /** @return a builder with every option at its default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the version this exporter writes */
    public NinjsVersion version() {
        return version;
    }

    /**
     * The ninjs {@code uri} of an article: {@link Builder#uriBase(String) uriBase} followed by its id.
     *
     * @param article the article
     * @return its uri
     */
    public String uri(Article article) {
        return ascii(uriBase + Objects.requireNonNull(article, "article").id());
    }

    /**
     * A URL as the schema's {@code uri} format wants it: the model accepts IRIs (a path such as
     * {@code /bakı.jpg}), RFC 3986 does not, so every non-ASCII character is percent-encoded as UTF-8.
     */
    static String ascii(String url) {
        int i = 0;
        while (i < url.length() && url.charAt(i) < 0x80) {
            i++;
        }
        if (i == url.length()) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() + 16).append(url, 0, i);
        url.substring(i).codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        });
        return out.toString();
    }

    /**
     * Writes an article as a ninjs document of {@code type} {@code text}, with its featured image as the
     * association {@code featureimage}.
     *
     * @param article the article
     * @param out where to; not closed
     * @throws IOException when {@code out} fails
     */
    public void write(Article article, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        try (JsonGenerator g = generator(out)) {
            article(g, article);
        }
    }

    /**
     * @param article the article
     * @return the article as a ninjs document
     */
    public String toJson(Article article) {
        // the HTML body, its text, and about 2,000 characters of the rest: one buffer, no regrowing
        Objects.requireNonNull(article, "article");
        StringWriter w = new StringWriter(2_048 + 2 * article.body().html().length());
        try {
            write(article, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Writes an image as a ninjs document of {@code type} {@code picture}, identified by its URL.
     *
     * @param image the image
     * @param out where to; not closed
     * @throws IOException when {@code out} fails
     */
    public void write(Image image, Appendable out) throws IOException {
        Objects.requireNonNull(image, "image");
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("uri", ascii(image.url()));
            standard(g);
            image(g, image);
            g.writeEndObject();
        }
    }

    /**
     * @param image the image
     * @return the image as a ninjs picture document
     */
    public String toJson(Image image) {
        StringWriter w = new StringWriter();
        try {
            write(image, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private JsonGenerator generator(Appendable out) throws IOException {
        Writer w = out instanceof Writer writer ? writer : new AppendableWriter(out);
        JsonGenerator g = JSON.createGenerator(w);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    private String k(String v3) {
        return version.key(v3);
    }

    private void standard(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("standard");
        g.writeStringField("name", "ninjs");
        g.writeStringField("version", version.number());
        g.writeStringField("schema", version.schemaUri());
        g.writeEndObject();
    }

    private void article(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("uri", uri(a));
        standard(g);
        g.writeStringField("type", "text");
        g.writeStringField("version", Integer.toString(1 + a.corrections().size()));
        Instant published = a.publishedAt().orElse(null);
        if (published != null) {
            g.writeStringField(k("firstCreated"), published.toString());
            g.writeStringField(k("versionCreated"), a.modifiedAt().orElse(published).toString());
            if (a.status() == ArticleStatus.SCHEDULED) {
                g.writeStringField(k("embargoedUntil"), published.toString());
            }
        }
        g.writeStringField(k("pubStatus"), switch (a.status()) {
            case PUBLISHED -> "usable";
            case WITHDRAWN -> "canceled";
            case DRAFT, SCHEDULED -> "withheld";
        });
        if (a.language().isPresent()) {
            g.writeStringField("language", a.language().get());
        }
        g.writeStringField("slugline", a.slug());
        g.writeArrayFieldStart("headlines");
        text(g, ROLE_MAIN, "text/plain", a.headline());
        if (a.dek().isPresent()) {
            text(g, ROLE_SUB, "text/plain", a.dek().get());
        }
        g.writeEndArray();
        people(g, a.authors());
        subjects(g, a);
        List<Genre> gs = genres.apply(a);
        if (gs != null && !gs.isEmpty()) {
            g.writeArrayFieldStart("genres");
            for (Genre genre : gs) {
                g.writeStartObject();
                g.writeStringField("name", genre.name());
                if (genre.uri() != null) {
                    g.writeStringField("uri", genre.uri());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (a.description().isPresent() || !a.corrections().isEmpty()) {
            g.writeArrayFieldStart("descriptions");
            if (a.description().isPresent()) {
                text(g, ROLE_SUMMARY, "text/plain", a.description().get());
            }
            for (Correction c : a.corrections()) {
                text(g, ROLE_CORRECTION, "text/plain", CORRECTION_PREFIX + c.at() + ": " + c.note());
            }
            g.writeEndArray();
        }
        if (!a.body().isEmpty()) {
            String plain = PlainText.of(a.body());
            g.writeArrayFieldStart("bodies");
            body(g, "text/html", a.body().html(), plain, a.body().wordCount());
            body(g, "text/plain", plain, plain, a.body().wordCount());
            g.writeEndArray();
        }
        if (a.credit().isPresent()) {
            credit(g, a.credit().get());
        }
        if (a.canonicalUrl().isPresent()) {
            g.writeArrayFieldStart(k("altIds"));
            g.writeStartObject();
            g.writeStringField("role", ROLE_CANONICAL);
            g.writeStringField("value", a.canonicalUrl().get());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (a.featuredImage().isPresent()) {
            Image image = a.featuredImage().get();
            g.writeArrayFieldStart("associations");
            g.writeStartObject();
            g.writeStringField("name", FEATURED_IMAGE);
            g.writeStringField("uri", ascii(image.url()));
            image(g, image);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void text(JsonGenerator g, String role, String contentType, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeStringField(k("contentType"), contentType);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private void body(JsonGenerator g, String contentType, String value, String plain, long words)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("role", ROLE_MAIN);
        g.writeStringField(k("contentType"), contentType);
        g.writeNumberField(k("charCount"), plain.codePointCount(0, plain.length()));
        g.writeNumberField(k("wordCount"), words);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private void people(JsonGenerator g, List<Byline> bylines) throws IOException {
        if (bylines.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Byline b : bylines) {
            names.add(b.person().name());
        }
        g.writeStringField("by", by(names));
        g.writeArrayFieldStart("people");
        for (Byline b : bylines) {
            g.writeStartObject();
            g.writeStringField("name", b.person().name());
            g.writeStringField("rel", b.role().name().toLowerCase(Locale.ROOT));
            g.writeStringField("literal", b.person().slug());
            if (b.person().url().isPresent()) {
                g.writeStringField("uri", ascii(b.person().url().get()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The {@code by} line: names joined with commas and a final "and". */
    static String by(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void subjects(JsonGenerator g, Article a) throws IOException {
        if (a.section().isEmpty() && a.tags().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("subjects");
        if (a.section().isPresent()) {
            for (Section s : a.section().get().path()) {
                subject(g, s.name(), s.slug(), REL_SECTION);
            }
        }
        for (Tag t : a.tags()) {
            subject(g, t.name(), t.slug(), null);
        }
        g.writeEndArray();
    }

    private static void subject(JsonGenerator g, String name, String literal, @Nullable String rel)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        if (rel != null) {
            g.writeStringField("rel", rel);
        }
        g.writeStringField("literal", literal);
        g.writeEndObject();
    }

    private void credit(JsonGenerator g, Credit c) throws IOException {
        g.writeStringField(k("copyrightNotice"), "© " + c.source());
        if (c.dateline().isPresent()) {
            g.writeStringField("located", c.dateline().get());
        }
        g.writeArrayFieldStart(k("infoSources"));
        g.writeStartObject();
        g.writeStringField("name", c.source());
        g.writeStringField("role", ROLE_SOURCE);
        if (c.url().isPresent()) {
            g.writeStringField("uri", ascii(c.url().get()));
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    /** The fields of a picture, inside an object whose {@code uri} is written already. */
    private void image(JsonGenerator g, Image image) throws IOException {
        g.writeStringField("type", "picture");
        if (image.credit().isPresent()) {
            g.writeStringField("by", image.credit().get());
        }
        g.writeArrayFieldStart("descriptions");
        text(g, ROLE_ALT, "text/plain", image.alt().orElse(""));
        if (image.caption().isPresent()) {
            text(g, ROLE_CAPTION, "text/plain", image.caption().get());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("renditions");
        rendition(g, ORIGINAL, image.url(), image.width().orElse(null), image.height().orElse(null));
        for (Image.Rendition r : image.renditions()) {
            rendition(g, r.width() + "x" + r.height(), r.url(), r.width(), r.height());
        }
        g.writeEndArray();
    }

    private void rendition(JsonGenerator g, String name, String href, @Nullable Integer width,
            @Nullable Integer height) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("href", ascii(href));
        String type = mediaType(href);
        if (type != null) {
            g.writeStringField(k("contentType"), type);
        }
        if (width != null && height != null) {
            g.writeNumberField("width", width);
            g.writeNumberField("height", height);
        }
        g.writeEndObject();
    }

    /** The image media type a URL's file extension names, or null. */
    static @Nullable String mediaType(String url) {
        String path = url;
        int cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return null;
        }
        return switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "svg" -> "image/svg+xml";
            default -> null;
        };
    }

    /** Lets Jackson write to any {@link Appendable}. */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.append(java.nio.CharBuffer.wrap(buf, off, len));
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            out.append(s, off, off + len);
        }

        @Override
        public void flush() throws IOException {
            if (out instanceof java.io.Flushable f) {
                f.flush();
            }
        }

        @Override
        public void close() {
            // the caller owns the target
        }
    }

    /**
     * Options of a {@link NinjsExporter}. Not thread-safe; the exporter it builds is.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private String uriBase = DEFAULT_URI_BASE;
        private NinjsVersion version = DEFAULT_VERSION;
        private boolean pretty;
        private Function<? super Article, ? extends List<Genre>> genres = a -> List.of();

        private Builder() {
        }

        /**
         * @param base put before an article's id to make its ninjs {@code uri}; a site usually passes the base URL
         *     of its articles, such as {@code https://news.example/articles/}; default {@value #DEFAULT_URI_BASE}.
         *     An absolute URI (it has a scheme) without spaces, quotes or angle brackets
         * @return this builder
         * @throws IllegalArgumentException naming the value when it is not such a URI
         */
        public Builder uriBase(String base) {
            Objects.requireNonNull(base, "base");
            if (!base.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s\"<>\\\\^`{|}]*") || base.length() > 1_000) {
                throw new IllegalArgumentException("uriBase must be an absolute URI of at most 1,000 characters "
                        + "without spaces, quotes or angle brackets, was \"" + base + "\"");
            }
            this.uriBase = base;
            return this;
        }

        /**
         * @param version {@link NinjsVersion#V3_1} or {@link NinjsVersion#V2_2}; default {@link #DEFAULT_VERSION}
         * @return this builder
         * @throws IllegalArgumentException for {@link NinjsVersion#V1}, which is read but not written
         */
        public Builder version(NinjsVersion version) {
            Objects.requireNonNull(version, "version");
            if (version == NinjsVersion.V1) {
                throw new IllegalArgumentException("version must be V3_1 or V2_2 (ninjs 1.x is read, not written), "
                        + "was " + version);
            }
            this.version = version;
            return this;
        }

        /**
         * @param pretty true to indent the JSON; default false
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * @param genres the IPTC genres of an article, such as {@code Analysis} or {@code Opinion} (the model has
         *     no genre field, so the host says); called once per article; default none
         * @return this builder
         */
        public Builder genres(Function<? super Article, ? extends List<Genre>> genres) {
            this.genres = Objects.requireNonNull(genres, "genres");
            return this;
        }

        /** @return the exporter */
        public NinjsExporter build() {
            return new NinjsExporter(this);
        }
    }
}
