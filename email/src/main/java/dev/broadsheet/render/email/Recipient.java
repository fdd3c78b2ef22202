package dev.broadsheet.render.email;

import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.render.Links;
import dev.broadsheet.subscribers.SignedTokens;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a message: the address (used only for the envelope and the {@code To} header, never in a
 * URL or a part), the name for the greeting, and the links that carry the recipient's signed tokens.
 *
 * <p>Immutable. {@link #toString()} leaves out the address and the tokens.
 *
 * @since 0.1.0
 */
public final class Recipient {

    /** The longest name accepted for the greeting, as for {@link Subscriber#MAX_NAME}. */
    public static final int MAX_NAME = Subscriber.MAX_NAME;

    private final String address;
    private final @Nullable String name;
    private final @Nullable String unsubscribeUrl;
    private final @Nullable String confirmUrl;

    private Recipient(String address, @Nullable String name, @Nullable String unsubscribeUrl,
            @Nullable String confirmUrl) {
        this.address = address;
        this.name = name;
        this.unsubscribeUrl = unsubscribeUrl;
        this.confirmUrl = confirmUrl;
    }

    /**
     * A subscriber as a recipient: a fresh {@link SignedTokens.Purpose#UNSUBSCRIBE} token in
     * {@link Links#unsubscribe(String)}, and for a pending subscriber a {@link SignedTokens.Purpose#CONFIRM} token
     * in {@link Links#confirm(String)}.
     *
     * @param subscriber the subscriber
     * @param tokens the site's tokens
     * @param links the site's links
     * @return the recipient
     */
    public static Recipient of(Subscriber subscriber, SignedTokens tokens, Links links) {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(links, "links");
        String unsubscribe = links.unsubscribe(tokens.issue(SignedTokens.Purpose.UNSUBSCRIBE, subscriber.id()));
        String confirm = subscriber.status() == SubscriberStatus.PENDING
                ? links.confirm(tokens.issue(SignedTokens.Purpose.CONFIRM, subscriber.id())) : null;
        return new Recipient(subscriber.email(), subscriber.name().orElse(null), unsubscribe, confirm);
    }

    /**
     * A recipient with only an address; add a name and links with the {@code with…} methods.
     *
     * @param address the email address
     * @return the recipient
     * @throws IllegalArgumentException when the address is blank or holds a line break or control character
     */
    public static Recipient to(String address) {
        Objects.requireNonNull(address, "address");
        if (address.isBlank() || hasControl(address)) {
            throw new IllegalArgumentException("address must be an email address without control characters");
        }
        return new Recipient(address, null, null, null);
    }

    /**
     * @param name the name to greet, plain text; blank for none
     * @return a copy with the name
     * @throws IllegalArgumentException when longer than {@value #MAX_NAME} characters
     */
    public Recipient withName(@Nullable String name) {
        if (name != null && name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME + " characters, was "
                    + name.length());
        }
        return new Recipient(address, name == null || name.isBlank() ? null : name, unsubscribeUrl, confirmUrl);
    }

    /**
     * @param url the absolute https URL that unsubscribes this recipient by itself (with a signed token)
     * @return a copy with the URL
     */
    public Recipient withUnsubscribeUrl(String url) {
        return new Recipient(address, name, https(url, "unsubscribeUrl"), confirmUrl);
    }

    /**
     * @param url the absolute https URL of this recipient's confirmation page (with a signed token)
     * @return a copy with the URL
     */
    public Recipient withConfirmUrl(String url) {
        return new Recipient(address, name, unsubscribeUrl, https(url, "confirmUrl"));
    }

    /** @return the email address, for the envelope and {@code To} only */
    public String address() {
        return address;
    }

    /** @return the name to greet */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the unsubscribe URL */
    public Optional<String> unsubscribeUrl() {
        return Optional.ofNullable(unsubscribeUrl);
    }

    /** @return the confirmation URL */
    public Optional<String> confirmUrl() {
        return Optional.ofNullable(confirmUrl);
    }

    private static String https(String url, String what) {
        Objects.requireNonNull(url, what);
        if (!url.startsWith("https://") || hasControl(url) || url.indexOf(' ') >= 0 || url.indexOf('>') >= 0) {
            throw new IllegalArgumentException(what + " must be an absolute https URL without spaces or control "
                    + "characters");
        }
        return url;
    }

    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Recipient[name " + (name == null ? "none" : "given") + ", unsubscribe "
                + (unsubscribeUrl != null) + ", confirm " + (confirmUrl != null) + "]";
    }
}
