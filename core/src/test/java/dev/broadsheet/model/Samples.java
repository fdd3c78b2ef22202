package dev.broadsheet.model;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import java.time.Instant;
import java.util.List;

/** Complete sample values that use every field, for tests across packages. */
public final class Samples {

    public static final Instant PUBLISHED = Instant.parse("2026-09-21T14:05:00Z");

    private Samples() {
    }

    public static Image photo() {
        return Image.builder()
                .url("https://img.example.com/border-1600x900.jpg")
                .alt("Soldiers walking along a mountain road near the border")
                .caption("A road near the border, September 2026.")
                .credit("Photo: Leyla Mammadova")
                .size(1600, 900)
                .addRendition(new Image.Rendition("https://img.example.com/border-1200x900.jpg", 1200, 900))
                .addRendition(new Image.Rendition("https://img.example.com/border-900x900.jpg", 900, 900))
                .build();
    }

    public static Section section() {
        Section world = Section.builder().name("World").description("News from around the world").build();
        return Section.builder().name("Azerbaijan news").slug("azerbaijan").parent(world).build();
    }

    public static Person reporter() {
        return Person.builder()
                .name("Rauf Həsənov")
                .jobTitle("Washington correspondent")
                .url("https://news.example.com/people/rauf")
                .bio("Covers US foreign policy in the South Caucasus.")
                .image(Image.builder().url("https://img.example.com/rauf.jpg").alt("Rauf Həsənov").size(400, 400)
                        .build())
                .sameAs(List.of("https://social.example/@rauf", "https://en.wikipedia.org/wiki/Example"))
                .build();
    }

    public static Article article() {
        return Article.builder()
                .id("a-1001")
                .headline("Senators question security cooperation with Baku")
                .dek("Eight senators wrote to the Secretary of State and the Secretary of Defense")
                .section(section())
                .addByline(new Byline(reporter(), Byline.Role.CORRESPONDENT))
                .addByline(new Byline(Person.of("Nigar Əliyeva"), Byline.Role.PHOTOGRAPHER))
                .body(Sanitizer.sanitize("<p>Eight senators sent a letter on <strong>Monday</strong>.</p>"
                        + "<blockquote><p>We want to know whether assistance was provided.</p></blockquote>",
                        HtmlPolicy.article()))
                .description("A letter from eight senators asks whether security assistance continues.")
                .featuredImage(photo())
                .addTag(Tag.of("Karabakh"))
                .addTag(Tag.builder().name("Azərbaycan").description("Coverage of Azerbaijan").build())
                .language("en")
                .canonicalUrl("https://news.example.com/world/senators-letter")
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED)
                .modifiedAt(PUBLISHED.plusSeconds(3600))
                .displayDate(PUBLISHED)
                .credit(Credit.of("Turan", "https://turan.example", "WASHINGTON"))
                .addCorrection(Correction.of(PUBLISHED.plusSeconds(7200), "An earlier version misstated the date."))
                .paywalled(true)
                .commentMode(CommentMode.OPEN)
                .build();
    }

    public static Comment comment() {
        return Comment.builder()
                .id("c-1")
                .articleId("a-1001")
                .parentId("c-0")
                .author(Commenter.builder().name("Samir").email("samir@mail.example").url("https://samir.example")
                        .ip("203.0.113.7").build())
                .body(Sanitizer.sanitize("<p>Thanks for the report.</p>", HtmlPolicy.comment()))
                .createdAt(PUBLISHED.plusSeconds(600))
                .status(CommentStatus.APPROVED)
                .build();
    }

    public static Subscriber subscriber() {
        return Subscriber.builder()
                .id("s-1")
                .email("Reader.One@Mail.Example")
                .name("Reader One")
                .status(SubscriberStatus.CONFIRMED)
                .consent(Consent.of(PUBLISHED, "article-footer", "2026-03", "198.51.100.4"))
                .topics(List.of("azerbaijan", "karabakh"))
                .createdAt(PUBLISHED)
                .confirmedAt(PUBLISHED.plusSeconds(120))
                .build();
    }
}
