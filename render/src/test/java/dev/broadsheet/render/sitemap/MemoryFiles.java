package dev.broadsheet.render.sitemap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Sitemap files kept in memory for the tests; checks that the renderer closes every stream it opens. */
final class MemoryFiles implements SitemapFiles {

    final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    int open;

    @Override
    public OutputStream open(String name) {
        if (files.containsKey(name)) {
            throw new IllegalStateException("opened twice: " + name);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        files.put(name, b);
        open++;
        return new java.io.FilterOutputStream(b) {
            @Override
            public void write(byte[] data, int off, int len) throws IOException {
                out.write(data, off, len);
            }

            @Override
            public void close() throws IOException {
                open--;
                super.close();
            }
        };
    }

    byte[] bytes(String name) {
        byte[] raw = files.get(name).toByteArray();
        if (!name.endsWith(".gz")) {
            return raw;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
