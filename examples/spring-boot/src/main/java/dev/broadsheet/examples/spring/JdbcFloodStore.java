package dev.broadsheet.examples.spring;

import dev.broadsheet.comments.FloodStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link FloodStore} in the database, shared by every instance of the site. Each call runs in one transaction:
 * it upserts the author key's row in {@code flood_keys} — which locks that row until the transaction ends, so two
 * calls for the same key, on any instances, run one after the other — reads the key's attempts since
 * {@code oldest}, asks the judge, and records the attempt only when admitted. Attempts older than the moderator
 * needs are deleted with the key's next call and, for keys not seen again, by {@link #purge(Instant)}; at most
 * {@link #maxAttemptsPerKey()} attempts are kept per key (the newest).
 */
public final class JdbcFloodStore implements FloodStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Dialect dialect;
    private final int maxPerKey;

    /**
     * @param jdbc the database
     * @param tx the transactions
     * @param dialect its SQL dialect
     * @param maxAttemptsPerKey most attempts kept per key, at least 1 (keep it at least the per-minute flood limit)
     */
    JdbcFloodStore(JdbcTemplate jdbc, TransactionTemplate tx, Dialect dialect, int maxAttemptsPerKey) {
        if (maxAttemptsPerKey < 1) {
            throw new IllegalArgumentException("maxAttemptsPerKey must be at least 1, was " + maxAttemptsPerKey);
        }
        this.jdbc = jdbc;
        this.tx = tx;
        this.dialect = dialect;
        this.maxPerKey = maxAttemptsPerKey;
    }

    /** @return most attempts kept per author key */
    public int maxAttemptsPerKey() {
        return maxPerKey;
    }

    @Override
    public boolean recordIf(String authorKey, Attempt attempt, Instant oldest, Predicate<List<Attempt>> judge) {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(oldest, "oldest");
        Objects.requireNonNull(judge, "judge");
        try {
            return once(authorKey, attempt, oldest, judge);
        } catch (DuplicateKeyException e) {
            // H2's MERGE can lose a race to insert a new key; the row exists now, and the second try locks it
            return once(authorKey, attempt, oldest, judge);
        }
    }

    private boolean once(String key, Attempt attempt, Instant oldest, Predicate<List<Attempt>> judge) {
        Boolean admitted = tx.execute(status -> {
            jdbc.update(dialect.upsertFloodKey, key, ContentRepository.time(attempt.at()));
            jdbc.update("DELETE FROM flood_attempts WHERE author_key = ? AND made_at < ?", key,
                    ContentRepository.time(oldest));
            List<Attempt> history = jdbc.query("SELECT made_at, fingerprint FROM flood_attempts WHERE author_key = ?"
                    + " ORDER BY made_at", (rs, i) -> new Attempt(rs.getObject(1, OffsetDateTime.class).toInstant(),
                    rs.getLong(2)), key);
            if (!judge.test(List.copyOf(history))) {
                return false;
            }
            jdbc.update("INSERT INTO flood_attempts (author_key, made_at, fingerprint) VALUES (?, ?, ?)", key,
                    ContentRepository.time(attempt.at()), attempt.fingerprint());
            int excess = history.size() + 1 - maxPerKey;
            if (excess > 0) {
                jdbc.update("DELETE FROM flood_attempts WHERE author_key = ? AND made_at <= ?", key,
                        ContentRepository.time(history.get(excess - 1).at()));
            }
            return true;
        });
        return Boolean.TRUE.equals(admitted);
    }

    /**
     * Forgets the author keys not seen since a time, with their attempts.
     *
     * @param before the moderator needs nothing older
     * @return how many keys were forgotten
     */
    public int purge(Instant before) {
        return tx.execute(status -> {
            jdbc.update("DELETE FROM flood_attempts WHERE made_at < ?", ContentRepository.time(before));
            return jdbc.update("DELETE FROM flood_keys WHERE last_at < ?", ContentRepository.time(before));
        });
    }

    @Override
    public String toString() {
        return "JdbcFloodStore[" + dialect + ", " + maxPerKey + " attempts per key]";
    }
}
