package dev.broadsheet.render.amp;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.TestContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The article pages the AMP tests render: one per feature the conversion has to get right, and one with all. */
final class AmpPages {

    /** A policy that also allows an embed host without an AMP component of its own. */
    static final HtmlPolicy WITH_DAILYMOTION = HtmlPolicy.article().toBuilder()
            .allowEmbed("www.dailymotion.com", "/embed/video/").build();

    static final String FIGURE = "<figure><img src=\"https://img.example.com/protest-1200x800.jpg\" "
            + "srcset=\"https://img.example.com/protest-600x400.jpg 600w, https://img.example.com/protest-1200x800.jpg "
            + "1200w\" alt=\"Protesters outside the parliament\" width=\"1200\" height=\"800\">"
            + "<figcaption>Protesters outside the parliament on Monday.</figcaption></figure>";
    static final String YOUTUBE = "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=42\" width=\"560\" "
            + "height=\"315\" allowfullscreen></iframe>";
    static final String YOUTUBE_NOCOOKIE = "<iframe src=\"https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ\">"
            + "</iframe>";
    static final String VIMEO = "<iframe src=\"https://player.vimeo.com/video/76979871\" width=\"640\" "
            + "height=\"360\"></iframe>";
    static final String DAILYMOTION = "<iframe src=\"https://www.dailymotion.com/embed/video/x7tgad0\" "
            + "width=\"640\" height=\"360\"></iframe>";
    static final String TABLE = "<table><caption>Votes by party</caption><thead><tr><th scope=\"col\">Party</th>"
            + "<th scope=\"col\">Votes</th></tr></thead><tbody><tr><td>New Azerbaijan</td><td>72</td></tr>"
            + "<tr><td>Independents</td><td colspan=\"1\">41</td></tr></tbody></table>";
    static final String UNSIZED_IMAGE = "<p>The route, as the ministry drew it: <img "
            + "src=\"https://img.example.com/route-map.png\" alt=\"A map of the route\"> (ministry handout).</p>";

    private AmpPages() {
    }

    static SafeHtml body(String html) {
        return Sanitizer.sanitize(html, HtmlPolicy.article());
    }

    static Article.Builder article(String slug, String bodyHtml) {
        return TestContent.article().toBuilder().slug(slug).body(body(bodyHtml));
    }

    static ArticlePage page(Article article) {
        return ArticlePage.builder(article).comments(TestContent.comments()).build();
    }

