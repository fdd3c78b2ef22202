package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.NuChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmailRendererTest {

    @Test
    void everyMessageOfEveryKindInEveryFixtureLanguageIsValidMailHtml() {
        List<String> problems = new ArrayList<>();
        int messages = 0;
        for (Map.Entry<String, List<Article>> lang : MailFixtures.byLanguage().entrySet()) {
            for (Map.Entry<String, EmailTemplate> t : MailFixtures.templates(lang.getKey(), lang.getValue())
                    .entrySet()) {
                Email mail = t.getValue().stamp(MailFixtures.recipient());
                String where = lang.getKey() + " " + t.getKey() + ": ";
                messages++;
                for (NuChecker.Message m : NuChecker.check(mail.html())) {
                    problems.add(where + m);
                }
                Document doc = Jsoup.parse(mail.html());
                check(where, doc, lang.getKey(), problems);
                if (mail.text().contains("<") && Jsoup.parse(mail.text()).body().children().size() > 0) {
                    problems.add(where + "markup in the text part");
                }
                if (mail.html().contains("reader@example.org") || mail.text().contains("reader@example.org")) {
                    problems.add(where + "the address is in a part");
                }
            }
        }
        assertThat(messages).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    private static void check(String where, Document doc, String language, List<String> problems) {
        if (!doc.select("script, style, link, iframe, object, embed, form, [class], [id]").isEmpty()) {
            problems.add(where + "script, style, link, frame or class left: "
                    + doc.select("script, style, link, iframe, object, embed, form, [class], [id]"));
        }
        if (!doc.select("[onload], [onerror], [onclick], [onmouseover]").isEmpty()) {
            problems.add(where + "event handler attribute");
        }
        Element html = doc.selectFirst("html");
        if (!html.attr("lang").equals(language)
                || !html.attr("dir").equals(language.equals("ar") ? "rtl" : "ltr")) {
            problems.add(where + "lang/dir " + html.attr("lang") + "/" + html.attr("dir"));
        }
        for (Element img : doc.select("img")) {
            if (!img.hasAttr("alt") || !img.attr("src").startsWith("https://")
                    || Integer.parseInt(img.attr("width")) > EmailRenderer.CONTENT_WIDTH
                    || Integer.parseInt(img.attr("height")) <= 0) {
                problems.add(where + "image " + img);
            }
        }
        for (Element a : doc.select("a")) {
            if (!a.attr("href").startsWith("https://")) {
                problems.add(where + "link " + a);
            }
        }
        for (Element e : doc.select("body > table, body > table > tbody > tr > td > table")) {
            if (!e.attr("role").equals("presentation") || !e.attr("style").contains("width")) {
                problems.add(where + "layout table " + e.attr("style"));
            }
        }
        if (!doc.selectFirst("table table").attr("style").contains("max-width:600px")) {
            problems.add(where + "card wider than 600 px");
        }
        if (doc.select("body > div").first() == null
                || !doc.select("body > div").first().attr("style").contains("display:none")) {
            problems.add(where + "no hidden preheader first in the body");
        }
        for (Element e : doc.select("td")) {
            if (!e.attr("style").contains("background-color") || !e.attr("style").contains("color:")) {
                problems.add(where + "cell without explicit colours");
            }
        }
    }

    @Test
    void theStylesheetIsInlinedAndNoClassIsLeft() {
        Email mail = MailFixtures.renderer("en").confirmation().stamp(MailFixtures.recipient());
        Document doc = Jsoup.parse(mail.html());
        Element button = doc.selectFirst("a[href*=confirm]");
        assertThat(button.attr("style")).contains("background-color:#0b5cad").contains("color:#ffffff")
                .contains("display:inline-block");
        assertThat(doc.selectFirst("h1").attr("style")).contains("font-size:26px");
        assertThat(mail.html()).doesNotContain("class=");
    }

    @Test
    void theConfirmationLinksToTheRecipientsTokenAndTheTextListsItAsAFootnote() {
        Email mail = MailFixtures.renderer("en").confirmation().stamp(MailFixtures.recipient());
        assertThat(Jsoup.parse(mail.html()).selectFirst("a[href*=confirm]").attr("href"))
                .isEqualTo(MailFixtures.BASE + "/newsletter/confirm?token=CONFIRM-TOKEN");
        assertThat(mail.text()).contains("Confirm subscription [1]")
                .contains("[1] " + MailFixtures.BASE + "/newsletter/confirm?token=CONFIRM-TOKEN")
                .contains("Hello Ana,");
        assertThat(mail.unsubscribeUrl()).isEmpty();
    }

    @Test
    void aDigestListsEveryArticleWithItsLinkAndAnUnsubscribeFooter() {
        List<Article> articles = MailFixtures.byLanguage().get("en");
        Email mail = MailFixtures.renderer("en").digest(articles).stamp(MailFixtures.recipient());
        Document doc = Jsoup.parse(mail.html());
        assertThat(doc.select("h2 a")).hasSize(articles.size());
        assertThat(doc.select("h2 a").eachAttr("href")).allMatch(h -> h.startsWith(MailFixtures.BASE + "/articles/"));
        assertThat(doc.select("a[href$=UNSUB-TOKEN]").text()).isEqualTo("Unsubscribe");
        for (Article a : articles) {
            assertThat(mail.text()).contains(a.headline());
        }
        assertThat(mail.text()).contains("Links:\n[1] ").contains("UNSUB-TOKEN");
        assertThat(mail.unsubscribeUrl()).contains(MailFixtures.BASE + "/newsletter/unsubscribe?token=UNSUB-TOKEN");
        assertThat(mail.preheader()).hasSizeLessThanOrEqualTo(EmailRenderer.MAX_PREHEADER)
                .startsWith(articles.get(0).headline());
    }

    @Test
    void theTextPartGluesNoWordsAndNumbersEveryBodyLink() {
        Article multimedia = Fixtures.multimedia();
        Email mail = MailFixtures.renderer("en").alert(multimedia).stamp(MailFixtures.recipient());
        String text = mail.text();
        Document doc = Jsoup.parse(mail.html());
        List<String> all = doc.select("a[href]").eachAttr("href");
        List<String> hrefs = all.subList(1, all.size()); // the masthead's link home has no footnote
        assertThat(hrefs).hasSizeGreaterThan(2);
        for (int n = 1; n <= hrefs.size(); n++) {
            assertThat(text).contains("[" + n + "] " + hrefs.get(n - 1) + "\n");
        }
        for (String block : PlainTextWords.blocks(doc)) {
            assertThat(text.replaceAll("\\s+", " ")).contains(block);
        }
    }

    @Test
    void embedsBecomeLinksAndImagesKeepAltAndSize() {
        Email mail = MailFixtures.renderer("en").alert(Fixtures.multimedia()).stamp(MailFixtures.recipient());
        Document doc = Jsoup.parse(mail.html());
        assertThat(Fixtures.multimedia().body().html()).contains("<iframe");
        assertThat(doc.select("iframe")).isEmpty();
        assertThat(doc.select("a[href^=https://www.youtube.com/watch], a[href^=https://player.vimeo.com]"))
                .isNotEmpty();
    }

    @Test
    void arabicMailIsRightToLeft() {
        Email mail = MailFixtures.renderer("ar").welcome().stamp(MailFixtures.recipient());
        Element html = Jsoup.parse(mail.html()).selectFirst("html");
        assertThat(html.attr("dir")).isEqualTo("rtl");
        assertThat(html.attr("lang")).isEqualTo("ar");
        assertThat(mail.subject()).isEqualTo("مرحبًا بك في The Caspian Ledger");
    }

    @Test
    void stampingNeedsTheLinksTheMessageShows() {
        EmailTemplate confirm = MailFixtures.renderer("en").confirmation();
        assertThatThrownBy(() -> confirm.stamp(Recipient.to("a@example.org")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confirmUrl");
        EmailTemplate welcome = MailFixtures.renderer("en").welcome();
        assertThatThrownBy(() -> welcome.stamp(Recipient.to("a@example.org")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsubscribeUrl");
    }

    @Test
    void aDigestNeedsOneToMaxArticles() {
        EmailRenderer r = EmailRenderer.builder().site(MailFixtures.site("en")).maxArticles(2).build();
        List<Article> three = MailFixtures.byLanguage().get("en").subList(0, 3);
        assertThatThrownBy(() -> r.digest(three)).hasMessageContaining("1 to 2 articles, held 3");
        assertThatThrownBy(() -> r.digest(List.of())).hasMessageContaining("held 0");
    }
}
