package dev.broadsheet.model;

import dev.broadsheet.internal.check.Formats;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.internal.check.EmailCheck;
import dev.broadsheet.internal.check.UrlCheck;
import dev.broadsheet.validation.EmailPolicy;
import dev.broadsheet.validation.Violation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a comment. The name and website are public; the email address and IP address are
 * <strong>private</strong>: no renderer and no public JSON view ever shows them, or any hash of them, and
 * {@link #toString()} and validation errors redact them.
 *
 * <p>Rules: {@code name} required, single line, at most {@value #MAX_NAME} characters, without bidi controls or
 * invisible characters; {@code email} a valid address under the builder's {@link EmailPolicy} (see
 * {@link dev.broadsheet.validation.Emails}); {@code url} absolute http(s); {@code ip} an IPv4 or IPv6 literal.
 *
 * @since 0.1.0
 */
public final class Commenter {

    /** Longest commenter name, in characters (WordPress's 245). */
    public static final int MAX_NAME = 245;

    private final String name;
    private final @Nullable String email;
    private final @Nullable String url;
    private final @Nullable String ip;

    private Commenter(String name, @Nullable String email, @Nullable String url, @Nullable String ip) {
        this.name = name;
        this.email = email;
        this.url = url;
        this.ip = ip;
    }

    /**
     * Starts a new commenter.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this commenter's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).email(email).url(url).ip(ip);
    }

    /** @return the public display name */
    public String name() {
        return name;
    }

    /** @return the private email address, normalised (IDN domain in ASCII, lower case) */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the public website */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return the private IP address the comment came from */
    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commenter c && name.equals(c.name) && Objects.equals(email, c.email)
                && Objects.equals(url, c.url) && Objects.equals(ip, c.ip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, url, ip);
    }

    /** @return the name only; the email and IP address are redacted */
    @Override
    public String toString() {
        return "Commenter[" + name + (email == null ? "" : ", email=" + Violation.REDACTED)
                + (ip == null ? "" : ", ip=" + Violation.REDACTED) + "]";
    }

    /**
     * Collects a commenter's values. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder implements ValueBuilder<Commenter> {
        private @Nullable String name;
        private @Nullable String email;
        private @Nullable String url;
        private @Nullable String ip;
        private EmailPolicy emailPolicy = EmailPolicy.strict();

        private Builder() {
        }

        /**
         * @param name public display name; required
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param email private email address
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * @param url public website, absolute http(s)
         * @return this builder
         */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /**
         * @param ip private IP address
         * @return this builder
         */
        public Builder ip(@Nullable String ip) {
            this.ip = ip;
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
         * @return the commenter
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule, private values redacted
         */
        @Override
        public Commenter build() {
            Problems p = new Problems();
            String cleanName = p.text("/name", name, Kind.NAME, MAX_NAME, true);
            String cleanEmail = EmailCheck.email(p, "/email", email, emailPolicy, false);
            String cleanUrl = UrlCheck.absoluteHttp(p, "/url", url, false);
            String cleanIp = Formats.ip(p, "/ip", ip);
            p.throwIfAny("Commenter");
            return new Commenter(Objects.requireNonNull(cleanName), cleanEmail, cleanUrl, cleanIp);
        }
    }
}
