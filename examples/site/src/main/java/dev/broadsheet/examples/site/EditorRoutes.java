package dev.broadsheet.examples.site;

import dev.broadsheet.checks.CheckPolicy;
import dev.broadsheet.checks.EditorialChecks;
import dev.broadsheet.checks.Finding;
import dev.broadsheet.checks.LinkResolver;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The editor view: {@code GET /moderation/editor/{slug}} (under the moderator cookie's path) shows an article in
 * any status with its editorial findings (the {@link EditorialChecks} of {@code dev.broadsheet.checks}) listed next
 * to its preview. Only for a signed-in moderator (the session of {@link ModerationRoutes}); anyone else gets 403. Internal links are resolved against
 * the store: a link to an article the store does not have is reported, as is one to a withdrawn article.
 */
final class EditorRoutes {

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";

    private final Store store;
    private final Views views;
    private final Predicate<Request> signedIn;
    private final EditorialChecks checks;

    EditorRoutes(Store store, Views views, Predicate<Request> signedIn) {
        this.store = store;
        this.views = views;
        this.signedIn = signedIn;
        String base = views.html().site().baseUrl();
        this.checks = EditorialChecks.builder()
                .policy(CheckPolicy.builder().siteUrl(base + "/").build())
                .linkResolver(url -> resolve(base, url)).build();
    }

    void register(Router router) {
        router.get("/moderation/editor/" + SLUG, (r, m) -> editor(r, m.group(1)));
    }

    /** Articles are at {base}/articles/{slug}; every other page of the site counts as live. */
    private LinkResolver.Target resolve(String base, String url) {
        String path = url.startsWith(base) ? url.substring(base.length()) : url;
        String prefix = "/articles/";
        if (!path.startsWith(prefix)) {
            return LinkResolver.Target.LIVE;
        }
        String slug = path.substring(prefix.length());
        int end = 0;
        while (end < slug.length() && (Character.isLetterOrDigit(slug.charAt(end)) || slug.charAt(end) == '-')) {
            end++;
        }
        Optional<Article> target = store.article(slug.substring(0, end));
        if (target.isEmpty()) {
            return LinkResolver.Target.UNKNOWN;
        }
        return target.get().status() == ArticleStatus.WITHDRAWN ? LinkResolver.Target.WITHDRAWN
                : LinkResolver.Target.LIVE;
    }

    private Response editor(Request r, String slug) {
        if (!signedIn.test(r)) {
            throw HttpProblem.forbidden("The editor view is for signed-in moderators: sign in at /moderation.");
        }
        Article article = store.article(slug).orElseThrow(HttpProblem::notFound);
        List<Finding> findings = checks.check(article);
        String preview = views.html().fragment(Part.ARTICLE, ArticlePage.of(article));
        return views.simple(200, "Editor: " + article.headline(), out -> {
            out.start("div", "site-editor").markup("\n");
            findings(out, findings);
            out.start("section", "site-editor-preview").start("h2").text("Preview").end("h2").markup("\n");
            // the renderer's own output for this article: escaped by the renderer, so written as it is
            out.markup(preview);
            out.end("section").markup("\n").end("div").markup("\n");
        }).header("Cache-Control", "no-store");
    }

    private static void findings(HtmlWriter out, List<Finding> findings) {
        out.start("section", "site-editor-findings").start("h2").text("Checks").end("h2").markup("\n");
        if (findings.isEmpty()) {
            Views.paragraph(out, "Nothing to fix.");
        } else {
            Views.paragraph(out, findings.size() + (findings.size() == 1 ? " finding" : " findings") + ":");
            out.start("ul", "site-findings").markup("\n");
            for (Finding f : findings) {
                out.open("li").attr("class", "site-finding site-finding-" + f.severity().label()).close()
                        .start("strong").text(f.severity().label()).end("strong").text(" ")
                        .start("code").text(f.code()).end("code").text(" ")
                        .start("code").text(f.path().isEmpty() ? "/" : f.path()).end("code").text(": ")
                        .text(f.message()).end("li").markup("\n");
            }
            out.end("ul").markup("\n");
        }
        out.end("section").markup("\n");
    }
}
