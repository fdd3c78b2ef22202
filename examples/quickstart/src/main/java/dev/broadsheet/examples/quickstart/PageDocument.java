package dev.broadsheet.examples.quickstart;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page document: everything one article page shows, as one JSON object that the {@code render} command reads.
 *
 * <pre>{@code
 * { "site": { "name": "The Caspian Ledger", "baseUrl": "https://news.example.com", ... },
 *   "article": { "id": "a-1001", "headline": "...", ... },
 *   "comments": [ { "id": "c-1", "articleId": "a-1001", ... }, ... ] }
 * }</pre>
 *
 * <ul>
 *   <li>{@code site} (required): the {@link Site} settings, read by {@link SiteJson}.</li>
 *   <li>{@code article} (required): an article in the storage format of {@link BroadsheetJson#storage()}.</li>
 *   <li>{@code comments} (optional): an array of comments in the same format, in any status; pages show the
 *       approved ones, threaded.</li>
 * </ul>
 *
 * <p>Reading is strict and reports every violation of the whole document at once, each with a JSON pointer
 * ({@code /site/baseUrl}, {@code /article/authors/0/url}, {@code /comments/3/author/email}) and a stable code:
 * malformed JSON ({@code json.syntax}, with line and column; duplicate member names and anything after the
 * document count as malformed), values of the wrong type ({@code json.type}), unknown members and fields
 * ({@code json.unknown_field}), a missing {@code site} or {@code article} ({@code required}), and every rule of
 * the model. Once the article and comments are valid, the comments are checked against each other:
 * {@value #OTHER_ARTICLE} for a comment whose {@code articleId} is not the article's id, {@code duplicate} for a
 * second comment with the same id, {@value FixtureSet#ORPHAN} for a reply whose parent is not in the document and
 * {@value FixtureSet#CYCLE} for replies whose parents loop.
 *
 * @param site the publication
 * @param article the article
 * @param comments its comments, in document order
 */
record PageDocument(Site site, Article article, List<Comment> comments) {

    /** Code of a comment on another article than the document's. */
    static final String OTHER_ARTICLE = "comment.other_article";
    /** The members of a page document. */
    static final List<String> MEMBERS = List.of("site", "article", "comments");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Copies the list. */
    PageDocument {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(article, "article");
        comments = List.copyOf(comments);
    }

    /** @return the article page this document describes */
    ArticlePage page() {
        return ArticlePage.builder(article).comments(comments).build();
    }

    /**
     * Reads a document from bytes: UTF-8, or UTF-16/32 with a byte-order mark. The stream is not closed.
     *
     * @param in the document
     * @return the document
     * @throws ValidationException listing every violation of the document
     * @throws IOException when reading the stream fails
     */
    static PageDocument read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (StreamConstraintsException e) {
            throw invalid(new Violation("", BroadsheetJson.LIMIT, "exceeds a parser limit" + where(e) + ": "
                    + e.getOriginalMessage(), null));
        } catch (JsonProcessingException e) {
            throw invalid(new Violation("", BroadsheetJson.SYNTAX, "is not well-formed JSON" + where(e) + ": "
                    + e.getOriginalMessage(), null));
        } catch (CharConversionException e) { // bytes that are not in the detected encoding
            throw invalid(new Violation("", BroadsheetJson.SYNTAX, "is not well-formed JSON: " + e.getMessage(),
                    null));
        }
        if (root == null || root.isMissingNode()) {
            throw invalid(new Violation("", BroadsheetJson.SYNTAX, "is empty; expected a JSON object", null));
        }
        return of(root);
    }

    /**
     * Reads a document that is already parsed.
     *
     * @param root the document
     * @return the document
     * @throws ValidationException listing every violation of the document
     */
    static PageDocument of(JsonNode root) {
        List<Violation> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw invalid(new Violation("", SiteJson.TYPE, "must be a JSON object with the members " + MEMBERS
                    + ", was " + SiteJson.kind(root), null));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                problems.add(new Violation("/" + SiteJson.escape(name), SiteJson.UNKNOWN_FIELD,
                        "is not a member of a page document; its members are " + MEMBERS, null));
            }
        }
        Site site = null;
        JsonNode siteNode = present(root.get("site"));
        if (siteNode == null) {
            problems.add(new Violation("/site", "required", "is required: the publication's settings", null));
        } else {
            site = SiteJson.read(siteNode, "/site", problems);
        }
        Article article = null;
        JsonNode articleNode = present(root.get("article"));
        if (articleNode == null) {
            problems.add(new Violation("/article", "required", "is required", null));
        } else {
            article = convert(articleNode, problems);
        }
        List<Comment> comments = List.of();
        boolean commentsValid = true;
        JsonNode commentsNode = present(root.get("comments"));
        if (commentsNode != null) {
            try {
                comments = BroadsheetJson.storage().convertList(commentsNode, Comment.class, "/comments");
            } catch (ValidationException e) {
                problems.addAll(e.violations());
                commentsValid = false;
            }
        }
        if (article != null && commentsValid) {
            checkThread(article, comments, problems);
        }
        if (!problems.isEmpty() || site == null || article == null) {
            throw new ValidationException("page document", problems);
        }
        return new PageDocument(site, article, comments);
    }

    private static @Nullable Article convert(JsonNode node, List<Violation> problems) {
        try {
            return BroadsheetJson.storage().convert(node, Article.class);
        } catch (ValidationException e) {
            e.violations().forEach(v -> problems.add(v.under("/article")));
            return null;
        }
    }

    /** The comments belong to the article, have distinct ids, and reply to comments that are there, without loops. */
    private static void checkThread(Article article, List<Comment> comments, List<Violation> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            String at = "/comments/" + i;
            if (!c.articleId().equals(article.id())) {
                problems.add(new Violation(at + "/articleId", OTHER_ARTICLE,
                        "must be the id of the document's article, \"" + article.id() + "\"", c.articleId()));
            }
            Integer first = index.putIfAbsent(c.id(), i);
            if (first != null) {
                problems.add(new Violation(at + "/id", "duplicate", "is also the id of /comments/" + first, c.id()));
            }
        }
        CommentThread thread = CommentThread.builder().visibility(CommentThread.Visibility.ALL).build(comments);
        for (Comment orphan : thread.orphans()) {
            problems.add(new Violation("/comments/" + index.get(orphan.id()) + "/parentId", FixtureSet.ORPHAN,
                    "must be the id of another comment in the document", orphan.parentId().orElse(null)));
        }
        for (List<String> cycle : thread.cycles()) {
            for (int i : cycle.stream().map(index::get).sorted().toList()) {
                problems.add(new Violation("/comments/" + i + "/parentId", FixtureSet.CYCLE, "is part of a loop of "
                        + "replies: " + String.join(" → ", cycle) + " → " + cycle.get(0),
                        comments.get(i).parentId().orElse(null)));
            }
        }
    }

    private static @Nullable JsonNode present(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static ValidationException invalid(Violation v) {
        return new ValidationException("page document", List.of(v));
    }

    private static String where(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
