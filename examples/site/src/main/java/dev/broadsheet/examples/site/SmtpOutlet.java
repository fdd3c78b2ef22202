package dev.broadsheet.examples.site;

import dev.broadsheet.render.email.MailSender;
import dev.broadsheet.render.email.MimeAssembler;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Sends the newsletter's mail to an SMTP server ({@code --smtp HOST:PORT}) through the email module's
 * {@link MailSender}: at most {@value #MESSAGES_PER_SECOND} messages a second, up to {@value #ATTEMPTS} attempts
 * with a back-off from {@link #BACKOFF} on transient failures, permanent failures reported as bounced. Plain SMTP
 * without authentication or TLS, as a local relay or a test server offers it.
 *
 * <p>One batch at a time: {@link MailSender} is not thread-safe, so a sign-up's confirmation waits while a digest
 * is being sent. The log gets one line per batch with the counts only: no address, no token.
 */
final class SmtpOutlet implements MailOutlet {

    /** The rate limit. */
    static final int MESSAGES_PER_SECOND = 20;
    /** Attempts per message. */
    static final int ATTEMPTS = 3;
    /** The first back-off, doubled before each later attempt. */
    static final Duration BACKOFF = Duration.ofMillis(500);
    /** The connect, read and write timeouts, in milliseconds. */
    private static final String TIMEOUT = "10000";

    private final MailSender sender;
    private final String server;
    private final Consumer<String> log;

    /**
     * @param host the SMTP server's host
     * @param port its port
     * @param assembler makes the MIME messages
     * @param log where the batch counts go
     */
    SmtpOutlet(String host, int port, MimeAssembler assembler, Consumer<String> log) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT);
        p.setProperty("mail.smtp.timeout", TIMEOUT);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT);
        this.sender = MailSender.builder().session(Session.getInstance(p)).assembler(assembler)
                .messagesPerSecond(MESSAGES_PER_SECOND).maxAttempts(ATTEMPTS).backoff(BACKOFF).build();
        this.server = host + ":" + port;
        this.log = log;
    }

    @Override
    public synchronized MailSender.Report send(List<Letter> letters) throws InterruptedException {
        MailSender.Report report = sender.send(letters.stream().map(Letter::email).toList());
        String kind = letters.isEmpty() ? "no" : MailOutlet.name(letters.get(0).email().kind());
        log.accept("newsletter: " + kind + " mail to " + server + ": " + report.sent().size() + " sent, "
                + report.bounced().size() + " bounced, " + report.unsent().size() + " not sent");
        return report;
    }

    @Override
    public String toString() {
        return "SmtpOutlet[" + server + "]";
    }
}
