package dev.broadsheet.render.feed;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Person;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.internal.ArticleDates;
import dev.broadsheet.text.Excerpts;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One render call: the items chosen for a feed, with their URLs, dates and texts, and the feed's own values. */
final class FeedCall {

    /** One item of the feed. */
    record Item(Article article, String url, String id, Instant published, Instant updated, String summary,
            @Nullable FeedBody content, List<Person> authors) {
    }

    final Site site;
    final Links links;
    final FeedFormat format;
    final Feed feed;
    final @Nullable String hub;
    final String title;
    final String description;
    final String pageUrl;
    final String selfUrl;
    final String feedId;
    final Instant updated;
    final List<Item> items;

    FeedCall(Site site, Links links, FeedFormat format, Feed feed, int itemCount, boolean fullTextForPaywalled,
            @Nullable String hub, Instant now, @Nullable String tagUriDate) {
        this.site = site;
        this.links = links;
        this.format = format;
        this.feed = feed;
        this.hub = hub;
        this.pageUrl = switch (feed.kind()) {
            case HOME -> links.home();
            case SECTION -> links.section(feed.section().orElseThrow(), 1);
            case TAG -> links.tag(feed.tag().orElseThrow(), 1);
            case AUTHOR -> links.author(feed.author().orElseThrow());
        };
        String subject = switch (feed.kind()) {
            case HOME -> null;
            case SECTION -> feed.section().orElseThrow().name();
            case TAG -> feed.tag().orElseThrow().name();
            case AUTHOR -> feed.author().orElseThrow().name();
        };
        this.title = feed.title().orElse(subject == null ? site.name() : subject + " \u2013 " + site.name());
        String about = switch (feed.kind()) {
            case HOME -> site.description().orElse(null);
            case SECTION -> feed.section().orElseThrow().description().orElse(null);
            case TAG -> feed.tag().orElseThrow().description().orElse(null);
            case AUTHOR -> feed.author().orElseThrow().bio().map(Excerpts::of).orElse(null);
        };
        this.description = about == null || about.isBlank() ? title : about;
        this.selfUrl = feed.selfUrl().orElseGet(() -> links.feed(pageUrl, format.fileName()));
        String host = URI.create(site.baseUrl()).getHost();
        this.feedId = tagUriDate == null ? selfUrl
                : "tag:" + host + "," + tagUriDate + ":feed/" + feed.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + subjectSlug(feed);
        List<Article> shown = new ArrayList<>();
        for (Article a : feed.articles()) {
            if (a.status() == ArticleStatus.PUBLISHED && a.publishedAt().isPresent()
                    && !a.publishedAt().get().isAfter(now)) {
                shown.add(a);
            }
        }
        shown.sort(Comparator.comparing((Article a) -> a.publishedAt().orElseThrow()).reversed());
        List<Item> list = new ArrayList<>(Math.min(itemCount, shown.size()));
        Instant latest = null;
        for (Article a : shown.subList(0, Math.min(itemCount, shown.size()))) {
            String url = a.canonicalUrl().orElseGet(() -> links.article(a));
            String id = tagUriDate == null ? url : "tag:" + host + "," + tagUriDate + ":" + a.id();
            Instant published = a.publishedAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS);
            Instant upd = ArticleDates.updated(a);
            FeedBody content = a.paywalled() && !fullTextForPaywalled ? null : FeedBody.of(a.body(), url);
            list.add(new Item(a, url, id, published, upd, summary(a), content, people(a)));
            if (latest == null || upd.isAfter(latest)) {
                latest = upd;
            }
        }
        this.items = List.copyOf(list);
        this.updated = latest == null ? now.truncatedTo(ChronoUnit.SECONDS) : latest;
    }

    private static String subjectSlug(Feed feed) {
        return switch (feed.kind()) {
            case HOME -> "";
            case SECTION -> "/" + feed.section().orElseThrow().slug();
            case TAG -> "/" + feed.tag().orElseThrow().slug();
            case AUTHOR -> "/" + feed.author().orElseThrow().slug();
        };
    }

    /** The article's summary as plain text: its description, else its dek, else the opening of its body. */
    static String summary(Article a) {
        if (a.description().isPresent()) {
            return a.description().get();
        }
        if (a.dek().isPresent()) {
            return a.dek().get();
        }
        SafeHtml body = a.body();
        return body.excerpt();
    }

    /** The people credited as authors; everyone on the byline when none has the author role. */
    static List<Person> people(Article a) {
        List<Person> authors = new ArrayList<>();
        for (Byline b : a.authors()) {
            if (b.role().isAuthor()) {
                authors.add(b.person());
            }
        }
        if (authors.isEmpty()) {
            for (Byline b : a.authors()) {
                authors.add(b.person());
            }
        }
        return authors;
    }
}
