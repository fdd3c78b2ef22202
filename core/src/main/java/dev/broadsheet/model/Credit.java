package dev.broadsheet.model;

import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import dev.broadsheet.internal.check.UrlCheck;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where an article's reporting came from: a news agency (such as "Turan" or "Reuters"), a partner publication,
 * or a correspondent's dateline ("WASHINGTON").
 *
 * <p>Rules: {@code source} required, single line, at most {@value #MAX_SOURCE} characters; {@code url} absolute
 * http(s); {@code dateline} single line, at most {@value #MAX_DATELINE} characters.
 *
 * @since 0.1.0
 */
public final class Credit {

    /** Longest source name, in characters. */
    public static final int MAX_SOURCE = 191;
    /** Longest dateline, in characters. */
    public static final int MAX_DATELINE = 100;

    private final String source;
    private final @Nullable String url;
    private final @Nullable String dateline;

    private Credit(String source, @Nullable String url, @Nullable String dateline) {
        this.source = source;
        this.url = url;
        this.dateline = dateline;
    }

    /**
     * A credit to a source.
     *
     * @param source the agency or publication, such as "Turan"
     * @param url its web site, or null
     * @param dateline where the report was filed, such as "WASHINGTON", or null
     * @return the credit
     * @throws dev.broadsheet.validation.ValidationException listing every broken rule
     */
    public static Credit of(@Nullable String source, @Nullable String url, @Nullable String dateline) {
        Problems p = new Problems();
        String cleanSource = p.text("/source", source, Kind.NAME, MAX_SOURCE, true);
        String cleanUrl = UrlCheck.absoluteHttp(p, "/url", url, false);
        String cleanDateline = p.text("/dateline", dateline, Kind.LINE, MAX_DATELINE, false);
        p.throwIfAny("Credit");
        return new Credit(Objects.requireNonNull(cleanSource), cleanUrl, cleanDateline);
    }

    /** @return the agency or publication credited */
    public String source() {
        return source;
    }

    /** @return the source's web site */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return where the report was filed */
    public Optional<String> dateline() {
        return Optional.ofNullable(dateline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credit c && source.equals(c.source) && Objects.equals(url, c.url)
                && Objects.equals(dateline, c.dateline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, url, dateline);
    }

    @Override
    public String toString() {
        return "Credit[" + source + (dateline == null ? "" : ", " + dateline) + "]";
    }
}
