package dev.broadsheet.interchange.ninjs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the import of one ninjs document did: the version it read the document as (and why), every property it
 * could not carry into the model ({@linkplain Kind#UNMAPPED unmapped}, by JSON pointer), every value the model
 * refused ({@linkplain Kind#REJECTED rejected}, with the violation's code) and every value it had to change
 * ({@linkplain Kind#CHANGED changed}: a sanitized body, a headline taken from {@code title}, a status lowered to
 * draft). Nothing in the document is dropped without an entry here.
 *
 * <p>At most {@value #MAX_ENTRIES} entries are kept; past that they are only counted
 * ({@link #entriesOverLimit()}). A report is filled by one import and is not thread-safe while it runs.
 *
 * @since 0.2.0
 */
public final class NinjsReport {

    /** Most entries kept; further ones are counted in {@link #entriesOverLimit()}. */
    public static final int MAX_ENTRIES = 10_000;

    /** What an entry says about a value. */
    public enum Kind {
        /** The property has no place in the model and was not imported. */
        UNMAPPED,
        /** The value is invalid (wrong JSON type, broken model rule); it was not imported. */
        REJECTED,
        /** The value was imported in a changed form. */
        CHANGED
    }

    /**
     * One thing the report says about one value of the document.
     *
     * @param kind unmapped, rejected or changed
     * @param path the JSON pointer of the value in the document ({@code /people/1}, {@code /bodies/0/value}), or
     *     of the model field ({@code /status}) for changes that concern the result as a whole
     * @param code a stable code, such as {@code unmapped}, {@code type}, {@code required} or {@code sanitized}
     * @param message for people
     */
    public record Entry(Kind kind, String path, String code, String message) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long overLimit;
    private NinjsVersion version = NinjsVersion.V3_1;
    private String detectedBy = "";

    NinjsReport() {
    }

    void version(NinjsVersion v, String why) {
        this.version = v;
        this.detectedBy = why;
    }

    void unmapped(String path, String message) {
        add(new Entry(Kind.UNMAPPED, path, "unmapped", message));
    }

    void reject(String path, String code, String message) {
        add(new Entry(Kind.REJECTED, path, code, message));
    }

    void change(String path, String code, String message) {
        add(new Entry(Kind.CHANGED, path, code, message));
    }

    private void add(Entry e) {
        if (entries.size() < MAX_ENTRIES) {
            entries.add(e);
        } else {
            overLimit++;
        }
    }

    /** @return the version the document was read as */
    public NinjsVersion version() {
        return version;
    }

    /** @return how the version was told, such as {@code standard.version "3.1"} or {@code camel-case property names} */
    public String versionDetectedBy() {
        return detectedBy;
    }

    /** @return every entry, in the order the import made them */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /**
     * @param kind which entries
     * @return the entries of that kind, in order
     */
    public List<Entry> entries(Kind kind) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() == kind) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the JSON pointers of the properties that were not imported, in document order */
    public List<String> unmappedPaths() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries(Kind.UNMAPPED)) {
            out.add(e.path());
        }
        return out;
    }

    /** @return entries only counted because {@value #MAX_ENTRIES} were kept already */
    public long entriesOverLimit() {
        return overLimit;
    }

    /**
     * Writes the report as pretty-printed JSON: {@code version}, {@code versionDetectedBy}, {@code entries}
     * (each with {@code kind}, {@code path}, {@code code}, {@code message}) and {@code entriesOverLimit}.
     *
     * @param out where to; not closed
     * @throws IOException when writing fails
     */
    public void writeJson(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("version", version.number());
        g.writeStringField("versionDetectedBy", detectedBy);
        g.writeArrayFieldStart("entries");
        for (Entry e : entries) {
            g.writeStartObject();
            g.writeStringField("kind", e.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("path", e.path());
            g.writeStringField("code", e.code());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("entriesOverLimit", overLimit);
        g.writeEndObject();
        g.flush();
    }

    /** @return the report as JSON */
    public String toJson() {
        StringWriter w = new StringWriter();
        try {
            writeJson(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    @Override
    public String toString() {
        return "NinjsReport[" + version.number() + ", unmapped=" + entries(Kind.UNMAPPED).size() + ", rejected="
                + entries(Kind.REJECTED).size() + ", changed=" + entries(Kind.CHANGED).size() + "]";
    }
}
