package dev.broadsheet.model;

import dev.broadsheet.internal.check.Formats;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.UrlCheck;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the same article is published in another language: the page search engines should show to readers of
 * that language ({@code hreflang}). Pages name their translations with {@code <link rel="alternate" hreflang>}
 * and sitemaps with {@code xhtml:link}.
 *
 * <p>Rules: {@code language} required, a well-formed BCP 47 tag (kept in its canonical form, {@code EN-gb} becomes
 * {@code en-GB}); {@code url} required, absolute http(s), at most 2,000 characters. An article also requires its
 * translations to have distinct languages, none of them its own.
 *
 * @since 0.2.0
 */
public final class Translation {

    private final String language;
    private final String url;

    private Translation(String language, String url) {
        this.language = language;
        this.url = url;
    }

    /**
     * A translation.
     *
     * @param language the translation's language, a BCP 47 tag such as {@code ru} or {@code az-Latn}
     * @param url the translation's canonical URL
     * @return the translation
     * @throws dev.broadsheet.validation.ValidationException listing every broken rule
     */
    public static Translation of(@Nullable String language, @Nullable String url) {
        Problems p = new Problems();
        String cleanLanguage = Formats.languageTag(p, "/language", language, true);
        String cleanUrl = UrlCheck.absoluteHttp(p, "/url", url, true);
        p.throwIfAny("Translation");
        return new Translation(Objects.requireNonNull(cleanLanguage), Objects.requireNonNull(cleanUrl));
    }

    /** @return the translation's language, a canonical BCP 47 tag */
    public String language() {
        return language;
    }

    /** @return the translation's canonical URL, absolute http(s) */
    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Translation t && language.equals(t.language) && url.equals(t.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, url);
    }

    @Override
    public String toString() {
        return "Translation[" + language + "]";
    }
}
