package dev.broadsheet.examples.benchmarks;

import com.rometools.rome.io.FeedException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link FeedBenchmark}'s race against Rome run side by side, as {@link PageRaceBenchmark} runs the page's: the
 * 50-item RSS feed from Broadsheet and from Rome at the same time, one thread each, so both see the same machine.
 */
@State(Scope.Benchmark)
public class FeedRaceBenchmark {

    private final FeedBenchmark feeds = new FeedBenchmark();

    /** Builds the articles, the renderer and Rome's model as {@link FeedBenchmark} does. */
    @Setup
    public void setUp() {
        feeds.setUp();
    }

    /** @return Broadsheet's feed as a {@code String}, beside {@link #romeBesideBroadsheet()} */
    @Benchmark
    @Group("vsRome")
    @GroupThreads(1)
    public String broadsheetBesideRome() {
        return feeds.broadsheet();
    }

    /**
     * @return Rome's feed as a {@code String}, from a {@code SyndFeed} built per request
     * @throws FeedException when Rome cannot write it
     */
    @Benchmark
    @Group("vsRome")
    @GroupThreads(1)
    public String romeBesideBroadsheet() throws FeedException {
        return feeds.rome();
    }
}
