package dev.broadsheet.render;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Formats;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.internal.check.UrlCheck;
import dev.broadsheet.model.Image;
import dev.broadsheet.render.feed.FeedFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The publication's settings that every page needs: its name, base URL, logo, language, time zone, publisher
 * details and social profiles. A site is immutable and shared by all renderers; build it once at start-up.
 *
 * <p>Rules checked by {@link Builder#build()}: {@code name} required, single line, at most {@value #MAX_NAME}
 * characters; {@code baseUrl} required, absolute http(s), stored without a trailing slash; {@code language} a
 * well-formed BCP 47 tag (default {@code en}); every URL absolute http(s); {@code description} at most
 * {@value #MAX_DESCRIPTION} characters; {@code twitterHandle} {@code @} followed by 1–15 letters, digits or
 * underscores; {@code consentVersion} at most 64 characters; {@code consentText} at most {@value #MAX_CONSENT}.
 *
 * @since 0.1.0
 */
public final class Site {

    /** Longest site name, in characters. */
    public static final int MAX_NAME = 191;
    /** Longest site description, in characters. */
    public static final int MAX_DESCRIPTION = 500;
    /** Longest newsletter consent text, in characters. */
    public static final int MAX_CONSENT = 1000;
    /** Most social profile links. */
    public static final int MAX_PROFILES = 20;

    private final String name;
    private final String baseUrl;
    private final @Nullable String description;
    private final @Nullable Image logo;
    private final String language;
    private final Locale locale;
    private final ZoneId zone;
    private final String publisherName;
    private final @Nullable String publishingPrinciples;
    private final @Nullable String correctionsPolicy;
    private final List<String> socialProfiles;
    private final @Nullable String stylesheetUrl;
    private final @Nullable String twitterHandle;
    private final String consentVersion;
    private final @Nullable String consentText;
    private final @Nullable Supplier<String> csrfTokens;
    private final List<FeedFormat> feeds;

    private Site(Builder b, String name, String baseUrl, @Nullable String description, String language,
            String publisherName, @Nullable String principles, @Nullable String corrections, List<String> profiles,
            @Nullable String stylesheet, @Nullable String twitter, String consentVersion,
            @Nullable String consentText) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.description = description;
        this.logo = b.logo;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.zone = b.zone;
        this.publisherName = publisherName;
        this.publishingPrinciples = principles;
        this.correctionsPolicy = corrections;
        this.socialProfiles = profiles;
        this.stylesheetUrl = stylesheet;
        this.twitterHandle = twitter;
        this.consentVersion = consentVersion;
        this.consentText = consentText;
        this.csrfTokens = b.csrfTokens;
        this.feeds = List.copyOf(b.feeds);
    }

    /**
     * Starts a site. Defaults: language {@code en}, time zone UTC, consent version {@code 1}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this site's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).baseUrl(baseUrl).description(description).logo(logo).language(language)
                .zone(zone).publishingPrinciples(publishingPrinciples).correctionsPolicy(correctionsPolicy)
                .socialProfiles(socialProfiles).stylesheetUrl(stylesheetUrl).twitterHandle(twitterHandle)
                .consentVersion(consentVersion).consentText(consentText).csrfTokens(csrfTokens);
        b.publisherName = publisherName.equals(name) ? null : publisherName;
        return b;
    }

    /** @return the publication's name */
    public String name() {
        return name;
    }

    /** @return the absolute base URL, without a trailing slash */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return what the publication is, for the home page's meta description */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the logo, used in the header and as the publisher's logo in JSON-LD */
    public Optional<Image> logo() {
        return Optional.ofNullable(logo);
    }

    /** @return the site's language as a BCP 47 tag */
    public String language() {
        return language;
    }

    /** @return the locale for the site's language */
    public Locale locale() {
        return locale;
    }

    /** @return the time zone dates are shown in */
    public ZoneId zone() {
        return zone;
    }

    /** @return the publishing organisation's name; the site's name unless set */
    public String publisherName() {
        return publisherName;
    }

    /** @return the URL of the publisher's editorial standards */
    public Optional<String> publishingPrinciples() {
        return Optional.ofNullable(publishingPrinciples);
    }

    /** @return the URL of the publisher's corrections policy */
    public Optional<String> correctionsPolicy() {
        return Optional.ofNullable(correctionsPolicy);
    }

    /** @return the publisher's profiles elsewhere (social networks, Wikipedia) */
    public List<String> socialProfiles() {
        return socialProfiles;
    }

    /** @return the stylesheet pages link to; absent means {@link Links#stylesheet()} */
    public Optional<String> stylesheetUrl() {
        return Optional.ofNullable(stylesheetUrl);
    }

    /** @return the publication's handle on X/Twitter, such as {@code @broadsheet} */
    public Optional<String> twitterHandle() {
        return Optional.ofNullable(twitterHandle);
    }

    /** @return the version of the newsletter consent wording, sent with every signup */
    public String consentVersion() {
        return consentVersion;
    }

    /** @return the newsletter consent wording; absent means the labels' default wording */
    public Optional<String> consentText() {
        return Optional.ofNullable(consentText);
    }

    /**
     * The host's CSRF token source, called once per form rendered (from the rendering thread, so it may read the
     * current request from a thread-local). Pages may carry their own token instead.
     *
     * @return the supplier, if the host configured one
     */
    public Optional<Supplier<String>> csrfTokens() {
        return Optional.ofNullable(csrfTokens);
    }

    /**
     * The feeds the site publishes, which every HTML page links to from its {@code <head>} ({@code <link
     * rel="alternate">}, for feed readers' discovery): the site's own feeds at {@link Links#feed(String, String)} of
     * the home page, and on a section, tag or author page that listing's feeds too. Default: none, as a site that
     * serves no feeds at those URLs should not announce them.
     *
     * @return the formats, in the order the pages list them
     * @since 0.1.0
     */
    public List<FeedFormat> feeds() {
        return feeds;
    }

    @Override
    public String toString() {
        return "Site[" + name + " " + baseUrl + "]";
    }

    /**
     * Collects a site's settings. Builders are not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable String baseUrl;
        private @Nullable String description;
        private @Nullable Image logo;
        private @Nullable String language = "en";
        private ZoneId zone = ZoneOffset.UTC;
        private @Nullable String publisherName;
        private @Nullable String publishingPrinciples;
        private @Nullable String correctionsPolicy;
        private final List<@Nullable String> socialProfiles = new ArrayList<>();
        private @Nullable String stylesheetUrl;
        private @Nullable String twitterHandle;
        private @Nullable String consentVersion = "1";
        private @Nullable String consentText;
        private @Nullable Supplier<String> csrfTokens;
        private final java.util.Set<FeedFormat> feeds = new java.util.LinkedHashSet<>();
        private @Nullable String zoneError;

        private Builder() {
        }

        /**
         * @param name the publication's name; required
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param url absolute http(s) base URL; required
         * @return this builder
         */
        public Builder baseUrl(@Nullable String url) {
            this.baseUrl = url;
            return this;
        }

        /**
         * @param description what the publication is
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * @param logo the publication's logo
         * @return this builder
         */
        public Builder logo(@Nullable Image logo) {
            this.logo = logo;
            return this;
        }

        /**
         * @param language BCP 47 tag; default {@code en}
         * @return this builder
         */
        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        /**
         * @param zone time zone for displayed dates; default UTC
         * @return this builder
         */
        public Builder zone(@Nullable ZoneId zone) {
            this.zone = zone == null ? ZoneOffset.UTC : zone;
            this.zoneError = null;
            return this;
        }

        /**
         * @param zoneId a time-zone identifier such as {@code Asia/Baku}
         * @return this builder
         */
        public Builder zone(@Nullable String zoneId) {
            if (zoneId == null) {
                return zone((ZoneId) null);
            }
            try {
                return zone(ZoneId.of(zoneId));
            } catch (DateTimeException e) {
                this.zoneError = zoneId;
                return this;
            }
        }

        /**
         * @param name the publishing organisation's name, when it differs from the site's
         * @return this builder
         */
        public Builder publisherName(@Nullable String name) {
            this.publisherName = name;
            return this;
        }

        /**
         * @param url the publisher's editorial standards page
         * @return this builder
         */
        public Builder publishingPrinciples(@Nullable String url) {
            this.publishingPrinciples = url;
            return this;
        }

        /**
         * @param url the publisher's corrections policy page
         * @return this builder
         */
        public Builder correctionsPolicy(@Nullable String url) {
            this.correctionsPolicy = url;
            return this;
        }

        /**
         * Replaces the social profiles.
         *
         * @param urls absolute http(s) profile URLs; null means none
         * @return this builder
         */
        public Builder socialProfiles(@Nullable List<? extends @Nullable String> urls) {
            this.socialProfiles.clear();
            if (urls != null) {
                this.socialProfiles.addAll(urls);
            }
            return this;
        }

        /**
         * @param url the stylesheet every page links to; default {@link Links#stylesheet()}
         * @return this builder
         */
        public Builder stylesheetUrl(@Nullable String url) {
            this.stylesheetUrl = url;
            return this;
        }

        /**
         * @param handle the X/Twitter handle, such as {@code @broadsheet}
         * @return this builder
         */
        public Builder twitterHandle(@Nullable String handle) {
            this.twitterHandle = handle;
            return this;
        }

        /**
         * @param version version of the newsletter consent wording; default {@code 1}
         * @return this builder
         */
        public Builder consentVersion(@Nullable String version) {
            this.consentVersion = version;
            return this;
        }

        /**
         * @param text newsletter consent wording; default the labels' wording
         * @return this builder
         */
        public Builder consentText(@Nullable String text) {
            this.consentText = text;
            return this;
        }

        /**
         * @param tokens the host's CSRF token source
         * @return this builder
         */
        public Builder csrfTokens(@Nullable Supplier<String> tokens) {
            this.csrfTokens = tokens;
            return this;
        }

        /**
         * Replaces the feeds the pages link to (see {@link Site#feeds()}); a format named twice is linked once.
         *
         * @param formats the formats the site serves; none by default
         * @return this builder
         * @since 0.1.0
         */
        public Builder feeds(FeedFormat... formats) {
            this.feeds.clear();
            for (FeedFormat f : formats) {
                this.feeds.add(Objects.requireNonNull(f, "formats"));
            }
            return this;
        }

        /**
         * Cleans and validates the settings.
         *
         * @return the site
         * @throws dev.broadsheet.validation.ValidationException listing every broken rule
         */
        public Site build() {
            Problems p = new Problems();
            String cleanName = p.text("/name", name, Kind.NAME, MAX_NAME, true);
            String cleanBase = UrlCheck.absoluteHttp(p, "/baseUrl", baseUrl, true);
            if (cleanBase != null) {
                while (cleanBase.endsWith("/")) {
                    cleanBase = cleanBase.substring(0, cleanBase.length() - 1);
                }
                if (cleanBase.contains("?") || cleanBase.contains("#")) {
                    p.add("/baseUrl", Codes.URL_INVALID, "must not have a query or fragment", cleanBase);
                }
            }
            String cleanDescription = p.text("/description", description, Kind.TEXT, MAX_DESCRIPTION, false);
            String cleanLanguage = Formats.languageTag(p, "/language", language, true);
            if (zoneError != null) {
                p.add("/zone", "zone.invalid", "is not a known time-zone identifier", zoneError);
            }
            String cleanPublisher = p.text("/publisherName", publisherName, Kind.NAME, MAX_NAME, false);
            String principles = UrlCheck.absoluteHttp(p, "/publishingPrinciples", publishingPrinciples, false);
            String corrections = UrlCheck.absoluteHttp(p, "/correctionsPolicy", correctionsPolicy, false);
            List<String> profiles = new ArrayList<>();
            if (socialProfiles.size() > MAX_PROFILES) {
                p.add("/socialProfiles", Codes.TOO_MANY, "must have at most " + MAX_PROFILES + " links", null);
            }
            for (int i = 0; i < socialProfiles.size(); i++) {
                String u = UrlCheck.absoluteHttp(p, "/socialProfiles/" + i, socialProfiles.get(i), true);
                if (u != null) {
                    profiles.add(u);
                }
            }
            String stylesheet = UrlCheck.absoluteHttp(p, "/stylesheetUrl", stylesheetUrl, false);
            String twitter = p.text("/twitterHandle", twitterHandle, Kind.NAME, 16, false);
            if (twitter != null && !twitter.matches("@[A-Za-z0-9_]{1,15}")) {
                p.add("/twitterHandle", "twitter.handle", "must be @ followed by 1 to 15 letters, digits or underscores",
                        twitter);
            }
            String version = p.text("/consentVersion", consentVersion, Kind.NAME, 64, true);
            String consent = p.text("/consentText", consentText, Kind.TEXT, MAX_CONSENT, false);
            p.throwIfAny("Site");
            return new Site(this, Objects.requireNonNull(cleanName), Objects.requireNonNull(cleanBase),
                    cleanDescription, Objects.requireNonNull(cleanLanguage),
                    cleanPublisher == null ? cleanName : cleanPublisher, principles, corrections,
                    List.copyOf(profiles), stylesheet, twitter, Objects.requireNonNull(version), consent);
        }
    }
}
