package dev.broadsheet.render.email;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The fixture articles by language, and a renderer and every message kind for each language. */
final class MailFixtures {

    static final String BASE = "https://news.example.com";

    private MailFixtures() {
    }

    static Site site(String language) {
        return Site.builder().name("The Caspian Ledger").baseUrl(BASE).language(language).zone("Asia/Baku").build();
    }

    /** Published fixture articles, by language (articles without one count as English). */
    static Map<String, List<Article>> byLanguage() {
        Map<String, List<Article>> out = new TreeMap<>();
        for (Article a : Fixtures.articles()) {
            if (a.status() == ArticleStatus.PUBLISHED) {
                out.computeIfAbsent(a.language().orElse("en"), k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    static EmailRenderer renderer(String language) {
        return EmailRenderer.builder().site(site(language)).labels(Labels.of(language)).build();
    }

    /** Every kind of message in one language: one of each kind, an alert for each article. */
    static Map<String, EmailTemplate> templates(String language, List<Article> articles) {
        EmailRenderer r = renderer(language);
        Map<String, EmailTemplate> out = new TreeMap<>();
        out.put("confirmation", r.confirmation());
        out.put("welcome", r.welcome());
        out.put("digest", r.digest(articles));
        out.put("unsubscribed", r.unsubscribed());
        for (Article a : articles) {
            out.put("alert " + a.id(), r.alert(a));
        }
        return out;
    }

    static Recipient recipient() {
        return Recipient.to("reader@example.org").withName("Ana")
                .withUnsubscribeUrl(BASE + "/newsletter/unsubscribe?token=UNSUB-TOKEN")
                .withConfirmUrl(BASE + "/newsletter/confirm?token=CONFIRM-TOKEN");
    }
}
