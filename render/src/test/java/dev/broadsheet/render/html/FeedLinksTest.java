package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.RenderCases;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.feed.Feed;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import dev.broadsheet.testing.NuChecker;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Pages announce the site's feeds, and a listing's own, at the URLs the feed renderer gives those feeds. */
class FeedLinksTest {

    private static final Site SITE = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com")
            .feeds(FeedFormat.RSS, FeedFormat.ATOM, FeedFormat.RSS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().site(SITE).build();

    private static List<String> alternates(String html) {
        Document d = Jsoup.parse(html);
        return d.head().select("link[rel=alternate]").stream()
                .map(l -> l.attr("type") + " " + l.attr("title") + " " + l.attr("href")).toList();
    }

    @Test
    void anArticleLinksTheSiteFeedsOnceEach() {
        String html = renderer.render(RenderCases.pages().get("article with comments"));
        assertThat(alternates(html)).containsExactly(
                "application/rss+xml The Caspian Ledger https://news.example.com/feed.xml",
                "application/atom+xml The Caspian Ledger https://news.example.com/atom.xml");
        assertThat(NuChecker.check(html)).isEmpty();
    }

    @Test
    void aListingAlsoLinksItsOwnFeedsFromEveryPage() {
        Page second = RenderCases.pages().get("section page 2 of 3");
        String html = renderer.render(second);
        List<String> links = alternates(html);
        assertThat(links).hasSize(4);
        assertThat(links.get(2)).startsWith("application/rss+xml ").endsWith(" https://news.example.com/section/azerbaijan/feed.xml")
                .contains(" \u2013 The Caspian Ledger");
        assertThat(NuChecker.check(html)).isEmpty();

        String tag = renderer.render(RenderCases.pages().get("tag"));
        assertThat(alternates(tag)).contains(
                "application/atom+xml Tag: Karabakh \u2013 The Caspian Ledger https://news.example.com/tag/karabakh/atom.xml");
    }

    @Test
    void theLinksNameTheUrlsTheFeedRendererGivesItsFeeds() {
        FeedRenderer rss = FeedRenderer.builder().site(SITE).format(FeedFormat.RSS).build();
        String home = renderer.render(RenderCases.pages().get("home"));
        assertThat(alternates(home).get(0)).endsWith(" " + rss.selfUrl(Feed.home(List.of()).build()));
        assertThat(Links.under("https://x.example").feed("https://x.example/tag/a/?page=3", "feed.json"))
                .isEqualTo("https://x.example/tag/a/feed.json");
    }

    @Test
    void noFeedsAreAnnouncedUnlessTheSiteNamesThemNorOnAmpPages() {
        String plain = HtmlRenderer.builder().site(TestContent.site()).build()
                .render(RenderCases.pages().get("article with comments"));
        assertThat(alternates(plain)).isEmpty();
        String amp = AmpRenderer.builder(renderer).build()
                .render((dev.broadsheet.render.ArticlePage) RenderCases.pages().get("article with comments"));
        assertThat(alternates(amp)).isEmpty();
    }
}
