package dev.broadsheet.render.html;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.Threads;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One renderer, many threads: each call keeps its state in its own context, so outputs never interleave. */
class ConcurrentRenderingTest {

    @Test
    @Timeout(60)
    void oneRendererServesManyThreadsWithIdenticalOutput() throws Exception {
        HtmlRenderer renderer = HtmlRenderer.builder().site(TestContent.site()).build();
        ArticlePage page = ArticlePage.builder(TestContent.article()).comments(TestContent.comments()).build();
        ArticlePage other = ArticlePage.of(TestContent.article().toBuilder().headline("Another headline").build());
        Threads.assertSameResults(8, 300, List.of(() -> renderer.render(page), () -> renderer.render(other)));
    }
}
