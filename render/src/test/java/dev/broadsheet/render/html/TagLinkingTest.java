package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.NuChecker;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** With tag linking on, the first whole-word mention of each tag in a body links to the tag's page, and nothing else changes. */
class TagLinkingTest {

    private static final Site SITE = TestContent.site();
    private static final HtmlRenderer LINKING = HtmlRenderer.builder().site(SITE).linkTags(true).build();

    private static Article article(String language, String body, String... tags) {
        Article.Builder b = TestContent.article().toBuilder().language(language).tags(null)
                .body(Sanitizer.sanitize(body, HtmlPolicy.article()));
        for (String t : tags) { // "name" or "name|slug" for a name without a transliteration
            String[] nameAndSlug = t.split("\\|");
            b.addTag(Tag.builder().name(nameAndSlug[0]).slug(nameAndSlug.length > 1 ? nameAndSlug[1] : null).build());
        }
        return b.build();
    }

    private static String body(HtmlRenderer renderer, Article a) {
        return renderer.fragment(Part.BODY, ArticlePage.of(a));
    }

    /** Each tag link as "tag name: linked text", in document order, checking that it points at the tag's page. */
    private static List<String> links(Article article, String html) {
        return Jsoup.parseBodyFragment(html).select("a.bs-tag-link").stream().map(link -> {
            Tag tag = article.tags().stream().filter(t -> Links.of(SITE).tag(t, 1).equals(link.attr("href")))
                    .findFirst().orElseThrow(() -> new AssertionError("not a tag page: " + link));
            return tag.name() + ": " + link.wholeText();
        }).toList();
    }

    /** The markup with the tag links taken out again: must be the body exactly as it was. */
    private static String unlinked(String html) {
        return html.replaceAll("<a class=\"bs-tag-link\" rel=\"tag\" href=\"[^\"]*\">([^<]*)</a>", "$1");
    }

    @Test
    void theFirstMentionOfEachTagIsLinkedAndOnlyTheLinksAreAdded() {
        Article a = article("en", "<p>Officials in Baku said the talks on Karabakh would go on.</p>"
                + "<p>Baku also asked for observers in Karabakh.</p>", "Karabakh", "Baku");
        String html = body(LINKING, a);
        assertThat(links(a, html)).containsExactly("Baku: Baku", "Karabakh: Karabakh");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a.bs-tag-link");
        assertThat(link.attr("href")).isEqualTo(Links.of(SITE).tag(a.tags().get(1), 1));
        assertThat(unlinked(html)).isEqualTo(body(HtmlRenderer.builder().site(SITE).build(), a));
        assertThat(NuChecker.check(LINKING.render(ArticlePage.of(a)))).isEmpty();
    }

    @Test
    void mentionsInsideLinksHeadingsAndCaptionsAreSkipped() {
        Article a = article("en", "<h2>Karabakh</h2><p><a href=\"https://example.com/k\">Karabakh talks</a></p>"
                + "<figure><img src=\"https://img.example.com/k.jpg\" alt=\"A valley\"><figcaption>Karabakh in"
                + " spring</figcaption></figure><p>Later, <em>Karabakh</em> again.</p>", "Karabakh");
        String html = body(LINKING, a);
        assertThat(links(a, html)).containsExactly("Karabakh: Karabakh");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a.bs-tag-link");
        assertThat(link.parent().tagName()).isEqualTo("em");
    }

    @Test
    void aNameIsNeverFoundAcrossElementsOrInsideLongerWords() {
        Article a = article("en", "<p>Ba<strong>ku</strong> is split; Bakunin is another word; USA<b>Eight</b>"
                + " stays as it is.</p><p>Baku_2026 and 2026Baku are not mentions either.</p>", "Baku", "USAEight");
        String html = body(LINKING, a);
        assertThat(links(a, html)).isEmpty();
        assertThat(html).isEqualTo(body(HtmlRenderer.builder().site(SITE).build(), a));
    }

