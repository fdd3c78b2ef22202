package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The load run's mechanics, on a tiny run (the measured run is the command in the README): every request is
 * counted, answered 200, and timed; its limits are named.
 */
class LoadRunTest {

    @Test
    void aTinyRunCountsEveryRequestAndReportsNoErrors() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        LoadRun.Report r = LoadRun.run(40, 2, 5, new String[] {"--spring.datasource.url=" + TestApp.h2Url(),
                "--broadsheet.secret=" + TestApp.SECRET}, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(r.requests()).isEqualTo(40);
        assertThat(r.errors()).isZero();
        assertThat(r.sortedNanos()).hasSize(40);
        assertThat(r.sortedNanos()[0]).as("the fastest request was timed").isPositive();
        assertThat(r.percentileMillis(99)).isGreaterThanOrEqualTo(r.percentileMillis(50)).isPositive();
        assertThat(r.summary()).contains("40 requests from 2 readers").contains("0 errors");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("article pages on 127.0.0.1:");
    }

    @Test
    void theNearestRankPercentileOfTenTimings() {
        long[] ms = new long[10];
        for (int i = 0; i < 10; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        LoadRun.Report r = new LoadRun.Report(10, 1, 0, 1.0, ms);
        assertThat(r.percentileMillis(50)).isEqualTo(5.0);
        assertThat(r.percentileMillis(99)).isEqualTo(10.0);
        assertThat(r.perSecond()).isEqualTo(10.0);
    }

    @Test
    void requestAndReaderCountsOutsideTheirLimitsAreRefused() {
        assertThatThrownBy(() -> LoadRun.main(new String[] {"--readers=65"}))
                .hasMessage("--readers must be a whole number from 1 to 64, was 65");
        assertThatThrownBy(() -> LoadRun.main(new String[] {"--requests=lots"}))
                .hasMessage("--requests must be a whole number from 1 to 1000000, was lots");
    }
}
