package dev.broadsheet.interchange.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.model.Image;
import dev.broadsheet.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a picture — a picture document, or the featured picture among an article's associations — into an
 * {@link Image}: the file from the {@code original} (else the widest) rendition, the other sizes, alt text and
 * caption from the descriptions, the credit from {@code by}.
 */
final class PictureReader {

    private final DocumentReader d;

    PictureReader(DocumentReader d) {
        this.d = d;
    }

    static boolean hasImageRenditions(JsonNode obj) {
        JsonNode r = obj.get("renditions");
        if (r == null || !r.isArray()) {
            return false;
        }
        for (JsonNode n : r) {
            String type = n.path("contentType").asText(n.path("contenttype").asText(""));
            if (type.startsWith("image/")) {
                return true;
            }
        }
        return false;
    }

    /** An image from a picture document or association; null (with the reasons reported) when none can be made. */
    @Nullable Image image(JsonNode obj, String at) {
        d.text(obj, at, "type");
        Image.Builder b = Image.builder();
        List<Image.Rendition> renditions = new ArrayList<>();
        DocumentReader.Item primary = null;
        Integer primaryWidth = null;
        List<DocumentReader.Item> sized = new ArrayList<>();
        for (DocumentReader.Item r : d.objects(obj, at, "renditions")) {
            JsonNode href = r.node().get("href");
            if (href == null || !href.isTextual()) {
                continue; // a rendition without a link: unmapped
            }
            int w = r.node().path("width").asInt(0);
            String name = r.node().path("name").asText("");
            if (name.equals(NinjsExporter.ORIGINAL) && (primary == null
                    || !primary.node().path("name").asText("").equals(NinjsExporter.ORIGINAL))
                    || primary == null || !primary.node().path("name").asText("").equals(NinjsExporter.ORIGINAL)
                    && w > (primaryWidth == null ? 0 : primaryWidth)) {
                if (primary != null) {
                    sized.add(primary);
                }
                primary = r;
                primaryWidth = w;
            } else {
                sized.add(r);
            }
        }
        String url = null;
        if (primary != null) {
            url = rendition(primary, b, null);
        }
        if (url == null) {
            String uri = obj.path("uri").asText("");
            if (DocumentReader.HTTP.matcher(uri).matches()) {
                d.used.add(at + "/uri");
                url = uri;
            } else {
                return null;
            }
        } else if (obj.path("uri").isTextual()) {
            d.used.add(at + "/uri"); // the uri identifies the picture; its file is the rendition
        }
        b.url(url);
        for (DocumentReader.Item r : sized) {
            if (renditions.size() >= Image.MAX_RENDITIONS) {
                d.report.reject(r.path(), "too_many", "an image has at most " + Image.MAX_RENDITIONS
                        + " renditions; left out");
                continue;
            }
            rendition(r, null, renditions);
        }
        b.renditions(renditions);
        String alt = null;
        boolean altGiven = false;
        String caption = null;
        for (DocumentReader.Item item : d.objects(obj, at, "descriptions")) {
            String role = item.node().path("role").asText("");
            if (role.equals(NinjsExporter.ROLE_ALT) && !altGiven) {
                d.text(item.node(), item.path(), "role");
                alt = d.value(item);
                altGiven = true;
            } else if (!role.equals(NinjsExporter.ROLE_ALT) && caption == null) {
                d.text(item.node(), item.path(), "role");
                caption = d.value(item);
            }
        }
        if (!altGiven) {
            JsonNode headlines = obj.get("headlines");
            if (headlines != null && headlines.isArray() && headlines.size() > 0
                    && headlines.get(0).path("value").isTextual() && at.isEmpty()) {
                alt = DocumentReader.oneLine(headlines.get(0).path("value").asText());
                d.report.change(at + "/headlines/0", "alt.from_headline", "the picture has no alt text; its headline"
                        + " is used");
            }
        }
        if (alt != null && alt.length() > Image.MAX_ALT) {
            alt = alt.substring(0, Image.MAX_ALT - 1).strip() + "…";
            d.report.change(at + "/descriptions", "truncated", "the alt text is cut to " + Image.MAX_ALT
                    + " characters");
        }
        if (alt == null || alt.isEmpty()) {
            b.decorative(true);
            if (!altGiven) {
                d.report.change(at.isEmpty() ? "/" : at, "alt.missing", "the picture has no alt text; it is imported"
                        + " as decorative");
            }
        } else {
            b.alt(DocumentReader.oneLine(alt));
        }
        b.caption(caption == null || caption.isEmpty() ? null : caption);
        String by = d.text(obj, at, "by");
        b.credit(by == null || by.isBlank() ? null : DocumentReader.oneLine(by));
        try {
            return b.build();
        } catch (ValidationException e) {
            d.violations(at.isEmpty() ? "/" : at, e.violations(), "the picture is left out");
            return null;
        }
    }

    /**
     * Reads one rendition: as the image's own file into {@code primary}, or as another size into {@code into}.
     *
     * @return the href read, or null when the rendition could not be used
     */
    private @Nullable String rendition(DocumentReader.Item r, Image.@Nullable Builder primary,
            @Nullable List<Image.Rendition> into) {
        String href = d.text(r.node(), r.path(), "href");
        d.text(r.node(), r.path(), "name");
        String type = d.text(r.node(), r.path(), d.k("contentType"));
        if (type != null && !type.startsWith("image/")) {
            d.unuseField(r.path() + "/" + d.k("contentType"));
        }
        Integer w = d.integer(r.node(), r.path(), "width");
        Integer h = d.integer(r.node(), r.path(), "height");
        if (href == null) {
            return null;
        }
        if (primary != null) {
            primary.size(w != null && w > 0 ? w : null, h != null && h > 0 ? h : null);
            return href;
        }
        if (w == null || h == null || w <= 0 || h <= 0) {
            d.unuse(r);
            return null;
        }
        try {
            Image.Rendition rendition = new Image.Rendition(href, w, h);
            if (into != null) {
                into.add(rendition);
            }
            return href;
        } catch (ValidationException e) {
            d.violations(r.path(), e.violations(), "the rendition is left out");
            return null;
        }
    }
}
