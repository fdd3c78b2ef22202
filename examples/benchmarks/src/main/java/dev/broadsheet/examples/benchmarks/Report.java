package dev.broadsheet.examples.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns the suite's results into the Markdown report: the targets of issues 10 and 18 with their measured ratios first,
 * then every group's absolute numbers. Every figure is computed here from JMH's results.
 */
final class Report {

    /** The groups of the suite, besides the page race's rounds. */
    enum Group {
        SANITIZE, JSON_LD, BODY_SCALING, COMMENT_SCALING, COMMENT_PAGING, FEED, EMAIL, NINJS, SITEMAP, CHECKS, WXR,
        THREADS
    }

    /**
     * One benchmark's result.
     *
     * @param name {@code Class.method}
     * @param params JMH parameters
     * @param threads threads
     * @param score the primary score
     * @param error its 99.9% error
     * @param unit the score's unit
     * @param alloc bytes allocated per operation
     */
    record Row(String name, Map<String, String> params, int threads, double score, double error, String unit,
            double alloc) {

        String param(String key) {
            return params.getOrDefault(key, "");
        }
    }

    private final BenchSuite.Settings settings;
    private final Map<String, Long> sizes;
    private final Map<Group, List<Row>> groups = new EnumMap<>(Group.class);
    private final List<List<Row>> rounds = new ArrayList<>();
    private final List<List<Row>> races = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();
    private long elapsedNanos;

    Report(BenchSuite.Settings settings, Map<String, Long> sizes) {
        this.settings = settings;
        this.sizes = sizes;
    }

