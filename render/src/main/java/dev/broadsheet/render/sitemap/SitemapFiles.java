package dev.broadsheet.render.sitemap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link SitemapRenderer} puts the files it splits a sitemap into: it asks for one stream per file, writes
 * the file and closes the stream. A host writes them to disk ({@link #directory(Path)}), to object storage, or keeps
 * them in memory to serve.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SitemapFiles {

    /**
     * Opens the stream for one file.
     *
     * @param name the file's name, such as {@code sitemap-2.xml.gz}
     * @return a new stream, which the renderer closes
     * @throws IOException when the file cannot be opened
     */
    OutputStream open(String name) throws IOException;

    /**
     * Files in a directory, replaced if they exist.
     *
     * @param directory an existing directory
     * @return the files
     */
    static SitemapFiles directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return name -> Files.newOutputStream(directory.resolve(name));
    }
}
