package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Sink;
import dev.broadsheet.examples.benchmarks.pipelines.Stored;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the whole suite through JMH's Java API and writes the Markdown report, computed from the
 * {@link RunResult}s:
 *
 * <pre>
 * java -jar examples/benchmarks/target/benchmarks.jar --report benchmarks.md   # the full suite, about 7 minutes
 * java -jar examples/benchmarks/target/benchmarks.jar --smoke --report smoke.md # one short iteration of each
 * java -jar examples/benchmarks/target/benchmarks.jar --readme README.md        # also put the report in the README
 * </pre>
 *
 * <p>Groups, in order: sanitize; the page race (characters and bytes) in {@code --rounds} back-to-back rounds
 * (default 4); JSON-LD; body and comment scaling; comment pages; Broadsheet's page as bytes on 1 and 2 threads. Every benchmark runs with JMH's GC profiler, so each
 * row has its allocation per operation.
 */
public final class BenchSuite {

    private BenchSuite() {
    }

    /**
     * How long and how often to measure.
     *
     * @param forks JVM forks per benchmark (0 runs in this JVM)
     * @param warmups warm-up iterations
     * @param warmupTime time of each warm-up iteration
     * @param iterations measured iterations
     * @param iterationTime time of each measured iteration
     * @param rounds back-to-back rounds of the page race
     * @param verbose whether JMH prints its progress
     */
    public record Settings(int forks, int warmups, TimeValue warmupTime, int iterations, TimeValue iterationTime,
            int rounds, boolean verbose) {

        /** @return the settings of the documented command: one fork, 3 + 3 iterations of one second, 4 rounds */
        public static Settings full() {
            return new Settings(1, 3, TimeValue.seconds(1), 3, TimeValue.seconds(1), 4, true);
        }

        /** @return a smoke run: in this JVM, no warm-up, one 50 ms iteration, one round */
        public static Settings smoke() {
            return new Settings(0, 0, TimeValue.milliseconds(10), 1, TimeValue.milliseconds(50), 1, false);
        }

        Settings withRounds(int n) {
            return new Settings(forks, warmups, warmupTime, iterations, iterationTime, n, verbose);
        }
    }

