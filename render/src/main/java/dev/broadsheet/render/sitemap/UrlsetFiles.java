package dev.broadsheet.render.sitemap;

import dev.broadsheet.render.internal.TextOut;
import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.XmlWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code <url>} entries into as many {@code <urlset>} files as the limits need: each entry is written into a
 * small reused buffer first, and goes into the current file only if the file stays within both the URL and the
 * byte limit; otherwise the file is closed and a new one started. Nothing is dropped, and memory stays constant
 * however many entries there are. One instance serves one render call.
 */
final class UrlsetFiles {

    private static final String END = "</urlset>\n";

    private final SitemapFiles files;
    private final String prefix;
    private final String baseUrl;
    private final String namespaces;
    private final int maxUrls;
    private final long maxBytes;
    private final boolean gzip;
    private final Utf8Out entry = Utf8Out.inMemory(2048);
    private final XmlWriter entryXml = XmlWriter.to(TextOut.of(entry));
    private final List<SitemapFile> written = new ArrayList<>();

    private @Nullable OutputStream stream;
    private @Nullable Utf8Out out;
    private @Nullable String name;
    private int urls;
    private @Nullable Instant newest;

    UrlsetFiles(SitemapFiles files, String prefix, String baseUrl, String namespaces, int maxUrls, long maxBytes,
            boolean gzip) {
        this.files = files;
        this.prefix = prefix;
        this.baseUrl = baseUrl;
        this.namespaces = namespaces;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
        this.gzip = gzip;
    }

    /** Adds one entry, written by {@code body} between {@code <url>} and {@code </url>}. */
    void add(@Nullable Instant lastmod, Consumer<XmlWriter> body) {
        entry.reset();
        entryXml.start("url");
        body.accept(entryXml);
        entryXml.end("url").newline();
        long size = entry.position();
        if (out != null && (urls == maxUrls || out.position() + size + END.length() > maxBytes)) {
            close();
        }
        if (out == null) {
            open();
            if (out.position() + size + END.length() > maxBytes) {
                throw new IllegalStateException("one sitemap entry of " + size + " bytes does not fit in "
                        + maxBytes + " bytes");
            }
        }
        out.append(entry);
        urls++;
        if (lastmod != null && (newest == null || lastmod.isAfter(newest))) {
            newest = lastmod;
        }
    }

    /** Closes the last file. With no entries there is no file: a {@code <urlset>} needs at least one URL. */
    List<SitemapFile> finish() {
        if (out != null) {
            close();
        }
        return List.copyOf(written);
    }

    private void open() {
        name = prefix + "-" + (written.size() + 1) + (gzip ? ".xml.gz" : ".xml");
        try {
            OutputStream raw = files.open(name);
            stream = gzip ? new GZIPOutputStream(raw, 8192) : raw;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open sitemap file " + name, e);
        }
        out = Utf8Out.to(stream);
        XmlWriter.to(TextOut.of(out)).declaration().start("urlset").markup(namespaces).newline();
        urls = 0;
        newest = null;
    }

    private void close() {
        out.ascii(END);
        long bytes = out.position();
        out.finish();
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close sitemap file " + name, e);
        }
        written.add(new SitemapFile(name, baseUrl + "/" + name, newest, urls, bytes));
        out = null;
        stream = null;
    }
}
