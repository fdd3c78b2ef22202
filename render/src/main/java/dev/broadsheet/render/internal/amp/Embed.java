package dev.broadsheet.render.internal.amp;

import org.jspecify.annotations.Nullable;

/**
 * What an embed's https URL points at: a YouTube or Vimeo video AMP has a component for, or anything else. The
 * video id is taken only when it has exactly the form the service uses, so it can be written as
 * {@code data-videoid} without surprises; anything unusual (a playlist, a private Vimeo link with its hash) stays
 * a generic embed, which plays it just as well.
 *
 * @param kind the service
 * @param id the video id, for YouTube and Vimeo
 * @param noCookie whether the URL was YouTube's privacy-enhanced host (amp-youtube: {@code credentials="omit"})
 * @param start the start second, when the URL gives one
 * @param end the end second, when the URL gives one
 */
record Embed(Kind kind, String id, boolean noCookie, @Nullable String start, @Nullable String end) {

    /** The services AMP has a component for. */
    enum Kind {
        YOUTUBE, VIMEO, OTHER
    }

    private static final Embed OTHER = new Embed(Kind.OTHER, "", false, null, null);

    /**
     * Classifies an absolute https URL ({@link AmpUrls#https(String)}).
     *
     * @param url the embed's source
     * @return the embed
     */
    static Embed of(String url) {
        int hostStart = 8; // after "https://"
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = url.substring(hostStart, hostEnd);
        int queryAt = url.indexOf('?', hostEnd);
        int fragmentAt = url.indexOf('#', hostEnd);
        int pathEnd = queryAt >= 0 ? queryAt : fragmentAt >= 0 ? fragmentAt : url.length();
        String path = url.substring(hostEnd, pathEnd);
        String query = queryAt < 0 ? "" : url.substring(queryAt + 1, fragmentAt > queryAt ? fragmentAt : url.length());
        boolean noCookie = host.equalsIgnoreCase("www.youtube-nocookie.com")
                || host.equalsIgnoreCase("youtube-nocookie.com");
        if ((noCookie || host.equalsIgnoreCase("www.youtube.com") || host.equalsIgnoreCase("youtube.com"))
                && path.startsWith("/embed/") && youtubeId(path, 7) && !path.equals("/embed/videoseries")
                && param(query, "list") == null) {
            return new Embed(Kind.YOUTUBE, path.substring(7), noCookie, seconds(query, "start"), seconds(query, "end"));
        }
        if (host.equalsIgnoreCase("player.vimeo.com") && path.startsWith("/video/") && digits(path, 7, 15)
                && param(query, "h") == null) {
            return new Embed(Kind.VIMEO, path.substring(7), false, null, null);
        }
        return OTHER;
    }

    /** An 11-character YouTube id from {@code from} to the end of {@code path}. */
    private static boolean youtubeId(String path, int from) {
        if (path.length() - from != 11) {
            return false;
        }
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from, int max) {
        int n = s.length() - from;
        if (n < 1 || n > max) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A whole number of seconds given as a query parameter, or null. */
    private static @Nullable String seconds(String query, String name) {
        String value = param(query, name);
        return value != null && digits(value, 0, 6) ? value : null;
    }

    /** The raw value of a query parameter, or null when absent. */
    private static @Nullable String param(String query, String name) {
        int start = 0;
        while (start < query.length()) {
            int end = query.indexOf('&', start);
            end = end < 0 ? query.length() : end;
            if (query.startsWith(name, start) && (start + name.length() == end
                    || query.charAt(start + name.length()) == '=')) {
                return start + name.length() == end ? "" : query.substring(start + name.length() + 1, end);
            }
            start = end + 1;
        }
        return null;
    }
}
