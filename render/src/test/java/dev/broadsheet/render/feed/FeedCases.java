package dev.broadsheet.render.feed;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The fixtures' feeds — home, every section, tag and author — and what each must show, worked out apart from the renderer. */
final class FeedCases {

    static final Site SITE = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com")
            .description("Independent news from the South Caucasus").language("en").build();

    private FeedCases() {
    }

    static FeedRenderer renderer(FeedFormat format) {
        return FeedRenderer.builder().site(SITE).format(format).clock(Fixtures.CLOCK).build();
    }

    /** Every feed the fixtures make, each given all its candidates (drafts, scheduled and withdrawn included). */
    static List<Feed> all() {
        List<Article> articles = Fixtures.articles();
        List<Feed> feeds = new ArrayList<>();
        feeds.add(Feed.home(articles).build());
        for (Section s : Fixtures.sections()) {
            feeds.add(Feed.section(s, articles.stream().filter(a -> a.section().map(x -> x.path().stream()
                    .anyMatch(p -> p.slug().equals(s.slug()))).orElse(false)).toList()).build());
        }
        for (Tag t : Fixtures.tags()) {
            feeds.add(Feed.tag(t, articles.stream().filter(a -> a.tags().stream()
                    .anyMatch(x -> x.slug().equals(t.slug()))).toList()).build());
        }
        for (Person p : Fixtures.people()) {
            feeds.add(Feed.author(p, articles.stream().filter(a -> a.authors().stream()
                    .anyMatch(b -> b.person().slug().equals(p.slug()))).toList()).build());
        }
        return feeds;
    }

    static Stream<Feed> feeds() {
        return all().stream();
    }

    /** What a feed must show: published before the fixtures' now, newest first, at most {@code limit}. */
    static List<Article> expected(Feed feed, int limit) {
        return feed.articles().stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .filter(a -> !a.publishedAt().orElseThrow().isAfter(Fixtures.NOW))
                .sorted(Comparator.comparing((Article a) -> a.publishedAt().orElseThrow()).reversed())
                .limit(limit).toList();
    }

    static String url(Article a) {
        return a.canonicalUrl().orElse(SITE.baseUrl() + "/articles/" + a.slug());
    }

    static List<String> authorNames(Article a) {
        List<String> names = a.authors().stream().filter(b -> b.role().isAuthor()).map(b -> b.person().name())
                .toList();
        return names.isEmpty() ? a.authors().stream().map(Byline::person).map(Person::name).toList() : names;
    }
}
