package dev.broadsheet.interchange.wordpress;

import dev.broadsheet.model.Image;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the importer keeps of an attachment item to use it later as a featured or gallery image: a few short
 * strings, so that an index of many thousands stays small.
 */
record Attachment(String id, String parent, String url, String alt, String caption, String title,
        @Nullable Integer width, @Nullable Integer height, List<Image.Rendition> renditions) {

    /** Estimated bytes held (object headers, and two bytes a character at most), to bound the index. */
    long size() {
        long chars = id.length() + parent.length() + url.length() + alt.length() + caption.length() + title.length();
        long bytes = 200L + 2L * chars;
        for (Image.Rendition r : renditions) {
            bytes += 80L + 2L * r.url().length();
        }
        return bytes;
    }
}
