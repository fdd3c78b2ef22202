package dev.broadsheet.render.email;

/**
 * The kinds of newsletter message, which decide the mail headers: list messages (digest, alert) are
 * {@code Precedence: bulk}; messages a subscriber's own action triggers are {@code Auto-Submitted: auto-generated};
 * every message sent to a confirmed subscriber carries one-click {@code List-Unsubscribe}.
 *
 * @since 0.1.0
 */
public enum EmailKind {
    /** The double opt-in message with the confirmation link; sent to a pending address, so no unsubscribe. */
    CONFIRMATION(false, false),
    /** Sent once the subscription is confirmed. */
    WELCOME(true, false),
    /** The latest stories, or the editor's selection. */
    DIGEST(true, true),
    /** One breaking story. */
    ALERT(true, true),
    /** Confirms that the address will receive nothing more. */
    UNSUBSCRIBED(false, false);

    private final boolean unsubscribable;
    private final boolean bulk;

    EmailKind(boolean unsubscribable, boolean bulk) {
        this.unsubscribable = unsubscribable;
        this.bulk = bulk;
    }

    /** @return whether the message carries an unsubscribe link and the {@code List-Unsubscribe} headers */
    public boolean unsubscribable() {
        return unsubscribable;
    }

    /** @return whether the message is list mail ({@code Precedence: bulk}) rather than {@code Auto-Submitted} */
    public boolean bulk() {
        return bulk;
    }
}
