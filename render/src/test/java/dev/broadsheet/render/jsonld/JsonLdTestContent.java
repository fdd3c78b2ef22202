package dev.broadsheet.render.jsonld;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.TestContent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content for the JSON-LD tests, richer than {@link TestContent}: an article with every field the graph uses, a
 * paywalled article, a bare one, and the listing pages. Every value is fixed, so the golden files are stable.
 */
final class JsonLdTestContent {

    static final Instant PUBLISHED = Instant.parse("2026-09-21T14:05:00Z");

    private JsonLdTestContent() {
    }

    static Site site() {
        return Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com")
                .description("Independent news from the South Caucasus").zone("Asia/Baku")
                .publisherName("Caspian Ledger Media")
                .logo(Image.builder().url("https://news.example.com/logo.png").alt("The Caspian Ledger")
                        .size(600, 60).build())
                .publishingPrinciples("https://news.example.com/about/standards")
                .correctionsPolicy("https://news.example.com/about/corrections")
                .socialProfiles(List.of("https://social.example/@ledger", "https://video.example/caspianledger"))
                .twitterHandle("@ledger").build();
    }

    static Section world() {
        return Section.builder().name("World").description("News from around the world").build();
    }

    static Section azerbaijan() {
        return Section.builder().name("Azerbaijan news").slug("azerbaijan").parent(world())
                .description("Politics, economy and society in Azerbaijan").build();
    }

    static Person rauf() {
        return Person.builder().name("Rauf Həsənov").jobTitle("Washington correspondent")
                .bio("Rauf covers US policy towards the South Caucasus from Washington.")
                .sameAs(List.of("https://social.example/@rauf", "https://en.wikipedia.example/wiki/Rauf_Hasanov"))
                .image(Image.builder().url("https://img.example.com/people/rauf-400.jpg").alt("Rauf Həsənov")
                        .size(400, 400).build())
                .build();
    }

    static Person aynur() {
        return Person.builder().name("Aynur Məmmədova").url("https://aynur.example/about").build();
    }

    static Person nigar() {
        return Person.of("Nigar Əliyeva");
    }

    static Person editor() {
        return Person.builder().name("Tural Quliyev").jobTitle("Foreign editor").build();
    }

    static Image featuredImage() {
        return Image.builder().url("https://img.example.com/border-1600x900.jpg")
                .alt("A mountain road near the border").caption("A road near the border, September 2026.")
                .credit("Photo: Nigar Əliyeva").size(1600, 900)
                .addRendition(new Image.Rendition("https://img.example.com/border-800x450.jpg", 800, 450))
                .addRendition(new Image.Rendition("https://img.example.com/border-1200x900.jpg", 1200, 900))
                .addRendition(new Image.Rendition("https://img.example.com/border-1080x1080.jpg", 1080, 1080))
                .addRendition(new Image.Rendition("https://img.example.com/border-150x150.jpg", 150, 150))
                .build();
    }

