package dev.broadsheet.examples.site;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CSRF protection for the HTML forms: a <em>signed double-submit cookie</em>, with no server-side session.
 *
 * <p>Each browser gets a random value in a cookie ({@value #COOKIE}; {@code HttpOnly}, {@code SameSite=Lax},
 * {@code Path=/}; on https {@code __Host-}{@value #COOKIE} with {@code Secure}). Every form carries the HMAC of that
 * value under a server key in the hidden field {@code csrf_token}. A post is accepted only when the cookie is present
 * and the posted token is the HMAC of that cookie, compared in constant time. Another site can make a browser send
 * the cookie, but cannot read it or the page, so it cannot compute the token; and because the token is signed, an
 * attacker who can plant a cookie (from a sibling subdomain, say) still cannot make a matching token without the
 * server key. {@code SameSite=Lax} and the form endpoints' Origin check are further layers, not the defence itself.
 *
 * <p>The token depends only on the browser's cookie, so pages must not be shared between readers: HTML pages are
 * sent with {@code Cache-Control: no-store}. AMP pages carry no token (AMP caches serve one copy to everybody); their
 * posts are checked by origin instead ({@link Origins}).
 */
final class Csrf {

    /** The cookie's name over plain http. */
    static final String COOKIE = "bs_csrf";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Secrets secrets;
    private final boolean https;

    Csrf(Secrets secrets, boolean https) {
        this.secrets = secrets;
        this.https = https;
    }

    private String cookieName() {
        return https ? "__Host-" + COOKIE : COOKIE;
    }

    /**
     * The token for this request's forms. A browser without a valid cookie gets a new one, set on the response.
     *
     * @param request the request
     * @return the token to put in every form of the page
     */
    String token(Request request) {
        Optional<String> cookie = valid(request);
        String value;
        if (cookie.isPresent()) {
            value = cookie.get();
        } else if (request.freshCsrfCookie != null) {
            value = request.freshCsrfCookie;
        } else {
            value = Secrets.randomToken(32);
            request.freshCsrfCookie = value;
            request.setCookie(cookieName() + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (https ? "; Secure"
                    : ""));
        }
        return secrets.mac("csrf", value);
    }

    /**
     * Whether a posted token matches the browser's cookie.
     *
     * @param request the post
     * @param posted the {@code csrf_token} field, or null
     * @return true when the cookie is present and the token is its signature
     */
    boolean verify(Request request, String posted) {
        Optional<String> cookie = valid(request);
        return posted != null && cookie.isPresent() && Secrets.same(secrets.mac("csrf", cookie.get()), posted);
    }

    private Optional<String> valid(Request request) {
        return request.cookie(cookieName()).filter(v -> VALUE.matcher(v).matches());
    }
}
