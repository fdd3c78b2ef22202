package dev.broadsheet.render.sitemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@code robots.txt} (RFC 9309) that names the sitemap index, with the host's own rules:
 *
 * <pre>{@code
 * String robots = RobotsTxt.builder().disallow("/newsletter/").sitemap(site.baseUrl() + "/sitemap.xml").build().text();
 * }</pre>
 *
 * <p>By default every crawler may fetch everything ({@code User-agent: *} with an empty {@code Disallow}). Paths
 * must start with {@code /}; sitemap URLs must be absolute http(s). No value may hold a line break or control
 * character (it would add a rule of its own): such input is refused with {@link IllegalArgumentException}.
 * At most {@value #MAX_RULES} rules and {@value #MAX_SITEMAPS} sitemaps.
 *
 * @since 0.1.0
 */
public final class RobotsTxt {

    /** Most allow and disallow rules. */
    public static final int MAX_RULES = 1000;
    /** Most sitemap lines. */
    public static final int MAX_SITEMAPS = 100;

    private final String text;

    private RobotsTxt(String text) {
        this.text = text;
    }

    /** @return a builder for every crawler, allowed everything, with no sitemap yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the file's content, lines ending in LF */
    public String text() {
        return text;
    }

    /** @return the media type to serve it with: {@code text/plain; charset=utf-8} */
    public static String contentType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Collects the rules. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<String> rules = new ArrayList<>();
        private final List<String> sitemaps = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param path a path prefix crawlers must not fetch, starting with {@code /}
         * @return this builder
         */
        public Builder disallow(String path) {
            rules.add("Disallow: " + path(path));
            return this;
        }

        /**
         * @param path a path prefix crawlers may fetch inside a disallowed one, starting with {@code /}
         * @return this builder
         */
        public Builder allow(String path) {
            rules.add("Allow: " + path(path));
            return this;
        }

        /**
         * @param url the absolute URL of a sitemap or sitemap index
         * @return this builder
         */
        public Builder sitemap(String url) {
            String u = clean(url, "sitemap");
            if (!u.startsWith("https://") && !u.startsWith("http://")) {
                throw new IllegalArgumentException("sitemap must be an absolute http(s) URL, was " + url);
            }
            if (sitemaps.size() == MAX_SITEMAPS) {
                throw new IllegalArgumentException("at most " + MAX_SITEMAPS + " sitemaps");
            }
            sitemaps.add(u);
            return this;
        }

        /** @return the file */
        public RobotsTxt build() {
            StringBuilder sb = new StringBuilder("User-agent: *\n");
            if (rules.isEmpty()) {
                sb.append("Disallow:\n");
            }
            rules.forEach(r -> sb.append(r).append('\n'));
            if (!sitemaps.isEmpty()) {
                sb.append('\n');
            }
            sitemaps.forEach(s -> sb.append("Sitemap: ").append(s).append('\n'));
            return new RobotsTxt(sb.toString());
        }

        private String path(String path) {
            String p = clean(path, "path");
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("path must start with /, was " + path);
            }
            if (rules.size() == MAX_RULES) {
                throw new IllegalArgumentException("at most " + MAX_RULES + " rules");
            }
            return p;
        }

        private static String clean(String value, String name) {
            Objects.requireNonNull(value, name);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '#' || Character.isWhitespace(c)) {
                    throw new IllegalArgumentException(name + " must not hold white space, control characters or #,"
                            + " was " + value.replace("\n", "\\n").replace("\r", "\\r"));
                }
            }
            return value;
        }
    }
}
