package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load run works and counts what it should (not how fast: the README's numbers come from a run on a quiet
 * machine): every request is answered, latencies are ordered, a missing page counts as an error.
 */
class LoadRunTest {

    @Test
    void aSmallRunIsAnsweredWithoutErrorsAndAMissingPageIsCounted() throws Exception {
        try (TestApp app = TestApp.h2()) {
            LoadRun.Result ok = LoadRun.run(app.base, List.of(Fixtures.foreignAffairs().slug()), 40, 2);
            assertThat(ok.requests()).isEqualTo(40);
            assertThat(ok.errors()).isZero();
            assertThat(ok.p50Micros()).isPositive().isLessThanOrEqualTo(ok.p99Micros());
            assertThat(ok.p99Micros()).isLessThanOrEqualTo(ok.maxMicros());
            assertThat(ok.bytes() / 40).as("a whole article page each time").isGreaterThan(10_000);
            assertThat(ok.toString()).contains("40 requests from 2 clients").contains("0 errors");

            LoadRun.Result missing = LoadRun.run(app.base, List.of("no-such-article"), 10, 1);
            assertThat(missing.errors()).isEqualTo(10);
        }
    }
}
