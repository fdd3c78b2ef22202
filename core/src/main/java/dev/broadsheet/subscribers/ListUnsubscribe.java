package dev.broadsheet.subscribers;

import dev.broadsheet.model.Subscriber;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 8058 one-click unsubscribe headers of a newsletter message:
 * <pre>
 * List-Unsubscribe: &lt;https://news.example/newsletter/unsubscribe?token=…&gt;, &lt;mailto:unsubscribe@news.example&gt;
 * List-Unsubscribe-Post: List-Unsubscribe=One-Click
 * </pre>
 *
 * <p>The HTTPS URL must identify the subscriber by itself, because the mail provider POSTs
 * {@code List-Unsubscribe=One-Click} to it with no cookies and no other context; so it carries an
 * {@link SignedTokens.Purpose#UNSUBSCRIBE} token ({@link #forSubscriber}). The host's handler for that POST
 * verifies the token and calls {@link Subscriptions#unsubscribe}; a GET of the same URL only shows a page with a
 * button (see {@link Subscriptions}). The message must be DKIM-signed with both headers covered by the signature,
 * or providers ignore them. A {@code mailto:} address may be added for older clients.
 *
 * <p>Values are checked when built: the URL must be absolute {@code https} with a host, the mail address a
 * {@code mailto:} URI, and neither may contain white space, angle brackets or line breaks, so a value can never
 * inject another header. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ListUnsubscribe {

    /** The name of the header listing the unsubscribe URIs. */
    public static final String HEADER = "List-Unsubscribe";
    /** The name of the header announcing one-click unsubscription. */
    public static final String POST_HEADER = "List-Unsubscribe-Post";
    /** The only value of {@value #POST_HEADER}, and the body the mail provider POSTs. */
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final String https;
    private final @Nullable String mailto;

    private ListUnsubscribe(String https, @Nullable String mailto) {
        this.https = https;
        this.mailto = mailto;
    }

    /**
     * The headers for one HTTPS unsubscribe URL.
     *
     * @param httpsUrl an absolute {@code https} URL that identifies the subscriber by itself
     * @return the headers
     * @throws IllegalArgumentException naming the value when it is not such a URL
     */
    public static ListUnsubscribe of(String httpsUrl) {
        return new ListUnsubscribe(check(Objects.requireNonNull(httpsUrl, "httpsUrl"), "https"), null);
    }

    /**
     * The headers for a subscriber: issues an {@link SignedTokens.Purpose#UNSUBSCRIBE} token and asks the host for
     * the URL that carries it.
     *
     * @param subscriber the recipient
     * @param tokens the host's signed tokens
     * @param unsubscribeUrl the host's URL for a token, for example
     *     {@code t -> "https://news.example/newsletter/unsubscribe?token=" + t}; tokens are URL-safe as they are
     * @return the headers
     * @throws IllegalArgumentException naming the URL when it is not absolute {@code https}
     */
    public static ListUnsubscribe forSubscriber(Subscriber subscriber, SignedTokens tokens,
            Function<String, String> unsubscribeUrl) {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        String token = tokens.issue(SignedTokens.Purpose.UNSUBSCRIBE, subscriber.id());
        return of(Objects.requireNonNull(unsubscribeUrl.apply(token), "unsubscribeUrl returned null"));
    }

    /**
     * The same headers with a {@code mailto:} URI listed after the HTTPS URL.
     *
     * @param mailtoUri a {@code mailto:} URI, such as {@code mailto:unsubscribe@news.example?subject=unsubscribe}
     * @return new headers
     * @throws IllegalArgumentException naming the value when it is not a {@code mailto:} URI
     */
    public ListUnsubscribe withMailto(String mailtoUri) {
        return new ListUnsubscribe(https, check(Objects.requireNonNull(mailtoUri, "mailtoUri"), "mailto"));
    }

    /** @return the value of {@value #HEADER}: the HTTPS URL in angle brackets, then the mailto URI if any */
    public String listUnsubscribe() {
        return mailto == null ? "<" + https + ">" : "<" + https + ">, <" + mailto + ">";
    }

    /** @return the value of {@value #POST_HEADER}: always {@value #ONE_CLICK} */
    public String listUnsubscribePost() {
        return ONE_CLICK;
    }

    /** @return both headers, name to value, {@value #HEADER} first */
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(HEADER, listUnsubscribe());
        h.put(POST_HEADER, ONE_CLICK);
        return java.util.Collections.unmodifiableMap(h);
    }

    /** @return the header lines; the URL's token is left out, as it identifies a person */
    @Override
    public String toString() {
        return "ListUnsubscribe[https URL" + (mailto == null ? "" : ", mailto") + "]";
    }

    private static String check(String value, String scheme) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == 0x7f) {
                throw new IllegalArgumentException(scheme + " URI must not contain white space, control characters"
                        + " or angle brackets, was \"" + shorten(value) + "\"");
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URI: \"" + shorten(value) + "\"", e);
        }
        String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean ok = s.equals(scheme) && (scheme.equals("mailto") ? uri.isOpaque()
                : uri.getHost() != null && uri.getRawUserInfo() == null);
        if (!ok) {
            throw new IllegalArgumentException("must be an absolute " + scheme + (scheme.equals("https")
                    ? " URL with a host (RFC 8058)" : ": URI") + ", was \"" + shorten(value) + "\"");
        }
        return value;
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 79) + "…";
    }
}
