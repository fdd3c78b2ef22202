package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Runs rendering calls from many threads at once, for the thread-safety tests of the renderers. */
public final class Threads {

    private Threads() {
    }

    /**
     * Calls each of {@code calls} once alone, then all of them from {@code threads} threads, {@code rounds} calls per
     * thread in an order that differs between threads, and asserts that every call returned what it did alone.
     *
     * @param threads how many threads
     * @param rounds calls per thread
     * @param calls the calls, such as {@code () -> renderer.render(page)}
     * @throws Exception when a thread fails or is interrupted
     */
    public static void assertSameResults(int threads, int rounds, List<Supplier<String>> calls) throws Exception {
        List<String> expected = calls.stream().map(Supplier::get).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        int c = (i + thread) % calls.size();
                        if (!calls.get(c).get().equals(expected.get(c))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).as("every call in one thread returned what it returned alone").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
