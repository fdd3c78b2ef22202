package dev.broadsheet.examples.spring;

import dev.broadsheet.comments.Decision;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Comments in their own table. The {@code doc} column holds the comment with its author's name and website only,
 * in Broadsheet's JSON format; the address, the IP and the keyed author hash live in private columns that no
 * query of this class returns — they are only written, and compared in a WHERE clause.
 */
@Repository
public class CommentRepository {

    /** The most reasons text stored with a held comment. */
    static final int MAX_REASONS = 4000;

    private final JdbcTemplate jdbc;
    private final BroadsheetJson json;
    private final Dialect dialect;

    CommentRepository(JdbcTemplate jdbc, BroadsheetJson storageJson, Dialect dialect) {
        this.jdbc = jdbc;
        this.json = storageJson;
        this.dialect = dialect;
    }

    /**
     * Stores a new comment in one statement, so a comment is either stored whole or not at all.
     *
     * @param comment the comment, in the status the moderator decided
     * @param reasons the moderator's reasons
     * @param authorKey keyed hash of the commenter's address, or null
     */
    public void add(Comment comment, List<Decision.Reason> reasons, @Nullable String authorKey) {
        Comment publicPart = comment.toBuilder().author(comment.author().toBuilder().email(null).ip(null).build())
                .build();
        String why = String.join("; ", reasons.stream().map(Decision.Reason::toString).toList());
        jdbc.update("INSERT INTO comments (id, article_id, parent_id, status, created_at, doc, reasons, author_email,"
                + " author_ip, author_key) VALUES (?, ?, ?, ?, ?, " + dialect.jsonParam + ", ?, ?, ?, ?)",
                comment.id(), comment.articleId(), comment.parentId().orElse(null), comment.status().name(),
                ContentRepository.time(comment.createdAt()), json.write(publicPart),
                why.length() > MAX_REASONS ? why.substring(0, MAX_REASONS) : why,
                comment.author().email().orElse(null), comment.author().ip().orElse(null), authorKey);
    }

    /** @return an article's approved comments, oldest first */
    public List<Comment> approved(String articleId) {
        return jdbc.query("SELECT doc, status FROM comments WHERE article_id = ? AND status = 'APPROVED'"
                + " ORDER BY created_at, id", (rs, i) -> read(rs.getString(1), rs.getString(2)), articleId);
    }

    /** @return a comment by id */
    public Optional<Comment> comment(String id) {
        return jdbc.query("SELECT doc, status FROM comments WHERE id = ?",
                (rs, i) -> read(rs.getString(1), rs.getString(2)), id).stream().findFirst();
    }

    /** @return when the newest approved comment on an article was written */
    public Optional<Instant> newestApproved(String articleId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(created_at) FROM comments WHERE article_id = ?"
                + " AND status = 'APPROVED'", OffsetDateTime.class, articleId)).map(OffsetDateTime::toInstant);
    }

    /** A comment waiting for a moderator. */
    public record Held(Comment comment, String reasons) {
    }

    /** @return the comments waiting for a moderator, newest first, at most {@code limit} */
    public List<Held> pending(int limit) {
        return jdbc.query("SELECT doc, status, reasons FROM comments WHERE status = 'PENDING'"
                + " ORDER BY created_at DESC, id LIMIT ?", (rs, i) -> new Held(read(rs.getString(1),
                rs.getString(2)), rs.getString(3)), limit);
    }

    /** @return how many comments have a status */
    public int count(CommentStatus status) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM comments WHERE status = ?", Integer.class,
                status.name());
        return n == null ? 0 : n;
    }

    /**
     * Moves a comment to another status.
     *
     * @return whether there was such a comment
     */
    public boolean moderate(String id, CommentStatus status) {
        return jdbc.update("UPDATE comments SET status = ? WHERE id = ?", status.name(), id) == 1;
    }

    /** @return whether the author with this key has an approved comment (a known author) */
    public boolean hasApproved(String authorKey) {
        return !jdbc.queryForList("SELECT 1 FROM comments WHERE author_key = ? AND status = 'APPROVED' LIMIT 1",
                Integer.class, authorKey).isEmpty();
    }

    private Comment read(String doc, String status) {
        return json.read(doc, Comment.class).toBuilder().status(CommentStatus.valueOf(status)).build();
    }
}
