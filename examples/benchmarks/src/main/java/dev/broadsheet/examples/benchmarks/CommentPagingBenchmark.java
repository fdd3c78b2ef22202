package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A page of comments at the default size ({@value ArticlePage#DEFAULT_COMMENTS_PER_PAGE} comments in whole
 * threads): the article with 50 comments (its one page) against the article with 10,000 (a page in the middle of
 * its 209). The site keeps each article's {@link CommentThread} between requests, as
 * {@link ArticlePage.Builder#commentThread(CommentThread)} suggests, and builds the page object per request.
 * UTF-8 into one reused buffer.
 */
@State(Scope.Benchmark)
public class CommentPagingBenchmark {

    /** How many comments the article has. */
    @Param({"50", "10000"})
    public int comments;

    private HtmlRenderer renderer;
    private Article article;
    private CommentThread thread;
    private int commentPage;
    private Utf8Buffer buffer;

    /** Builds the article, its thread and the renderer. */
    @Setup
    public void setUp() {
        renderer = HtmlRenderer.builder().site(BenchContent.site()).build();
        article = BenchContent.article();
        thread = CommentThread.of(BenchContent.comments(comments));
        commentPage = (ArticlePage.builder(article).commentThread(thread).commentPageCount() + 1) / 2;
        buffer = new Utf8Buffer(256 * 1024);
    }

    /** @return the buffer holding the page */
    @Benchmark
    public Utf8Buffer page() {
        ArticlePage page = ArticlePage.builder(article).commentThread(thread).commentPage(commentPage)
                .csrfToken("k7Qb2xZr9f").build();
        renderer.render(page, buffer.clear());
        return buffer;
    }
}
