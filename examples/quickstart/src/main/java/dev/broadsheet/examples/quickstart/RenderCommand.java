package dev.broadsheet.examples.quickstart;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.feed.Feed;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import dev.broadsheet.render.sitemap.SitemapFile;
import dev.broadsheet.render.sitemap.SitemapFiles;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code render} command: reads page documents and writes each requested format to standard output or to
 * files. Every input is tried; problems go to standard error, one line each, never as a stack trace.
 */
final class RenderCommand {

    /** Code of a site whose pages cannot have an AMP version. */
    static final String AMP = "amp.unsupported";
    /** The code of a news sitemap asked for an article that is not recent news. */
    static final String NOT_NEWS = "news.not_recent";

    private final Command.Render command;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;
    private boolean stdoutFailed;

    private RenderCommand(Command.Render command, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        this.command = command;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Runs the command.
     *
     * @param command what to render
     * @param stdin read for the input {@code -}
     * @param stdout where results go without {@code --out}; flushed, not closed
     * @param stderr where problems go
     * @return the exit status: the highest of the inputs' ({@link Quickstart#OK}, {@link Quickstart#INVALID},
     *     {@link Quickstart#IO_ERROR})
     */
    static int run(Command.Render command, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        return new RenderCommand(command, stdin, stdout, stderr).run();
    }

    private int run() {
        if (command.out().isPresent()) {
            try {
                Files.createDirectories(command.out().get());
            } catch (IOException e) {
                return problem("cannot create the folder " + command.out().get() + ": " + Quickstart.reason(e),
                        Quickstart.IO_ERROR);
            }
        }
        int status = Quickstart.OK;
        for (Command.Input input : command.inputs()) {
            status = Math.max(status, run(input));
            if (stdoutFailed) {
                break;
            }
        }
        return status;
    }

    private int run(Command.Input input) {
        PageDocument document;
        try {
            document = input.file() == null ? PageDocument.read(stdin) : read(input.file());
        } catch (ValidationException e) {
            return invalid(input, e);
        } catch (IOException e) {
            return problem("cannot read " + input.label() + ": " + Quickstart.reason(e), Quickstart.IO_ERROR);
        }
        Map<Format, String> results;
        try {
            results = render(document, command.formats());
        } catch (ValidationException e) {
            return invalid(input, e);
        }
        for (Map.Entry<Format, String> r : results.entrySet()) {
            byte[] bytes = r.getValue().getBytes(StandardCharsets.UTF_8);
            if (command.out().isEmpty()) {
                try {
                    stdout.write(bytes);
                    stdout.flush();
                } catch (IOException e) {
                    stdoutFailed = true;
                    return problem("cannot write to standard output: " + Quickstart.reason(e), Quickstart.IO_ERROR);
                }
            } else {
                Path file = command.out().get().resolve(input.baseName() + r.getKey().suffix());
                try {
                    Files.write(file, bytes);
                } catch (IOException e) {
                    return problem("cannot write " + file + ": " + Quickstart.reason(e), Quickstart.IO_ERROR);
                }
            }
        }
        return Quickstart.OK;
    }

    private static PageDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PageDocument.read(in);
        }
    }

    /**
     * Renders a document in each format. Renderers are built per document, because each document has its own site.
     *
     * @param document the document
     * @param formats the formats
     * @return each format's result, in the order given
     * @throws ValidationException when the document cannot be rendered in a format: an AMP page for a site whose
     *     base URL is not https ({@value #AMP} at {@code /site/baseUrl})
     */
    static Map<Format, String> render(PageDocument document, List<Format> formats) {
        HtmlRenderer html = HtmlRenderer.builder().site(document.site()).build();
        ArticlePage page = document.page();
        Map<Format, String> out = new LinkedHashMap<>();
        for (Format f : formats) {
            out.put(f, switch (f) {
                case HTML -> html.render(page);
                case AMP -> amp(html, document).render(page);
                case JSONLD -> pretty(JsonLdRenderer.builder().site(document.site()).build().json(page));
                case RSS -> feed(document, FeedFormat.RSS);
                case ATOM -> feed(document, FeedFormat.ATOM);
                case JSONFEED -> feed(document, FeedFormat.JSON_FEED);
                case SITEMAP -> sitemap(document, false);
                case NEWSSITEMAP -> sitemap(document, true);
            });
        }
        return out;
    }

    /** The home feed of the document's site, holding its article when it is published. */
    private static String feed(PageDocument document, FeedFormat format) {
        return FeedRenderer.builder().site(document.site()).format(format).build()
                .render(Feed.home(List.of(document.page().article())).build());
    }

    /**
     * The sitemap of the document's site, or its Google News sitemap, kept in memory: one article makes one file.
     *
     * @throws ValidationException for a news sitemap of an article that is not news ({@value #NOT_NEWS} at
     *     {@code /article/publishedAt}): a news sitemap lists only articles published in the last two days, and an
     *     empty one is not a valid sitemap
     */
    private static String sitemap(PageDocument document, boolean news) {
        SitemapRenderer renderer = SitemapRenderer.builder().site(document.site()).build();
        Article article = document.page().article();
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        SitemapFiles memory = name -> files.computeIfAbsent(name, k -> new ByteArrayOutputStream());
        List<SitemapFile> written = news ? renderer.news(List.of(article), memory)
                : renderer.sitemaps(List.of(article), article.section().map(List::of).orElse(List.of()),
                        article.tags(), article.authors().stream().map(Byline::person).toList(), memory);
        if (written.isEmpty()) {
            throw new ValidationException("page document", List.of(new Violation("/article/publishedAt", NOT_NEWS,
                    "must be within the last " + SitemapRenderer.NEWS_DAYS + " days, and the article published, for"
                            + " a news sitemap", article.publishedAt().map(Object::toString).orElse(null))));
        }
        return files.get(written.get(0).name()).toString(StandardCharsets.UTF_8);
    }

    private static AmpRenderer amp(HtmlRenderer html, PageDocument document) {
        String base = document.site().baseUrl();
        if (!base.startsWith("https://")) {
            throw new ValidationException("page document", List.of(new Violation("/site/baseUrl", AMP,
                    "must be an https URL for an AMP page: AMP forms post only to https", base)));
        }
        return AmpRenderer.of(html);
    }

    private static String pretty(String json) {
        try {
            return StaticSite.pretty(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON-LD renderer wrote malformed JSON", e);
        }
    }

    private int invalid(Command.Input input, ValidationException e) {
        List<Violation> violations = e.violations();
        stderr.println(Quickstart.printable(input.label() + ": invalid page document, " + violations.size()
                + (violations.size() == 1 ? " violation" : " violations")));
        for (Violation v : violations) {
            stderr.println(Quickstart.printable(input.label() + ": " + v));
        }
        return Quickstart.INVALID;
    }

    private int problem(String message, int status) {
        stderr.println(Quickstart.printable(Quickstart.NAME + ": " + message));
        return status;
    }
}
