package dev.broadsheet.interchange.ninjs;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Image;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one ninjs document became: an article (unless the model refused it), the picture when the document is one
 * ({@code type} {@code picture} or {@code graphic}, or image renditions without a type), and the report of
 * everything that did not map.
 *
 * @since 0.2.0
 */
public final class NinjsImport {

    private final @Nullable Article article;
    private final @Nullable Image image;
    private final NinjsReport report;

    NinjsImport(@Nullable Article article, @Nullable Image image, NinjsReport report) {
        this.article = article;
        this.image = image;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** @return the article, built and validated by {@link Article.Builder}; empty when it was rejected */
    public Optional<Article> article() {
        return Optional.ofNullable(article);
    }

    /** @return the picture, when the document is one */
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** @return what did not map, what was rejected and what was changed */
    public NinjsReport report() {
        return report;
    }

    @Override
    public String toString() {
        return "NinjsImport[" + (article == null ? "no article" : article) + ", " + report + "]";
    }
}
