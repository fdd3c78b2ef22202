package dev.broadsheet.examples.benchmarks;

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
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic benchmark content: the same seed gives the same bytes on every machine, so runs compare.
 *
 * <p>Untrusted inputs ({@link #articleInput()}, {@link #commentInput()}, {@link #bodyInput(int)}) look like what an
 * editor or a reader submits: mostly allowed markup, with the usual debris a sanitizer removes (class and style
 * attributes, {@code target}, a wrapping {@code div}, the odd {@code span}), entities, and non-Latin-1 text
 * (Azerbaijani and Russian words) so that strings are UTF-16 as on a real news site. Pages are built from the
 * same inputs sanitized "at save time", as a site stores them.
 */
public final class BenchContent {

    /** The moment every article is published; comments follow it by minutes. */
    public static final Instant PUBLISHED = Instant.parse("2026-09-21T14:05:00Z");

    /** The comments on the page of the page-render race. */
    public static final int PAGE_COMMENTS = 50;

    private static final String[] WORDS = {
        "senators", "letter", "security", "cooperation", "border", "ministry", "statement", "agreement", "talks",
        "official", "government", "parliament", "delegation", "region", "peace", "treaty", "report", "aid",
        "assistance", "budget", "question", "answer", "weeks", "Monday", "Washington", "Baku", "Yerevan",
        "Azərbaycan", "Qarabağ", "Həsənov", "şəhər", "xəbər", "переговоры", "граница", "заявление", "the", "a",
        "of", "and", "to", "in", "on", "for", "with", "was", "were", "has", "said", "would", "could", "after",
        "before", "during", "about", "against", "between", "under", "more", "than", "two", "three", "eight",
        "first", "last", "new", "former", "foreign", "defense", "state", "public", "press", "office", "spokesman",
    };

    private BenchContent() {
    }

    // ------------------------------------------------------------------ untrusted inputs

    /**
     * An article body as an editor submits it, about 10 KB.
     *
     * @return untrusted HTML
     */
    public static String articleInput() {
        return bodyInput(10 * 1024);
    }

    /**
     * A reader's comment as submitted, about 500 bytes: two paragraphs, emphasis, one link, a stray span.
     *
     * @return untrusted HTML
     */
    public static String commentInput() {
        return comment(new SplittableRandom(7), 500);
    }

    /**
     * A body of about {@code size} characters (in UTF-16 units, as the sanitizer's length limit counts them),
     * made of the blocks a news article has: paragraphs with links and emphasis, subheadings, quotes, lists,
     * figures and a table.
     *
     * @param size the approximate length
     * @return untrusted HTML
     */
    public static String bodyInput(int size) {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder(size + 2048);
        sb.append("<div class=\"entry-content\" style=\"margin:0\">\n");
        for (int block = 0; sb.length() < size - 32; block++) {
            switch (block % 12) {
                case 3 -> sb.append("<h2 class=\"wp-block-heading\">").append(sentence(r, 6, false)).append("</h2>\n");
                case 5 -> sb.append("<blockquote cite=\"https://www.state.gov/briefings\"><p>&ldquo;")
                        .append(sentence(r, 18, true)).append("&rdquo;</p></blockquote>\n");
                case 7 -> {
                    sb.append("<ul>");
                    for (int i = 0; i < 3; i++) {
                        sb.append("<li>").append(sentence(r, 8, true)).append("</li>");
                    }
                    sb.append("</ul>\n");
                }
                case 9 -> sb.append("<figure class=\"wp-block-image\"><img src=\"https://img.example.com/photos/")
                        .append(block).append("-1200x675.jpg\" alt=\"").append(sentence(r, 6, false))
                        .append("\" width=\"1200\" height=\"675\" class=\"size-large\"><figcaption>")
                        .append(sentence(r, 10, true)).append(" Photo: Leyla M&#601;mm&#601;dova</figcaption></figure>\n");
                case 11 -> {
                    sb.append("<table><thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Assistance, $m</th></tr>"
                            + "</thead><tbody>");
                    for (int i = 0; i < 3; i++) {
                        sb.append("<tr><td>").append(2022 + i).append("</td><td>").append(r.nextInt(10, 99))
                                .append(".").append(r.nextInt(10)).append("</td></tr>");
                    }
                    sb.append("</tbody></table>\n");
                }
                default -> paragraph(sb, r, block);
            }
        }
        sb.append("</div>");
        return sb.toString();
    }

    /**
     * Pathological input: {@code depth} nested elements, each with a word of text (5,000 make about 60 KB).
     *
     * @param depth how deep
     * @return untrusted HTML
     */
    public static String nested(int depth) {
        StringBuilder sb = new StringBuilder(depth * 14);
        for (int i = 0; i < depth; i++) {
            sb.append(i % 2 == 0 ? "<div>" : "<em>").append(WORDS[i % WORDS.length]).append(' ');
        }
        for (int i = depth - 1; i >= 0; i--) {
            sb.append(i % 2 == 0 ? "</div>" : "</em>");
        }
        return sb.toString();
    }

    /**
     * The same elements as {@link #nested(int)}, side by side instead of nested: the flat markup it is compared
     * with.
     *
     * @param count how many elements
     * @return untrusted HTML
     */
    public static String flat(int count) {
        StringBuilder sb = new StringBuilder(count * 14);
        for (int i = 0; i < count; i++) {
            sb.append(i % 2 == 0 ? "<div>" : "<em>").append(WORDS[i % WORDS.length]).append(' ')
                    .append(i % 2 == 0 ? "</div>" : "</em>");
        }
        return sb.toString();
    }

    private static void paragraph(StringBuilder sb, SplittableRandom r, int block) {
        sb.append("<p>");
        int sentences = 3 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                sb.append(' ');
            }
            switch (r.nextInt(6)) {
                case 0 -> sb.append(sentence(r, 5, false)).append(" <a href=\"https://www.example.org/news/")
                        .append(block).append('-').append(s).append("\" target=\"_blank\" rel=\"noopener\">")
                        .append(sentence(r, 3, false)).append("</a> ").append(sentence(r, 8, true));
                case 1 -> sb.append("<strong>").append(sentence(r, 4, false)).append("</strong> ")
                        .append(sentence(r, 12, true));
                case 2 -> sb.append(sentence(r, 7, false)).append(" <em>").append(sentence(r, 3, false))
                        .append("</em> &amp; ").append(sentence(r, 6, true));
                case 3 -> sb.append("<span style=\"font-weight:400\">").append(sentence(r, 14, true)).append("</span>");
                default -> sb.append(sentence(r, 10 + r.nextInt(10), true));
            }
        }
        sb.append("</p>\n");
    }

    private static String comment(SplittableRandom r, int size) {
        StringBuilder sb = new StringBuilder(size + 256);
        sb.append("<p>").append(sentence(r, 14, true)).append(" <em>").append(sentence(r, 3, false))
                .append("</em> ").append(sentence(r, 10, true)).append("</p>\n<p><span class=\"quote\">")
                .append(sentence(r, 8, true)).append("</span> <a href=\"https://blog.example.net/post?id=")
                .append(r.nextInt(1000)).append("&amp;ref=comments\">").append(sentence(r, 3, false))
                .append("</a>");
        while (sb.length() < size - 8) {
            sb.append(' ').append(sentence(r, 6, true));
        }
        return sb.append("</p>").toString();
    }

    private static String sentence(SplittableRandom r, int words, boolean period) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            if (i == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(' ').append(w);
            }
        }
        if (period) {
            sb.append(r.nextInt(5) == 0 ? ", \u201cquoted\u201d." : ".");
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ stored content (sanitized at save time)

    /**
     * The site every page belongs to.
     *
     * @return the site
     */
    public static Site site() {
        return Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com")
                .description("Independent news from the South Caucasus").zone("Asia/Baku")
                .logo(Image.builder().url("https://news.example.com/logo.png").alt("The Caspian Ledger")
                        .size(600, 60).build())
                .socialProfiles(List.of("https://social.example/@ledger")).twitterHandle("@ledger").build();
    }

    /**
     * The article of the page-render race: a ~10 KB body.
     *
     * @return a published article
     */
    public static Article article() {
        return article(articleInput());
    }

    /**
     * A published article with every part a news page shows, around a body sanitized now.
     *
     * @param untrustedBody the body as submitted
     * @return the article
     */
    public static Article article(String untrustedBody) {
        Section world = Section.builder().name("World").description("News from around the world").build();
        return Article.builder()
                .id("a-1001")
                .headline("Senators question security cooperation with Baku")
                .dek("Eight senators wrote to the Secretary of State & the Secretary of Defense")
                .section(Section.builder().name("Azerbaijan news").slug("azerbaijan").parent(world).build())
                .addByline(new Byline(Person.builder().name("Rauf Həsənov").jobTitle("Washington correspondent")
                        .url("https://news.example.com/people/rauf").build(), Byline.Role.CORRESPONDENT))
                .addByline(new Byline(Person.of("Nigar Əliyeva"), Byline.Role.PHOTOGRAPHER))
                .body(Sanitizer.sanitize(untrustedBody, HtmlPolicy.article()))
                .featuredImage(Image.builder().url("https://img.example.com/border-1600x900.jpg")
                        .alt("A mountain road near the border").caption("A road near the border, September 2026.")
                        .credit("Photo: Nigar Əliyeva").size(1600, 900)
                        .addRendition(new Image.Rendition("https://img.example.com/border-800x450.jpg", 800, 450))
                        .addRendition(new Image.Rendition("https://img.example.com/border-1200x900.jpg", 1200, 900))
                        .build())
                .addTag(Tag.of("Karabakh"))
                .addTag(Tag.of("US foreign policy"))
                .addTag(Tag.of("Azərbaycan"))
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(PUBLISHED)
                .modifiedAt(PUBLISHED.plusSeconds(3600))
                .credit(Credit.of("Turan", "https://turan.example", "WASHINGTON"))
                .addCorrection(Correction.of(PUBLISHED.plusSeconds(7200), "An earlier version misstated the date."))
                .build();
    }

    /**
     * {@code n} approved comments of about 500 bytes each, sanitized at save time, in threads of four: a comment,
     * two replies to it and a reply to the first reply (so threads nest three levels, within every renderer's
     * depth limit).
     *
     * @param n how many
     * @return the comments in the order they were posted
     */
    public static List<Comment> comments(int n) {
        List<Comment> list = new ArrayList<>(n);
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < n; i++) {
            String parent = switch (i % 4) {
                case 1, 2 -> "c-" + (i - 1);
                case 3 -> "c-" + (i - 3);
                default -> null;
            };
            String name = i % 4 == 0 ? "Samir Quliyev" : i % 4 == 1 ? "Leyla" : i % 4 == 2 ? "Иван Петров" : "J. O'Brien";
            list.add(Comment.builder().id("c-" + i).articleId("a-1001").parentId(parent)
                    .author(Commenter.builder().name(name).email("reader" + i + "@mail.example")
                            .url(i % 4 == 0 ? "https://samir.example/blog?from=ledger&lang=az" : null)
                            .ip("203.0.113.9").build())
                    .body(Sanitizer.sanitize(comment(r, 500), HtmlPolicy.comment()))
                    .createdAt(PUBLISHED.plusSeconds(60L * (i + 1)))
                    .status(CommentStatus.APPROVED)
                    .build());
        }
        return list;
    }

    /**
     * The page of the race: {@link #article()} with {@value #PAGE_COMMENTS} comments.
     *
     * @return the page
     */
    public static ArticlePage page() {
        return page(article(), PAGE_COMMENTS);
    }

    /**
     * An article's page with {@code comments} comments.
     *
     * @param article the article
     * @param comments how many comments
     * @return the page
     */
    public static ArticlePage page(Article article, int comments) {
        return ArticlePage.builder(article).comments(comments(comments)).csrfToken("k7Qb2xZr9f").build();
    }
}
