package dev.broadsheet.render;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages the standards checks run on: every kind of page and every state of its forms.
 */
public final class RenderCases {

    private RenderCases() {
    }

    /** Named pages, in a stable order. */
    public static Map<String, Page> pages() {
        Map<String, Page> pages = new LinkedHashMap<>();
        Article article = TestContent.article();
        pages.put("article with comments", ArticlePage.builder(article).comments(TestContent.comments())
                .csrfToken("token-123").build());
        pages.put("article with form errors", ArticlePage.builder(article)
                .commentForm(new FormState(Map.of("name", "Samir", "email", "samir@", "comment", "Hello <b>"),
                        Map.of("email", "Enter an email address like name@example.com", "", "Please try again.")))
                .newsletterForm(new FormState(Map.of("email", "x"), Map.of("consent", "Tick the box to subscribe.")))
                .replyTo("c-1").notice("Your comment is awaiting moderation.").build());
        pages.put("comments page 2 of 3", ArticlePage.builder(article).comments(TestContent.threeThreads())
                .commentsPerPage(1).commentPage(2).build());
        pages.put("paywalled article", ArticlePage.of(article.toBuilder().paywalled(true).build()));
        pages.put("closed comments", ArticlePage.builder(article.toBuilder().commentMode(CommentMode.CLOSED).build())
                .comments(TestContent.comments()).build());
        pages.put("hidden comments", ArticlePage.of(article.toBuilder().commentMode(CommentMode.HIDDEN).build()));
        pages.put("arabic article", ArticlePage.of(article.toBuilder().id("a-ar").language("ar")
                .headline("أعضاء مجلس الشيوخ يسألون عن التعاون الأمني")
                .body(Sanitizer.sanitize("<p>أرسل ثمانية أعضاء رسالة إلى وزير الخارجية.</p>", HtmlPolicy.article()))
                .build()));
        pages.put("azerbaijani article", ArticlePage.of(article.toBuilder().id("a-az").language("az")
                .headline("Senatorlar Bakı ilə təhlükəsizlik əməkdaşlığını sorğulayır").build()));
        pages.put("draft article", ArticlePage.of(Article.builder().id("a-draft").headline("Draft").build()));
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(article.toBuilder().id("a-" + i).slug("story-" + i).headline("Story number " + i).build());
        }
        pages.put("home", ListingPage.home(many));
        Section section = article.section().orElseThrow();
        pages.put("section page 2 of 3", ListingPage.section(section, many, 2, 3));
        pages.put("tag", ListingPage.tag(Tag.of("Karabakh"), many, 1, 1));
        pages.put("empty tag", ListingPage.tag(Tag.of("Nothing"), List.of(), 1, 1));
        pages.put("author", ListingPage.author(Person.builder().name("Rauf Həsənov").jobTitle("Correspondent")
                .bio("Covers foreign policy.").sameAs(List.of("https://social.example/@rauf")).build(), many, 1, 2));
        pages.putAll(fixturePages());
        return pages;
    }

    /**
     * Every fixture article with its comments, and listing pages built from the fixtures: the home page, each
     * top-level section, a tag and an author.
     */
    public static Map<String, Page> fixturePages() {
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Article a : Fixtures.articles()) {
            pages.put("fixture " + a.id(), ArticlePage.builder(a).comments(Fixtures.comments(a.id())).build());
        }
        List<Article> published = Fixtures.articles().stream()
                .filter(a -> a.status() == dev.broadsheet.model.ArticleStatus.PUBLISHED).toList();
        pages.put("fixture home", ListingPage.home(published));
        for (Section s : Fixtures.sections()) {
            if (s.parent().isEmpty()) {
                List<Article> in = published.stream().filter(a -> a.section().map(x -> x.path().contains(s))
                        .orElse(false)).toList();
                pages.put("fixture section " + s.slug(), ListingPage.section(s, in, 1, 1));
            }
        }
        Tag tag = Fixtures.tags().get(0);
        pages.put("fixture tag " + tag.slug(), ListingPage.tag(tag, published.stream()
                .filter(a -> a.tags().contains(tag)).toList(), 1, 1));
        Person person = Fixtures.people().get(0);
        pages.put("fixture author " + person.slug(), ListingPage.author(person, published.stream()
                .filter(a -> a.authors().stream().anyMatch(b -> b.person().equals(person))).toList(), 1, 1));
        return pages;
    }
}
