package dev.broadsheet.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CI's check of the suite: every benchmark runs for one short iteration, in this JVM, and the report is computed
 * from the results. It checks that the suite runs, not how fast anything is (benchmarks are not timed tests).
 * Runs in {@code mvn verify} (failsafe), not in {@code mvn test}.
 */
class BenchmarksSmokeIT {

    @Test
    @Timeout(120)
    void everyBenchmarkRunsOnceAndTheReportHasEveryTarget() throws Exception {
        long start = System.nanoTime();
        String report = BenchSuite.run(BenchSuite.Settings.smoke());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(2));
        assertThat(report)
                .contains("page render vs Thymeleaf", "page render vs jte", "StringBuilder floor",
                        "sanitize article() on the 10 KB article vs Jsoup.clean relaxed (side by side)", "sanitize comment()",
                        "vs OWASP (side by side)", "page render vs jte + Jackson (side by side",
                        "vs OWASP", "allocation of the HTML page per output byte", "1 KB → 1 MB",
                        "5,000 nested", "slope 1,000 → 10,000 vs 100 → 1,000", "10,000-comment article",
                        "2 threads / 1 thread", "AMP page", "page to bytes vs jte's String output",
                        "jte binary static content", "Thymeleaf to a byte stream", "byte-copy floor",
                        "allocation of the page to bytes per output byte", "50-item RSS feed vs Rome",
                        "allocation of the RSS feed per output byte",
                        "from articles no feed carried before", "sitemap cost per URL",
                        "URLs in a 64 MB heap", "one more recipient's stamp", "100,000 personalised messages",
                        "editorial checks on the 10,000-word article / rendering its page",
                        "(side by side, median of rounds)", "measured one after the other",
                        "on a body never checked before", "WXR import, MB/s incl. sanitizing")
                .contains("| Broadsheet HtmlRenderer → StringBuilder |", "| Broadsheet HtmlRenderer → Utf8Buffer",
                        "| jte 3.2.5 binary static content", "| jte 3.2.5", "| Thymeleaf 3.1.6", "**JSON-LD**",
                        "| body-1m (", "Marginal cost per comment", "Paged at 50 comments",
                        "**Feeds and sitemaps.**", "**Newsletter.**");
        assertThat(report.lines().filter(l -> l.startsWith("| ") && l.contains("n/a B")))
                .as("every benchmark reports its allocation").isEmpty();
    }
}
