package dev.broadsheet.comments;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Samples;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small comments for thread tests: ids, parents, statuses and minutes after publication. */
final class Threads {

    static final Commenter READER = Commenter.builder().name("Reader").email("reader@mail.example")
            .ip("192.0.2.1").build();

    private static final SafeHtml BODY = Sanitizer.sanitize("<p>A comment.</p>", HtmlPolicy.comment());

    private Threads() {
    }

    static Comment c(String id, @Nullable String parent, CommentStatus status, int minute) {
        return Comment.builder().id(id).articleId("a-1001").parentId(parent).author(READER)
                .body(BODY)
                .createdAt(Samples.PUBLISHED.plusSeconds(60L * minute)).status(status).build();
    }

    static Comment ok(String id, @Nullable String parent, int minute) {
        return c(id, parent, CommentStatus.APPROVED, minute);
    }

    /** The tree as "id(depth)[children]" text, placeholders marked with "x". */
    static String shape(List<CommentThread.Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (CommentThread.Node n : nodes) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(n.comment().id()).append(n.removed() ? "x" : "");
            if (!n.replies().isEmpty()) {
                out.append('[').append(shape(n.replies())).append(']');
            }
        }
        return out.toString();
    }
}
