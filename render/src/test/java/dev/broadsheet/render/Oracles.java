package dev.broadsheet.render;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Correction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** What the feed and sitemap tests expect, worked out from the model apart from the renderers. */
public final class Oracles {

    private Oracles() {
    }

    /** The latest of publication, modification and corrections, to the second. */
    public static Instant updated(Article a) {
        Instant u = a.publishedAt().orElseThrow();
        for (Instant t : a.modifiedAt().stream().toList()) {
            u = t.isAfter(u) ? t : u;
        }
        for (Correction c : a.corrections()) {
            u = c.at().isAfter(u) ? c.at() : u;
        }
        return u.truncatedTo(ChronoUnit.SECONDS);
    }

    /** An error handler that adds each error (with its line and column) to {@code problems}. */
    public static ErrorHandler collecting(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
    }
}
