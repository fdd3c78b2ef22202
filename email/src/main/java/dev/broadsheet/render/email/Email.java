package dev.broadsheet.render.email;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One recipient's message: subject, preheader and the parts as strings, for sites that send through an HTTP API
 * (SES, Mailgun), or {@link MimeAssembler} for a standard MIME message.
 *
 * <p>The recipient's address is kept for the envelope only: no part contains it.
 *
 * @since 0.1.0
 */
public final class Email {

    private final EmailKind kind;
    private final String subject;
    private final String preheader;
    private final String html;
    private final String text;
    private final @Nullable String amp;
    private final Recipient recipient;
    private final @Nullable String unsubscribeUrl;

    Email(EmailKind kind, String subject, String preheader, String html, String text, @Nullable String amp,
            Recipient recipient, @Nullable String unsubscribeUrl) {
        this.kind = kind;
        this.subject = subject;
        this.preheader = preheader;
        this.html = html;
        this.text = text;
        this.amp = amp;
        this.recipient = recipient;
        this.unsubscribeUrl = unsubscribeUrl;
    }

    /** @return the kind of message */
    public EmailKind kind() {
        return kind;
    }

    /** @return the subject (plain text; {@link MimeAssembler} encodes it) */
    public String subject() {
        return subject;
    }

    /** @return the preheader */
    public String preheader() {
        return preheader;
    }

    /** @return the HTML part: a whole document, CSS inlined */
    public String html() {
        return html;
    }

    /** @return the plain-text part, links as numbered footnotes */
    public String text() {
        return text;
    }

    /** @return the AMP4EMAIL part, when the renderer makes one */
    public Optional<String> amp() {
        return Optional.ofNullable(amp);
    }

    /** @return the recipient */
    public Recipient recipient() {
        return recipient;
    }

    /** @return the one-click unsubscribe URL for {@code List-Unsubscribe}, for kinds that carry it */
    public Optional<String> unsubscribeUrl() {
        return Optional.ofNullable(unsubscribeUrl);
    }

    /**
     * Writes the HTML part as UTF-8 bytes.
     *
     * @param out where to write; not closed
     * @throws IOException when the stream fails
     */
    public void writeHtml(OutputStream out) throws IOException {
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the HTML part as UTF-8 bytes */
    public byte[] htmlUtf8() {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Email[" + kind + ", " + recipient + "]";
    }
}
