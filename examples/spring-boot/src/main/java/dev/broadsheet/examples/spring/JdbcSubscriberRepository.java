package dev.broadsheet.examples.spring;

import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Subscriber;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Newsletter subscribers, shared by every instance. A row holds the subscriber in Broadsheet's storage JSON (its
 * address and consent record, so the whole table is private), its address key (unique: one subscriber per
 * address) and a version. Every change is a compare-and-set on the version inside a transaction that also writes
 * the mail the change causes to the {@code outbox}; when two instances change the same subscriber at once, one
 * wins and the other retries on the new state, so a transition — and its mail — happens once.
 */
@Repository
public class JdbcSubscriberRepository {

    /** How often a change is retried when another instance changed the subscriber meanwhile. */
    static final int MAX_RETRIES = 5;

    /** A mail to send, caused by a change. */
    public record Mail(String kind, String link) {
    }

    /** What a change decided: the subscriber to store (or the same one to leave it) and a mail to write, if any. */
    public record Change(Subscriber next, @Nullable Mail mail) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BroadsheetJson json;
    private final Dialect dialect;
    private final Clock clock;

    JdbcSubscriberRepository(JdbcTemplate jdbc, TransactionTemplate tx, BroadsheetJson storageJson, Dialect dialect,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = storageJson;
        this.dialect = dialect;
        this.clock = clock;
    }

    private record Row(Subscriber subscriber, int version) {
    }

    /** @return a subscriber by id */
    public Optional<Subscriber> find(String id) {
        return row("id", id).map(Row::subscriber);
    }

    private Optional<Row> row(String column, String value) {
        return jdbc.query("SELECT doc, row_version FROM subscribers WHERE " + column + " = ?",
                (rs, i) -> new Row(json.read(rs.getString(1), Subscriber.class), rs.getInt(2)), value)
                .stream().findFirst();
    }

    /**
     * Creates or changes the subscriber with an address key.
     *
     * @param addressKey the address's comparison key
     * @param change given the current subscriber with that key, if any, what to store and send
     * @return what was stored
     */
    public Subscriber upsert(String addressKey, Function<Optional<Subscriber>, Change> change) {
        for (int attempt = 0; ; attempt++) {
            try {
                Subscriber done = tx.execute(status -> {
                    Optional<Row> current = row("address_key", addressKey);
                    Change c = change.apply(current.map(Row::subscriber));
                    if (current.isEmpty()) {
                        jdbc.update("INSERT INTO subscribers (id, address_key, status, doc, row_version) VALUES"
                                + " (?, ?, ?, " + dialect.jsonParam + ", 0)", c.next().id(), addressKey,
                                c.next().status().name(), json.write(c.next()));
                    } else if (!write(current.get(), c.next())) {
                        return null;
                    }
                    mail(c);
                    return c.next();
                });
                if (done != null) {
                    return done;
                }
            } catch (DuplicateKeyException e) {
                // another instance inserted the same address first: decide again on what it stored
            }
            if (attempt == MAX_RETRIES) {
                throw new IllegalStateException("subscriber kept changing under concurrent updates");
            }
        }
    }

    /**
     * Changes a subscriber.
     *
     * @param id the subscriber's id
     * @param change the transition; its exceptions propagate and leave the subscriber as it was
     * @return the stored result; empty when there is no such subscriber
     */
    public Optional<Subscriber> update(String id, Function<Subscriber, Change> change) {
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            Optional<Optional<Subscriber>> done = tx.execute(status -> {
                Optional<Row> current = row("id", id);
                if (current.isEmpty()) {
                    return Optional.of(Optional.<Subscriber>empty());
                }
                Change c = change.apply(current.get().subscriber());
                if (!write(current.get(), c.next())) {
                    return Optional.<Optional<Subscriber>>empty();
                }
                mail(c);
                return Optional.of(Optional.of(c.next()));
            });
            if (done != null && done.isPresent()) {
                return done.get();
            }
        }
        throw new IllegalStateException("subscriber " + id + " kept changing under concurrent updates");
    }

    /** A change without a mail. */
    public Optional<Subscriber> update(String id, UnaryOperator<Subscriber> change, Function<Subscriber,
            @Nullable Mail> mail) {
        return update(id, s -> {
            Subscriber next = change.apply(s);
            return new Change(next, next.equals(s) ? null : mail.apply(next));
        });
    }

    /** @return false when another transaction changed the row since it was read */
    private boolean write(Row current, Subscriber next) {
        if (next.equals(current.subscriber())) {
            return true;
        }
        return jdbc.update("UPDATE subscribers SET status = ?, doc = " + dialect.jsonParam + ", row_version = ?"
                + " WHERE id = ? AND row_version = ?", next.status().name(), json.write(next), current.version() + 1,
                current.subscriber().id(), current.version()) == 1;
    }

    private void mail(Change c) {
        if (c.mail() != null) {
            jdbc.update("INSERT INTO outbox (kind, subscriber_id, link, created_at) VALUES (?, ?, ?, ?)",
                    c.mail().kind(), c.next().id(), c.mail().link(), ContentRepository.time(clock.instant()));
        }
    }

    /** @return the mails written for a subscriber, oldest first (what a mail sender would take from the outbox) */
    public List<Mail> outbox(String subscriberId) {
        return jdbc.query("SELECT kind, link FROM outbox WHERE subscriber_id = ? ORDER BY id",
                (rs, i) -> new Mail(rs.getString(1), rs.getString(2)), subscriberId);
    }
}