    /** Every page by name, in a stable order. */
    static Map<String, ArticlePage> all() {
        Map<String, ArticlePage> pages = new LinkedHashMap<>();
        pages.put("article", page(TestContent.article()));
        pages.put("comments-page-2-of-3", ArticlePage.builder(TestContent.article())
                .comments(TestContent.threeThreads()).commentsPerPage(1).commentPage(2).build());
        pages.put("figure", page(article("figure", "<p>Thousands gathered.</p>" + FIGURE).build()));
        pages.put("youtube", page(article("youtube", "<p>Watch the debate:</p>" + YOUTUBE
                + "<p>And the privacy-enhanced player:</p>" + YOUTUBE_NOCOOKIE).build()));
        pages.put("vimeo", page(article("vimeo", "<p>The documentary:</p>" + VIMEO
                + "<p>A private link: <iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"></iframe></p>")
                .build()));
        pages.put("generic-embed", page(article("generic-embed", "<p>Another player:</p>").body(
                Sanitizer.sanitize("<p>Another player:</p>" + DAILYMOTION, WITH_DAILYMOTION)).build()));
        pages.put("table", page(article("table", "<p>The results:</p>" + TABLE).build()));
        pages.put("image-without-size", page(article("image-without-size", UNSIZED_IMAGE).featuredImage(
                dev.broadsheet.model.Image.builder().url("https://img.example.com/unsized.jpg")
                        .alt("A featured image of unknown size").build()).build()));
        pages.put("rtl-arabic", ArticlePage.of(Article.builder().id("a-2001").slug("rtl-arabic")
                .headline("مجلس الشيوخ يناقش التعاون الأمني مع باكو").language("ar")
                .section(Section.builder().name("أخبار أذربيجان").slug("azerbaijan-ar").build())
                .addAuthor(Person.builder().name("ليلى حسن").slug("layla-hassan").build())
                .body(body("<p>أرسل ثمانية أعضاء في مجلس الشيوخ رسالة يوم الاثنين.</p>"
                        + "<blockquote><p>نريد أن نعرف ما إذا كانت المساعدة قد قدمت.</p></blockquote>" + FIGURE))
                .status(dev.broadsheet.model.ArticleStatus.PUBLISHED).publishedAt(TestContent.PUBLISHED).build()));
        pages.put("paywalled", page(article("paywalled", "<p>First paragraph for everyone.</p>"
                + "<p>Second paragraph for everyone.</p><p>Third, for subscribers, with a picture:</p>" + FIGURE
                + "<p>Fourth, for subscribers.</p>").paywalled(true).build()));
        pages.put("comments", ArticlePage.builder(article("comments", "<p>Short.</p>").build())
                .comments(threadedComments()).build());
        pages.put("form-errors", ArticlePage.builder(article("form-errors", "<p>Short.</p>").build())
                .replyTo("c-1")
                .commentForm(new FormState(ordered(FormFields.NAME, "Samir <b>\"quoted\"</b>", FormFields.EMAIL,
                        "not-an-email", FormFields.COMMENT, "<script>alert(1)</script>"),
                        ordered("", "Please try again.", FormFields.EMAIL, "Enter a valid email address.")))
                .newsletterForm(new FormState(ordered(FormFields.EMAIL, "x@"), ordered(FormFields.EMAIL,
                        "Enter a valid email address.", FormFields.CONSENT, "Please tick the box.")))
                .notice("Your comment is awaiting moderation.")
                .csrfToken("csrf-secret-token").build());
        pages.put("closed-comments", page(article("closed-comments", "<p>Short.</p>")
                .commentMode(CommentMode.CLOSED).build()));
        pages.put("everything", ArticlePage.builder(article("everything", "<h2>All of it</h2>" + FIGURE + YOUTUBE
                + YOUTUBE_NOCOOKIE + VIMEO + TABLE + UNSIZED_IMAGE
                + "<ol start=\"3\"><li>Three</li><li>Four</li></ol><p><a href=\"mailto:desk@news.example.com\">"
                + "Write to us</a>, <abbr title=\"Organization for Security and Co-operation in Europe\">OSCE</abbr>"
                + ", <time datetime=\"2026-09-21\">Monday</time>, <q>quoted</q>, <code>x &lt; y</code></p>"
                + "<pre>\n\nindented\n  code</pre><hr><p>The end.</p>").paywalled(true).build())
                .comments(threadedComments()).build());
        return pages;
    }

    /** A map in the order given, so that pages render the same in every run. */
    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Approved comments three levels deep, with one spam and one removed comment among them. */
    static List<Comment> threadedComments() {
        List<Comment> comments = new ArrayList<>(TestContent.comments());
        comments.add(TestContent.comment("c-4", "c-2", "Farid", "<p>Replying to Leyla, with a "
                + "<a href=\"https://evidence.example/report\">link</a>.</p>", 240, CommentStatus.APPROVED));
        comments.add(TestContent.comment("c-5", null, "Aysel", "<p>A second thread.</p><blockquote><p>quote</p>"
                + "</blockquote>", 300, CommentStatus.APPROVED));
        comments.add(TestContent.comment("c-6", "c-5", "Spam", "<p>cheap pills</p>", 360, CommentStatus.SPAM));
        comments.add(TestContent.comment("c-7", "c-5", "Murad", "<p>Pending.</p>", 420, CommentStatus.PENDING));
        return comments;
    }
}
