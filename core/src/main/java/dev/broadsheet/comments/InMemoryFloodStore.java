package dev.broadsheet.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@link FloodStore#inMemory(int, int)}: an access-ordered map of small ring buffers under one lock. Comments arrive
 * at human rates, so one lock is no bottleneck, and each call does O(maxAttemptsPerKey) work.
 */
final class InMemoryFloodStore implements FloodStore {

    /** How many least recently used keys each call examines for staleness. */
    private static final int SWEEP = 2;

    private final int maxKeys;
    private final int maxPerKey;
    private final LinkedHashMap<String, Ring> keys = new LinkedHashMap<>(16, 0.75f, true);

    InMemoryFloodStore(int maxKeys, int maxPerKey) {
        if (maxKeys < 1 || maxPerKey < 1) {
            throw new IllegalArgumentException("maxKeys and maxAttemptsPerKey must be at least 1, were " + maxKeys
                    + " and " + maxPerKey);
        }
        this.maxKeys = maxKeys;
        this.maxPerKey = maxPerKey;
    }

    @Override
    public synchronized boolean recordIf(String authorKey, Attempt attempt, Instant oldest,
            Predicate<List<Attempt>> judge) {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(oldest, "oldest");
        sweep(oldest);
        Ring ring = keys.get(authorKey);
        List<Attempt> history = ring == null ? List.of() : ring.since(oldest);
        if (!judge.test(history)) {
            return false;
        }
        if (ring == null) {
            ring = new Ring(maxPerKey);
            keys.put(authorKey, ring);
            if (keys.size() > maxKeys) {
                Iterator<String> eldest = keys.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        ring.add(attempt);
        return true;
    }

    /** Drops the least recently used keys whose newest attempt is older than needed. */
    private void sweep(Instant oldest) {
        Iterator<Map.Entry<String, Ring>> it = keys.entrySet().iterator();
        for (int i = 0; i < SWEEP && it.hasNext(); i++) {
            if (it.next().getValue().newest().isBefore(oldest)) {
                it.remove();
            } else {
                return;
            }
        }
    }

    /** For tests: how many keys are held. */
    synchronized int size() {
        return keys.size();
    }

    @Override
    public synchronized String toString() {
        return "FloodStore.inMemory[" + keys.size() + " of at most " + maxKeys + " keys, " + maxPerKey
                + " attempts each]";
    }

    /** The newest attempts of one key, oldest first. */
    private static final class Ring {
        private final Instant[] at;
        private final long[] print;
        private int next;
        private int size;

        Ring(int capacity) {
            at = new Instant[capacity];
            print = new long[capacity];
        }

        void add(Attempt a) {
            at[next] = a.at();
            print[next] = a.fingerprint();
            next = (next + 1) % at.length;
            size = Math.min(size + 1, at.length);
        }

        Instant newest() {
            return at[(next - 1 + at.length) % at.length];
        }

        List<Attempt> since(Instant oldest) {
            List<Attempt> out = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                int i = (next - size + k + at.length) % at.length;
                if (!at[i].isBefore(oldest)) {
                    out.add(new Attempt(at[i], print[i]));
                }
            }
            return out;
        }
    }
}
