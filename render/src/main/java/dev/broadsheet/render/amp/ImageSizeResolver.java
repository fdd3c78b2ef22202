package dev.broadsheet.render.amp;

import java.util.Optional;

/**
 * Tells the {@link AmpRenderer} the size of an image whose markup or model does not give both its width and its
 * height. AMP lays every image out before it loads, so {@code amp-img} needs both; without them (and without a
 * resolver, or when it answers empty) the image is shown in a 16:9 box, scaled to fit without cropping
 * ({@code layout="fill"}, {@code object-fit="contain"}) — valid, never distorted, but letterboxed.
 *
 * <p>It is called on the rendering thread, once for each such image on each page rendered, so it should answer
 * from memory — sizes the host recorded when the images were uploaded, or a cache — and never download the image.
 * Implementations must be thread-safe. An exception it throws propagates out of {@code render}.
 *
 * <pre>{@code
 * AmpRenderer amp = AmpRenderer.builder(html)
 *     .imageSizes(url -> mediaLibrary.dimensions(url).map(d -> new ImageSizeResolver.Size(d.w(), d.h())))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ImageSizeResolver {

    /**
     * The intrinsic size of an image.
     *
     * @param url the image's URL, as the markup or the model gives it (absolute, or relative to the page)
     * @return its size in pixels, or empty when unknown
     */
    Optional<Size> size(String url);

    /**
     * An image's intrinsic size.
     *
     * @param width the width in pixels, 1 to {@value #MAX}
     * @param height the height in pixels, 1 to {@value #MAX}
     * @since 0.1.0
     */
    record Size(int width, int height) {

        /** The largest width or height, as for image dimensions in the model. */
        public static final int MAX = 100_000;

        /**
         * Checks the dimensions.
         *
         * @param width the width in pixels
         * @param height the height in pixels
         * @throws IllegalArgumentException when either is out of range
         */
        public Size {
            if (width < 1 || width > MAX) {
                throw new IllegalArgumentException("width must be 1 to " + MAX + ", was " + width);
            }
            if (height < 1 || height > MAX) {
                throw new IllegalArgumentException("height must be 1 to " + MAX + ", was " + height);
            }
        }
    }
}
