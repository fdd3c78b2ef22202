package dev.broadsheet.comments;

import dev.broadsheet.internal.sign.KeyRing;
import dev.broadsheet.internal.sign.SignedBlob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Signed form stamps: the time a comment form was served, signed with HMAC-SHA256 and bound to the article, so
 * that a {@link Moderator} can tell how long the form was open before it came back. People take more than a few
 * seconds to write a comment; scripts post at once. A stamp cannot be forged or moved to another article without
 * the key, and it expires.
 *
 * <p>The host puts {@link #issue(String)} into a hidden field of the comment form (conventionally named
 * {@value #FIELD}) every time it renders the form, and passes the posted value to
 * {@link Submission.Builder#formStamp(String)}. Stamps are URL-safe (base64url without padding) and about 100
 * characters long.
 *
 * <p>Keys rotate like those of {@code SignedTokens}: each key has an id carried in the stamp; the newest key signs
 * and every key verifies, so keep a retired key for {@linkplain Builder#maxAge(Duration) the maximum age} after
 * adding its successor. Pages served from a cache carry the stamp of when they were rendered, so the maximum age
 * must exceed the cache's lifetime plus the time people take to write.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows key material.
 *
 * @since 0.1.0
 */
public final class FormStamps {

    /** The conventional name of the hidden form field that carries the stamp. */
    public static final String FIELD = "bs_stamp";
    /** Default {@linkplain Builder#maxAge(Duration) maximum age}: one day. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(1);
    /** How far in the future a stamp's issue time may be, to allow for clocks of several servers. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final KeyRing keys;
    private final Clock clock;
    private final Duration maxAge;

    private FormStamps(Builder b) {
        this.keys = b.keys.build();
        this.clock = b.clock;
        this.maxAge = b.maxAge;
    }

    /**
     * Starts configuring stamps; at least one key is required.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A stamp for a form served now on an article.
     *
     * @param articleId the article whose comment form is being served
     * @return the stamp, URL-safe
     * @throws IllegalArgumentException when the article id is empty or longer than 255 UTF-8 bytes
     */
    public String issue(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return SignedBlob.seal(keys, SignedBlob.FORM_STAMP, clock.instant().getEpochSecond(), articleId);
    }

    /**
     * Checks a posted stamp. Never throws for any stamp, including null, empty, huge or non-ASCII input.
     *
     * @param stamp the posted value, as posted
     * @param articleId the article the comment was posted on
     * @return the result: valid with the form's age, or the problem
     */
    public Check check(@Nullable String stamp, String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        if (stamp == null || stamp.isBlank()) {
            return new Check(Problem.MISSING, Duration.ZERO);
        }
        SignedBlob.Result r = SignedBlob.open(keys, stamp);
        SignedBlob.Opened o = r.opened();
        if (o == null) {
            switch (Objects.requireNonNull(r.failure())) {
                case TRUNCATED:
                    return new Check(Problem.TRUNCATED, Duration.ZERO);
                case UNKNOWN_KEY:
                    return new Check(Problem.UNKNOWN_KEY, Duration.ZERO);
                case TAMPERED:
                    return new Check(Problem.TAMPERED, Duration.ZERO);
                default:
                    return new Check(Problem.MALFORMED, Duration.ZERO);
            }
        }
        if (o.purpose() != SignedBlob.FORM_STAMP) {
            return new Check(Problem.MALFORMED, Duration.ZERO);
        }
        if (!o.subject().equals(articleId)) {
            return new Check(Problem.WRONG_ARTICLE, Duration.ZERO);
        }
        long now = clock.instant().getEpochSecond();
        long age = now - o.time();
        if (age < -CLOCK_SKEW.getSeconds()) {
            return new Check(Problem.FROM_THE_FUTURE, Duration.ZERO);
        }
        Duration elapsed = Duration.ofSeconds(Math.max(0, age));
        if (elapsed.compareTo(maxAge) > 0) {
            return new Check(Problem.EXPIRED, elapsed);
        }
        return new Check(null, elapsed);
    }

    /** @return the key ids and the maximum age; never key material */
    @Override
    public String toString() {
        return "FormStamps[keys " + keys.ids() + ", signing with " + keys.newest() + ", maxAge " + maxAge + "]";
    }

    /** What is wrong with a stamp. */
    public enum Problem {
        /** No stamp was posted. */
        MISSING,
        /** Not a stamp: wrong characters, too long, or not in the stamp format. */
        MALFORMED,
        /** A stamp cut short. */
        TRUNCATED,
        /** Signed with a key id this instance does not hold (never issued here, or a key retired too early). */
        UNKNOWN_KEY,
        /** The signature does not match: changed after signing, or signed with another secret under the same id. */
        TAMPERED,
        /** A genuine stamp for another article's form. */
        WRONG_ARTICLE,
        /** Issued more than {@link FormStamps#CLOCK_SKEW} in the future. */
        FROM_THE_FUTURE,
        /** Older than the maximum age. */
        EXPIRED
    }

    /**
     * The result of {@link FormStamps#check(String, String)}.
     *
     * @since 0.1.0
     */
    public static final class Check {
        private final @Nullable Problem problem;
        private final Duration age;

        Check(@Nullable Problem problem, Duration age) {
            this.problem = problem;
            this.age = age;
        }

        /** @return whether the stamp is genuine, for this article, and not expired */
        public boolean isValid() {
            return problem == null;
        }

        /** @return what is wrong, or empty for a valid stamp */
        public Optional<Problem> problem() {
            return Optional.ofNullable(problem);
        }

        /**
         * How long ago the form was served.
         *
         * @return the age for a valid or expired stamp (never negative); zero otherwise
         */
        public Duration age() {
            return age;
        }

        /** @return the problem or the age */
        @Override
        public String toString() {
            return problem == null ? "Check[valid, age " + age + "]" : "Check[" + problem + "]";
        }
    }

    /**
     * Configures {@link FormStamps}. Defaults: the system UTC clock, maximum age one day; no default key. Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final KeyRing.Builder keys = new KeyRing.Builder();
        private Clock clock = Clock.systemUTC();
        private Duration maxAge = DEFAULT_MAX_AGE;

        private Builder() {
        }

        /**
         * Adds a signing key; the last key added signs new stamps, every key verifies.
         *
         * @param id the key id carried in each stamp: 1 to 16 characters from {@code A-Z a-z 0-9 _ -}
         * @param secret at least 32 random bytes (copied)
         * @return this builder
         * @throws IllegalArgumentException naming the id, never the secret, when the id is invalid or used
         *     twice, or the secret is too short
         */
        public Builder addKey(String id, byte[] secret) {
            keys.add(id, secret);
            return this;
        }

        /**
         * @param clock the time source; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param maxAge how long a served form stays valid, positive; default one day
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxAge(Duration maxAge) {
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
            }
            this.maxAge = maxAge;
            return this;
        }

        /**
         * @return the stamps
         * @throws IllegalStateException when no key was added
         */
        public FormStamps build() {
            return new FormStamps(this);
        }
    }
}
