package dev.broadsheet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.Oracles;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture feed, read back by Rome (RSS, Atom) and Jackson (JSON Feed), holds what the model says it must. */
class FeedOracleTest {

    private static Instant published(Article a) {
        return a.publishedAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS);
    }

    @ParameterizedTest
    @MethodSource("dev.broadsheet.render.feed.FeedCases#feeds")
    void rssReadByRomeHoldsTheModelsItems(Feed feed) throws Exception {
        FeedRenderer r = FeedCases.renderer(FeedFormat.RSS);
        Channel ch = (Channel) new WireFeedInput().build(new StringReader(r.render(feed)));
        List<Article> expected = FeedCases.expected(feed, FeedRenderer.DEFAULT_ITEMS);
        assertThat(ch.getItems()).hasSize(expected.size());
        assertThat(ch.getLanguage()).isEqualTo("en");
        for (int i = 0; i < expected.size(); i++) {
            Article a = expected.get(i);
            Item item = ch.getItems().get(i);
            assertThat(item.getTitle()).isEqualTo(a.headline());
            assertThat(item.getLink()).isEqualTo(FeedCases.url(a));
            assertThat(item.getGuid().getValue()).isEqualTo(FeedCases.url(a));
            assertThat(item.getGuid().isPermaLink()).isTrue();
            assertThat(item.getPubDate().toInstant()).isEqualTo(published(a));
            DCModule dc = (DCModule) item.getModule(DCModule.URI);
            assertThat(dc.getCreators()).containsExactlyElementsOf(FeedCases.authorNames(a));
            List<String> categories = new ArrayList<>();
            a.section().ifPresent(s -> categories.add(s.name()));
            a.tags().forEach(t -> categories.add(t.name()));
            assertThat(item.getCategories()).extracting(c -> c.getValue()).containsExactlyElementsOf(categories);
            if (a.paywalled()) {
                assertThat(item.getContent()).isNull();
            } else {
                assertThat(item.getContent().getValue()).isEqualTo(a.body().html());
            }
            assertThat(item.getModules()).extracting(m -> m.getUri())
                    .contains(DCModule.URI);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.broadsheet.render.feed.FeedCases#feeds")
    void atomReadByRomeHoldsTheModelsEntries(Feed feed) throws Exception {
        FeedRenderer r = FeedCases.renderer(FeedFormat.ATOM);
        String xml = r.render(feed);
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(new StringReader(xml));
        List<Article> expected = FeedCases.expected(feed, FeedRenderer.DEFAULT_ITEMS);
        assertThat(atom.getEntries()).hasSize(expected.size());
        assertThat(atom.getOtherLinks()).extracting(Link::getRel).contains("self");
        assertThat(atom.getOtherLinks()).filteredOn(l -> l.getRel().equals("self")).extracting(Link::getHref)
                .containsExactly(r.selfUrl(feed));
        Instant newest = expected.stream().map(Oracles::updated).max(Instant::compareTo)
                .orElse(dev.broadsheet.fixtures.Fixtures.NOW);
        assertThat(atom.getUpdated().toInstant()).isEqualTo(newest);
        for (int i = 0; i < expected.size(); i++) {
            Article a = expected.get(i);
            Entry e = atom.getEntries().get(i);
            assertThat(e.getTitle()).isEqualTo(a.headline());
            assertThat(e.getId()).isEqualTo(FeedCases.url(a));
            assertThat(e.getAlternateLinks()).extracting(Link::getHref).containsExactly(FeedCases.url(a));
            assertThat(e.getPublished().toInstant()).isEqualTo(published(a));
            assertThat(e.getUpdated().toInstant()).isEqualTo(Oracles.updated(a));
            assertThat(e.getAuthors()).extracting(p -> p.getName()).containsExactlyElementsOf(
                    FeedCases.authorNames(a));
            assertThat(e.getAuthors()).allSatisfy(p -> assertThat(p.getUri()).startsWith(
                    "https://news.example.com/author/"));
            if (a.paywalled()) {
                assertThat(e.getContents()).isEmpty();
            } else {
                assertThat(e.getContents()).singleElement().satisfies(c -> {
                    assertThat(c.getType()).isEqualTo("html");
                    assertThat(c.getValue()).isEqualTo(a.body().html());
                });
            }
            assertThat(e.getSummary().getValue()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.broadsheet.render.feed.FeedCases#feeds")
    void jsonFeedReadByJacksonHoldsTheModelsItems(Feed feed) throws Exception {
        FeedRenderer r = FeedCases.renderer(FeedFormat.JSON_FEED);
        JsonNode json = new ObjectMapper().readTree(r.render(feed));
        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("feed_url").asText()).isEqualTo(r.selfUrl(feed));
        List<Article> expected = FeedCases.expected(feed, FeedRenderer.DEFAULT_ITEMS);
        JsonNode items = json.get("items");
        assertThat(items).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Article a = expected.get(i);
            JsonNode item = items.get(i);
            assertThat(item.get("id").asText()).isEqualTo(FeedCases.url(a));
            assertThat(item.get("url").asText()).isEqualTo(FeedCases.url(a));
            assertThat(item.get("title").asText()).isEqualTo(a.headline());
            assertThat(Instant.parse(item.get("date_published").asText())).isEqualTo(published(a));
            Instant modified = item.has("date_modified") ? Instant.parse(item.get("date_modified").asText())
                    : published(a);
            assertThat(modified).isEqualTo(Oracles.updated(a));
            List<String> names = new ArrayList<>();
            item.get("authors").forEach(n -> names.add(n.get("name").asText()));
            assertThat(names).containsExactlyElementsOf(FeedCases.authorNames(a));
            if (a.paywalled()) {
                assertThat(item.has("content_html")).isFalse();
                assertThat(item.get("content_text").asText()).isNotBlank();
            } else {
                assertThat(item.get("content_html").asText()).isEqualTo(a.body().html());
            }
        }
    }
}
