package dev.broadsheet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.render.Hostile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Atom feed is valid against the RELAX NG schema of RFC 4287. */
class AtomSchemaTest {

    @ParameterizedTest
    @MethodSource("dev.broadsheet.render.feed.FeedCases#feeds")
    void everyFixtureFeedIsValidAtom(Feed feed) throws Exception {
        assertThat(AtomSchema.problems(FeedCases.renderer(FeedFormat.ATOM).render(feed))).isEmpty();
    }

    @Test
    void aHostileFeedWithArchiveLinksAndAHubIsValidAtom() throws Exception {
        FeedRenderer r = FeedRenderer.builder().site(Hostile.site("https://news.example.com"))
                .format(FeedFormat.ATOM).hub("https://hub.example/").fullTextForPaywalled(true)
                .tagUriDate("2026-01-01").clock(Fixtures.CLOCK).build();
        Feed feed = Feed.home(List.of(Hostile.article())).next("https://news.example.com/atom.xml?page=2")
                .prevArchive("https://news.example.com/archive/2026-08.xml")
                .current("https://news.example.com/atom.xml").build();
        assertThat(AtomSchema.problems(r.render(feed))).isEmpty();
    }

    @Test
    void theCheckRejectsAnEntryWithoutIdOrAuthor() throws Exception {
        String broken = "<feed xmlns='http://www.w3.org/2005/Atom'><id>x</id><title>t</title>"
                + "<updated>2026-01-01T00:00:00Z</updated><entry><title>e</title>"
                + "<updated>2026-01-01T00:00:00Z</updated></entry></feed>";
        assertThat(AtomSchema.problems(broken)).hasSizeGreaterThanOrEqualTo(3);
    }
}
