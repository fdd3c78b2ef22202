package dev.broadsheet.render;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.internal.ArticleDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An {@code ETag} and {@code Last-Modified} for a feed or sitemap, computed from the articles it shows without
 * rendering it, and the RFC 9110 test of a request's {@code If-None-Match} and {@code If-Modified-Since} against
 * them, so a host answers {@code 304 Not Modified} to a reader that already has the document:
 *
 * <pre>{@code
 * ConditionalGet v = ConditionalGet.of("rss " + rss.selfUrl(feed), rss.items(feed));
 * if (v.notModified(request.header("If-None-Match"), request.header("If-Modified-Since"))) {
 *     return 304 with v.etag() and v.lastModifiedHeader();
 * }
 * }</pre>
 *
 * <p>The strong ETag is a SHA-256 digest of the variant (say which document and format it is; include anything
 * else the output depends on, such as a site settings version) and of each article's id, its
 * {@code updated} instant (the latest of publication, modification and corrections) and its value hash, in order.
 * {@code Last-Modified} is the newest {@code updated}. Immutable.
 *
 * @since 0.1.0
 */
public final class ConditionalGet {

    private final String etag;
    private final @Nullable Instant lastModified;

    private ConditionalGet(String etag, @Nullable Instant lastModified) {
        this.etag = etag;
        this.lastModified = lastModified;
    }

    /**
     * The validators of a document showing {@code articles}.
     *
     * @param variant which document this is, such as {@code "rss https://example.com/feed.xml"}
     * @param articles the articles it shows, in order, each published (with a publication date)
     * @return the validators
     * @throws IllegalArgumentException when an article has no publication date
     */
    public static ConditionalGet of(String variant, List<Article> articles) {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(articles, "articles");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        sha.update(variant.getBytes(StandardCharsets.UTF_8));
        Instant newest = null;
        for (Article a : articles) {
            if (a.publishedAt().isEmpty()) {
                throw new IllegalArgumentException("articles must be published, " + a.id() + " has no publishedAt");
            }
            Instant u = ArticleDates.updated(a);
            newest = newest == null || u.isAfter(newest) ? u : newest;
            sha.update(("\n" + a.id() + " " + u + " " + Integer.toHexString(a.hashCode()))
                    .getBytes(StandardCharsets.UTF_8));
        }
        String tag = "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        return new ConditionalGet(tag, newest);
    }

    /** @return the strong entity tag, quoted, for the {@code ETag} header */
    public String etag() {
        return etag;
    }

    /** @return the newest article's {@code updated} instant; empty for a document without articles */
    public Optional<Instant> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    /** @return {@link #lastModified()} as an HTTP date, such as {@code Thu, 01 Oct 2026 09:00:00 GMT} */
    public Optional<String> lastModifiedHeader() {
        return lastModified().map(t -> DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC)));
    }

    /**
     * Whether a GET may be answered {@code 304 Not Modified} (RFC 9110 section 13.2.2): when
     * {@code If-None-Match} is present it decides alone — a match of {@code *} or of this tag, compared weakly —
     * and {@code If-Modified-Since} is ignored; otherwise a valid {@code If-Modified-Since} not before
     * {@link #lastModified()} means not modified. A date that does not parse is ignored, as the RFC says.
     *
     * @param ifNoneMatch the request's {@code If-None-Match}, or null
     * @param ifModifiedSince the request's {@code If-Modified-Since}, or null
     * @return true to answer 304
     */
    public boolean notModified(@Nullable String ifNoneMatch, @Nullable String ifModifiedSince) {
        if (ifNoneMatch != null) {
            String mine = opaque(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || opaque(c).equals(mine)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The tag without a weakness prefix, for the weak comparison RFC 9110 asks of If-None-Match. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    @Override
    public String toString() {
        return "ConditionalGet[" + etag + ", " + lastModified + "]";
    }
}
