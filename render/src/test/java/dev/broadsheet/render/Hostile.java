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
import java.util.List;
import java.util.Map;

/**
 * Content with an attack payload in every string field that a page shows: each value must come out as text.
 */
public final class Hostile {

    /** Breaks out of text, attributes, URLs, scripts and comments if anything is not escaped for its context. */
    public static final String PAYLOAD = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>"
            + "</script><!--<svg onload=alert(3)>]]>&amp;\u2028\u2029`${alert(4)}";

    private Hostile() {
    }

    static String p(String field) {
        return field + " " + PAYLOAD;
    }

    public static Site site(String baseUrl) {
        return Site.builder().name(p("site")).baseUrl(baseUrl).description(p("description"))
                .logo(Image.builder().url(baseUrl + "/logo.png?x=%22%3E%3Cscript%3E").alt(p("logo alt")).build())
                .consentText(p("consent")).publisherName(p("publisher")).build();
    }

    public static Article article() {
        Section parent = Section.builder().name(p("parent section")).slug("parent").description(p("desc")).build();
        Person author = Person.builder().name(p("author")).slug("author").jobTitle(p("job")).bio(p("bio"))
                .url("https://people.example/a?q='%22%3E%3Cscript%3Ealert(5)%3C/script%3E&x='")
                .sameAs(List.of("https://social.example/@a?'onmouseover='alert(9)")).build();
        return Article.builder()
                .id("a-hostile").slug("hostile")
                .headline(p("headline")).dek(p("dek")).description(p("description"))
                .section(Section.builder().name(p("section")).slug("section").parent(parent).build())
                .addByline(new Byline(author, Byline.Role.REPORTER))
                .addByline(new Byline(Person.builder().name(p("photographer")).slug("photographer").build(),
                        Byline.Role.PHOTOGRAPHER))
                .body(Sanitizer.sanitize("<p>" + PAYLOAD + "</p>" + PAYLOAD, HtmlPolicy.article()))
                .featuredImage(Image.builder().url("https://img.example/a.jpg?'onerror='alert(6)").alt(p("alt"))
                        .caption(p("caption")).credit(p("credit")).size(1200, 675)
                        .addRendition(new Image.Rendition("https://img.example/b.jpg?x='%3Cscript%3E", 600, 338))
                        .build())
                .addTag(Tag.builder().name(p("tag")).slug("tag").description(p("tag description")).build())
                .credit(Credit.of(p("source"), "https://agency.example/?a='b'&c", p("dateline").substring(0, 90)))
                .addCorrection(Correction.of(TestContent.PUBLISHED.plusSeconds(60), p("correction")))
                .status(ArticleStatus.PUBLISHED).publishedAt(TestContent.PUBLISHED)
                .modifiedAt(TestContent.PUBLISHED.plusSeconds(120))
                .paywalled(true)
                .build();
    }

    public static List<Comment> comments() {
        Commenter who = Commenter.builder().name(p("commenter")).email("evil@mail.example")
                .url("https://evil.example/?'onclick='alert(7)").ip("198.51.100.66").build();
        return List.of(
                Comment.builder().id("h-1").articleId("a-hostile").author(who)
                        .body(Sanitizer.sanitize(PAYLOAD, HtmlPolicy.comment())).createdAt(TestContent.PUBLISHED)
                        .status(CommentStatus.APPROVED).build(),
                Comment.builder().id("h-2").articleId("a-hostile").parentId("h-1").author(who)
                        .body(Sanitizer.sanitize("<a href=\"javascript:alert(8)\">x</a>" + PAYLOAD,
                                HtmlPolicy.comment()))
                        .createdAt(TestContent.PUBLISHED.plusSeconds(5)).status(CommentStatus.APPROVED).build());
    }

    public static ArticlePage page() {
        return ArticlePage.builder(article()).comments(comments()).csrfToken(p("csrf"))
                .commentFormField("bs_stamp", p("stamp")).notice(p("notice"))
                .commentForm(new FormState(Map.of("name", p("typed name"), "comment", p("typed comment"),
                        "email", p("typed email"), "url", p("typed url")), Map.of("email", p("error"))))
                .newsletterForm(new FormState(Map.of("email", p("nl email")), Map.of("email", p("nl error"))))
                .replyTo(p("reply")).build();
    }
}
