package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Sanitizing untrusted HTML: Broadsheet's {@link HtmlPolicy#article()} and {@link HtmlPolicy#comment()} against the
 * OWASP Java HTML Sanitizer (FORMATTING, LINKS, BLOCKS, IMAGES and TABLES) and {@code Jsoup.clean} with
 * {@link Safelist#relaxed()}; floors: jsoup's parse and serialize alone, and copying the input.
 */
@State(Scope.Benchmark)
public class SanitizeBenchmark {

    /** The inputs: a ~10 KB article body, a ~500-byte comment, a 1 MB body. */
    @Param({"article-10k", "comment-500", "body-1m"})
    public String input;

    private String html;
    private final PolicyFactory owasp = Sanitizers.FORMATTING.and(Sanitizers.LINKS).and(Sanitizers.BLOCKS)
            .and(Sanitizers.IMAGES).and(Sanitizers.TABLES);
    private final Safelist relaxed = Safelist.relaxed();

    /** Builds the input. */
    @Setup
    public void setUp() {
        html = input(input);
    }

    static String input(String name) {
        return switch (name) {
            case "article-10k" -> BenchContent.articleInput();
            case "comment-500" -> BenchContent.commentInput();
            case "body-1m" -> BenchContent.bodyInput(1024 * 1024);
            default -> throw new IllegalArgumentException("input: unknown " + name);
        };
    }

    /** @return the article policy's output */
    @Benchmark
    public SafeHtml broadsheetArticle() {
        return Sanitizer.sanitize(html, HtmlPolicy.article());
    }

    /** @return the comment policy's output */
    @Benchmark
    public SafeHtml broadsheetComment() {
        return Sanitizer.sanitize(html, HtmlPolicy.comment());
    }

    /** @return the OWASP sanitizer's output */
    @Benchmark
    public String owasp() {
        return owasp.sanitize(html);
    }

    /** @return {@code Jsoup.clean}'s output */
    @Benchmark
    public String jsoupClean() {
        return Jsoup.clean(html, relaxed);
    }

    /** @return the floor of any sanitizer built on jsoup's browser-conformant parser: parse and serialize */
    @Benchmark
    public String floorJsoupParse() {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    /** @return the floor of any sanitizer: copying the input into a new string */
    @Benchmark
    public String floorCopy() {
        return new StringBuilder(html.length()).append(html).toString();
    }
}
