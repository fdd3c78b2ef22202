package dev.broadsheet.validation;

import org.jspecify.annotations.Nullable;

/**
 * Which rarely used address forms a site accepts in addition to the ordinary {@code local@domain.example}, for
 * {@link Emails}. Immutable and thread-safe; the {@code allow…} methods return a changed copy.
 *
 * <p>{@link #strict()}, the default everywhere, rejects both optional forms:
 * <ul>
 *   <li>quoted local parts such as {@code "john smith"@example.org} (RFC 5321 {@code Quoted-string}), code
 *       {@code email.quoted}; real mailboxes almost never use them and they carry spaces and other surprises into
 *       the places an address is shown;</li>
 *   <li>IP-literal domains such as {@code user@[192.0.2.1]} or {@code user@[IPv6:2001:db8::1]}, code
 *       {@code email.ip_literal}; they bypass DNS and are common in abuse.</li>
 * </ul>
 *
 * <pre>{@code
 * EmailPolicy lenient = EmailPolicy.strict().allowQuotedLocalPart(true).allowIpLiteral(true);
 * String address = Emails.normalize(input, lenient);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EmailPolicy {

    private static final EmailPolicy STRICT = new EmailPolicy(false, false);

    private final boolean quotedLocalPart;
    private final boolean ipLiteral;

    private EmailPolicy(boolean quotedLocalPart, boolean ipLiteral) {
        this.quotedLocalPart = quotedLocalPart;
        this.ipLiteral = ipLiteral;
    }

    /**
     * The default policy: dot-atom local parts and domain names only; no quoted local parts, no IP literals.
     *
     * @return the shared strict policy
     */
    public static EmailPolicy strict() {
        return STRICT;
    }

    /**
     * A copy of this policy that accepts (or rejects) quoted local parts such as {@code "a b"@example.org}.
     *
     * @param allow whether to accept them
     * @return a policy with this setting changed
     */
    public EmailPolicy allowQuotedLocalPart(boolean allow) {
        return new EmailPolicy(allow, ipLiteral);
    }

    /**
     * A copy of this policy that accepts (or rejects) IP-literal domains such as {@code user@[192.0.2.1]} and
     * {@code user@[IPv6:2001:db8::1]}.
     *
     * @param allow whether to accept them
     * @return a policy with this setting changed
     */
    public EmailPolicy allowIpLiteral(boolean allow) {
        return new EmailPolicy(quotedLocalPart, allow);
    }

    /**
     * Whether quoted local parts are accepted.
     *
     * @return false for {@link #strict()}
     */
    public boolean quotedLocalPartAllowed() {
        return quotedLocalPart;
    }

    /**
     * Whether IP-literal domains are accepted.
     *
     * @return false for {@link #strict()}
     */
    public boolean ipLiteralAllowed() {
        return ipLiteral;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EmailPolicy other && quotedLocalPart == other.quotedLocalPart
                && ipLiteral == other.ipLiteral;
    }

    @Override
    public int hashCode() {
        return (quotedLocalPart ? 2 : 0) + (ipLiteral ? 1 : 0);
    }

    @Override
    public String toString() {
        return "EmailPolicy[quotedLocalPart=" + quotedLocalPart + ", ipLiteral=" + ipLiteral + "]";
    }
}
