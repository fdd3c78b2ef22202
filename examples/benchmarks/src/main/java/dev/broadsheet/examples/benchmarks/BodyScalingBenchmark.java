package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost per byte of sanitizing bodies from 1 KB to 1 MB with {@link HtmlPolicy#article()}, and of 5,000 nested
 * elements (which the policy's depth limit flattens) against the same elements side by side.
 */
@State(Scope.Benchmark)
public class BodyScalingBenchmark {

    /** The input: a body of this many characters, 5,000 nested elements, or the same 5,000 side by side. */
    @Param({"1024", "16384", "131072", "1048576", "nested-5000", "flat-5000"})
    public String size;

    private String html;

    /** Builds the input. */
    @Setup
    public void setUp() {
        html = input(size);
    }

    static String input(String size) {
        return switch (size) {
            case "nested-5000" -> BenchContent.nested(5000);
            case "flat-5000" -> BenchContent.flat(5000);
            default -> BenchContent.bodyInput(Integer.parseInt(size));
        };
    }

    /** @return the article policy's output */
    @Benchmark
    public SafeHtml sanitize() {
        return Sanitizer.sanitize(html, HtmlPolicy.article());
    }
}
