package dev.broadsheet.render;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.time.Instant;
import java.util.List;

/** A small site and article for render tests, until the fixtures module provides more. */
public final class TestContent {

    public static final Instant PUBLISHED = Instant.parse("2026-09-21T14:05:00Z");

    private TestContent() {
    }

    public static Site site() {
        return Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com")
                .description("Independent news from the South Caucasus").zone("Asia/Baku")
                .logo(Image.builder().url("https://news.example.com/logo.png").alt("The Caspian Ledger")
                        .size(600, 60).build())
                .socialProfiles(List.of("https://social.example/@ledger")).twitterHandle("@ledger").build();
    }

    public static Article article() {
        Section world = Section.builder().name("World").build();
        return Article.builder()
                .id("a-1001")
                .headline("Senators question security cooperation with Baku")
                .dek("Eight senators wrote to the Secretary of State and the Secretary of Defense")
                .section(Section.builder().name("Azerbaijan news").slug("azerbaijan").parent(world).build())
                .addByline(new Byline(Person.builder().name("Rauf Həsənov").jobTitle("Washington correspondent")
                        .build(), Byline.Role.CORRESPONDENT))
                .addByline(new Byline(Person.of("Nigar Əliyeva"), Byline.Role.PHOTOGRAPHER))
                .body(Sanitizer.sanitize("<p>Eight senators sent a letter on Monday to the "
                        + "<a href=\"https://www.state.gov\">State Department</a>.</p>"
                        + "<blockquote><p>We want to know whether assistance was provided.</p></blockquote>"
                        + "<p>The administration was given two weeks to respond.</p>", HtmlPolicy.article()))
                .featuredImage(Image.builder().url("https://img.example.com/border-1600x900.jpg")
                        .alt("A mountain road near the border").caption("A road near the border.")
                        .credit("Photo: Nigar Əliyeva").size(1600, 900).build())
                .addTag(Tag.of("Karabakh"))
                .addTag(Tag.of("US foreign policy"))
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED)
                .modifiedAt(PUBLISHED.plusSeconds(3600))
                .credit(Credit.of("Turan", null, "WASHINGTON"))
                .addCorrection(Correction.of(PUBLISHED.plusSeconds(7200), "An earlier version misstated the date."))
                .build();
    }

    public static List<Comment> comments() {
        return List.of(
                comment("c-1", null, "Samir", "<p>Thanks for the report.</p>", 60, CommentStatus.APPROVED),
                comment("c-2", "c-1", "Leyla", "<p>Agreed.</p>", 120, CommentStatus.APPROVED),
                comment("c-3", null, "Spammer", "<p>Buy now</p>", 180, CommentStatus.SPAM));
    }

    /**
     * Three threads for pages of one thread each: Samir's with Leyla's reply, Kamran's (then removed, with an approved
     * reply, so it stays as a placeholder) and Aysel's.
     */
    public static List<Comment> threeThreads() {
        return List.of(
                comment("c-1", null, "Samir", "<p>Thanks for the report.</p>", 60, CommentStatus.APPROVED),
                comment("c-2", "c-1", "Leyla", "<p>Agreed.</p>", 120, CommentStatus.APPROVED),
                comment("c-4", null, "Kamran", "<p>Removed later.</p>", 180, CommentStatus.TRASH),
                comment("c-5", "c-4", "Orxan", "<p>I saw it before it went.</p>", 240, CommentStatus.APPROVED),
                comment("c-6", null, "Aysel", "<p>When is the reply due?</p>", 300, CommentStatus.APPROVED),
                comment("c-3", null, "Spammer", "<p>Buy now</p>", 360, CommentStatus.SPAM));
    }

    public static Comment comment(String id, String parent, String name, String html, long secondsAfter,
            CommentStatus status) {
        return Comment.builder().id(id).articleId("a-1001").parentId(parent)
                .author(Commenter.builder().name(name).email(name.toLowerCase() + "@mail.example")
                        .url(name.equals("Samir") ? "https://samir.example" : null).ip("203.0.113.9").build())
                .body(Sanitizer.sanitize(html, HtmlPolicy.comment())).createdAt(PUBLISHED.plusSeconds(secondsAfter))
                .status(status).build();
    }
}
