package dev.broadsheet.model;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.internal.check.UrlCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A picture: a featured image, an author portrait or a site logo, with the text that describes it and optional
 * renditions at other sizes and aspect ratios.
 *
 * <p>Rules checked by {@link Builder#build()}:
 * <ul>
 *   <li>{@code url}: required, absolute {@code http}/{@code https}, at most 2,000 characters;</li>
 *   <li>{@code alt}: required unless the image is {@linkplain Builder#decorative(boolean) decorative}, at most
 *       {@value #MAX_ALT} characters; a decorative image has no alt text (it is rendered with {@code alt=""});</li>
 *   <li>{@code caption}: at most {@value #MAX_CAPTION} characters; {@code credit}: at most {@value #MAX_CREDIT};</li>
 *   <li>{@code width} and {@code height}: positive when given;</li>
 *   <li>at most {@value #MAX_RENDITIONS} renditions.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Image {

    /** Longest alt text, in characters (the strictest mainstream limit, WordPress's 191). */
    public static final int MAX_ALT = 191;
    /** Longest caption, in characters. */
    public static final int MAX_CAPTION = 1000;
    /** Longest credit line, in characters. */
    public static final int MAX_CREDIT = 191;
    /** Most renditions per image. */
    public static final int MAX_RENDITIONS = 20;

    private final String url;
    private final @Nullable String alt;
    private final boolean decorative;
    private final @Nullable String caption;
    private final @Nullable String credit;
    private final @Nullable Integer width;
    private final @Nullable Integer height;
    private final List<Rendition> renditions;

    private Image(Builder b, String url, @Nullable String alt, @Nullable String caption, @Nullable String credit,
            List<Rendition> renditions) {
        this.url = url;
        this.alt = alt;
        this.decorative = b.decorative;
        this.caption = caption;
        this.credit = credit;
        this.width = b.width;
        this.height = b.height;
        this.renditions = renditions;
    }

    /**
     * Starts a new image.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this image's values.
     *
     * @return a builder to derive a changed copy
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.url = url;
        b.alt = alt;
        b.decorative = decorative;
        b.caption = caption;
        b.credit = credit;
        b.width = width;
        b.height = height;
        b.renditions.addAll(renditions);
        return b;
    }

    /** @return the absolute http(s) URL of the image file */
    public String url() {
        return url;
    }

    /** @return the text alternative; empty for a decorative image */
    public Optional<String> alt() {
        return Optional.ofNullable(alt);
    }

    /** @return whether the image is decorative, in which case it has no alt text */
    public boolean decorative() {
        return decorative;
    }

    /** @return the visible caption */
    public Optional<String> caption() {
        return Optional.ofNullable(caption);
    }

    /** @return the credit line, such as "Photo: Jane Doe / Agency" */
    public Optional<String> credit() {
        return Optional.ofNullable(credit);
    }

    /** @return the intrinsic width in pixels, when known */
    public Optional<Integer> width() {
        return Optional.ofNullable(width);
    }

    /** @return the intrinsic height in pixels, when known */
    public Optional<Integer> height() {
        return Optional.ofNullable(height);
    }

    /** @return other files of the same picture, such as 16:9, 4:3 and 1:1 crops */
    public List<Rendition> renditions() {
        return renditions;
    }

    /**
     * The rendition with exactly this aspect ratio, the widest when several have it.
     *
     * @param ratioWidth for 16:9, 16
     * @param ratioHeight for 16:9, 9
     * @return the rendition, if any
     */
    public Optional<Rendition> rendition(int ratioWidth, int ratioHeight) {
        Rendition best = null;
        for (Rendition r : renditions) {
            if ((long) r.width() * ratioHeight == (long) r.height() * ratioWidth
                    && (best == null || r.width() > best.width())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && url.equals(i.url) && Objects.equals(alt, i.alt) && decorative == i.decorative
                && Objects.equals(caption, i.caption) && Objects.equals(credit, i.credit)
                && Objects.equals(width, i.width) && Objects.equals(height, i.height)
                && renditions.equals(i.renditions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, alt, decorative, caption, credit, width, height, renditions);
    }

    @Override
    public String toString() {
        return "Image[" + url + (width != null && height != null ? " " + width + "x" + height : "") + "]";
    }

    /**
     * Another file of the same picture at a given size, for example a 1:1 crop for search results.
     *
     * @param url absolute http(s) URL
     * @param width width in pixels, positive
     * @param height height in pixels, positive
     * @since 0.1.0
     */
    public record Rendition(String url, int width, int height) {

        /**
         * Checks the rendition.
         *
         * @param url absolute http(s) URL
         * @param width width in pixels
         * @param height height in pixels
         * @throws dev.broadsheet.validation.ValidationException when the URL is not absolute http(s) or a size is
         *     not positive
         */
        public Rendition {
            Problems p = new Problems();
            String clean = UrlCheck.absoluteHttp(p, "/url", url, true);
            if (width <= 0) {
                p.add("/width", Codes.IMAGE_SIZE, "must be a positive number of pixels", Integer.toString(width));
            }
            if (height <= 0) {
                p.add("/height", Codes.IMAGE_SIZE, "must be a positive number of pixels", Integer.toString(height));
            }
            p.throwIfAny("Image.Rendition");
            url = Objects.requireNonNull(clean);
        }
    }

    /**
     * Collects an image's values; {@link #build()} cleans and validates them. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Image> {
        private @Nullable String url;
        private @Nullable String alt;
        private boolean decorative;
        private @Nullable String caption;
        private @Nullable String credit;
        private @Nullable Integer width;
        private @Nullable Integer height;
        private final List<@Nullable Rendition> renditions = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param url absolute http(s) URL of the file; required
         * @return this builder
         */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /**
         * @param alt text alternative, required unless decorative
         * @return this builder
         */
        public Builder alt(@Nullable String alt) {
            this.alt = alt;
            return this;
        }

        /**
         * @param decorative true when the image adds nothing a screen-reader user needs; default false
         * @return this builder
         */
        public Builder decorative(boolean decorative) {
            this.decorative = decorative;
            return this;
        }

        /**
         * @param caption visible caption
         * @return this builder
         */
        public Builder caption(@Nullable String caption) {
            this.caption = caption;
            return this;
        }

        /**
         * @param credit credit line
         * @return this builder
         */
        public Builder credit(@Nullable String credit) {
            this.credit = credit;
            return this;
        }

        /**
         * @param width intrinsic width in pixels
         * @param height intrinsic height in pixels
         * @return this builder
         */
        public Builder size(@Nullable Integer width, @Nullable Integer height) {
            this.width = width;
            this.height = height;
            return this;
        }

        /**
         * Replaces the renditions.
         *
         * @param renditions other sizes; null means none
         * @return this builder
         */
        public Builder renditions(@Nullable List<? extends @Nullable Rendition> renditions) {
            this.renditions.clear();
            if (renditions != null) {
                this.renditions.addAll(renditions);
            }
            return this;
        }

        /**
         * @param rendition another size to add
         * @return this builder
         */
        public Builder addRendition(@Nullable Rendition rendition) {
            this.renditions.add(rendition);
            return this;
        }

        /**
         * Cleans and validates the values.
         *
         * @return the image
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        @Override
        public Image build() {
            Problems p = new Problems();
            String cleanUrl = UrlCheck.absoluteHttp(p, "/url", url, true);
            String cleanAlt = p.text("/alt", alt, Kind.LINE, MAX_ALT, false);
            if (decorative && cleanAlt != null) {
                p.add("/alt", Codes.IMAGE_ALT, "must be empty for a decorative image", cleanAlt);
            } else if (!decorative && cleanAlt == null && alt == null) {
                p.add("/alt", Codes.IMAGE_ALT, "is required unless the image is marked decorative", null);
            } else if (!decorative && cleanAlt == null && alt != null && alt.isBlank()) {
                p.add("/alt", Codes.IMAGE_ALT, "must not be blank unless the image is marked decorative", alt);
            }
            String cleanCaption = p.text("/caption", caption, Kind.TEXT, MAX_CAPTION, false);
            String cleanCredit = p.text("/credit", credit, Kind.LINE, MAX_CREDIT, false);
            p.positive("/width", width);
            p.positive("/height", height);
            List<Rendition> cleanRenditions = p.list("/renditions", renditions, MAX_RENDITIONS);
            p.throwIfAny("Image");
            return new Image(this, Objects.requireNonNull(cleanUrl), cleanAlt, cleanCaption, cleanCredit,
                    cleanRenditions);
        }
    }
}
