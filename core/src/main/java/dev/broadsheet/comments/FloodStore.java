package dev.broadsheet.comments;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Remembers recent comments per author key, for the {@link Moderator}'s flood and duplicate rules. A host with
 * several servers implements it over shared storage; a single server uses {@link #inMemory()}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FloodStore {

    /** Default of {@link #inMemory()}: most author keys remembered. */
    int DEFAULT_MAX_KEYS = 10_000;
    /** Default of {@link #inMemory()}: most attempts remembered per author key. */
    int DEFAULT_MAX_ATTEMPTS_PER_KEY = 16;

    /**
     * Atomically for one author key: hands the attempts retained for it to {@code judge} and records
     * {@code attempt} only if {@code judge} returns true. Calls {@code judge} exactly once. Implementations must make
     * two concurrent calls for the same key see each other (one after the other); they may forget attempts older
     * than {@code oldest}, and may forget more to bound their memory.
     *
     * @param authorKey the private author key; never to be logged
     * @param attempt the new attempt
     * @param oldest the moderator needs nothing older than this
     * @param judge decides from the retained attempts (oldest first, none older than {@code oldest}) whether the
     *     new one is admitted
     * @return whether the attempt was admitted and recorded
     */
    boolean recordIf(String authorKey, Attempt attempt, Instant oldest, Predicate<List<Attempt>> judge);

    /**
     * A thread-safe store in this process's memory, with the default bounds: at most
     * {@value #DEFAULT_MAX_KEYS} author keys and {@value #DEFAULT_MAX_ATTEMPTS_PER_KEY} attempts per key.
     *
     * @return a new, empty store
     * @see #inMemory(int, int)
     */
    static FloodStore inMemory() {
        return new InMemoryFloodStore(DEFAULT_MAX_KEYS, DEFAULT_MAX_ATTEMPTS_PER_KEY);
    }

    /**
     * A thread-safe store in this process's memory with bounded size. When full, it forgets the author key used
     * least recently; per key it keeps the newest attempts; keys whose attempts are all older than the moderator
     * needs are dropped as the store is used. A per-minute flood limit above {@code maxAttemptsPerKey} can never be
     * reached, so keep it at least as large as the limit.
     *
     * @param maxKeys most author keys remembered, at least 1
     * @param maxAttemptsPerKey most attempts remembered per key, at least 1
     * @return a new, empty store
     * @throws IllegalArgumentException when a bound is less than 1
     */
    static FloodStore inMemory(int maxKeys, int maxAttemptsPerKey) {
        return new InMemoryFloodStore(maxKeys, maxAttemptsPerKey);
    }

    /**
     * One remembered comment attempt.
     *
     * @param at when it was made
     * @param fingerprint a 64-bit digest of the article id, parent id and normalised body text, used to find
     *     duplicates; it is computed from the comment only, never from private data
     * @since 0.1.0
     */
    record Attempt(Instant at, long fingerprint) {

        /**
         * Checks the components.
         *
         * @param at when it was made
         * @param fingerprint digest of the comment
         */
        public Attempt {
            Objects.requireNonNull(at, "at");
        }
    }
}
