package dev.broadsheet.examples.site;

import java.net.IDN;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The origin check of the form endpoints, implementing the contract of {@code AmpRenderer}'s javadoc:
 * <ol>
 *   <li>a request whose {@code Origin} header is present but is neither the site's own origin nor the site's origin
 *       on an AMP cache is refused with 403, before anything else;</li>
 *   <li>a request with {@code AMP-Same-Origin: true}, or with an AMP cache's {@code Origin}, is an AMP submission:
 *       it needs no CSRF token, and its answer is JSON with {@code Access-Control-Allow-Origin} set to the
 *       request's origin (the site's own for {@code AMP-Same-Origin}, never {@code *}) and
 *       {@code Access-Control-Allow-Credentials: true};</li>
 *   <li>anything else is an ordinary post from the HTML page, which needs the CSRF token ({@link Csrf}).</li>
 * </ol>
 * {@code AMP-Same-Origin} is a custom header, so a browser sends it cross-origin only after a CORS preflight, which
 * this site never grants (OPTIONS gets 405): no other site can make a browser send it.
 *
 * <p>The AMP caches are those of {@code https://cdn.ampproject.org/caches.json}; today that is Google's
 * {@value #GOOGLE_CACHE} alone. The site's subdomain on a cache is derived as AMP specifies: the host's Unicode
 * form with {@code -} doubled and {@code .} turned into {@code -}, wrapped in {@code 0-…-0} when it would start
 * like a punycode label, converted to punycode; or, when that is not a valid DNS label, the base32 SHA-256 of the
 * host.
 */
final class Origins {

    /** The cache domain of Google's AMP cache. */
    static final String GOOGLE_CACHE = "cdn.ampproject.org";
    /** The cache domains the site accepts submissions from. */
    static final List<String> CACHE_DOMAINS = List.of(GOOGLE_CACHE);

    /**
     * What the check found.
     *
     * @param amp whether this is an AMP submission
     * @param allowOrigin for an AMP submission, the value of {@code Access-Control-Allow-Origin}
     */
    record Check(boolean amp, @Nullable String allowOrigin) {
    }

    private final String self;
    private final Set<String> caches;

    /**
     * @param baseUrl the site's public base URL, such as {@code https://news.example}
     */
    Origins(String baseUrl) {
        URI base = URI.create(baseUrl);
        this.self = origin(base);
        Set<String> c = new LinkedHashSet<>();
        for (String domain : CACHE_DOMAINS) {
            c.add("https://" + cacheSubdomain(base.getHost()) + "." + domain);
        }
        this.caches = Set.copyOf(c);
    }

    /** @return the site's own origin, such as {@code http://127.0.0.1:8080} */
    String self() {
        return self;
    }

    /** @return the site's origins on the AMP caches */
    Set<String> caches() {
        return caches;
    }

    /**
     * Checks a post to a form endpoint.
     *
     * @param request the post
     * @return whether it is an AMP submission, and the origin to allow
     * @throws HttpProblem 403 when the Origin header names another site
     */
    Check check(Request request) {
        String origin = request.header("Origin").orElse(null);
        boolean cache = origin != null && caches.contains(origin);
        if (origin != null && !origin.equals(self) && !cache) {
            throw HttpProblem.forbidden("This form only accepts posts from " + self + " and its AMP cache.");
        }
        boolean sameOriginAmp = request.header("AMP-Same-Origin").map(v -> v.strip().equalsIgnoreCase("true"))
                .orElse(false);
        if (sameOriginAmp || cache) {
            return new Check(true, origin != null ? origin : self);
        }
        return new Check(false, null);
    }

    /**
     * Adds AMP's CORS headers to the answer of an AMP submission.
     *
     * @param response the JSON answer
     * @param check the request's check
     * @return the response
     */
    static Response cors(Response response, Check check) {
        if (check.amp() && check.allowOrigin() != null) {
            response.replaceHeader("Access-Control-Allow-Origin", check.allowOrigin())
                    .replaceHeader("Access-Control-Allow-Credentials", "true")
                    .replaceHeader("Vary", "Origin");
        }
        return response;
    }

    /** {@code scheme://host[:port]} of an absolute URL, with the default port left out. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https")
                && port == 443);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /**
     * The label of a host on an AMP cache, such as {@code news-example-com} for {@code news.example.com}.
     *
     * @param host a host name or IP address
     * @return the cache subdomain
     */
    static String cacheSubdomain(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) { // an IPv6 literal is never a valid label: the hash form
            return hashed(h);
        }
        String unicode;
        try {
            unicode = IDN.toUnicode(h, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return hashed(h);
        }
        String s = unicode.replace("-", "--").replace('.', '-');
        if (s.length() >= 4 && s.charAt(2) == '-' && s.charAt(3) == '-') {
            s = "0-" + s + "-0";
        }
        try {
            String label = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
            if (!label.isEmpty() && label.length() <= 63 && label.matches("[a-z0-9-]+")) {
                return label;
            }
        } catch (IllegalArgumentException e) {
            // not convertible: the hash form below
        }
        return hashed(h);
    }

    private static String hashed(String host) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(host.getBytes(StandardCharsets.UTF_8));
            return base32(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** RFC 4648 base32, lower case, without padding. */
    private static String base32(byte[] bytes) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
