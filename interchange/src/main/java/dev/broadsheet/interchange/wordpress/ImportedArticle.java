package dev.broadsheet.interchange.wordpress;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import java.util.List;
import java.util.Objects;

/**
 * One WordPress post as Broadsheet values: the article and its valid comments, threaded through
 * {@link Comment#parentId()}, with the WXR item id it came from.
 *
 * @param wxrId the post's {@code wp:post_id}
 * @param article the article, built and validated by {@link Article.Builder}
 * @param comments its comments in export order, each built and validated by {@link Comment.Builder}
 * @since 0.1.0
 */
public record ImportedArticle(String wxrId, Article article, List<Comment> comments) {

    /** Checks and copies the components. */
    public ImportedArticle {
        Objects.requireNonNull(wxrId, "wxrId");
        Objects.requireNonNull(article, "article");
        comments = List.copyOf(comments);
    }
}