    /**
     * Runs the suite.
     *
     * @param args {@code [--smoke] [--rounds N] [--report FILE] [--readme README.md]} (default report
     *     {@code benchmarks.md}; {@code --readme} also replaces the report in the README's Performance section)
     * @throws Exception when JMH or writing the report fails
     */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.full();
        Path report = Path.of("benchmarks.md");
        Path readme = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> settings = Settings.smoke();
                case "--rounds" -> settings = settings.withRounds(Integer.parseInt(args[++i]));
                case "--report" -> report = Path.of(args[++i]);
                case "--readme" -> readme = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: java -jar benchmarks.jar [--smoke] [--rounds N] [--report FILE] "
                            + "[--readme README.md]");
                    System.exit(2);
                }
            }
        }
        String markdown = run(settings);
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        System.out.println("report written to " + report.toAbsolutePath());
        if (readme != null) {
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int start = text.indexOf(README_START);
            int end = text.indexOf(README_END);
            if (start < 0 || end < start) {
                throw new IllegalStateException(readme + " has no " + README_START + " ... " + README_END + " block");
            }
            Files.writeString(readme, text.substring(0, start + README_START.length()) + "\n" + markdown
                    + text.substring(end), StandardCharsets.UTF_8);
            System.out.println("report placed in " + readme.toAbsolutePath());
        }
    }

    /** Where {@code --readme} puts the report: between these two lines of the README's Performance section. */
    static final String README_START = "<!-- bench-report -->";
    static final String README_END = "<!-- /bench-report -->";

    /**
     * Runs every group and computes the report.
     *
     * @param s the settings
     * @return the Markdown report
     * @throws RunnerException when a benchmark fails
     */
    public static String run(Settings s) throws RunnerException {
        long start = System.nanoTime();
        Report report = new Report(s, outputSizes());
        report.load("start");
        report.add(Report.Group.SANITIZE, run(s, SanitizeBenchmark.class, 1, Mode.AverageTime));
        // two threads: each group sanitizes with Broadsheet and a rival at the same time, one on each core
        report.add(Report.Group.SANITIZE, race(s, SanitizeRaceBenchmark.class));
        for (int round = 1; round <= s.rounds(); round++) {
            report.addRound(run(s, PageBenchmark.class, 1, Mode.AverageTime));
        }
        for (int round = 1; round <= s.rounds(); round++) {
            // two threads: each group renders Broadsheet's page and a rival's at the same time, one on each core
            report.addRace(race(s, PageRaceBenchmark.class));
        }
        report.load("after the page race");
        report.add(Report.Group.JSON_LD, run(s, JsonLdBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.BODY_SCALING, run(s, BodyScalingBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.COMMENT_SCALING, run(s, CommentScalingBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.COMMENT_PAGING, run(s, CommentPagingBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.FEED, run(s, FeedBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.FEED, race(s, FeedRaceBenchmark.class));
        report.add(Report.Group.EMAIL, run(s, EmailBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.NINJS, run(s, NinjsBenchmark.class, 1, Mode.AverageTime));
        report.add(Report.Group.SITEMAP, run(s, SitemapBenchmark.class, 1, Mode.AverageTime));
        // the streamed sitemap must hold in a 64 MB heap: the renderer keeps no file and no list of URLs
        report.add(Report.Group.SITEMAP, run(s, SitemapStreamBenchmark.class.getName() + ".", 1, Mode.AverageTime,
                s.warmups(), "64m"));
        report.add(Report.Group.CHECKS, run(s, ChecksBenchmark.class, 1, Mode.AverageTime));
        // five times the warm-up: the import (StAX, wpautop, shortcodes, sanitizer, builders) needs some 15 s of JIT
        // before it runs at its steady speed, and a 2.9 MB import took 1.4 s in the first second against 0.1 s after
        report.add(Report.Group.WXR, run(s, WxrBenchmark.class.getName() + ".", 1, Mode.AverageTime,
                s.warmups() * 5));
        for (int threads = 1; threads <= 2; threads++) {
            // three times the warm-up: with both cores rendering, the JIT's compiler threads get less of the machine,
            // and the first seconds on 2 threads ran at 16,000 pages/s against 29,000 once compiled
            report.add(Report.Group.THREADS, run(s, PageBenchmark.class.getName() + ".broadsheetBytes", threads,
                    Mode.Throughput, s.warmups() * 3));
        }
        report.load("end");
        report.elapsed(System.nanoTime() - start);
        return report.markdown();
    }

    /**
     * A race: two threads, Broadsheet and a rival at once, with three times the warm-up for the reason the 2-thread
     * run has it. With both cores rendering, the JIT compiles slowly, and in the run of 2026-12-08 00:27 the page
     * race was still speeding up through its measurement (one round's iterations: 1,872, 654 and 323 µs), so the
     * ratios measured part of the compilation.
     */
    private static List<Report.Row> race(Settings s, Class<?> benchmark) throws RunnerException {
        return run(s, benchmark.getName() + ".", 2, Mode.AverageTime, s.warmups() * 3);
    }

    private static List<Report.Row> run(Settings s, Class<?> benchmark, int threads, Mode mode)
            throws RunnerException {
        return run(s, benchmark.getName() + ".", threads, mode, s.warmups());
    }

    private static List<Report.Row> run(Settings s, String prefix, int threads, Mode mode, int warmups)
            throws RunnerException {
        return run(s, prefix, threads, mode, warmups, "1g");
    }

    /** Runs benchmarks in forks with a fixed heap ({@code -Xms} and {@code -Xmx} of {@code heap}). */
    private static List<Report.Row> run(Settings s, String prefix, int threads, Mode mode, int warmups, String heap)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(prefix))
                .mode(mode)
                .timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
                .forks(s.forks())
                .warmupIterations(warmups)
                .warmupTime(s.warmupTime())
                .measurementIterations(s.iterations())
                .measurementTime(s.iterationTime())
                .threads(threads)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(s.verbose() ? VerboseMode.NORMAL : VerboseMode.SILENT);
        if (s.forks() > 0) {
            options.jvmArgsAppend("-Xms" + heap, "-Xmx" + heap);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Report.Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String name = p.getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Map<String, String> params = new LinkedHashMap<>();
            for (String key : p.getParamsKeys()) {
                params.put(key, p.getParam(key));
            }
            Result<?> primary = r.getPrimaryResult();
            rows.add(new Report.Row(name, params, p.getThreads(), primary.getScore(), primary.getScoreError(),
                    primary.getScoreUnit(), alloc(r)));
            // a group's methods (side-by-side benchmarks) are its secondary results, beside the profilers' gc.*
            Map<String, ?> secondary = r.getSecondaryResults();
            for (Map.Entry<String, ?> e : secondary.entrySet()) {
                if (!e.getKey().contains("gc.") && e.getValue() instanceof Result<?> m) {
                    rows.add(new Report.Row(name + ":" + e.getKey(), params, 1, m.getScore(), m.getScoreError(),
                            m.getScoreUnit(), Double.NaN));
                }
            }
        }
        return rows;
    }

    /** JMH 1.37 names it {@code gc.alloc.rate.norm}; older versions prefix a middle dot. */
    private static double alloc(RunResult r) {
        Map<String, ?> secondary = r.getSecondaryResults();
        Object norm = secondary.get("gc.alloc.rate.norm");
        if (norm == null) {
            norm = secondary.get("\u00b7gc.alloc.rate.norm");
        }
        return norm instanceof Result<?> result ? result.getScore() : Double.NaN;
    }

    /** The UTF-8 size of each pipeline's page and of the scaling inputs, for the per-byte columns. */
    static Map<String, Long> outputSizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        Site site = BenchContent.site();
        ArticlePage page = BenchContent.page();
        Stored.PageData data = Stored.of(site, page);
        sizes.put("PageBenchmark.broadsheet", size(Pipelines.broadsheet(site, page)));
        sizes.put("PageBenchmark.thymeleaf", size(Pipelines.thymeleaf(data)));
        sizes.put("PageBenchmark.jte", size(Pipelines.jte(data)));
        sizes.put("PageBenchmark.floorAppend", sizes.get("PageBenchmark.broadsheet"));
        sizes.put("PageBenchmark.jsoupBodyAndHtml", sizes.get("PageBenchmark.broadsheet"));
        sizes.put("PageBenchmark.amp", size(Pipelines.amp(site, page)));
        sizes.put("PageBenchmark.broadsheetBytes", (long) Pipelines.broadsheetBytes(site, page).bytes().length);
        sizes.put("PageBenchmark.jteBinary", (long) Pipelines.jteBinary(data).bytes().length);
        sizes.put("PageBenchmark.thymeleafBytes", (long) Pipelines.thymeleafBytes(data).bytes().length);
        sizes.put("PageBenchmark.floorBytes", sizes.get("PageBenchmark.broadsheetBytes"));
        FeedBenchmark feed = new FeedBenchmark();
        feed.setUp();
        sizes.put("FeedBenchmark.broadsheet", bytes(feed.broadsheet()));
        sizes.put("FeedBenchmark.broadsheetBytes", (long) feed.broadsheetBytes());
        try {
            sizes.put("FeedBenchmark.rome", bytes(feed.rome()));
        } catch (com.rometools.rome.io.FeedException e) {
            throw new IllegalStateException("Rome could not write the feed", e);
        }
        for (String input : new String[] {"article-10k", "comment-500", "body-1m"}) {
            sizes.put("input:" + input, bytes(SanitizeBenchmark.input(input)));
        }
        for (String size : new String[] {"1024", "16384", "131072", "1048576", "nested-5000", "flat-5000"}) {
            sizes.put("body:" + size, bytes(BodyScalingBenchmark.input(size)));
        }
        return sizes;
    }

    private static long size(Pipelines.PagePipeline pipeline) {
        Sink sink = new Sink(256 * 1024);
        pipeline.render(sink);
        return bytes(sink.toString());
    }

    private static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Reads the load average, for the report. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
