package dev.broadsheet.render.html;

/**
 * Renders one {@link Part} of a page. Implementations write through {@link PartContext#out()}, which escapes, and
 * may render other parts with {@link PartContext#render(Part, Object)} or decorate the built-in rendering with
 * {@link PartContext#renderDefault(Part, Object)}. They must be thread-safe: one instance serves every request.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder().site(site)
 *     .part(Part.SITE_FOOTER, (page, ctx) -> {
 *         ctx.out().start("footer", "bs-site-footer").text("© Example News").end("footer");
 *     })
 *     .build();
 * }</pre>
 *
 * @param <T> what the part renders
 * @since 0.1.0
 */
@FunctionalInterface
public interface PartRenderer<T> {

    /**
     * Writes the part.
     *
     * @param value what to render
     * @param context the page being rendered and the writer to write to
     */
    void render(T value, PartContext context);
}
