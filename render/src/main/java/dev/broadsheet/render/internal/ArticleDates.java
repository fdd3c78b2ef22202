package dev.broadsheet.render.internal;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Correction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The dates feeds and sitemaps give an article. */
public final class ArticleDates {

    private ArticleDates() {
    }

    /**
     * When an article last changed for a reader: the latest of its publication, modification and corrections, to
     * the second.
     *
     * @param a an article with a publication date
     * @return the instant
     */
    public static Instant updated(Article a) {
        Instant u = a.publishedAt().orElseThrow();
        if (a.modifiedAt().isPresent() && a.modifiedAt().get().isAfter(u)) {
            u = a.modifiedAt().get();
        }
        for (Correction c : a.corrections()) {
            if (c.at().isAfter(u)) {
                u = c.at();
            }
        }
        return u.truncatedTo(ChronoUnit.SECONDS);
    }
}
