package dev.broadsheet.model;

/**
 * Where a newsletter subscriber is in the double opt-in life cycle.
 *
 * @since 0.1.0
 */
public enum SubscriberStatus {
    /** Signed up; the confirmation link has not been used yet. Receives nothing. */
    PENDING,
    /** Confirmed the address; receives the newsletter. */
    CONFIRMED,
    /** Asked to stop; receives nothing. */
    UNSUBSCRIBED,
    /** Mail to the address bounced permanently; receives nothing. */
    BOUNCED,
    /** Marked the newsletter as spam; receives nothing. */
    COMPLAINED
}