    void add(Group group, List<Row> rows) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).addAll(rows);
    }

    void addRound(List<Row> rows) {
        rounds.add(rows);
    }

    void addRace(List<Row> rows) {
        races.add(rows);
    }

    void load(String when) {
        loads.add(when + " " + BenchSuite.loadAverage());
    }

    void elapsed(long nanos) {
        this.elapsedNanos = nanos;
    }

    // ------------------------------------------------------------------ lookups

    private Row find(List<Row> rows, String name, String paramKey, String paramValue) {
        for (Row r : rows) {
            if (r.name().equals(name) && (paramKey == null || r.param(paramKey).equals(paramValue))) {
                return r;
            }
        }
        throw new IllegalStateException("no result for " + name + " " + paramValue);
    }

    private Row sanitize(String method, String input) {
        return find(groups.get(Group.SANITIZE), "SanitizeBenchmark." + method, "input", input);
    }

    /** The rival's time over Broadsheet's in one group of the side-by-side sanitizer race. */
    private double sanitizeRace(String group, String rival, String ours, String input) {
        return find(groups.get(Group.SANITIZE), "SanitizeRaceBenchmark." + group + ":" + rival, "input", input)
                .score() / find(groups.get(Group.SANITIZE), "SanitizeRaceBenchmark." + group + ":" + ours, "input",
                        input).score();
    }

    private double roundMedian(ToDoubleFunction<List<Row>> f) {
        return median(rounds, f);
    }

    private static double median(List<List<Row>> runs, ToDoubleFunction<List<Row>> f) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(runs.get(i));
        }
        return median(values);
    }

    /** The median over rounds of a rival's time / Broadsheet's, measured side by side in one group. */
    private double raceMedian(String group, String ours, String rival) {
        return median(races, r -> find(r, "PageRaceBenchmark." + group + ":" + rival, null, null).score()
                / find(r, "PageRaceBenchmark." + group + ":" + ours, null, null).score());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private double page(List<Row> round, String pipeline) {
        return find(round, "PageBenchmark." + pipeline, null, null).score();
    }

    private double pageAlloc(String pipeline) {
        return roundMedian(round -> find(round, "PageBenchmark." + pipeline, null, null).alloc());
    }

    private double bodyNsPerByte(String size) {
        Row r = find(groups.get(Group.BODY_SCALING), "BodyScalingBenchmark.sanitize", "size", size);
        return r.score() * 1000 / sizes.get("body:" + size);
    }

    private double commentPage(int comments) {
        return commentBenchmark("page", comments);
    }

    private double commentBenchmark(String method, int comments) {
        return find(groups.get(Group.COMMENT_SCALING), "CommentScalingBenchmark." + method, "comments",
                Integer.toString(comments)).score();
    }

    private Row threads(int n) {
        for (Row r : groups.get(Group.THREADS)) {
            if (r.threads() == n) {
                return r;
            }
        }
        throw new IllegalStateException("no result for " + n + " threads");
    }

    // ------------------------------------------------------------------ the report

    String markdown() {
        StringBuilder md = new StringBuilder(16 * 1024);
        header(md);
        targets(md);
        pageRace(md);
        sanitizeTable(md);
        jsonLd(md);
        feeds(md);
        email(md);
        scaling(md);
        return md.toString();
    }

    private void header(StringBuilder md) {
        md.append("### Benchmarks\n\n");
        md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT))).append('\n');
        md.append("- Machine: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(cpu()).append('\n');
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- JMH 1.37: ").append(settings.forks() == 0 ? "no fork (smoke run)" : settings.forks() + " fork")
                .append(", ").append(settings.warmups()).append(" × ").append(settings.warmupTime())
                .append(" warm-up, ").append(settings.iterations()).append(" × ").append(settings.iterationTime())
                .append(" measured (the races and the 1- and 2-thread runs: ").append(settings.warmups() * 3)
                .append(" warm-up iterations), GC profiler; page race in ").append(settings.rounds())
                .append(" back-to-back rounds\n");
        md.append("- Command: `bin/bench` (`java -jar examples/benchmarks/target/benchmarks.jar --report FILE`)\n");
        md.append("- Load average (1, 5, 15 min): ").append(String.join("; ", loads)).append('\n');
        md.append("- Suite time: ").append(String.format(Locale.ROOT, "%.1f min", elapsedNanos / 60e9)).append("\n\n");
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the model out
        }
        return "CPU model unknown";
    }

    private void targets(StringBuilder md) {
        md.append("| target | goal | measured | met |\n| --- | --- | --- | --- |\n");
        double thymeleaf = roundMedian(r -> page(r, "thymeleaf") / page(r, "broadsheet"));
        double jte = roundMedian(r -> page(r, "jte") / page(r, "broadsheet"));
        double floor = roundMedian(r -> page(r, "broadsheet") / page(r, "floorAppend"));
        target(md, "page render vs Thymeleaf + Jackson (median of rounds)", "≥ 8×", thymeleaf, "×", thymeleaf >= 8);
        double jteBeside = raceMedian("vsJte", "stringBesideJte", "jteBesideString");
        target(md, "page render vs jte + Jackson (side by side, median of rounds)", "≥ 1.5×", jteBeside, "×",
                jteBeside >= 1.5);
        md.append("| the same, measured one after the other (median of rounds) | report | ").append(fmt(jte))
                .append("× | – |\n");
        target(md, "page render time / StringBuilder floor (median of rounds)", "≤ 10×", floor, "×", floor <= 10);
        double jteBytes = raceMedian("vsJteString", "bytesBesideJteString", "jteString");
        double jteBinary = raceMedian("vsJteBinary", "bytesBesideJteBinary", "jteBinary");
        double jteBytesApart = roundMedian(r -> page(r, "jte") / page(r, "broadsheetBytes"));
        double jteBinaryApart = roundMedian(r -> page(r, "jteBinary") / page(r, "broadsheetBytes"));
        double thymeleafBytes = roundMedian(r -> page(r, "thymeleafBytes") / page(r, "broadsheetBytes"));
        double floorBytes = roundMedian(r -> page(r, "broadsheetBytes") / page(r, "floorBytes"));
        double bytesAlloc = pageAlloc("broadsheetBytes") / sizes.get("PageBenchmark.broadsheetBytes");
        target(md, "page to bytes vs jte's String output (side by side, median of rounds)", "≥ 2×", jteBytes, "×",
                jteBytes >= 2);
        target(md, "page to bytes vs jte binary static content + Utf8ByteOutput (side by side, median of rounds)",
                "≥ 1.3×", jteBinary, "×", jteBinary >= 1.3);
        md.append("| the same two, measured one after the other (median of rounds) | report | ")
                .append(fmt(jteBytesApart)).append("× and ").append(fmt(jteBinaryApart)).append("× | – |\n");
        target(md, "page to bytes vs Thymeleaf to a byte stream (median of rounds)", "≥ 10×", thymeleafBytes, "×",
                thymeleafBytes >= 10);
        target(md, "page to bytes / byte-copy floor (median of rounds)", "≤ 8×", floorBytes, "×", floorBytes <= 8);
        target(md, "allocation of the page to bytes per output byte", "≤ 1 B", bytesAlloc, " B", bytesAlloc <= 1);
        String[][] sanitizeTargets = {
            {"broadsheetArticle", "article-10k", "article() on the 10 KB article"},
            {"broadsheetComment", "comment-500", "comment() on the 500-byte comment"},
            {"broadsheetArticle", "body-1m", "article() on the 1 MB body"},
        };
        for (String[] t : sanitizeTargets) {
            double ours = sanitize(t[0], t[1]).score();
            double jsoupApart = sanitize("jsoupClean", t[1]).score() / ours;
            double owaspApart = sanitize("owasp", t[1]).score() / ours;
            double jsoup = sanitizeRace("vsJsoup", "jsoupBesideBroadsheet", "broadsheetBesideJsoup", t[1]);
            double owasp = sanitizeRace("vsOwasp", "owaspBesideBroadsheet", "broadsheetBesideOwasp", t[1]);
            target(md, "sanitize " + t[2] + " vs Jsoup.clean relaxed (side by side)", "≥ 1.5×", jsoup, "×",
                    jsoup >= 1.5);
            target(md, "sanitize " + t[2] + " vs OWASP (side by side)", "≥ 0.7×", owasp, "×", owasp >= 0.7);
            md.append("| the same two, measured one after the other | report | ").append(fmt(jsoupApart))
                    .append("× and ").append(fmt(owaspApart)).append("× | – |\n");
        }
        double perByte = pageAlloc("broadsheet") / sizes.get("PageBenchmark.broadsheet");
        target(md, "allocation of the HTML page per output byte", "≤ 3 B", perByte, " B", perByte <= 3);
        double[] perByteCosts = {bodyNsPerByte("1024"), bodyNsPerByte("16384"), bodyNsPerByte("131072"),
            bodyNsPerByte("1048576")};
        double bodySpread = spread(perByteCosts);
        target(md, "sanitize cost per byte, 1 KB → 1 MB (largest / smallest)", "< 1.5×", bodySpread, "×",
                bodySpread < 1.5);
        double nested = bodyNsPerByte("nested-5000") / bodyNsPerByte("flat-5000");
        target(md, "sanitize cost per byte, 5,000 nested / 5,000 flat elements", "< 1.5×", nested, "×",
                nested < 1.5);
        double[] slopes = slopes();
        double slopeRatio = spread(slopes);
        target(md, "marginal cost per comment, slope 1,000 → 10,000 vs 100 → 1,000 (larger / smaller)", "≤ 1.5×",
                slopeRatio, "×", slopeRatio <= 1.5);
        double paging = commentPaging(10000) / commentPaging(50);
        target(md, "a page of 50 comments of a 10,000-comment article / the 50-comment article's page", "≤ 1.2×",
                paging, "×", paging <= 1.2);
        double scaling = threads(2).score() / threads(1).score();
        target(md, "page to bytes throughput, 2 threads / 1 thread", "≥ 1.8×", scaling, "×", scaling >= 1.8);
        double amp = roundMedian(r -> page(r, "amp") / page(r, "jsoupBodyAndHtml"));
        target(md, "AMP page vs (jsoup parse of the body + HTML page) (median of rounds)", "≤ 1.5×", amp, "×",
                amp <= 1.5);
        Row rss = find(groups.get(Group.FEED), "FeedBenchmark.broadsheet", null, null);
        double rome = find(groups.get(Group.FEED), "FeedRaceBenchmark.vsRome:romeBesideBroadsheet", null, null)
                .score() / find(groups.get(Group.FEED), "FeedRaceBenchmark.vsRome:broadsheetBesideRome", null, null)
                .score();
        target(md, "50-item RSS feed vs Rome SyndFeedOutput (side by side)", "≥ 5×", rome, "×", rome >= 5);
        double romeApart = find(groups.get(Group.FEED), "FeedBenchmark.rome", null, null).score() / rss.score();
        md.append("| the same, measured one after the other | report | ").append(fmt(romeApart)).append("× | – |\n");
        double romeFirst = find(groups.get(Group.FEED), "FeedBenchmark.rome", null, null).score()
                / find(groups.get(Group.FEED), "FeedBenchmark.broadsheetFirstTime", null, null).score();
        md.append("| the same, from articles no feed carried before (bodies escaped in the call) | report | ")
                .append(fmt(romeFirst)).append("× | – |\n");
        double feedAlloc = rss.alloc() / sizes.get("FeedBenchmark.broadsheet");
        target(md, "allocation of the RSS feed per output byte", "≤ 3 B", feedAlloc, " B", feedAlloc <= 3);
        double perUrl = (sitemap(50_000).score() / 50_000) / (sitemap(1_000).score() / 1_000);
        target(md, "sitemap cost per URL, 50,000 / 1,000 URLs", "≤ 1.3×", perUrl, "×", perUrl <= 1.3);
        md.append("| sitemap of ").append(String.format(Locale.ROOT, "%,d", SitemapStreamBenchmark.URLS))
                .append(" URLs in a 64 MB heap (`-Xmx64m`) | completes | ")
                .append(fmt(find(groups.get(Group.SITEMAP), "SitemapStreamBenchmark.streamed", null, null).score()
                        / 1000)).append(" ms | yes |\n");
        Row digest = find(groups.get(Group.EMAIL), "EmailBenchmark.renderDigest", null, null);
        Row stamp = find(groups.get(Group.EMAIL), "EmailBenchmark.stampOne", null, null);
        double stampShare = stamp.score() / digest.score();
        target(md, "newsletter: one more recipient's stamp / rendering the digest", "≤ 5%", stampShare * 100, "%",
                stampShare <= 0.05);
        double hundredThousand = stamp.score() * 100_000 / 1e6;
        target(md, "newsletter: 100,000 personalised messages on one core (stamps)", "< 10 s", hundredThousand, " s",
                hundredThousand < 10);
        double checks = find(groups.get(Group.CHECKS), "ChecksBenchmark.checks", null, null).score()
                / find(groups.get(Group.CHECKS), "ChecksBenchmark.page", null, null).score();
        target(md, "editorial checks on the 10,000-word article / rendering its page", "≤ 0.2×", checks, "×",
                checks <= 0.2);
        md.append("| the same, on a body never checked before (its facts read) | report | ")
                .append(fmt(find(groups.get(Group.CHECKS), "ChecksBenchmark.checksFirstTime", null, null).score()
                        / find(groups.get(Group.CHECKS), "ChecksBenchmark.page", null, null).score()))
                .append("× | – |\n");
        md.append("| ninjs export per article (3.1; import of the same document ")
                .append(fmt(find(groups.get(Group.NINJS), "NinjsBenchmark.importOne", null, null).score()))
                .append(" µs) | report | ")
                .append(fmt(find(groups.get(Group.NINJS), "NinjsBenchmark.export31", null, null).score()))
                .append(" µs | – |\n");
        // bytes per µs are MB/s
        double wxr = WxrBenchmark.export().length
                / find(groups.get(Group.WXR), "WxrBenchmark.importExport", null, null).score();
        target(md, "WXR import, MB/s incl. sanitizing", "≥ 20", wxr, " MB/s", wxr >= 20);
        md.append("| AMP page vs HTML page, same article (median of rounds) | report | ")
                .append(fmt(roundMedian(r -> page(r, "amp") / page(r, "broadsheet")))).append("× | – |\n\n");
    }

    private static void target(StringBuilder md, String what, String goal, double value, String unit, boolean met) {
        md.append("| ").append(what).append(" | ").append(goal).append(" | ").append(fmt(value)).append(unit)
                .append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static double spread(double[] values) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max / min;
    }

    /** µs per comment between 100 and 1,000 comments, and between 1,000 and 10,000. */
    private double[] slopes() {
        return new double[] {(commentPage(1000) - commentPage(100)) / 900,
            (commentPage(10000) - commentPage(1000)) / 9000};
    }

    private double commentPaging(int comments) {
        return find(groups.get(Group.COMMENT_PAGING), "CommentPagingBenchmark.page", "comments",
                Integer.toString(comments)).score();
    }

    private double[] perComment() {
        return perComment("page");
    }

    /** µs per comment above the page without comments, for 10, 100, 1,000 and 10,000 comments. */
    private double[] perComment(String method) {
        int[] counts = {10, 100, 1000, 10000};
        double base = commentBenchmark(method, 0);
        double[] costs = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            costs[i] = (commentBenchmark(method, counts[i]) - base) / counts[i];
        }
        return costs;
    }

    private void pageRace(StringBuilder md) {
        md.append("**Page render**: an article page with ").append(BenchContent.PAGE_COMMENTS)
                .append(" comments (").append(kb(sizes.get("PageBenchmark.broadsheet")))
                .append(" of UTF-8; its AMP page ").append(kb(sizes.get("PageBenchmark.amp")))
                .append("), bodies sanitized at save time, each written into a new buffer with room for the page. "
                        + "µs per page, per round:\n\n");
        md.append("| pipeline |");
        for (int i = 1; i <= rounds.size(); i++) {
            md.append(" round ").append(i).append(" |");
        }
        md.append(" median | vs Broadsheet, same output | alloc B/op | B per output byte |\n| --- |");
        md.append(" ---: |".repeat(rounds.size() + 4)).append('\n');
        double ours = roundMedian(r -> page(r, "broadsheet"));
        double oursBytes = roundMedian(r -> page(r, "broadsheetBytes"));
        for (String[] p : new String[][] {{"broadsheet", "Broadsheet HtmlRenderer → StringBuilder"},
                {"jte", "jte 3.2.5 (precompiled) + Jackson → StringBuilder"},
                {"thymeleaf", "Thymeleaf 3.1.6 + Jackson → StringBuilder"},
                {"floorAppend", "floor: append the finished page"},
                {"broadsheetBytes", "Broadsheet HtmlRenderer → Utf8Buffer (reused)"},
                {"jteBinary", "jte 3.2.5 binary static content + Jackson → Utf8ByteOutput"},
                {"thymeleafBytes", "Thymeleaf 3.1.6 + Jackson → UTF-8 writer on a byte stream"},
                {"floorBytes", "floor: copy the finished page's bytes"},
                {"amp", "Broadsheet AmpRenderer, AMP page of the same article"},
                {"jsoupBodyAndHtml", "AMP reference: jsoup parse of the body + HTML page"}}) {
            boolean bytes = p[0].endsWith("Bytes") || p[0].equals("jteBinary");
            md.append("| ").append(p[1]).append(" |");
            for (List<Row> round : rounds) {
                md.append(' ').append(fmt(page(round, p[0]))).append(" |");
            }
            double median = roundMedian(r -> page(r, p[0]));
            double alloc = pageAlloc(p[0]);
            md.append(' ').append(fmt(median)).append(" | ").append(fmt(median / (bytes ? oursBytes : ours)))
                    .append("× | ")
                    .append(fmt(alloc)).append(" | ").append(fmt(alloc / sizes.get("PageBenchmark." + p[0])))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private void sanitizeTable(StringBuilder md) {
        md.append("**Sanitize** untrusted HTML. µs per input (± 99.9% error) and bytes allocated:\n\n");
        String[][] methods = {{"broadsheetArticle", "Broadsheet article()"},
            {"broadsheetComment", "Broadsheet comment()"}, {"owasp", "OWASP 20240325.1"},
            {"jsoupClean", "Jsoup.clean relaxed"}, {"floorJsoupParse", "floor: jsoup parse + serialize"},
            {"floorCopy", "floor: copy"}};
        md.append("| input |");
        for (String[] m : methods) {
            md.append(' ').append(m[1]).append(" |");
        }
        md.append("\n| --- |").append(" ---: |".repeat(methods.length)).append('\n');
        for (String input : new String[] {"article-10k", "comment-500", "body-1m"}) {
            md.append("| ").append(input).append(" (").append(kb(sizes.get("input:" + input))).append(") |");
            for (String[] m : methods) {
                Row r = sanitize(m[0], input);
                md.append(' ').append(fmt(r.score())).append(" ± ").append(fmt(r.error())).append(" µs, ")
                        .append(kb((long) r.alloc())).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private Row sitemap(int urls) {
        return find(groups.get(Group.SITEMAP), "SitemapBenchmark.sitemap", "urls", Integer.toString(urls));
    }

    private void feeds(StringBuilder md) {
        Row ours = find(groups.get(Group.FEED), "FeedBenchmark.broadsheet", null, null);
        Row bytes = find(groups.get(Group.FEED), "FeedBenchmark.broadsheetBytes", null, null);
        Row first = find(groups.get(Group.FEED), "FeedBenchmark.broadsheetFirstTime", null, null);
        Row rome = find(groups.get(Group.FEED), "FeedBenchmark.rome", null, null);
        md.append("**Feeds and sitemaps.** A ").append(FeedBenchmark.ITEMS).append("-item RSS feed with full bodies (")
                .append(kb(sizes.get("FeedBenchmark.broadsheet"))).append("; Rome's ")
                .append(kb(sizes.get("FeedBenchmark.rome"))).append("): Broadsheet to a String ")
                .append(fmt(ours.score())).append(" µs, ").append(kb((long) ours.alloc()))
                .append(" (from articles no feed carried before, whose bodies it escapes: ").append(fmt(first.score()))
                .append(" µs); to a reused ")
                .append("Utf8Buffer ").append(fmt(bytes.score())).append(" µs, ").append(kb((long) bytes.alloc()))
                .append("; Rome 2.1 (a SyndFeed built per request, SyndFeedOutput) ").append(fmt(rome.score()))
                .append(" µs, ").append(kb((long) rome.alloc())).append(". Sitemaps: 1,000 URLs ")
                .append(fmt(sitemap(1_000).score())).append(" µs, 50,000 URLs ").append(fmt(sitemap(50_000).score()))
                .append(" µs (").append(kb((long) sitemap(50_000).alloc())).append(" allocated).\n\n");
    }

    private void email(StringBuilder md) {
        Row digest = find(groups.get(Group.EMAIL), "EmailBenchmark.renderDigest", null, null);
        Row stamp = find(groups.get(Group.EMAIL), "EmailBenchmark.stampOne", null, null);
        Row mime = find(groups.get(Group.EMAIL), "EmailBenchmark.stampAndAssembleOne", null, null);
        md.append("**Newsletter.** Rendering the digest of the English fixture articles ").append(fmt(digest.score()))
                .append(" µs, ").append(kb((long) digest.alloc())).append("; stamping one recipient into it ")
                .append(fmt(stamp.score())).append(" µs, ").append(kb((long) stamp.alloc()))
                .append("; stamping and assembling the MIME message with Jakarta Mail ").append(fmt(mime.score()))
                .append(" µs, ").append(kb((long) mime.alloc())).append(" (100,000 messages: ")
                .append(fmt(mime.score() * 100_000 / 1e6)).append(" s).\n\n");
    }

    private void jsonLd(StringBuilder md) {
        Row ours = find(groups.get(Group.JSON_LD), "JsonLdBenchmark.broadsheet", null, null);
        Row theirs = find(groups.get(Group.JSON_LD), "JsonLdBenchmark.jacksonMap", null, null);
        md.append("**JSON-LD** of the same page (").append(JSON_LD_COMMENTS).append(" comments in the graph): "
                + "Broadsheet ").append(fmt(ours.score())).append(" µs, ").append(kb((long) ours.alloc()))
                .append("; a map per request through Jackson ").append(fmt(theirs.score())).append(" µs, ")
                .append(kb((long) theirs.alloc())).append(" (").append(fmt(theirs.score() / ours.score()))
                .append("× Broadsheet's time).\n\n");
    }

    private static final int JSON_LD_COMMENTS = 20;

    private void scaling(StringBuilder md) {
        md.append("**Scaling.** Sanitizing with article(), ns per input byte:");
        for (String size : new String[] {"1024", "16384", "131072", "1048576", "flat-5000", "nested-5000"}) {
            md.append(' ').append(size).append(": ").append(fmt(bodyNsPerByte(size))).append(';');
        }
        md.setLength(md.length() - 1);
        md.append(".\nWhole page, µs per comment above the page without comments (")
                .append(fmt(commentPage(0))).append(" µs):");
        double[] costs = perComment();
        int[] counts = {10, 100, 1000, 10000};
        for (int i = 0; i < counts.length; i++) {
            md.append(' ').append(counts[i]).append(": ").append(fmt(costs[i])).append(';');
        }
        md.setLength(md.length() - 1);
        md.append(" (the first ").append(JSON_LD_COMMENTS).append(" comments also go into the JSON-LD graph; from 100 "
                + "to 10,000 comments the largest / smallest is ")
                .append(fmt(spread(Arrays.copyOfRange(costs, 1, costs.length)))).append("×)");
        md.append(".\nThe control, copying the finished page into the same buffer, µs per comment above the page "
                + "without comments (").append(fmt(commentBenchmark("floor", 0))).append(" µs):");
        double[] floor = perComment("floor");
        for (int i = 0; i < counts.length; i++) {
            md.append(' ').append(counts[i]).append(": ").append(fmt(floor[i])).append(';');
        }
        md.setLength(md.length() - 1);
        double[] slopes = slopes();
        md.append(".\nMarginal cost per comment (slope of page time): 100 → 1,000 comments ").append(fmt(slopes[0]))
                .append(" µs; 1,000 → 10,000 comments ").append(fmt(slopes[1])).append(" µs.\nPaged at ")
                .append(dev.broadsheet.render.ArticlePage.DEFAULT_COMMENTS_PER_PAGE)
                .append(" comments, the article's thread kept by the site: the 50-comment article's page ")
                .append(fmt(commentPaging(50))).append(" µs; a middle page of the 10,000-comment article ")
                .append(fmt(commentPaging(10000))).append(" µs");
        md.append(".\nBroadsheet's page as bytes on 1 thread: ").append(fmt(threads(1).score())).append(" pages/s; on 2 "
                + "threads: ").append(fmt(threads(2).score())).append(" pages/s.\n");
    }

    private static String kb(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " B";
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
    }
}
