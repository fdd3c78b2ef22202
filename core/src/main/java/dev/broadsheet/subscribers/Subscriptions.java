package dev.broadsheet.subscribers;

import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import java.net.IDN;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The double opt-in life cycle of newsletter subscribers. Each operation takes a {@link Subscriber} and returns the
 * subscriber after the transition (values are immutable; the host stores the result), or throws an
 * {@link IllegalTransitionException} naming both states.
 *
 * <table>
 *   <caption>Transitions; "same" returns the subscriber unchanged, "–" throws</caption>
 *   <tr><th>from</th><th>{@link #confirm}</th><th>{@link #unsubscribe}</th><th>{@link #bounce}</th>
 *       <th>{@link #complain}</th><th>{@link #resubscribe}</th></tr>
 *   <tr><td>pending</td><td>confirmed</td><td>unsubscribed</td><td>bounced</td><td>complained</td>
 *       <td>pending, new consent</td></tr>
 *   <tr><td>pending, expired</td><td>–</td><td>unsubscribed</td><td>bounced</td><td>complained</td>
 *       <td>pending, new consent</td></tr>
 *   <tr><td>confirmed</td><td>same</td><td>unsubscribed</td><td>bounced</td><td>complained</td><td>–</td></tr>
 *   <tr><td>unsubscribed</td><td>–</td><td>same</td><td>bounced</td><td>complained</td>
 *       <td>pending, new consent</td></tr>
 *   <tr><td>bounced</td><td>–</td><td>same</td><td>same</td><td>complained</td><td>pending, new consent</td></tr>
 *   <tr><td>complained</td><td>–</td><td>same</td><td>bounced</td><td>same</td><td>pending, new consent</td></tr>
 * </table>
 *
 * <p>Repeating a confirmation or an unsubscription is harmless (people click twice, mail clients retry), and
 * unsubscribing a bounced or complained address keeps that stronger status, so these return the subscriber
 * unchanged instead of throwing.
 *
 * <p><strong>Expiry.</strong> A pending sign-up expires {@linkplain Builder#pendingExpiry(Duration) some time}
 * (default 7 days) after its consent was given ({@link Consent#at()}), which is the start of the current double
 * opt-in for a first sign-up and a re-subscription alike. An expired sign-up can no longer be confirmed; the person
 * signs up again. The status stays {@link SubscriberStatus#PENDING}: {@link #isExpired(Subscriber)} tells, and a
 * host should delete expired sign-ups, for which it holds no consent.
 *
 * <p><strong>Consent.</strong> The consent record is kept unchanged through every transition, as proof of what the
 * person agreed to. It is replaced in one case only: {@link #resubscribe(Subscriber, Consent)}, which starts a new
 * double opt-in with the consent given on the new sign-up, since that is what the person now agreed to; the
 * confirmation and unsubscription times are cleared, and the id, address, name, topics and creation time are kept.
 *
 * <p><strong>Only POST changes state.</strong> Call {@link #confirm(Subscriber)} and
 * {@link #unsubscribe(Subscriber)} from POST handlers only. Mail security scanners and link prefetchers open the
 * links in a message (with GET) before, or without, the person ever seeing it: a GET that confirmed would confirm
 * addresses nobody confirmed, and a GET that unsubscribed would unsubscribe people who never asked. So the link in
 * the mail shows a page with a button, and the button POSTs the token. RFC 8058 one-click unsubscribe follows the
 * same rule: mail providers POST {@code List-Unsubscribe=One-Click} to the header's URL (see
 * {@link ListUnsubscribe}), and the handler unsubscribes without further questions.
 *
 * <p><strong>Duplicates.</strong> {@link #addressKey(String)} is the form in which addresses are compared: the
 * domain is case-insensitive and IDN-normalised (punycode, lower case), and the local part is kept as typed,
 * because mail systems may treat it case-sensitively. Provider-specific aliases are merged only when a site
 * {@linkplain Builder#mergeGmailAliases(boolean) opts in}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Subscriptions {

    /** Default of {@link Builder#pendingExpiry(Duration)}: 7 days. */
    public static final Duration DEFAULT_PENDING_EXPIRY = Duration.ofDays(7);

    private static final Subscriptions STANDARD = new Builder().build();

    private final Clock clock;
    private final Duration pendingExpiry;
    private final boolean mergeGmailAliases;

    private Subscriptions(Builder b) {
        this.clock = b.clock;
        this.pendingExpiry = b.pendingExpiry;
        this.mergeGmailAliases = b.mergeGmailAliases;
    }

    /**
     * The life cycle with the defaults: the system UTC clock, pending sign-ups expire after 7 days, no alias
     * merging.
     *
     * @return a shared instance
     */
    public static Subscriptions standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a life cycle.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a double opt-in: builds a pending subscriber from a sign-up form's values. The builder's status,
     * creation, confirmation and unsubscription times are set here (pending, now, none, none); its id, email,
     * name, topics, consent and email policy are the caller's.
     *
     * @param signup the sign-up's values; a consent record is required
     * @return the pending subscriber
     * @throws dev.broadsheet.validation.ValidationException listing every broken rule, the email redacted
     */
    public Subscriber subscribe(Subscriber.Builder signup) {
        Objects.requireNonNull(signup, "signup");
        return signup.status(SubscriberStatus.PENDING).createdAt(clock.instant()).confirmedAt(null)
                .unsubscribedAt(null).build();
    }

    /**
     * Confirms a pending subscriber; call it from a POST handler only, after verifying a
     * {@link SignedTokens.Purpose#CONFIRM} token for this subscriber.
     *
     * @param s the subscriber
     * @return the confirmed subscriber; the same one when already confirmed
     * @throws IllegalTransitionException when the subscriber is not pending, or the sign-up has expired
     */
    public Subscriber confirm(Subscriber s) {
        Objects.requireNonNull(s, "subscriber");
        switch (s.status()) {
            case CONFIRMED:
                return s;
            case PENDING:
                if (isExpired(s)) {
                    throw new IllegalTransitionException(s.status(), SubscriberStatus.CONFIRMED,
                            "the sign-up expired at " + expiry(s) + "; the person must sign up again");
                }
                return s.toBuilder().status(SubscriberStatus.CONFIRMED).confirmedAt(notBefore(s.createdAt()))
                        .unsubscribedAt(null).build();
            default:
                throw new IllegalTransitionException(s.status(), SubscriberStatus.CONFIRMED,
                        "only a pending sign-up can be confirmed; re-subscribing starts a new double opt-in");
        }
    }

    /**
     * Unsubscribes; call it from a POST handler only (a form's button or an RFC 8058 one-click POST), after
     * verifying an {@link SignedTokens.Purpose#UNSUBSCRIBE} token for this subscriber.
     *
     * @param s the subscriber
     * @return the unsubscribed subscriber; the same one when already unsubscribed, bounced or complained
     */
    public Subscriber unsubscribe(Subscriber s) {
        Objects.requireNonNull(s, "subscriber");
        switch (s.status()) {
            case PENDING:
            case CONFIRMED:
                Instant after = s.confirmedAt().filter(c -> c.isAfter(s.createdAt())).orElse(s.createdAt());
                return s.toBuilder().status(SubscriberStatus.UNSUBSCRIBED).unsubscribedAt(notBefore(after)).build();
            default:
                return s;
        }
    }

    /**
     * Records a permanent bounce: mail to the address cannot be delivered. Allowed from every status.
     *
     * @param s the subscriber
     * @return the bounced subscriber; the same one when already bounced
     */
    public Subscriber bounce(Subscriber s) {
        return to(s, SubscriberStatus.BOUNCED);
    }

    /**
     * Records a complaint: the person marked the newsletter as spam. Allowed from every status.
     *
     * @param s the subscriber
     * @return the complained subscriber; the same one when already complained
     */
    public Subscriber complain(Subscriber s) {
        return to(s, SubscriberStatus.COMPLAINED);
    }

    private static Subscriber to(Subscriber s, SubscriberStatus status) {
        Objects.requireNonNull(s, "subscriber");
        return s.status() == status ? s : s.toBuilder().status(status).build();
    }

    /**
     * Starts a new double opt-in for a known address that signed up again: the subscriber becomes pending with
     * the new consent; its confirmation and unsubscription times are cleared. The host then mails a new
     * confirmation link.
     *
     * @param s the subscriber, in any status but confirmed
     * @param consent the consent given on the new sign-up; a new record, not the current one
     * @return the pending subscriber
     * @throws IllegalTransitionException when the subscriber is confirmed (already receiving the newsletter)
     * @throws IllegalArgumentException when {@code consent} is the subscriber's current record
     */
    public Subscriber resubscribe(Subscriber s, Consent consent) {
        Objects.requireNonNull(s, "subscriber");
        Objects.requireNonNull(consent, "consent");
        if (s.status() == SubscriberStatus.CONFIRMED) {
            throw new IllegalTransitionException(s.status(), SubscriberStatus.PENDING,
                    "the address is already subscribed");
        }
        if (consent.equals(s.consent())) {
            throw new IllegalArgumentException("a re-subscription needs the consent of the new sign-up, not the"
                    + " current record");
        }
        return s.toBuilder().status(SubscriberStatus.PENDING).consent(consent).confirmedAt(null)
                .unsubscribedAt(null).build();
    }

    /**
     * Whether a pending sign-up has expired and can no longer be confirmed.
     *
     * @param s the subscriber
     * @return true for a pending subscriber whose consent is at least the pending expiry old
     */
    public boolean isExpired(Subscriber s) {
        Objects.requireNonNull(s, "subscriber");
        return s.status() == SubscriberStatus.PENDING && !clock.instant().isBefore(expiry(s));
    }

    /**
     * When a pending sign-up expires.
     *
     * @param s the subscriber
     * @return the consent time plus the pending expiry; empty when not pending
     */
    public Optional<Instant> expiresAt(Subscriber s) {
        Objects.requireNonNull(s, "subscriber");
        return s.status() == SubscriberStatus.PENDING ? Optional.of(expiry(s)) : Optional.empty();
    }

    private Instant expiry(Subscriber s) {
        Instant at = s.consent().at();
        return at.isAfter(Instant.MAX.minus(pendingExpiry)) ? Instant.MAX : at.plus(pendingExpiry);
    }

    private Instant notBefore(Instant earliest) {
        Instant now = clock.instant();
        return now.isBefore(earliest) ? earliest : now; // a clock behind the stored times never breaks their order
    }

    /**
     * The form in which two addresses are compared to find a duplicate sign-up, suitable for a unique index.
     * The domain is IDN-normalised to lower-case ASCII (punycode) without a trailing dot; the local part is kept
     * as typed. With {@linkplain Builder#mergeGmailAliases(boolean) Gmail alias merging} on, addresses at
     * {@code gmail.com} and {@code googlemail.com} are reduced to one mailbox, as described there. Input that is not
     * an address (no {@code @} between two non-empty parts) is returned stripped, as typed.
     *
     * @param email an address, normally a subscriber's {@link Subscriber#email()}
     * @return the comparison key; as private as the address itself
     */
    public String addressKey(String email) {
        Objects.requireNonNull(email, "email");
        String e = email.strip();
        int at = e.lastIndexOf('@');
        if (at <= 0 || at == e.length() - 1) {
            return e;
        }
        String local = e.substring(0, at);
        String domain = domain(e.substring(at + 1));
        if (mergeGmailAliases && (domain.equals("gmail.com") || domain.equals("googlemail.com"))) {
            local = local.toLowerCase(Locale.ROOT);
            int plus = local.indexOf('+');
            if (plus >= 0) {
                local = local.substring(0, plus);
            }
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /**
     * Whether two addresses reach the same subscriber, by {@link #addressKey(String)}.
     *
     * @param a an address
     * @param b another address
     * @return true when their keys are equal
     */
    public boolean sameAddress(String a, String b) {
        return addressKey(a).equals(addressKey(b));
    }

    private static String domain(String raw) {
        String d;
        try {
            d = IDN.toASCII(raw, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            d = raw; // not a valid IDN: compared as written, lower-cased
        }
        d = d.toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }

    /** @return the configuration */
    @Override
    public String toString() {
        return "Subscriptions[pendingExpiry " + pendingExpiry + ", mergeGmailAliases " + mergeGmailAliases + "]";
    }

    /**
     * Configures {@link Subscriptions}. Defaults: the system UTC clock, pending expiry 7 days, no alias merging.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration pendingExpiry = DEFAULT_PENDING_EXPIRY;
        private boolean mergeGmailAliases;

        private Builder() {
        }

        /**
         * @param clock the time source for transitions and expiry; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param expiry how long a sign-up may stay unconfirmed, positive and at most 366 days; default 7 days
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder pendingExpiry(Duration expiry) {
            Objects.requireNonNull(expiry, "expiry");
            if (expiry.isZero() || expiry.isNegative() || expiry.compareTo(Duration.ofDays(366)) > 0) {
                throw new IllegalArgumentException("pendingExpiry must be positive and at most 366 days, was "
                        + expiry);
            }
            this.pendingExpiry = expiry;
            return this;
        }

        /**
         * Whether {@link Subscriptions#addressKey(String)} merges Gmail aliases. Gmail delivers
         * {@code Jane.Doe+news@gmail.com}, {@code janedoe@gmail.com} and {@code janedoe@googlemail.com} to one
         * mailbox; with this on, addresses at {@code gmail.com} and {@code googlemail.com} are compared with the
         * local part lower-cased, everything from the first {@code +} removed, dots removed, and the domain
         * {@code gmail.com}. Other providers, including Google Workspace domains, are never merged: their rules
         * differ and cannot be known from the address.
         *
         * @param merge default false: local parts are compared as typed
         * @return this builder
         */
        public Builder mergeGmailAliases(boolean merge) {
            this.mergeGmailAliases = merge;
            return this;
        }

        /**
         * @return the life cycle
         */
        public Subscriptions build() {
            return new Subscriptions(this);
        }
    }
}
