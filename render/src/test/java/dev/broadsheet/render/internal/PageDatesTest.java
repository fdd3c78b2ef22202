package dev.broadsheet.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Correction;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages write their dates from the render call's array ({@link HtmlParts#isoAttr}, {@link HtmlParts#dateTimeText}),
 * not through strings: every date on a page must still read exactly as {@link DateTimeFormatter} and
 * {@link Labels} write it, in both output forms, and a part context of the host's own (which has no array) must get
 * the same markup.
 */
class PageDatesTest {

    private static final List<String> ZONES = List.of("UTC", "Asia/Baku", "America/St_Johns", "Pacific/Chatham",
            "Asia/Kolkata");

    /** Whole seconds in 1900-2100 mostly (the written path), now and then a fraction or a year past 9999. */
    private static Instant instant(SplittableRandom r) {
        int kind = r.nextInt(10);
        long seconds = kind == 9 ? r.nextLong(253_402_300_800L, 400_000_000_000L)
                : r.nextLong(-2_208_988_800L, 4_102_444_800L);
        return Instant.ofEpochSecond(seconds, kind == 8 ? 1 + r.nextInt(999_999_999) : 0);
    }

    private static String iso(Instant at, ZoneId zone) {
        return OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "ru", "ar"})
    void everyDateOnAPageReadsAsTheFormattersWriteIt(String language) {
        Labels labels = Labels.of(Locale.forLanguageTag(language));
        SplittableRandom r = new SplittableRandom(language.hashCode());
        for (int round = 0; round < 12; round++) {
            ZoneId zone = ZoneId.of(ZONES.get(round % ZONES.size()));
            Site site = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com").zone(zone)
                    .build();
            Instant published = instant(r);
            // neither may be before publication; a year or so after it, at any second or nanosecond
            Instant modified = published.plusSeconds(1 + r.nextLong(40_000_000L)).plusNanos(r.nextInt(1_000_000_000));
            Instant corrected = published.plusSeconds(1 + r.nextLong(40_000_000L));
            Article article = TestContent.article().toBuilder().publishedAt(published).modifiedAt(modified)
                    .corrections(List.of(Correction.of(corrected, "An earlier version misstated the date.")))
                    .build();
            List<Comment> comments = new ArrayList<>();
            List<Instant> commented = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Instant at = instant(r);
                comments.add(Comment.builder().id("c-" + i).articleId("a-1001")
                        .author(Commenter.builder().name("Leyla").email("leyla@mail.example").build())
                        .body(Sanitizer.sanitize("<p>Agreed.</p>", HtmlPolicy.comment()))
                        .createdAt(at).status(CommentStatus.APPROVED).build());
                commented.add(at);
            }
            // the byline's published and updated dates, the correction, then the comments, oldest first
            List<Instant> expected = new ArrayList<>(List.of(published, modified, corrected));
            commented.stream().sorted().forEach(expected::add);
            HtmlRenderer renderer = HtmlRenderer.builder().site(site).labels(labels).build();
            ArticlePage page = ArticlePage.builder(article).comments(comments).build();
            String text = renderer.render(page);
            Utf8Buffer bytes = new Utf8Buffer(1024);
            renderer.render(page, bytes);
            assertThat(new String(bytes.array(), 0, bytes.length(), StandardCharsets.UTF_8)).isEqualTo(text);

            Document doc = Jsoup.parse(text);
            List<Element> times = doc.select("time[datetime]");
            assertThat(times).hasSize(expected.size());
            for (int i = 0; i < times.size(); i++) {
                Instant at = expected.get(i);
                assertThat(times.get(i).attr("datetime")).as("datetime of %s in %s", at, zone)
                        .isEqualTo(iso(at, zone));
                assertThat(times.get(i).text()).as("text of %s in %s, %s", at, zone, language)
                        .isEqualTo(labels.dateTime(at, zone));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "ru", "ar"})
    void everyDateOnAListingReadsAsTheFormattersWriteIt(String language) {
        Labels labels = Labels.of(Locale.forLanguageTag(language));
        SplittableRandom r = new SplittableRandom(31L * language.hashCode());
        for (int round = 0; round < 6; round++) {
            ZoneId zone = ZoneId.of(ZONES.get(round % ZONES.size()));
            Site site = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com").zone(zone)
                    .build();
            List<Article> articles = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant at = instant(r);
                articles.add(TestContent.article().toBuilder().id("a-" + round + "-" + i).publishedAt(at)
                        .modifiedAt(null).corrections(List.of()).build());
                expected.add(iso(at, zone) + " " + labels.date(at, zone));
            }
            HtmlRenderer renderer = HtmlRenderer.builder().site(site).labels(labels).build();
            ListingPage page = ListingPage.home(articles);
            String text = renderer.render(page);
            Utf8Buffer bytes = new Utf8Buffer();
            renderer.render(page, bytes);
            assertThat(new String(bytes.array(), 0, bytes.length(), StandardCharsets.UTF_8)).isEqualTo(text);
            List<String> times = Jsoup.parse(text).select("time[datetime]").stream()
                    .map(t -> t.attr("datetime") + " " + t.text()).toList();
            assertThat(times).as("%s, %s", zone, language).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** A context that answers only what the date writes ask for. */
    private static PartContext hostContext(HtmlWriter out, Labels labels, Site site) {
        return (PartContext) Proxy.newProxyInstance(PartContext.class.getClassLoader(),
                new Class<?>[] {PartContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "out" -> out;
                    case "labels" -> labels;
                    case "site" -> site;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aHostsOwnPartContextGetsTheSameDatesThroughStrings() {
        SplittableRandom r = new SplittableRandom(7);
        for (String language : List.of("en", "az", "ru", "ar")) {
            Labels labels = Labels.of(Locale.forLanguageTag(language));
            for (int k = 0; k < 40; k++) {
                Instant at = instant(r);
                ZoneId zone = ZoneId.of(ZONES.get(k % ZONES.size()));
                Site site = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com").zone(zone)
                        .build();
                StringBuilder got = new StringBuilder();
                HtmlWriter out = new HtmlWriter(got);
                PartContext ctx = hostContext(out, labels, site);
                HtmlParts.time(at, "bs-published", true, ctx);
                HtmlParts.time(at, null, false, ctx);
                HtmlParts.dateTimeText(at, zone, ctx);
                StringBuilder want = new StringBuilder();
                new HtmlWriter(want).open("time").attr("class", "bs-published").attr("datetime", iso(at, zone))
                        .close().text(labels.dateTime(at, zone)).end("time")
                        .open("time").attr("datetime", iso(at, zone)).close().text(labels.date(at, zone)).end("time")
                        .text(labels.dateTime(at, zone));
                assertThat(got.toString()).as("%s in %s, %s", at, zone, language).isEqualTo(want.toString());
            }
        }
    }
}
