package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.TestContent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        String expected = renderer.render(page);
        String expectedOther = renderer.render(other);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        boolean first = (i + thread) % 2 == 0;
                        String out = renderer.render(first ? page : other);
                        if (!out.equals(first ? expected : expectedOther)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
