package dev.broadsheet.examples.benchmarks.pipelines;

import dev.broadsheet.examples.benchmarks.pipelines.Stored.PageData;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import gg.jte.ContentType;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
     * Renders one page as UTF-8 bytes, as a server sends it, into the calling thread's {@link ByteSink}; the result
     * holds the bytes. Implementations are thread-safe.
     */
    @FunctionalInterface
    public interface BytePipeline {
        /**
         * Renders the page.
         *
         * @param sink the thread's reusable buffers
         * @return where the page's bytes are, for the benchmark to return
         */
        Object render(ByteSink sink);

        /**
         * Renders the page and copies its bytes out, for tests and sizes.
         *
         * @return the page's UTF-8 bytes
         */
        default byte[] bytes() {
            Object out = render(new ByteSink());
            if (out instanceof dev.broadsheet.render.Utf8Buffer b) {
                return b.toByteArray();
            }
            if (out instanceof gg.jte.output.Utf8ByteOutput o) {
                return o.toByteArray();
            }
            return ((java.io.ByteArrayOutputStream) out).toByteArray();
        }
    }

    /**
     * Broadsheet to bytes: {@link HtmlRenderer#render(dev.broadsheet.render.Page, dev.broadsheet.render.Utf8Buffer)}
     * into the thread's reused buffer, cleared first, the page object built per request as for {@link #broadsheet}.
     *
     * @param site the site
     * @param page the page whose article, comments and token each request uses
     * @return the pipeline
     */
    public static BytePipeline broadsheetBytes(Site site, ArticlePage page) {
        HtmlRenderer renderer = HtmlRenderer.builder().site(site).build();
        return sink -> {
            renderer.render(request(page), sink.utf8().clear());
            return sink.utf8();
        };
    }

    /**
     * jte with binary static content: the same templates precompiled with {@code binaryStaticContent}, so their
     * markup is UTF-8 constants, written into a new {@link Utf8ByteOutput} per request (it cannot be emptied and
     * reused), which a server then writes to its response.
     *
     * @param data the stored page
     * @return the pipeline
     */
    public static BytePipeline jteBinary(PageData data) {
        gg.jte.TemplateEngine engine = gg.jte.TemplateEngine.createPrecompiled(null, ContentType.Html, null,
                "dev.broadsheet.examples.benchmarks.jtebinary");
        engine.setBinaryStaticContent(true);
        return sink -> {
            Utf8ByteOutput out = new Utf8ByteOutput();
            engine.render("article.jte", PageController.view(data), out);
            return out;
        };
    }

    /**
     * Thymeleaf writing to a byte stream, as a servlet response's writer encodes it: the thread's reused
     * {@link java.io.ByteArrayOutputStream}, emptied first, behind a new UTF-8 {@link OutputStreamWriter}.
     *
     * @param data the stored page
     * @return the pipeline
     */
    public static BytePipeline thymeleafBytes(PageData data) {
        TemplateEngine engine = thymeleafEngine();
        return sink -> {
            java.io.ByteArrayOutputStream bytes = sink.stream();
            bytes.reset();
            Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            Context context = new Context(Locale.ENGLISH);
            context.setVariable("p", PageController.view(data));
            engine.process("article", context, writer);
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes;
        };
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
                .commentsPerPage(page.commentsPerPage()).commentPage(page.commentPage())
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
        TemplateEngine engine = thymeleafEngine();
        return out -> {
            Context context = new Context(Locale.ENGLISH);
            context.setVariable("p", PageController.view(data));
            engine.process("article", context, out);
        };
    }

    private static TemplateEngine thymeleafEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pipelines.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
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
