package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.comments.FloodStore.Attempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FloodStoreTest {

    private static final Instant T = Instant.parse("2026-09-21T12:00:00Z");
    private static final Instant LONG_AGO = Instant.EPOCH;

    @Test
    void theJudgeSeesEarlierAttemptsOldestFirstAndOnlyAdmittedOnesAreKept() {
        FloodStore store = FloodStore.inMemory();
        assertThat(store.recordIf("k", new Attempt(T, 1), LONG_AGO, h -> h.isEmpty())).isTrue();
        assertThat(store.recordIf("k", new Attempt(T.plusSeconds(1), 2), LONG_AGO, h -> false)).isFalse();
        List<List<Attempt>> seen = new ArrayList<>();
        store.recordIf("k", new Attempt(T.plusSeconds(2), 3), LONG_AGO, h -> seen.add(h));
        store.recordIf("k", new Attempt(T.plusSeconds(3), 4), LONG_AGO, h -> seen.add(h));
        assertThat(seen.get(1)).containsExactly(new Attempt(T, 1), new Attempt(T.plusSeconds(2), 3));
    }

    @Test
    void attemptsOlderThanAskedForAreNotShown() {
        FloodStore store = FloodStore.inMemory();
        store.recordIf("k", new Attempt(T, 1), LONG_AGO, h -> true);
        store.recordIf("k", new Attempt(T.plusSeconds(100), 2), LONG_AGO, h -> true);
        List<Attempt> seen = new ArrayList<>();
        store.recordIf("k", new Attempt(T.plusSeconds(200), 3), T.plusSeconds(50), h -> seen.addAll(h));
        assertThat(seen).containsExactly(new Attempt(T.plusSeconds(100), 2));
    }

    @Test
    void eachKeyKeepsItsNewestAttemptsOnly() {
        FloodStore store = FloodStore.inMemory(10, 3);
        for (int i = 0; i < 10; i++) {
            store.recordIf("k", new Attempt(T.plusSeconds(i), i), LONG_AGO, h -> true);
        }
        List<Attempt> seen = new ArrayList<>();
        store.recordIf("k", new Attempt(T.plusSeconds(10), 10), LONG_AGO, h -> seen.addAll(h));
        assertThat(seen).extracting(Attempt::fingerprint).containsExactly(7L, 8L, 9L);
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenWhenFull() {
        InMemoryFloodStore store = new InMemoryFloodStore(3, 4);
        for (String k : List.of("a", "b", "c")) {
            store.recordIf(k, new Attempt(T, 1), LONG_AGO, h -> true);
        }
        store.recordIf("a", new Attempt(T, 2), LONG_AGO, h -> true); // a is now the most recently used
        store.recordIf("d", new Attempt(T, 3), LONG_AGO, h -> true); // b goes
        assertThat(store.size()).isEqualTo(3);
        List<Attempt> b = new ArrayList<>();
        store.recordIf("b", new Attempt(T, 4), LONG_AGO, h -> b.addAll(h));
        assertThat(b).isEmpty();
        List<Attempt> a = new ArrayList<>();
        store.recordIf("a", new Attempt(T, 5), LONG_AGO, h -> a.addAll(h));
        assertThat(a).hasSize(2);
    }

    @Test
    void staleKeysAreDroppedAsTheStoreIsUsed() {
        InMemoryFloodStore store = new InMemoryFloodStore(1000, 4);
        for (int i = 0; i < 100; i++) {
            store.recordIf("old-" + i, new Attempt(T, i), LONG_AGO, h -> true);
        }
        for (int i = 0; i < 100; i++) {
            store.recordIf("new-" + i, new Attempt(T.plusSeconds(3600), i), T.plusSeconds(1800), h -> true);
        }
        assertThat(store.size()).isEqualTo(100);
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfKeys() {
        InMemoryFloodStore store = new InMemoryFloodStore(FloodStore.DEFAULT_MAX_KEYS,
                FloodStore.DEFAULT_MAX_ATTEMPTS_PER_KEY);
        for (int i = 0; i < 50_000; i++) {
            store.recordIf("key-" + i, new Attempt(T, i), LONG_AGO, h -> true);
        }
        assertThat(store.size()).isEqualTo(FloodStore.DEFAULT_MAX_KEYS);
        assertThat(store.toString()).doesNotContain("key-");
    }

    @Test
    void boundsMustBePositive() {
        assertThatThrownBy(() -> FloodStore.inMemory(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxKeys");
        assertThatThrownBy(() -> FloodStore.inMemory(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttemptsPerKey");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void concurrentCallsForOneKeyAreSeenOneAfterTheOther() throws Exception {
        FloodStore store = FloodStore.inMemory();
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                String key = "k" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> calls = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    calls.add(pool.submit(() -> {
                        go.await();
                        return store.recordIf(key, new Attempt(T, 0), LONG_AGO, List::isEmpty);
                    }));
                }
                go.countDown();
                for (Future<Boolean> f : calls) {
                    if (f.get()) {
                        admitted.incrementAndGet();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(admitted.get()).isEqualTo(200);
    }
}
