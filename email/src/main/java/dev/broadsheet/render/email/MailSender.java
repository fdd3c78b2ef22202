package dev.broadsheet.render.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;

/**
 * Sends a batch of emails over SMTP, bounded: at most {@link Builder#messagesPerSecond(int)} messages a second;
 * a transient failure (an SMTP 4xx reply, or a lost or refused connection) is retried after a back-off that
 * doubles, up to {@link Builder#maxAttempts(int)} attempts; a permanent failure (an SMTP 5xx reply) is not
 * retried and the message is reported {@linkplain Report#bounced() bounced}, so the site can mark the subscriber
 * bounced ({@code Subscriptions.bounce}).
 *
 * <p>Nothing is lost: every email of a batch ends in exactly one of {@link Report#sent()},
 * {@link Report#bounced()} and {@link Report#unsent()}; a message counts as sent only once the server has
 * accepted it, so the unsent ones can be sent again later without sending any message twice. (SMTP has one
 * window no client can close: a connection lost after the message's data but before the server's reply leaves
 * it unknown whether the server kept it; such a message is reported unsent.)
 *
 * <p>Not thread-safe: one batch at a time per sender.
 *
 * @since 0.1.0
 */
public final class MailSender {

    /** The default {@linkplain Builder#messagesPerSecond(int) rate}. */
    public static final int DEFAULT_MESSAGES_PER_SECOND = 10;
    /** The default {@linkplain Builder#maxAttempts(int) attempts per message}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** The default {@linkplain Builder#backoff(Duration) first back-off}. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

    /** Waits; injected so that tests need not. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param nanos how long to wait
         * @throws InterruptedException when interrupted
         */
        void sleep(long nanos) throws InterruptedException;
    }

    /**
     * What became of a batch.
     *
     * @param sent accepted by the server
     * @param bounced refused permanently (5xx): mark these subscribers bounced
     * @param unsent still unsent after every attempt (4xx or connection failures): send them again later
     */
    public record Report(List<Email> sent, List<Email> bounced, List<Email> unsent) {
        /** Copies the lists. */
        public Report {
            sent = List.copyOf(sent);
            bounced = List.copyOf(bounced);
            unsent = List.copyOf(unsent);
        }
    }

    private final Session session;
    private final MimeAssembler assembler;
    private final long interval;
    private final int maxAttempts;
    private final long backoff;
    private final Sleeper sleeper;
    private final LongSupplier ticker;
    private @Nullable Transport transport;
    private long next;

    private MailSender(Builder b) {
        this.session = Objects.requireNonNull(b.session, "session must be set");
        this.assembler = Objects.requireNonNull(b.assembler, "assembler must be set");
        this.interval = 1_000_000_000L / b.rate;
        this.maxAttempts = b.maxAttempts;
        this.backoff = b.backoff.toNanos();
        this.sleeper = b.sleeper;
        this.ticker = b.ticker;
    }

    /** @return a builder; the session and the assembler are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a batch.
     *
     * @param batch the emails
     * @return what became of each
     * @throws InterruptedException when interrupted while waiting; nothing is then reported, and the emails not
     *     yet accepted may be sent again
     */
    public Report send(List<Email> batch) throws InterruptedException {
        List<Email> sent = new ArrayList<>();
        List<Email> bounced = new ArrayList<>();
        List<Email> unsent = new ArrayList<>();
        try {
            for (Email email : batch) {
                switch (sendOne(email)) {
                    case SENT -> sent.add(email);
                    case BOUNCED -> bounced.add(email);
                    default -> unsent.add(email);
                }
            }
        } finally {
            disconnect();
        }
        return new Report(sent, bounced, unsent);
    }

    private enum Outcome { SENT, BOUNCED, UNSENT }

    private Outcome sendOne(Email email) throws InterruptedException {
        MimeMessage message;
        try {
            message = assembler.assemble(email, session);
        } catch (MessagingException e) {
            return Outcome.BOUNCED; // the address itself is invalid: no server would take it
        }
        long wait = backoff;
        for (int attempt = 1; ; attempt++) {
            pace();
            try {
                connected().sendMessage(message, message.getAllRecipients());
                return Outcome.SENT;
            } catch (MessagingException e) {
                int code = code(e);
                if (code >= 500) {
                    return Outcome.BOUNCED;
                }
                if (code < 400) {
                    disconnect(); // the connection failed: reconnect for the next attempt
                }
                if (attempt >= maxAttempts) {
                    return Outcome.UNSENT;
                }
                sleeper.sleep(wait);
                wait *= 2;
            }
        }
    }

    private void pace() throws InterruptedException {
        long now = ticker.getAsLong();
        if (now < next) {
            sleeper.sleep(next - now);
            now = next;
        }
        next = now + interval;
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            disconnect();
            Transport t = session.getTransport("smtp");
            t.connect();
            transport = t;
        }
        return transport;
    }

    private void disconnect() {
        Transport t = transport;
        transport = null;
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException e) {
                // closing a broken connection fails too; the next attempt opens a new one
            }
        }
    }

    /** The SMTP reply code behind a failure, or 0 when there was none (a connection failure). */
    private static int code(MessagingException e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause()) {
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 400) {
                return s.getReturnCode();
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return "MailSender[" + 1_000_000_000L / interval + "/s, " + maxAttempts + " attempts]";
    }

    /**
     * Configures a {@link MailSender}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Session session;
        private @Nullable MimeAssembler assembler;
        private int rate = DEFAULT_MESSAGES_PER_SECOND;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration backoff = DEFAULT_BACKOFF;
        private Sleeper sleeper = nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        private LongSupplier ticker = System::nanoTime;

        private Builder() {
        }

        /**
         * @param session the mail session with the SMTP server's properties ({@code mail.smtp.host}, …) (required)
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = Objects.requireNonNull(session, "session");
            return this;
        }

        /**
         * @param assembler makes the MIME messages (required)
         * @return this builder
         */
        public Builder assembler(MimeAssembler assembler) {
            this.assembler = Objects.requireNonNull(assembler, "assembler");
            return this;
        }

        /**
         * @param rate the most messages a second, 1 to 1,000,000,000; default
         *     {@value MailSender#DEFAULT_MESSAGES_PER_SECOND}
         * @return this builder
         */
        public Builder messagesPerSecond(int rate) {
            if (rate < 1 || rate > 1_000_000_000) {
                throw new IllegalArgumentException("messagesPerSecond must be 1 to 1000000000, was " + rate);
            }
            this.rate = rate;
            return this;
        }

        /**
         * @param attempts the most attempts per message, 1 to 20; default {@value MailSender#DEFAULT_MAX_ATTEMPTS}
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > 20) {
                throw new IllegalArgumentException("maxAttempts must be 1 to 20, was " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * @param first the wait before the second attempt, doubled before each later one; default 2 seconds
         * @return this builder
         */
        public Builder backoff(Duration first) {
            Objects.requireNonNull(first, "first");
            if (first.isNegative() || first.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("backoff must be 0 to 1 hour, was " + first);
            }
            this.backoff = first;
            return this;
        }

        /**
         * @param sleeper how to wait, and ticker where the time comes from (nanoseconds); default
         *     {@link Thread#sleep(long, int)} and {@link System#nanoTime()}
         * @param ticker the time source
         * @return this builder
         */
        public Builder time(Sleeper sleeper, LongSupplier ticker) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /** @return the sender */
        public MailSender build() {
            return new MailSender(this);
        }
    }
}
