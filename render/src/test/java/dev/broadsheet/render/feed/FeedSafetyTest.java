package dev.broadsheet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.Hostile;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Threads;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.testing.Xml;
import dev.broadsheet.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/** Hostile content stays text, unpublished and private content never appears, and limits are named and enforced. */
class FeedSafetyTest {

    private static final Site HOSTILE_SITE = Hostile.site("https://news.example.com");

    private static FeedRenderer hostile(FeedFormat format, boolean fullText) {
        return FeedRenderer.builder().site(HOSTILE_SITE).format(format).fullTextForPaywalled(fullText)
                .clock(Fixtures.CLOCK).build();
    }

    /** Markup a reader would show: it holds no script, no event handler and no javascript: URL. */
    private static void assertHarmless(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("script, svg, iframe[src^=javascript]")).isEmpty();
        d.getAllElements().forEach(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on");
            assertThat(a.getValue().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript:");
        }));
    }

    @Test
    void aHostileRssFeedKeepsEveryStringAsText() throws Exception {
        Article a = Hostile.article();
        String out = hostile(FeedFormat.RSS, true).render(Feed.home(List.of(a)).build());
        org.w3c.dom.Document doc = Xml.parse(out);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        Channel ch = (Channel) new WireFeedInput().build(new StringReader(out));
        assertThat(ch.getTitle()).isEqualTo(HOSTILE_SITE.name());
        Item item = ch.getItems().get(0);
        assertThat(item.getTitle()).isEqualTo(a.headline());
        // the description is HTML that, once parsed, is the summary as text
        assertThat(Jsoup.parseBodyFragment(item.getDescription().getValue()).body().text())
                .isEqualTo(Jsoup.parseBodyFragment("x").body().text().replace("x", "")
                        + a.description().orElseThrow().replaceAll("\\s+", " ").strip());
        assertHarmless(item.getDescription().getValue());
        assertHarmless(item.getContent().getValue());
        NodeList creators = doc.getElementsByTagNameNS(RssWriter.DC, "creator");
        assertThat(creators.getLength()).isEqualTo(1);
        assertThat(creators.item(0).getTextContent()).isEqualTo(a.authors().get(0).person().name());
    }

    @Test
    void aHostileAtomFeedKeepsEveryStringAsText() throws Exception {
        Article a = Hostile.article();
        String out = hostile(FeedFormat.ATOM, true).render(Feed.home(List.of(a)).build());
        org.w3c.dom.Document doc = Xml.parse(out);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS(RssWriter.ATOM, "title").item(1).getTextContent())
                .isEqualTo(a.headline());
        assertThat(doc.getElementsByTagNameNS(RssWriter.ATOM, "summary").item(0).getTextContent())
                .isEqualTo(a.description().orElseThrow());
        assertHarmless(doc.getElementsByTagNameNS(RssWriter.ATOM, "content").item(0).getTextContent());
        assertThat(AtomSchema.problems(out)).isEmpty();
    }

    @Test
    void aHostileJsonFeedKeepsEveryStringAsText() throws Exception {
        Article a = Hostile.article();
        String out = hostile(FeedFormat.JSON_FEED, true).render(Feed.home(List.of(a)).build());
        JsonNode item = new ObjectMapper().readTree(out).get("items").get(0);
        assertThat(item.get("title").asText()).isEqualTo(a.headline());
        assertThat(item.get("summary").asText()).isEqualTo(a.description().orElseThrow());
        assertHarmless(item.get("content_html").asText());
        assertThat(out).doesNotContain("\u2028").doesNotContain("\u2029");
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void draftsScheduledAndWithdrawnPiecesNeverAppear(FeedFormat format) {
        List<Article> hidden = List.of(Fixtures.draft(), Fixtures.scheduled(), Fixtures.withdrawn());
        String out = FeedCases.renderer(format).render(Feed.home(hidden).build());
        for (Article a : hidden) {
            assertThat(out).doesNotContain(a.headline()).doesNotContain(a.slug());
        }
        assertThat(FeedCases.renderer(format).items(Feed.home(hidden).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void aPublishedArticleDatedAfterNowWaits(FeedFormat format) {
        Article later = Fixtures.foreignAffairs().toBuilder().publishedAt(Fixtures.NOW.plusSeconds(60))
                .modifiedAt(null).corrections(null).build();
        assertThat(FeedCases.renderer(format).items(Feed.home(List.of(later)).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void aPaywalledArticleGivesOnlyItsSummaryUnlessTheSiteOptsIn(FeedFormat format) {
        Article paid = Fixtures.paywalled();
        String lastParagraph = Jsoup.parseBodyFragment(paid.body().html()).select("p").last().text();
        Feed feed = Feed.home(List.of(paid)).build();
        assertThat(FeedCases.renderer(format).render(feed)).doesNotContain(lastParagraph);
        FeedRenderer full = FeedRenderer.builder().site(FeedCases.SITE).format(format).clock(Fixtures.CLOCK)
                .fullTextForPaywalled(true).build();
        String withBody = full.render(feed);
        assertThat(format == FeedFormat.JSON_FEED ? withBody : unescapeXml(withBody))
                .contains(lastParagraph.substring(0, Math.min(40, lastParagraph.length())));
    }

    private static String unescapeXml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void relativeUrlsInABodyBecomeAbsoluteAgainstTheCanonicalUrl(FeedFormat format) throws Exception {
        Article a = Fixtures.foreignAffairs().toBuilder().body(Sanitizer.sanitize(
                "<p><a href=\"/about\">about</a> <a href=\"#n1\">note</a> <a href=\"other\">sibling</a></p>"
                        + "<p><img src=\"img/map.png\" srcset=\"img/map.png 1x, /img/map@2x.png 2x\" alt=\"map\"></p>",
                HtmlPolicy.article())).build();
        String out = FeedCases.renderer(format).render(Feed.home(List.of(a)).build());
        String body = format == FeedFormat.JSON_FEED
                ? new ObjectMapper().readTree(out).get("items").get(0).get("content_html").asText()
                : Xml.parse(out).getElementsByTagNameNS(format == FeedFormat.RSS ? RssWriter.CONTENT : RssWriter.ATOM,
                        format == FeedFormat.RSS ? "encoded" : "content").item(0).getTextContent();
        Document d = Jsoup.parseBodyFragment(body);
        String base = "https://news.example.com/articles/";
        assertThat(d.select("a").eachAttr("href")).containsExactly("https://news.example.com/about", "#n1",
                base + "other");
        assertThat(d.select("img").attr("src")).isEqualTo(base + "img/map.png");
        assertThat(d.select("img").attr("srcset"))
                .isEqualTo(base + "img/map.png 1x, https://news.example.com/img/map@2x.png 2x");
    }

    @ParameterizedTest
    @MethodSource("dev.broadsheet.render.feed.FeedCases#feeds")
    void bytesAreTheUtf8OfTheText(Feed feed) {
        for (FeedFormat format : FeedFormat.values()) {
            FeedRenderer r = FeedCases.renderer(format);
            byte[] text = r.render(feed).getBytes(StandardCharsets.UTF_8);
            Utf8Buffer buffer = new Utf8Buffer(16);
            r.render(feed, buffer);
            assertThat(buffer.toByteArray()).isEqualTo(text);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            r.render(feed, stream);
            assertThat(stream.toByteArray()).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void hostileBytesAreTheUtf8OfTheText(FeedFormat format) {
        FeedRenderer r = hostile(format, true);
        Feed feed = Feed.home(List.of(Hostile.article())).build();
        Utf8Buffer buffer = new Utf8Buffer();
        r.render(feed, buffer);
        assertThat(buffer.toByteArray()).isEqualTo(r.render(feed).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theItemCountIsTwentyByDefaultAtMostFiveHundredAndNamedInTheError() {
        List<Article> many = new ArrayList<>();
        Article base = Fixtures.foreignAffairs();
        IntStream.range(0, 600).forEach(i -> many.add(base.toBuilder().id("many-" + i).slug("many-" + i)
                .publishedAt(base.publishedAt().orElseThrow().plusSeconds(i)).build()));
        Feed feed = Feed.home(many).build();
        assertThat(FeedCases.renderer(FeedFormat.RSS).items(feed)).hasSize(FeedRenderer.DEFAULT_ITEMS)
                .first().extracting(Article::id).isEqualTo("many-599");
        FeedRenderer most = FeedRenderer.builder().site(FeedCases.SITE).clock(Fixtures.CLOCK)
                .itemCount(FeedRenderer.MAX_ITEMS).build();
        assertThat(most.items(feed)).hasSize(500);
        assertThatThrownBy(() -> FeedRenderer.builder().itemCount(501))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemCount")
                .hasMessageContaining("501");
        assertThatThrownBy(() -> FeedRenderer.builder().itemCount(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemCount");
    }

    @Test
    void badFeedValuesAreAllReportedAtOnce() {
        assertThatThrownBy(() -> Feed.home(java.util.Arrays.asList(Fixtures.foreignAffairs(), null))
                .selfUrl("javascript:alert(1)").next("/relative").title("x".repeat(Feed.MAX_TITLE + 1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).contains("/articles/1", "/selfUrl", "/next", "/title"));
        assertThatThrownBy(() -> FeedRenderer.builder().site(FeedCases.SITE).hub("ftp://hub.example/").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("/hub");
        assertThatThrownBy(() -> FeedRenderer.builder().tagUriDate("yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yesterday");
    }

    @Test
    void correctionsMoveAnEntrysUpdatedDate() throws Exception {
        Article corrected = Fixtures.corrected();
        var latest = corrected.corrections().stream().map(c -> c.at()).max(java.time.Instant::compareTo)
                .orElseThrow();
        String out = FeedCases.renderer(FeedFormat.ATOM).render(Feed.home(List.of(corrected)).build());
        assertThat(Xml.parse(out).getElementsByTagNameNS(RssWriter.ATOM, "updated").item(1).getTextContent())
                .isEqualTo(latest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }

    @Test
    void tagUrisAreStableIds() throws Exception {
        FeedRenderer r = FeedRenderer.builder().site(FeedCases.SITE).format(FeedFormat.ATOM).clock(Fixtures.CLOCK)
                .tagUriDate("2026").build();
        Article a = Fixtures.foreignAffairs();
        String out = r.render(Feed.home(List.of(a)).build());
        assertThat(Xml.parse(out).getElementsByTagNameNS(RssWriter.ATOM, "id").item(1).getTextContent())
                .isEqualTo("tag:news.example.com,2026:" + a.id());
        assertThat(AtomSchema.problems(out)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void aBodysKeptFeedFormGivesTheSameFeedsAsAFreshBody(FeedFormat format) {
        FeedRenderer r = FeedCases.renderer(format);
        List<Feed> feeds = new ArrayList<>(FeedCases.all());
        Collections.reverse(feeds); // small feeds first, then the home feed, whose bodies they carried, then again
        feeds.addAll(FeedCases.all());
        for (Feed f : feeds) {
            String again = r.render(f);
            assertThat(again).isEqualTo(r.render(withFreshBodies(f)));
            Utf8Buffer bytes = new Utf8Buffer();
            r.render(f, bytes);
            assertThat(bytes.toByteArray()).isEqualTo(again.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The same feed of copies of its articles whose bodies were sanitized again: nothing kept on them yet. */
    private static Feed withFreshBodies(Feed f) {
        List<Article> fresh = f.articles().stream().map(a -> a.toBuilder()
                .body(Sanitizer.sanitize(a.body().html(), HtmlPolicy.article())).build()).toList();
        return switch (f.kind()) {
            case HOME -> Feed.home(fresh).build();
            case SECTION -> Feed.section(f.section().orElseThrow(), fresh).build();
            case TAG -> Feed.tag(f.tag().orElseThrow(), fresh).build();
            case AUTHOR -> Feed.author(f.author().orElseThrow(), fresh).build();
        };
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void oneBodyUnderTwoUrlsIsMadeAbsoluteAgainstEach(FeedFormat format) {
        var body = Sanitizer.sanitize("<p><a href=\"notes\">notes</a></p>", HtmlPolicy.article());
        Article first = Fixtures.foreignAffairs().toBuilder().body(body).build();
        Article second = first.toBuilder().canonicalUrl("https://news.example.com/2026/elsewhere").build();
        FeedRenderer r = FeedCases.renderer(format);
        for (int round = 0; round < 2; round++) {
            String one = r.render(Feed.home(List.of(first)).build());
            String two = r.render(Feed.home(List.of(second)).build());
            assertThat(one).contains("https://news.example.com/articles/notes").doesNotContain("2026/notes");
            assertThat(two).contains("https://news.example.com/2026/notes").doesNotContain("articles/notes");
        }
    }

    @Test
    void oneRendererServesManyThreads() throws Exception {
        List<Supplier<String>> calls = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            FeedRenderer r = FeedCases.renderer(format);
            for (Feed feed : FeedCases.all().subList(0, 6)) {
                calls.add(() -> r.render(feed));
            }
        }
        Threads.assertSameResults(4, 40, calls);
    }
}
