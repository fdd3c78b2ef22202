package dev.broadsheet.examples.benchmarks.pipelines;

import dev.broadsheet.examples.benchmarks.pipelines.Stored.PageData;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import gg.jte.ContentType;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The three ways of rendering an article page that the page race compares, each configured once (as a site does at
 * start-up) and then called per request with the stored page data, writing into a {@link Sink}.
 */
public final class Pipelines {

    private Pipelines() {
    }

    /** Renders one page into a sink; implementations are thread-safe. */
    @FunctionalInterface
    public interface PagePipeline {
        /**
         * Renders the page.
         *
         * @param out where the page goes
         */
        void render(Sink out);
    }

    /**
     * Broadsheet: {@link HtmlRenderer} over the model, bodies already {@code SafeHtml}. The page object is built per
     * request, as a site builds it (it carries the request's forms and CSRF token), so nothing one render computes
     * and keeps, such as the page's comment thread, is reused by the next.
     *
     * @param site the site
     * @param page the page whose article, comments and token each request uses
     * @return the pipeline
     */
    public static PagePipeline broadsheet(Site site, ArticlePage page) {
        HtmlRenderer renderer = HtmlRenderer.builder().site(site).build();
        return out -> renderer.render(request(page), out.buffer());
    }

    /**
     * Broadsheet's AMP page of the same article: {@code AmpRenderer.of(htmlRenderer)}, the page object built per
     * request as for {@link #broadsheet}. The body is converted to AMP on every render (the race's body has a
     * figure, so it is parsed and converted, not written as it is).
     *
     * @param site the site
     * @param page the page whose article, comments and token each request uses
     * @return the pipeline
     */
    public static PagePipeline amp(Site site, ArticlePage page) {
        AmpRenderer renderer = AmpRenderer.of(HtmlRenderer.builder().site(site).build());
        return out -> renderer.render(request(page), out.buffer());
    }

    /**
     * A new page object with the same content, as each request builds one.
     *
     * @param page the content
     * @return an equal page that has computed nothing yet
     */
    public static ArticlePage request(ArticlePage page) {
        return ArticlePage.builder(page.article()).comments(page.comments())
                .csrfToken(page.csrfToken().orElse(null)).build();
    }

    /**
     * Thymeleaf 3.1 with a cached classpath template ({@code templates/article.html}, comments through a recursive
     * fragment), the view built per request by {@link PageController}.
     *
     * @param data the stored page
     * @return the pipeline
     */
    public static PagePipeline thymeleaf(PageData data) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pipelines.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return out -> {
            Context context = new Context(Locale.ENGLISH);
            context.setVariable("p", PageController.view(data));
            engine.process("article", context, out);
        };
    }

    /**
     * jte 3 with templates precompiled at build time by jte-maven-plugin ({@code src/main/jte}), the view built per
     * request by {@link PageController}.
     *
     * @param data the stored page
     * @return the pipeline
     */
    public static PagePipeline jte(PageData data) {
        gg.jte.TemplateEngine engine = gg.jte.TemplateEngine.createPrecompiled(null, ContentType.Html, null,
                "dev.broadsheet.examples.benchmarks.jte");
        return out -> engine.render("article.jte", PageController.view(data), out);
    }
}
