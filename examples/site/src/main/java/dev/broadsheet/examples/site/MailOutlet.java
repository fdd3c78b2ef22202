package dev.broadsheet.examples.site;

import dev.broadsheet.render.email.Email;
import dev.broadsheet.render.email.EmailKind;
import dev.broadsheet.render.email.MailSender;
import dev.broadsheet.subscribers.ListUnsubscribe;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the newsletter's mail goes: {@link #log(Consumer) the log} (the default: a developer follows the links by
 * hand) or an SMTP server ({@link SmtpOutlet}, chosen with {@code --smtp}). The routes build every message the
 * same way and hand it here; nothing else in the site knows which outlet is in use.
 */
@FunctionalInterface
interface MailOutlet {

    /**
     * One message and the subscriber it is for. The subscriber is named by id: the address is only in the
     * message's envelope and {@code To} header, so an outlet can report on a letter without writing the address.
     *
     * @param subscriberId the subscriber's id
     * @param email the stamped message
     */
    record Letter(String subscriberId, Email email) {
        public Letter {
            Objects.requireNonNull(subscriberId, "subscriberId");
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * Delivers a batch.
     *
     * @param letters the messages
     * @return what became of each message: every one of them is in exactly one of the report's lists
     * @throws InterruptedException when interrupted while waiting for the server or the rate limit
     */
    MailSender.Report send(List<Letter> letters) throws InterruptedException;

    /**
     * The outlet that writes each message to the log instead of sending it: its kind, the subscriber's id and the
     * link a reader would follow (the confirmation link, or the {@code List-Unsubscribe} headers). Never the
     * address; the links carry the subscriber's signed tokens, which is what a developer needs to follow them.
     *
     * @param log where the lines go
     * @return the outlet; every message counts as sent
     */
    static MailOutlet log(Consumer<String> log) {
        Objects.requireNonNull(log, "log");
        return letters -> {
            for (Letter letter : letters) {
                log.accept(describe(letter));
            }
            return new MailSender.Report(letters.stream().map(Letter::email).toList(), List.of(), List.of());
        };
    }

    /** The log line of a letter. */
    private static String describe(Letter letter) {
        Email email = letter.email();
        String line = "newsletter: " + name(email.kind()) + " mail for subscriber " + letter.subscriberId();
        if (email.kind() == EmailKind.CONFIRMATION) {
            return line + " (double opt-in); link: " + email.recipient().confirmUrl().orElse("(none)");
        }
        return email.unsubscribeUrl().map(url -> line + "; headers: " + ListUnsubscribe.of(url).headers())
                .orElse(line);
    }

    /** @return the kind as the log and the reports name it, such as {@code unsubscribe-confirmation} */
    static String name(EmailKind kind) {
        return kind == EmailKind.UNSUBSCRIBED ? "unsubscribe-confirmation" : kind.name().toLowerCase(Locale.ROOT);
    }
}
