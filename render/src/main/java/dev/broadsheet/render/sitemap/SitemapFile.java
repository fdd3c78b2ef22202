package dev.broadsheet.render.sitemap;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One sitemap file a {@link SitemapRenderer} wrote: its name, its public URL, the newest {@code lastmod} in it,
 * how many URLs it lists and how many bytes it holds before compression. A sitemap index lists these.
 *
 * @param name the file name, such as {@code sitemap-1.xml} or {@code sitemap-1.xml.gz}
 * @param url the absolute URL the file is served at
 * @param lastModified the newest {@code lastmod} among its URLs, if any has one
 * @param urls how many {@code <url>} entries it holds
 * @param bytes its size in bytes, uncompressed
 * @since 0.1.0
 */
public record SitemapFile(String name, String url, @Nullable Instant lastModified, int urls, long bytes) {

    /** Checks the parts. */
    public SitemapFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** @return the newest {@code lastmod}, as an optional */
    public Optional<Instant> lastModifiedAt() {
        return Optional.ofNullable(lastModified);
    }
}
