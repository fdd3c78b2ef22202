package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticLinksTest {

    private static final String BASE = "https://news.example.com";
    private final Article story = Fixtures.foreignAffairs();
    private final Article syndicated = Fixtures.russian();
    private final StaticLinks links = new StaticLinks(BASE, List.of(story, syndicated));

    @Test
    void pagesHaveAbsoluteUrlsWithFileNames() {
        assertThat(links.home()).isEqualTo(BASE + "/");
        assertThat(links.article(story)).isEqualTo(BASE + "/articles/" + story.slug() + ".html");
        assertThat(links.amp(story)).isEqualTo(BASE + "/articles/" + story.slug() + ".amp.html");
        assertThat(links.section(Section.of("World"), 1)).isEqualTo(BASE + "/section/world.html");
        assertThat(links.tag(Tag.of("Karabakh"), 1)).isEqualTo(BASE + "/tag/karabakh.html");
        assertThat(links.author(Person.of("Tamar Beridze"))).isEqualTo(BASE + "/author/tamar-beridze.html");
        assertThat(links.stylesheet()).isEqualTo(BASE + "/assets/broadsheet.css");
    }

    @Test
    void navigationFromTheHomePageGoesDown() {
        assertThat(links.href(links.article(story), links.home())).isEqualTo("articles/" + story.slug() + ".html");
        assertThat(links.href(links.stylesheet(), links.home())).isEqualTo("assets/broadsheet.css");
        assertThat(links.href(links.home(), links.home())).isEqualTo("index.html");
    }

    @Test
    void navigationFromAPageInAFolderGoesUpFirst() {
        String page = links.article(story);
        assertThat(links.href(links.tag(Tag.of("Karabakh"), 1), page)).isEqualTo("../tag/karabakh.html");
        assertThat(links.href(links.home(), page)).isEqualTo("../index.html");
        assertThat(links.href(links.amp(story), page)).isEqualTo("../articles/" + story.slug() + ".amp.html");
        assertThat(links.href(links.stylesheet(), links.section(Section.of("World"), 1)))
                .isEqualTo("../assets/broadsheet.css");
    }

    @Test
    void aSyndicatedArticleIsLinkedToTheSitesCopy() {
        String canonical = syndicated.canonicalUrl().orElseThrow();
        assertThat(canonical).doesNotStartWith(BASE);
        assertThat(links.href(canonical, links.home())).isEqualTo("articles/" + syndicated.slug() + ".html");
    }

    @Test
    void urlsOutsideTheSiteAndFormActionsStayAbsolute() {
        assertThat(links.href("https://elsewhere.example/x", links.home())).isEqualTo("https://elsewhere.example/x");
        assertThat(links.href(BASE + ".evil.example/x", links.home())).isEqualTo(BASE + ".evil.example/x");
        assertThat(links.href(links.tag(Tag.of("Karabakh"), 1), "https://elsewhere.example/page"))
                .isEqualTo(BASE + "/tag/karabakh.html");
        assertThat(links.commentAction(story)).isEqualTo(BASE + "/comments");
        assertThat(links.subscribeAction()).isEqualTo(BASE + "/newsletter/subscribe");
    }

    @Test
    void aUrlsFileIsItsPathFromTheSitesFolder() {
        assertThat(links.file(links.home())).isEqualTo("index.html");
        assertThat(links.file(links.amp(story))).isEqualTo("articles/" + story.slug() + ".amp.html");
    }
}
