package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * {@link SanitizeBenchmark}'s targets run side by side, as {@link PageRaceBenchmark} runs the page's: in each JMH
 * group Broadsheet's policy and one rival sanitize the same input at the same time, one thread each, so both see the
 * same machine. The comment input goes through {@link HtmlPolicy#comment()}, the others through
 * {@link HtmlPolicy#article()}, as the targets name them; the rivals are configured as in {@link SanitizeBenchmark}.
 */
@State(Scope.Benchmark)
public class SanitizeRaceBenchmark {

    /** The inputs of {@link SanitizeBenchmark}. */
    @Param({"article-10k", "comment-500", "body-1m"})
    public String input;

    private String html;
    private HtmlPolicy policy;
    private final PolicyFactory owasp = Sanitizers.FORMATTING.and(Sanitizers.LINKS).and(Sanitizers.BLOCKS)
            .and(Sanitizers.IMAGES).and(Sanitizers.TABLES);
    private final Safelist relaxed = Safelist.relaxed();

    /** Builds the input and picks the policy its target names. */
    @Setup
    public void setUp() {
        html = SanitizeBenchmark.input(input);
        policy = input.startsWith("comment") ? HtmlPolicy.comment() : HtmlPolicy.article();
    }

    /** @return Broadsheet's output, beside {@link #owaspBesideBroadsheet()} */
    @Benchmark
    @Group("vsOwasp")
    @GroupThreads(1)
    public SafeHtml broadsheetBesideOwasp() {
        return Sanitizer.sanitize(html, policy);
    }

    /** @return the OWASP sanitizer's output */
    @Benchmark
    @Group("vsOwasp")
    @GroupThreads(1)
    public String owaspBesideBroadsheet() {
        return owasp.sanitize(html);
    }

    /** @return Broadsheet's output, beside {@link #jsoupBesideBroadsheet()} */
    @Benchmark
    @Group("vsJsoup")
    @GroupThreads(1)
    public SafeHtml broadsheetBesideJsoup() {
        return Sanitizer.sanitize(html, policy);
    }

    /** @return {@code Jsoup.clean}'s output */
    @Benchmark
    @Group("vsJsoup")
    @GroupThreads(1)
    public String jsoupBesideBroadsheet() {
        return Jsoup.clean(html, relaxed);
    }
}
