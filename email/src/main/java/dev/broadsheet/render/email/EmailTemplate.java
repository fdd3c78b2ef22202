package dev.broadsheet.render.email;

import dev.broadsheet.render.Labels;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One message rendered once for every recipient, with holes for each recipient's greeting and signed links.
 * {@link #stamp(Recipient)} fills them in without rendering again: a digest for 100,000 subscribers is rendered
 * once and stamped 100,000 times.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EmailTemplate {

    private final EmailKind kind;
    private final String subject;
    private final String preheader;
    private final Stamp html;
    private final Stamp text;
    private final @Nullable Stamp amp;
    private final Labels labels;

    EmailTemplate(EmailKind kind, String subject, String preheader, String html, String text, @Nullable String amp,
            Labels labels) {
        this.kind = kind;
        this.subject = subject;
        this.preheader = preheader;
        this.html = Stamp.of(html);
        this.text = Stamp.of(text);
        this.amp = amp == null ? null : Stamp.of(amp);
        this.labels = labels;
    }

    /** @return the kind of message */
    public EmailKind kind() {
        return kind;
    }

    /** @return the subject, the same for every recipient */
    public String subject() {
        return subject;
    }

    /** @return the preheader, the line inboxes show after the subject */
    public String preheader() {
        return preheader;
    }

    /**
     * The message for one recipient.
     *
     * @param recipient the recipient
     * @return the message
     * @throws IllegalArgumentException when the message needs a link the recipient lacks: an unsubscribe URL for
     *     welcome, digest and alert messages, a confirmation URL for the confirmation message
     */
    public Email stamp(Recipient recipient) {
        Objects.requireNonNull(recipient, "recipient");
        String[] values = new String[Slot.values().length];
        values[Slot.GREETING.ordinal()] = recipient.name().map(n -> labels.format("mail.greeting.named", n))
                .orElseGet(() -> labels.get("mail.greeting"));
        values[Slot.UNSUBSCRIBE_URL.ordinal()] = need(recipient.unsubscribeUrl(), Slot.UNSUBSCRIBE_URL,
                "unsubscribeUrl");
        values[Slot.CONFIRM_URL.ordinal()] = need(recipient.confirmUrl(), Slot.CONFIRM_URL, "confirmUrl");
        return new Email(kind, subject, preheader, html.stamp(values, true), text.stamp(values, false),
                amp == null ? null : amp.stamp(values, true), recipient,
                kind.unsubscribable() ? recipient.unsubscribeUrl().orElse(null) : null);
    }

    private String need(Optional<String> value, Slot slot, String what) {
        if (value.isPresent()) {
            return value.get();
        }
        if (html.has(slot) || text.has(slot)) {
            throw new IllegalArgumentException("recipient must have a " + what + " for a " + kind + " message");
        }
        return "";
    }

    /** @return the HTML part with the per-recipient markers left in, for inspection and tests */
    String unstampedHtml() {
        return html.unstamped();
    }

    @Override
    public String toString() {
        return "EmailTemplate[" + kind + ", " + labels.language() + "]";
    }
}
