package dev.broadsheet.subscribers;

import dev.broadsheet.model.SubscriberStatus;
import java.util.Objects;

/**
 * Thrown by {@link Subscriptions} when a subscriber cannot move from its status to the one asked for, for example
 * confirming an unsubscribed address or an expired sign-up. The message and {@link #from()}/{@link #to()} name both
 * states; the message never contains the email address.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The subscriber's status. */
    private final SubscriberStatus from;
    /** The status asked for. */
    private final SubscriberStatus to;

    /**
     * Creates the exception.
     *
     * @param from the subscriber's status
     * @param to the status asked for
     * @param why what makes the transition illegal, for the message
     */
    public IllegalTransitionException(SubscriberStatus from, SubscriberStatus to, String why) {
        super("cannot go from " + Objects.requireNonNull(from, "from") + " to " + Objects.requireNonNull(to, "to")
                + ": " + why);
        this.from = from;
        this.to = to;
    }

    /** @return the status the subscriber has */
    public SubscriberStatus from() {
        return from;
    }

    /** @return the status that was asked for */
    public SubscriberStatus to() {
        return to;
    }
}