    @Test
    void caseIsIgnoredAndTheLongestNameWinsWhereTwoStartTogether() {
        Article a = article("en", "<p>The BAKU OLYMPICS bid, and baku itself.</p>", "Baku", "Baku Olympics");
        assertThat(links(a, body(LINKING, a))).containsExactly("Baku Olympics: BAKU OLYMPICS", "Baku: baku");
    }

    @Test
    void whitespaceInsideAMentionIsKeptExactly() {
        Article a = article("en", "<p>Flights to New\n   York and New&nbsp;Delhi resumed.</p>", "New York",
                "New Delhi");
        String html = body(LINKING, a);
        assertThat(links(a, html)).containsExactly("New York: New\n   York", "New Delhi: New\u00A0Delhi");
        assertThat(html).contains(">New\n   York</a>");
        assertThat(PlainText.of(html)).isEqualTo(PlainText.of(a.body()));
    }

    @Test
    void azerbaijaniSuffixesAreOtherWordsAndDottedCapitalsMatch() {
        // "Bakıda" (in Baku) is one word; "İlham" and "ilham" differ only in case
        Article a = article("az", "<p>Bakıda yağış gözlənilir. Sabah Bakı küləkli olacaq, ILHAM deyir; ilham"
                + " verən xəbər.</p>", "Bakı", "İlham");
        assertThat(links(a, body(LINKING, a))).containsExactly("Bakı: Bakı", "İlham: ILHAM");
    }

    @Test
    void russianWordsThatStartWithANameAreOtherWords() {
        // "Бакунин" starts with "Баку"; "Москвы" is an inflected "Москва", which is not matched (no stemming)
        Article a = article("ru", "<p>Бакунин здесь не родился. Москвы не видно, а Баку встречает гостей.</p>",
                "Баку", "Москва");
        assertThat(links(a, body(LINKING, a))).containsExactly("Баку: Баку");
    }

    @Test
    void arabicPrefixesAndSuffixesAreOtherWords() {
        // "والقاهرة" (and Cairo) and "القاهرية" (Cairene) are single words; the name stands alone only once
        Article a = article("ar", "<p>والقاهرة مدينة كبيرة، والقاهرية عادات. زار الوفد القاهرة أمس.</p>",
                "القاهرة|cairo");
        String html = body(LINKING, a);
        assertThat(links(a, html)).hasSize(1);
        assertThat(html).contains("زار الوفد <a class=\"bs-tag-link\"");
        assertThat(unlinked(html)).isEqualTo(body(HtmlRenderer.builder().site(SITE).build(), a));
    }

    @Test
    void aSiteCanRenderTheMentionItselfAndItsTextStaysEscaped() {
        HtmlRenderer own = HtmlRenderer.builder().site(SITE).linkTags(true)
                .part(Part.TAG_LINK, (m, ctx) -> {
                    if (m.tag().slug().equals("baku")) {
                        ctx.out().text(m.text()); // leave this one unlinked
                    } else {
                        ctx.out().open("a").attr("href", "/topics/" + m.tag().slug()).attr("data-tag", m.tag().name())
                                .close().text(m.text()).end("a");
                    }
                }).build();
        Article a = article("en", "<p>Baku and R&amp;D &lt;labs&gt; grew.</p>", "Baku", "R&D");
        String html = body(own, a);
        assertThat(html).contains("<p>Baku and <a href=\"/topics/" + a.tags().get(1).slug()
                + "\" data-tag=\"R&amp;D\">R&amp;D</a> &lt;labs&gt;");
    }

    @Test
    void offByDefaultAndAmpPagesGetTheSameLinksAndStayValid() {
        Article a = article("en", "<p>Talks on Karabakh resumed in Baku.</p>", "Karabakh", "Baku");
        assertThat(links(a, body(HtmlRenderer.builder().site(SITE).build(), a))).isEmpty();
        String amp = AmpRenderer.builder(LINKING).build().render(ArticlePage.of(a));
        assertThat(links(a, Jsoup.parse(amp).body().html())).containsExactly("Karabakh: Karabakh", "Baku: Baku");
        AmpValidator.Result result = AmpValidator.validateHtml(amp);
        assertThat(result.pass()).as(result.toString()).isTrue();
    }
}
