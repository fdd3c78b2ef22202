package dev.broadsheet.render.email;

import dev.broadsheet.subscribers.ListUnsubscribe;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Assembles an {@link Email} as a standard MIME message with Jakarta Mail: {@code multipart/alternative} with the
 * plain-text part, then the AMP part ({@code text/x-amp-html}) when there is one, then the HTML part — the order
 * RFC 2046 and AMP for Email ask for, richest last — each UTF-8 in quoted-printable; a {@code Message-ID} under
 * the sender's domain; {@code Date} from the injected clock; the subject and display names RFC 2047-encoded when
 * they are not ASCII.
 *
 * <p>List headers by {@link EmailKind}: messages with an unsubscribe link carry RFC 2369 {@code List-Unsubscribe}
 * with the recipient's signed https URL and RFC 8058 {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click},
 * and {@code List-Id}; digests and alerts carry {@code Precedence: bulk}; confirmation, welcome and unsubscribe
 * confirmation messages carry RFC 3834 {@code Auto-Submitted: auto-generated}.
 *
 * <p>{@link #headers(Email)} gives the same extra headers as a map, for sites that send through an HTTP API.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MimeAssembler {

    private final InternetAddress from;
    private final String listId;
    private final String domain;
    private final Clock clock;
    private final Supplier<String> ids;

    private MimeAssembler(Builder b) {
        if (b.from == null) {
            throw new IllegalStateException("from must be set");
        }
        this.from = b.from;
        String address = from.getAddress();
        this.domain = address.substring(address.indexOf('@') + 1);
        this.listId = b.listId != null ? b.listId : "<newsletter." + domain + ">";
        this.clock = b.clock;
        this.ids = b.ids;
    }

    /** @return a builder; {@link Builder#from(String, String)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The extra headers of a message, name to value, in the order they are written.
     *
     * @param email the message
     * @return {@code List-Unsubscribe}, {@code List-Unsubscribe-Post} and {@code List-Id} for messages with an
     *     unsubscribe link, then {@code Precedence} or {@code Auto-Submitted}
     */
    public Map<String, String> headers(Email email) {
        Objects.requireNonNull(email, "email");
        Map<String, String> h = new LinkedHashMap<>();
        email.unsubscribeUrl().ifPresent(url -> h.putAll(ListUnsubscribe.of(url).headers()));
        if (email.kind().unsubscribable()) {
            h.put("List-Id", listId);
        }
        if (email.kind().bulk()) {
            h.put("Precedence", "bulk");
        } else {
            h.put("Auto-Submitted", "auto-generated");
        }
        return h;
    }

    /**
     * The MIME message for one email.
     *
     * @param email the message
     * @param session the mail session (its properties matter only for sending)
     * @return the message, saved, ready for {@code Transport.send}
     * @throws MessagingException when the recipient's address is not a valid RFC 822 address
     */
    public MimeMessage assemble(Email email, Session session) throws MessagingException {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(session, "session");
        String id = "<" + ids.get() + "@" + domain + ">";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(from);
        m.setRecipient(MimeMessage.RecipientType.TO, address(email.recipient()));
        m.setSubject(email.subject(), "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> h : headers(email).entrySet()) {
            m.setHeader(h.getKey(), h.getValue());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(email.text(), "text/plain; charset=UTF-8"));
        if (email.amp().isPresent()) {
            alternative.addBodyPart(part(email.amp().get(), "text/x-amp-html; charset=UTF-8"));
        }
        alternative.addBodyPart(part(email.html(), "text/html; charset=UTF-8"));
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }

    private static MimeBodyPart part(String content, String type) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setContent(content, type);
        p.setHeader("Content-Type", type);
        p.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return p;
    }

    private static InternetAddress address(Recipient r) throws AddressException {
        InternetAddress a = new InternetAddress(r.address(), true);
        if (a.getAddress().indexOf('@') < 1) {
            throw new AddressException("recipient address must have a local part and a domain", r.address());
        }
        return a;
    }

    @Override
    public String toString() {
        return "MimeAssembler[from " + domain + ", " + listId + "]";
    }

    /**
     * Configures a {@link MimeAssembler}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable InternetAddress from;
        private @Nullable String listId;
        private Clock clock = Clock.systemUTC();
        private Supplier<String> ids = () -> UUID.randomUUID().toString();

        private Builder() {
        }

        /**
         * @param address the sender's address (required), such as {@code newsletter@news.example}
         * @param name the sender's display name, such as the site's name; encoded when not ASCII
         * @return this builder
         * @throws IllegalArgumentException when the address is not a valid address with a domain, or either
         *     value holds a line break
         */
        public Builder from(String address, String name) {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(name, "name");
            if (Recipient.hasControl(address) || Recipient.hasControl(name)) {
                throw new IllegalArgumentException("from must not contain line breaks or control characters");
            }
            try {
                InternetAddress a = new InternetAddress(address, true);
                if (a.getAddress().indexOf('@') < 1) {
                    throw new IllegalArgumentException("from address must have a domain, was \"" + address + "\"");
                }
                this.from = new InternetAddress(a.getAddress(), name, "UTF-8");
            } catch (AddressException | UnsupportedEncodingException e) {
                throw new IllegalArgumentException("from address is not valid: \"" + address + "\"", e);
            }
            return this;
        }

        /**
         * @param listId the RFC 2919 list identifier in angle brackets, such as
         *     {@code <daily.news.example>}; default {@code <newsletter.{sender's domain}>}
         * @return this builder
         */
        public Builder listId(String listId) {
            Objects.requireNonNull(listId, "listId");
            if (!listId.startsWith("<") || !listId.endsWith(">") || listId.length() < 3 || Recipient.hasControl(listId)
                    || listId.indexOf(' ') >= 0 || listId.indexOf('>') != listId.length() - 1) {
                throw new IllegalArgumentException("listId must be one dot-atom in angle brackets, was \"" + listId
                        + "\"");
            }
            this.listId = listId;
            return this;
        }

        /**
         * @param clock the source of the {@code Date} header; default the system clock in UTC
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param ids the unique left-hand part of each {@code Message-ID}; default a random UUID
         * @return this builder
         */
        public Builder messageIds(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** @return the assembler */
        public MimeAssembler build() {
            return new MimeAssembler(this);
        }
    }
}
