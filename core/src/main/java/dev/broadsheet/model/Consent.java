package dev.broadsheet.model;

import dev.broadsheet.internal.check.Formats;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.validation.Violation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The record of a subscriber's consent: when it was given, from which form, to which wording, and optionally
 * from which IP address. It is kept unchanged through every status change, as proof for data-protection
 * authorities. The IP address is private.
 *
 * <p>Rules: {@code at} required; {@code source} required, single line, at most {@value #MAX_SOURCE} characters
 * (for example {@code "article-footer"}); {@code wordingVersion} required, single line, at most
 * {@value #MAX_WORDING_VERSION} characters (for example {@code "2026-03"}); {@code ip} an IPv4 or IPv6 literal.
 *
 * @since 0.1.0
 */
public final class Consent {

    /** Longest form identifier, in characters. */
    public static final int MAX_SOURCE = 191;
    /** Longest wording version, in characters. */
    public static final int MAX_WORDING_VERSION = 64;

    private final Instant at;
    private final String source;
    private final String wordingVersion;
    private final @Nullable String ip;

    private Consent(Instant at, String source, String wordingVersion, @Nullable String ip) {
        this.at = at;
        this.source = source;
        this.wordingVersion = wordingVersion;
        this.ip = ip;
    }

    /**
     * A consent record.
     *
     * @param at when consent was given
     * @param source which form it was given on
     * @param wordingVersion which version of the consent text the person agreed to
     * @param ip the private IP address it came from, or null
     * @return the record
     * @throws dev.broadsheet.validation.ValidationException listing every broken rule
     */
    public static Consent of(@Nullable Instant at, @Nullable String source, @Nullable String wordingVersion,
            @Nullable String ip) {
        Problems p = new Problems();
        p.required("/at", at);
        String cleanSource = p.text("/source", source, Kind.NAME, MAX_SOURCE, true);
        String cleanVersion = p.text("/wordingVersion", wordingVersion, Kind.NAME, MAX_WORDING_VERSION, true);
        String cleanIp = Formats.ip(p, "/ip", ip);
        p.throwIfAny("Consent");
        return new Consent(Objects.requireNonNull(at), Objects.requireNonNull(cleanSource),
                Objects.requireNonNull(cleanVersion), cleanIp);
    }

    /** @return when consent was given */
    public Instant at() {
        return at;
    }

    /** @return which form consent was given on */
    public String source() {
        return source;
    }

    /** @return which version of the consent wording was agreed to */
    public String wordingVersion() {
        return wordingVersion;
    }

    /** @return the private IP address consent came from */
    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consent c && at.equals(c.at) && source.equals(c.source)
                && wordingVersion.equals(c.wordingVersion) && Objects.equals(ip, c.ip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, source, wordingVersion, ip);
    }

    /** @return the record with the IP address redacted */
    @Override
    public String toString() {
        return "Consent[" + at + " via " + source + " wording " + wordingVersion
                + (ip == null ? "" : " ip=" + Violation.REDACTED) + "]";
    }
}
