package dev.broadsheet.comments;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Samples;
import dev.broadsheet.clock.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Submissions for moderation tests: a published article, a clock two hours after publication, a known author. */
final class Posts {

    static final String EMAIL = "samir@mail.example";
    static final String IP = "203.0.113.7";
    static final String KEY = "author-key-7f3a";

    final TestClock clock = new TestClock(Samples.PUBLISHED.plus(Duration.ofHours(2)));
    final Article article = Samples.article();
    private final AtomicInteger ids = new AtomicInteger();

    Comment comment(String html) {
        return comment(html, null, Commenter.builder().name("Samir").email(EMAIL).ip(IP).build());
    }

    Comment comment(String html, @Nullable String parent, Commenter author) {
        return Comment.builder().id("c-" + ids.incrementAndGet()).articleId(article.id()).parentId(parent)
                .author(author).body(Sanitizer.sanitize(html, HtmlPolicy.comment())).createdAt(clock.instant())
                .build();
    }

    /** A known author's submission, with no honeypot and no stamp. */
    Submission.Builder post(String html) {
        return post(comment(html));
    }

    Submission.Builder post(Comment comment) {
        return Submission.builder().comment(comment).article(article).authorKey(KEY).knownAuthor(true);
    }
}
