package dev.broadsheet.subscribers;

import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.sign.KeyRing;
import dev.broadsheet.internal.sign.SignedBlob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Confirmation and unsubscribe tokens for the links in newsletter mail: HMAC-SHA256 signed, bound to a
 * {@link Purpose} and a subscriber id, with an expiry, URL-safe (base64url without padding, about 100 characters
 * for a short id) and verified in constant time.
 *
 * <pre>{@code
 * SignedTokens tokens = SignedTokens.builder()
 *         .addKey("2026-01", oldSecret)   // still verifies tokens already mailed
 *         .addKey("2026-07", newSecret)   // the newest key signs
 *         .build();
 * String token = tokens.issue(SignedTokens.Purpose.CONFIRM, subscriber.id());
 * // later, in the POST handler of the confirmation page:
 * SignedTokens.Verification v = tokens.verify(posted, SignedTokens.Purpose.CONFIRM);
 * if (v.isValid()) { subscriptions.confirm(load(v.subscriberId().orElseThrow())); }
 * }</pre>
 *
 * <p><strong>Keys</strong> are at least {@value #MIN_KEY_BYTES} random bytes, each with an id (1 to 16 characters
 * from {@code A-Z a-z 0-9 _ -}) that every token carries. The key added last signs; every key verifies. To rotate,
 * add a new key and remove the old one once the longest lifetime has passed. {@link #toString()} shows key ids,
 * never key material.
 *
 * <p><strong>Verification</strong> never throws for any token, including null, empty, 10 MB or non-ASCII input: it
 * returns a {@link Verification} that is either valid or names one {@link Rejection}. The checks run in this order,
 * and the first failure is the one reported: shape ({@link Rejection#MALFORMED}, {@link Rejection#TRUNCATED}), key
 * id ({@link Rejection#UNKNOWN_KEY}), signature ({@link Rejection#TAMPERED}, compared with
 * {@link java.security.MessageDigest#isEqual}), then, once the content is known to be genuine, purpose
 * ({@link Rejection#WRONG_PURPOSE}) and expiry ({@link Rejection#EXPIRED}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SignedTokens {

    /** Shortest accepted key, in bytes. */
    public static final int MIN_KEY_BYTES = KeyRing.MIN_KEY_BYTES;
    /** Longest input {@link #verify(String, Purpose)} decodes, in characters; longer input is malformed. */
    public static final int MAX_TOKEN_LENGTH = SignedBlob.MAX_CHARS;
    /** Default lifetime of a {@link Purpose#CONFIRM} token: 7 days, as long as a pending subscription. */
    public static final Duration DEFAULT_CONFIRM_LIFETIME = Duration.ofDays(7);
    /** Default lifetime of an {@link Purpose#UNSUBSCRIBE} token: 365 days, so old newsletters still work. */
    public static final Duration DEFAULT_UNSUBSCRIBE_LIFETIME = Duration.ofDays(365);

    /** Longest accepted lifetime: ten years of 366 days. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(3660);

    private final KeyRing keys;
    private final Clock clock;
    private final Map<Purpose, Duration> lifetimes;

    private SignedTokens(Builder b) {
        this.keys = b.keys.build();
        this.clock = b.clock;
        this.lifetimes = new EnumMap<>(b.lifetimes);
    }

    /**
     * Starts configuring tokens; at least one key is required.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A new token, signed with the newest key, expiring after the purpose's lifetime.
     *
     * @param purpose what the token allows
     * @param subscriberId the subscriber's id (1–128 characters from {@code [A-Za-z0-9._:-]}, as the model
     *     requires)
     * @return the token, URL-safe
     * @throws IllegalArgumentException when the id is not a valid identifier
     */
    public String issue(Purpose purpose, String subscriberId) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subscriberId, "subscriberId");
        if (new Problems().id("/subscriberId", subscriberId, true) == null) {
            throw new IllegalArgumentException("subscriberId must be 1 to 128 characters from A-Z a-z 0-9 . _ : -"
                    + " starting with a letter or digit, was \"" + subscriberId + "\"");
        }
        long expires = clock.instant().plus(lifetimes.get(purpose)).getEpochSecond();
        return SignedBlob.seal(keys, code(purpose), expires, subscriberId);
    }

    /**
     * Checks a token from a request. Never throws for any {@code token}.
     *
     * @param token the token as received; may be null, empty, huge or anything else
     * @param purpose what the caller is about to do with it
     * @return a valid verification with the subscriber id, or the rejection
     */
    public Verification verify(@Nullable String token, Purpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        SignedBlob.Result r = SignedBlob.open(keys, token);
        SignedBlob.Opened o = r.opened();
        if (o == null) {
            switch (Objects.requireNonNull(r.failure())) {
                case TRUNCATED:
                    return Verification.rejected(Rejection.TRUNCATED);
                case UNKNOWN_KEY:
                    return Verification.rejected(Rejection.UNKNOWN_KEY);
                case TAMPERED:
                    return Verification.rejected(Rejection.TAMPERED);
                default:
                    return Verification.rejected(Rejection.MALFORMED);
            }
        }
        if (o.purpose() != code(purpose)) {
            return Verification.rejected(Rejection.WRONG_PURPOSE);
        }
        Instant expires = Instant.ofEpochSecond(o.time());
        if (!clock.instant().isBefore(expires)) {
            return Verification.rejected(Rejection.EXPIRED);
        }
        return new Verification(null, o.subject(), expires);
    }

    private static int code(Purpose p) {
        return p == Purpose.CONFIRM ? SignedBlob.CONFIRM : SignedBlob.UNSUBSCRIBE;
    }

    /** @return the key ids, the signing key's id and the lifetimes; never key material */
    @Override
    public String toString() {
        return "SignedTokens[keys " + keys.ids() + ", signing with " + keys.newest() + ", lifetimes " + lifetimes
                + "]";
    }

    /** What a token allows; a token for one purpose is rejected for the other. */
    public enum Purpose {
        /** Confirming a pending subscription (double opt-in). */
        CONFIRM,
        /** Unsubscribing, from a newsletter's link or its {@code List-Unsubscribe} header. */
        UNSUBSCRIBE
    }

    /** Why a token was rejected. */
    public enum Rejection {
        /** Absent, empty, longer than {@value SignedTokens#MAX_TOKEN_LENGTH} characters, not base64url, or not a
         *  token of this format. */
        MALFORMED,
        /** Shorter than its own header says: cut off, for example by a mail client wrapping a long link. */
        TRUNCATED,
        /** Carries a key id this instance does not hold: a retired key, or another site's token. */
        UNKNOWN_KEY,
        /**
         * The signature does not match: changed after signing, or signed with another secret under the same key
         * id.
         */
        TAMPERED,
        /** A genuine token for the other purpose. */
        WRONG_PURPOSE,
        /** A genuine token past its expiry. */
        EXPIRED
    }

    /**
     * The result of {@link SignedTokens#verify(String, Purpose)}: valid, with the subscriber id, or rejected, with
     * the reason.
     *
     * @since 0.1.0
     */
    public static final class Verification {
        private final @Nullable Rejection rejection;
        private final @Nullable String subscriberId;
        private final @Nullable Instant expiresAt;

        Verification(@Nullable Rejection rejection, @Nullable String subscriberId, @Nullable Instant expiresAt) {
            this.rejection = rejection;
            this.subscriberId = subscriberId;
            this.expiresAt = expiresAt;
        }

        static Verification rejected(Rejection r) {
            return new Verification(r, null, null);
        }

        /** @return whether the token is genuine, for the purpose asked, and not expired */
        public boolean isValid() {
            return rejection == null;
        }

        /** @return why the token was rejected; empty when valid */
        public Optional<Rejection> rejection() {
            return Optional.ofNullable(rejection);
        }

        /** @return the subscriber id the token was issued for; empty when rejected */
        public Optional<String> subscriberId() {
            return Optional.ofNullable(subscriberId);
        }

        /** @return when the token expires; empty when rejected */
        public Optional<Instant> expiresAt() {
            return Optional.ofNullable(expiresAt);
        }

        /** @return validity and the rejection; the subscriber id is left out, as tokens identify people */
        @Override
        public String toString() {
            return rejection == null ? "Verification[valid until " + expiresAt + "]"
                    : "Verification[rejected: " + rejection + "]";
        }
    }

    /**
     * Configures {@link SignedTokens}. Defaults: the system UTC clock; lifetimes of 7 days for
     * {@link Purpose#CONFIRM} and 365 days for {@link Purpose#UNSUBSCRIBE}; no default key. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final KeyRing.Builder keys = new KeyRing.Builder();
        private Clock clock = Clock.systemUTC();
        private final Map<Purpose, Duration> lifetimes = new EnumMap<>(Map.of(
                Purpose.CONFIRM, DEFAULT_CONFIRM_LIFETIME, Purpose.UNSUBSCRIBE, DEFAULT_UNSUBSCRIBE_LIFETIME));

        private Builder() {
        }

        /**
         * Adds a key; the last key added signs new tokens, every key verifies.
         *
         * @param id the key id carried in each token: 1 to 16 characters from {@code A-Z a-z 0-9 _ -}
         * @param secret at least {@value SignedTokens#MIN_KEY_BYTES} random bytes (copied)
         * @return this builder
         * @throws IllegalArgumentException naming the id, never the secret, when the id is invalid or used twice,
         *     or the secret is too short
         */
        public Builder addKey(String id, byte[] secret) {
            keys.add(id, secret);
            return this;
        }

        /**
         * @param clock the time source for issuing and expiry; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param purpose which tokens
         * @param lifetime how long they stay valid, from one second to {@link SignedTokens#MAX_LIFETIME}; defaults
         *     {@link SignedTokens#DEFAULT_CONFIRM_LIFETIME} and {@link SignedTokens#DEFAULT_UNSUBSCRIBE_LIFETIME}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder lifetime(Purpose purpose, Duration lifetime) {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(lifetime, "lifetime");
            if (lifetime.getSeconds() < 1 || lifetime.compareTo(MAX_LIFETIME) > 0) {
                throw new IllegalArgumentException("lifetime must be from one second to " + MAX_LIFETIME.toDays()
                        + " days, was " + lifetime);
            }
            lifetimes.put(purpose, lifetime);
            return this;
        }

        /**
         * @return the tokens
         * @throws IllegalStateException when no key was added
         */
        public SignedTokens build() {
            return new SignedTokens(this);
        }
    }
}
