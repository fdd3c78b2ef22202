package dev.broadsheet.render.internal.amp;

import java.util.Locale;

/**
 * The URLs an AMP page may carry, by where they go. Stricter than {@link dev.broadsheet.render.html.HtmlWriter}'s
 * check: the AMP validator refuses unknown schemes where a browser would ignore them, and any URL that mentions
 * {@code __amp_source_origin}. URLs with whitespace, control characters or backslashes are refused outright
 * (sanitized URLs have none).
 */
public final class AmpUrls {

    private static final int INVALID = -1;
    private static final int RELATIVE = 0;
    private static final int HTTP = 1;
    private static final int HTTPS = 2;
    private static final int MAILTO = 3;
    private static final int TEL = 4;

    private AmpUrls() {
    }

    /** For {@code a href}: http, https, mailto, tel, or relative. */
    static boolean link(String url) {
        int s = scheme(url);
        return s != INVALID;
    }

    /** For {@code cite} and {@code amp-img src}: http, https, or relative. */
    static boolean web(String url) {
        int s = scheme(url);
        return s == RELATIVE || s == HTTP || s == HTTPS;
    }

    /** For embeds, media and form actions: an absolute https URL with a host. */
    public static boolean https(String url) {
        if (scheme(url) != HTTPS || !url.regionMatches(true, 0, "https://", 0, 8) || url.length() == 8) {
            return false;
        }
        char first = url.charAt(8);
        return first != '/' && first != '?' && first != '#' && first != ':' && first != '@';
    }

    /** An absolute http or https URL with a host, as a canonical link must be. */
    public static boolean absoluteWeb(String url) {
        if (https(url)) {
            return true;
        }
        if (scheme(url) != HTTP || !url.regionMatches(true, 0, "http://", 0, 7) || url.length() == 7) {
            return false;
        }
        char first = url.charAt(7);
        return first != '/' && first != '?' && first != '#' && first != ':' && first != '@';
    }

    private static int scheme(String url) {
        int n = url.length();
        if (n == 0) {
            return INVALID;
        }
        int colon = -1;
        boolean schemeOver = false;
        for (int i = 0; i < n; i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return INVALID;
            }
            if (!schemeOver) {
                if (c == ':') {
                    colon = i;
                    schemeOver = true;
                } else if (c == '/' || c == '?' || c == '#') {
                    schemeOver = true;
                }
            }
        }
        if (url.indexOf("__") >= 0 && url.toLowerCase(Locale.ROOT).contains("__amp_source_origin")) {
            return INVALID;
        }
        if (colon < 0) {
            return RELATIVE;
        }
        if (is(url, colon, "https")) {
            return HTTPS;
        }
        if (is(url, colon, "http")) {
            return HTTP;
        }
        if (is(url, colon, "mailto")) {
            return MAILTO;
        }
        return is(url, colon, "tel") ? TEL : INVALID;
    }

    private static boolean is(String url, int colon, String scheme) {
        return colon == scheme.length() && url.regionMatches(true, 0, scheme, 0, colon);
    }
}
