package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.amp.AmpRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Links#href(String, String)}: navigation links follow it, URLs that identify a page stay absolute. */
class NavigationHrefTest {

    private static final String BASE = "https://news.example.com";

    /** Writes every navigation link as {@code nav{url}|from{from}} (paths only), so a test sees both arguments. */
    private static final class Marking implements Links {
        final List<String[]> calls = new ArrayList<>();

        @Override
        public String baseUrl() {
            return BASE;
        }

        @Override
        public String href(String url, String from) {
            calls.add(new String[] {url, from});
            return "nav" + url.replace(BASE, "") + "|from" + from.replace(BASE, "");
        }
    }

    private final Marking links = new Marking();
    private final HtmlRenderer html = HtmlRenderer.builder().site(TestContent.site()).links(links).build();

    @Test
    void theDefaultHrefIsTheUrlItself() {
        assertThat(Links.under(BASE).href(BASE + "/tag/x", BASE + "/articles/y")).isEqualTo(BASE + "/tag/x");
    }

    @Test
    void anArticlePageWritesEveryNavigationLinkThroughHrefFromItsOwnUrl() {
        Article a = TestContent.article();
        String page = html.render(ArticlePage.builder(a).comments(TestContent.comments()).build());

        String from = "|from/articles/" + a.slug();
        assertThat(hrefs(page)).contains(
                "nav/" + from,                                    // site name and breadcrumb home
                "nav/assets/broadsheet.css" + from,              // stylesheet
                "nav/section/world" + from, "nav/section/azerbaijan" + from,   // breadcrumb, kicker
                "nav/author/rauf-hesenov" + from,                // byline
                "nav/tag/karabakh" + from, "nav/tag/us-foreign-policy" + from);
        assertThat(links.calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(BASE + "/articles/" + a.slug()));
    }

    @Test
    void urlsThatIdentifyThePageAndFormActionsStayAbsolute() {
        Article a = TestContent.article();
        String page = html.render(ArticlePage.of(a));

        assertThat(page).contains("<link rel=\"canonical\" href=\"" + BASE + "/articles/" + a.slug() + "\">")
                .contains("<link rel=\"amphtml\" href=\"" + BASE + "/articles/" + a.slug() + "/amp\">")
                .contains("<meta property=\"og:url\" content=\"" + BASE + "/articles/" + a.slug() + "\">")
                .contains("action=\"" + BASE + "/comments\"").contains("action=\"" + BASE + "/newsletter/subscribe\"")
                .contains("\"@id\":\"" + BASE + "/articles/" + a.slug() + "#article\"");
    }

    @Test
    void anAmpPageLinksFromItsAmpUrl() {
        Article a = TestContent.article();
        String page = AmpRenderer.of(html).render(ArticlePage.of(a));

        assertThat(hrefs(page)).contains("nav/tag/karabakh|from/articles/" + a.slug() + "/amp")
                .noneMatch(h -> h.contains("broadsheet.css"));   // AMP inlines the stylesheet
        assertThat(page).contains("<link rel=\"canonical\" href=\"" + BASE + "/articles/" + a.slug() + "\">");
    }

    @Test
    void aListingLinksTeasersAndOtherPagesFromItsOwnPagedUrl() {
        Article a = TestContent.article();
        Tag tag = Tag.of("Karabakh");
        String page = html.render(ListingPage.tag(tag, List.of(a), 2, 3));

        String from = "|from/tag/karabakh?page=2";
        assertThat(hrefs(page)).contains("nav/articles/" + a.slug() + from, "nav/tag/karabakh" + from,
                "nav/tag/karabakh?page=3" + from);
        assertThat(page).contains("<link rel=\"canonical\" href=\"" + BASE + "/tag/karabakh?page=2\">");

        Person author = Person.of("Rauf Həsənov");
        assertThat(hrefs(html.render(ListingPage.author(author, List.of(a), 1, 1))))
                .contains("nav/articles/" + a.slug() + "|from/author/rauf-hesenov");
    }

    @Test
    void aTeaserOfASyndicatedArticleGivesHrefItsCanonicalUrl() {
        Article a = TestContent.article().toBuilder().canonicalUrl("https://partner.example/story").build();
        html.render(ListingPage.home(List.of(a)));

        assertThat(links.calls).anySatisfy(c -> assertThat(c).containsExactly("https://partner.example/story",
                BASE + "/"));
    }

    private static Set<String> hrefs(String page) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("href=\"(nav[^\"]*)\"").matcher(page);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