    /** Every field the graph reads: bylines in four roles, renditions, tags, credit, corrections, comments. */
    static Article richArticle() {
        return Article.builder()
                .id("a-1001")
                .headline("Senators question security cooperation with Baku")
                .dek("Eight senators wrote to the Secretary of State and the Secretary of Defense")
                .description("Eight US senators asked whether security assistance to Azerbaijan was used "
                        + "against Armenia.")
                .section(azerbaijan())
                .addByline(new Byline(rauf(), Byline.Role.CORRESPONDENT))
                .addByline(Byline.author(aynur()))
                .addByline(new Byline(nigar(), Byline.Role.PHOTOGRAPHER))
                .addByline(new Byline(editor(), Byline.Role.EDITOR))
                .body(Sanitizer.sanitize("<p>Eight senators sent a letter on Monday to the "
                        + "<a href=\"https://www.state.gov\">State Department</a>.</p>"
                        + "<blockquote><p>We want to know whether assistance was provided.</p></blockquote>"
                        + "<p>The administration was given two weeks to respond.</p>", HtmlPolicy.article()))
                .featuredImage(featuredImage())
                .addTag(Tag.of("Karabakh"))
                .addTag(Tag.of("US foreign policy"))
                .addTag(Tag.of("Senate"))
                .language("en")
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED)
                .modifiedAt(PUBLISHED.plusSeconds(3 * 3600))
                .credit(Credit.of("Turan", "https://turan.example", "WASHINGTON"))
                .addCorrection(Correction.of(PUBLISHED.plusSeconds(7200),
                        "An earlier version misstated the date of the letter."))
                .addCorrection(Correction.of(PUBLISHED.plusSeconds(3 * 3600),
                        "An earlier version misspelled a senator's name."))
                .build();
    }

    /** Approved comments, a reply, spam, and a pending comment whose approved reply stays. */
    static List<Comment> richComments() {
        return List.of(
                comment("c-1", null, "Samir", "<p>Thanks for the <b>report</b>.</p>", 600, CommentStatus.APPROVED),
                comment("c-2", "c-1", "Leyla", "<p>Agreed.</p>", 1200, CommentStatus.APPROVED),
                comment("c-3", null, "Spammer", "<p>Buy now</p>", 1800, CommentStatus.SPAM),
                comment("c-4", null, "Pending", "<p>Not yet public</p>", 2400, CommentStatus.PENDING),
                comment("c-5", "c-4", "Orxan", "<p>A reply that stays.</p>", 3000, CommentStatus.APPROVED),
                comment("c-6", null, "Günel", "<p>Two weeks is not long.</p>", 3600, CommentStatus.APPROVED));
    }

    static ArticlePage richPage() {
        return ArticlePage.builder(richArticle()).comments(richComments()).build();
    }

    /** A paywalled article whose body runs past the free preview; comments closed. */
    static Article paywalledArticle() {
        return Article.builder()
                .id("a-1002")
                .headline("Gas exports reach a record as new pipeline opens")
                .description("Azerbaijan's gas exports to Europe reached a record in August.")
                .section(Section.builder().name("Business").build())
                .addAuthor(aynur())
                .body(Sanitizer.sanitize("<p>Gas exports reached a record in August.</p>"
                        + "<p>The new pipeline carried its first gas on Friday.</p>"
                        + "<p>Analysts expect volumes to grow further next year.</p>"
                        + "<p>The ministry did not comment on prices.</p>", HtmlPolicy.article()))
                .featuredImage(Image.builder().url("https://img.example.com/pipeline-1200x675.jpg")
                        .alt("A gas pipeline crossing a field").size(1200, 675).build())
                .addTag(Tag.of("Energy"))
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED.plusSeconds(86_400))
                .paywalled(true)
                .commentMode(CommentMode.CLOSED)
                .build();
    }

    static ArticlePage paywalledPage() {
        return ArticlePage.builder(paywalledArticle())
                .comments(List.of(comment("c-10", null, "Kamran", "<p>Good news for the budget.</p>", 86_400 + 600,
                        CommentStatus.APPROVED).toBuilder().articleId("a-1002").build()))
                .build();
    }

    /** The least a published article has: one author, a body, a date; no image, section, tags or comments. */
    static Article bareArticle() {
        return Article.builder()
                .id("a-1003")
                .headline("Ferry service to Aktau resumes")
                .addAuthor(Person.of("Leyla Quliyeva"))
                .body(Sanitizer.sanitize("<p>The ferry service between Baku and Aktau resumed on Tuesday after a "
                        + "two-week break for repairs.</p>", HtmlPolicy.article()))
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED.plusSeconds(2 * 86_400))
                .commentMode(CommentMode.HIDDEN)
                .build();
    }

    /** The published articles the Google guidelines are checked on, by name. */
    static Map<String, ArticlePage> publishedPages() {
        Map<String, ArticlePage> pages = new LinkedHashMap<>();
        pages.put("rich article", richPage());
        pages.put("paywalled article", paywalledPage());
        pages.put("bare article", ArticlePage.of(bareArticle()));
        pages.put("TestContent article", ArticlePage.builder(TestContent.article())
                .comments(TestContent.comments()).build());
        for (Article a : dev.broadsheet.fixtures.Fixtures.articles()) {
            if (a.status() == dev.broadsheet.model.ArticleStatus.PUBLISHED) {
                pages.put("fixture " + a.id(), ArticlePage.builder(a)
                        .comments(dev.broadsheet.fixtures.Fixtures.comments(a.id())).build());
            }
        }
        return pages;
    }

    static ListingPage sectionPage() {
        return ListingPage.section(azerbaijan(), List.of(richArticle(), paywalledArticle()), 2, 3);
    }

    static ListingPage tagPage() {
        return ListingPage.tag(Tag.builder().name("Karabakh").description("The Karabakh conflict and its aftermath")
                .build(), List.of(richArticle()), 1, 1);
    }

    static ListingPage authorPage() {
        return ListingPage.author(rauf(), List.of(richArticle()), 1, 1);
    }

    static ListingPage homePage() {
        return ListingPage.home(List.of(bareArticle(), paywalledArticle(), richArticle()));
    }

    /** Every page kind, by name. */
    static Map<String, Page> allPages() {
        Map<String, Page> pages = new LinkedHashMap<>(publishedPages());
        pages.put("section page", sectionPage());
        pages.put("tag page", tagPage());
        pages.put("author page", authorPage());
        pages.put("home page", homePage());
        dev.broadsheet.render.RenderCases.fixturePages().forEach((name, page) -> pages.putIfAbsent(name, page));
        return pages;
    }

    static Comment comment(String id, String parent, String name, String html, long secondsAfter,
            CommentStatus status) {
        return Comment.builder().id(id).articleId("a-1001").parentId(parent)
                .author(Commenter.builder().name(name).email("reader" + id + "@mail.example")
                        .url("https://" + id + ".readers.example").ip("203.0.113.9").build())
                .body(Sanitizer.sanitize(html, HtmlPolicy.comment())).createdAt(PUBLISHED.plusSeconds(secondsAfter))
                .status(status).build();
    }
}
