package dev.broadsheet.model;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.EmailCheck;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.validation.EmailPolicy;
import dev.broadsheet.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A newsletter subscriber. The email address is <strong>private</strong>: no renderer and no public JSON view
 * shows it, and {@link #toString()} and validation errors redact it. Status changes belong to
 * {@code dev.broadsheet.subscribers.Subscriptions}, which enforces the double opt-in life cycle; this type only
 * holds a consistent state.
 *
 * <p>Rules: {@code id} required identifier; {@code email} required, valid under the builder's
 * {@link EmailPolicy}; {@code name} single line, at most {@value #MAX_NAME} characters, without bidi controls or
 * invisible characters; {@code consent} and {@code createdAt} required; {@code topics} distinct section or tag
 * slugs, at most {@value #MAX_TOPICS}; {@code confirmedAt} required when {@link SubscriberStatus#CONFIRMED},
 * {@code unsubscribedAt} required when {@link SubscriberStatus#UNSUBSCRIBED}; {@code confirmedAt} not before
 * {@code createdAt}, {@code unsubscribedAt} not before {@code confirmedAt} or {@code createdAt}.
 *
 * @since 0.1.0
 */
public final class Subscriber {

    /** Longest name, in characters. */
    public static final int MAX_NAME = 191;
    /** Most topics one subscriber follows. */
    public static final int MAX_TOPICS = 100;

    private final String id;
    private final String email;
    private final @Nullable String name;
    private final SubscriberStatus status;
    private final Consent consent;
    private final List<String> topics;
    private final Instant createdAt;
    private final @Nullable Instant confirmedAt;
    private final @Nullable Instant unsubscribedAt;

    private Subscriber(Builder b, String id, String email, @Nullable String name, List<String> topics) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.status = Objects.requireNonNull(b.status);
        this.consent = Objects.requireNonNull(b.consent);
        this.topics = topics;
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.confirmedAt = b.confirmedAt;
        this.unsubscribedAt = b.unsubscribedAt;
    }

    /**
     * Starts a new subscriber, {@link SubscriberStatus#PENDING} by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this subscriber's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).email(email).name(name).status(status).consent(consent).topics(topics)
                .createdAt(createdAt).confirmedAt(confirmedAt).unsubscribedAt(unsubscribedAt);
    }

    /** @return the host's identifier */
    public String id() {
        return id;
    }

    /** @return the private email address, normalised (IDN domain in ASCII, lower case; local part as typed) */
    public String email() {
        return email;
    }

    /** @return the name the subscriber gave */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the life-cycle status */
    public SubscriberStatus status() {
        return status;
    }

    /** @return the consent record */
    public Consent consent() {
        return consent;
    }

    /** @return the section and tag slugs the subscriber follows */
    public List<String> topics() {
        return topics;
    }

    /** @return when the subscriber signed up */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the address was confirmed */
    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    /** @return when the subscriber unsubscribed */
    public Optional<Instant> unsubscribedAt() {
        return Optional.ofNullable(unsubscribedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subscriber s && id.equals(s.id) && email.equals(s.email) && Objects.equals(name, s.name)
                && status == s.status && consent.equals(s.consent) && topics.equals(s.topics)
                && createdAt.equals(s.createdAt) && Objects.equals(confirmedAt, s.confirmedAt)
                && Objects.equals(unsubscribedAt, s.unsubscribedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, name, status, consent, topics, createdAt, confirmedAt, unsubscribedAt);
    }

    /** @return the identifier and status; the email address is redacted */
    @Override
    public String toString() {
        return "Subscriber[" + id + " email=" + Violation.REDACTED + " " + status + "]";
    }

    /**
     * Collects a subscriber's values. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Subscriber> {
        private @Nullable String id;
        private @Nullable String email;
        private @Nullable String name;
        private @Nullable SubscriberStatus status = SubscriberStatus.PENDING;
        private @Nullable Consent consent;
        private final List<@Nullable String> topics = new ArrayList<>();
        private @Nullable Instant createdAt;
        private @Nullable Instant confirmedAt;
        private @Nullable Instant unsubscribedAt;
        private EmailPolicy emailPolicy = EmailPolicy.strict();

        private Builder() {
        }

        /**
         * @param id the host's identifier; required
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * @param email the address; required
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * @param name the name the subscriber gave
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param status life-cycle status; default {@link SubscriberStatus#PENDING}
         * @return this builder
         */
        public Builder status(@Nullable SubscriberStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param consent the consent record; required
         * @return this builder
         */
        public Builder consent(@Nullable Consent consent) {
            this.consent = consent;
            return this;
        }

        /**
         * Replaces the topics.
         *
         * @param topics section and tag slugs; null means none
         * @return this builder
         */
        public Builder topics(@Nullable List<? extends @Nullable String> topics) {
            this.topics.clear();
            if (topics != null) {
                this.topics.addAll(topics);
            }
            return this;
        }

        /**
         * @param at sign-up time; required
         * @return this builder
         */
        public Builder createdAt(@Nullable Instant at) {
            this.createdAt = at;
            return this;
        }

        /**
         * @param at confirmation time
         * @return this builder
         */
        public Builder confirmedAt(@Nullable Instant at) {
            this.confirmedAt = at;
            return this;
        }

        /**
         * @param at unsubscription time
         * @return this builder
         */
        public Builder unsubscribedAt(@Nullable Instant at) {
            this.unsubscribedAt = at;
            return this;
        }

        /**
         * @param policy which email forms to accept; default {@link EmailPolicy#strict()}
         * @return this builder
         */
        public Builder emailPolicy(EmailPolicy policy) {
            this.emailPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Cleans and validates the values.
         *
         * @return the subscriber
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule, the email redacted
         */
        @Override
        public Subscriber build() {
            Problems p = new Problems();
            String cleanId = p.id("/id", id, true);
            String cleanEmail = EmailCheck.email(p, "/email", email, emailPolicy, true);
            String cleanName = p.text("/name", name, Kind.NAME, MAX_NAME, false);
            p.required("/status", status);
            p.required("/consent", consent);
            p.required("/createdAt", createdAt);
            if (topics.size() > MAX_TOPICS) {
                p.add("/topics", Codes.TOO_MANY, "must have at most " + MAX_TOPICS + " entries, had " + topics.size(),
                        null);
            }
            List<String> cleanTopics = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < topics.size(); i++) {
                String t = p.slug("/topics/" + i, topics.get(i), true);
                if (t != null && !seen.add(t)) {
                    p.add("/topics/" + i, Codes.DUPLICATE, "is listed twice", t);
                } else if (t != null) {
                    cleanTopics.add(t);
                }
            }
            if (status == SubscriberStatus.CONFIRMED && confirmedAt == null) {
                p.add("/confirmedAt", Codes.DATE_REQUIRED, "is required for a confirmed subscriber", null);
            }
            if (status == SubscriberStatus.UNSUBSCRIBED && unsubscribedAt == null) {
                p.add("/unsubscribedAt", Codes.DATE_REQUIRED, "is required for an unsubscribed subscriber", null);
            }
            p.order("/confirmedAt", createdAt, confirmedAt, "createdAt");
            p.order("/unsubscribedAt", createdAt, unsubscribedAt, "createdAt");
            p.order("/unsubscribedAt", confirmedAt, unsubscribedAt, "confirmedAt");
            p.throwIfAny("Subscriber");
            return new Subscriber(this, Objects.requireNonNull(cleanId), Objects.requireNonNull(cleanEmail),
                    cleanName, List.copyOf(cleanTopics));
        }
    }
}
