package dev.broadsheet.examples.site;

import dev.broadsheet.comments.FormStamps;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Everything the site renders: Broadsheet's article, listing, AMP and JSON-LD pages with the request's form state
 * and CSRF token, and the site's own small pages (newsletter confirmation, unsubscription, moderation, errors),
 * written with {@link HtmlWriter} inside the same chrome: Broadsheet's {@link Part#SITE_HEADER} and
 * {@link Part#SITE_FOOTER}, rendered as fragments.
 */
final class Views {

    /**
     * What the forms of an article page hold for this request.
     *
     * @param comment the comment form's state
     * @param newsletter the newsletter form's state
     * @param notice a notice for the top of the page, or null
     * @param replyTo the comment replied to, or null
     * @param stamp the comment form's stamp to reuse (a form sent back keeps its original stamp), or null for a new
     *     one
     */
    record Forms(FormState comment, FormState newsletter, @Nullable String notice, @Nullable String replyTo,
            @Nullable String stamp) {

        /** Empty forms, no notice. */
        static final Forms EMPTY = new Forms(FormState.empty(), FormState.empty(), null, null, null);
    }

    private final HtmlRenderer html;
    private final AmpRenderer amp;
    private final JsonLdRenderer jsonLd;
    private final Store store;
    private final FormStamps stamps;
    private final Csrf csrf;
    private final Labels labels;
    private final ListingPage chrome;
    private final int commentsPerPage;

    Views(HtmlRenderer html, AmpRenderer amp, JsonLdRenderer jsonLd, Store store, FormStamps stamps, Csrf csrf,
            int commentsPerPage) {
        this.commentsPerPage = commentsPerPage;
        this.html = html;
        this.amp = amp;
        this.jsonLd = jsonLd;
        this.store = store;
        this.stamps = stamps;
        this.csrf = csrf;
        this.chrome = ListingPage.home(List.of());
        this.labels = html.labelsFor(chrome);
    }

    /** @return the site's labels (its language's) */
    Labels labels() {
        return labels;
    }

    HtmlRenderer html() {
        return html;
    }

    /** An article page with its comments and forms. */
    Response article(Request request, Article article, Forms forms, int status) {
        Utf8Buffer out = new Utf8Buffer();
        html.render(articlePage(request, article, forms, false), out);
        return Response.page(status, out);
    }

    /** The AMP version of an article; no CSRF token (see {@link Origins}). */
    Response amp(Article article) {
        Utf8Buffer out = new Utf8Buffer();
        amp.render(articlePage(null, article, Forms.EMPTY, true), out);
        return Response.amp(out);
    }

    /** The JSON-LD graph of an article page. */
    Response jsonLd(Article article) {
        Utf8Buffer json = new Utf8Buffer();
        jsonLd.json(ArticlePage.builder(article).comments(store.comments(article.id()))
                .commentsPerPage(commentsPerPage).build(), json);
        return Response.resource(200, "application/ld+json; charset=utf-8", json.toByteArray())
                .header("Cache-Control", "no-cache");
    }

    private ArticlePage articlePage(@Nullable Request request, Article article, Forms forms, boolean ampPage) {
        String stamp = forms.stamp() != null ? forms.stamp() : stamps.issue(article.id());
        ArticlePage.Builder page = ArticlePage.builder(article).comments(store.comments(article.id()))
                .commentForm(forms.comment()).newsletterForm(forms.newsletter()).notice(forms.notice())
                .replyTo(forms.replyTo()).csrfToken(ampPage || request == null ? null : csrf.token(request))
                .commentFormField(FormStamps.FIELD, stamp).commentsPerPage(commentsPerPage);
        int commentPage = ampPage || request == null ? 1 : ReadingRoutes.pageNumber(request, "cpage");
        if (commentPage > page.commentPageCount()) {
            throw HttpProblem.notFound();
        }
        return page.commentPage(commentPage).build();
    }

    /** A listing (home, section, tag, author) with the newsletter form. */
    Response listing(Request request, ListingPage page, FormState newsletter, int status) {
        Utf8Buffer out = new Utf8Buffer();
        html.render(page.withState(newsletter, csrf.token(request), null), out);
        return Response.page(status, out);
    }

    /**
     * Renders any page with a newsletter form in a given state: for a newsletter form sent back with errors.
     *
     * @param request the request
     * @param page an article or listing page
     * @param newsletter the form's state
     * @param status the HTTP status
     * @return the page
     */
    Response withNewsletter(Request request, Page page, FormState newsletter, int status) {
        if (page instanceof ArticlePage a) {
            return article(request, a.article(), new Forms(FormState.empty(), newsletter, null, null, null), status);
        }
        return listing(request, (ListingPage) page, newsletter, status);
    }

    /**
     * One of the site's own pages, inside the site's header and footer.
     *
     * @param status the HTTP status
     * @param title the page's heading and title
     * @param content writes what follows the heading
     * @return the page
     */
    Response simple(int status, String title, Consumer<HtmlWriter> content) {
        return Response.page(status, simpleHtml(title, content)).header("X-Robots-Tag", "noindex");
    }

    /** A page with a heading and a paragraph. */
    Response message(int status, String title, String text) {
        return simple(status, title, out -> paragraph(out, text));
    }

    String simpleHtml(String title, Consumer<HtmlWriter> content) {
        StringBuilder sb = new StringBuilder(4096);
        HtmlWriter out = new HtmlWriter(sb);
        out.markup("<!DOCTYPE html>\n");
        out.open("html").attr("lang", labels.language()).attr("dir", labels.direction()).close().markup("\n");
        out.start("head").markup("\n");
        out.open("meta").attr("charset", "utf-8").close().markup("\n");
        out.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").close()
                .markup("\n");
        out.start("title").text(title + " \u2013 " + html.site().name()).end("title").markup("\n");
        out.open("meta").attr("name", "robots").attr("content", "noindex, nofollow").close().markup("\n");
        out.open("link").attr("rel", "stylesheet").urlAttr("href", html.site().stylesheetUrl()
                .orElseGet(() -> html.links().stylesheet())).close().markup("\n");
        out.end("head").markup("\n");
        out.open("body").attr("id", "top").close().markup("\n");
        out.open("a").attr("class", "bs-skip").attr("href", "#main").close().text(labels.get("skip.to.content"))
                .end("a").markup("\n");
        html.fragment(Part.SITE_HEADER, chrome, chrome, sb);
        out.open("main").attr("id", "main").attr("class", "bs-main").close().markup("\n");
        out.open("section").attr("class", "site-page").attr("aria-labelledby", "site-page-title").close()
                .markup("\n");
        out.open("h1").attr("id", "site-page-title").attr("class", "bs-headline").close().text(title).end("h1")
                .markup("\n");
        content.accept(out);
        out.end("section").markup("\n").end("main").markup("\n");
        html.fragment(Part.SITE_FOOTER, chrome, chrome, sb);
        out.end("body").markup("\n").end("html").markup("\n");
        return sb.toString();
    }

    /** Writes a paragraph. */
    static void paragraph(HtmlWriter out, String text) {
        out.start("p", "site-text").text(text).end("p").markup("\n");
    }

    /** Writes a link to the home page. */
    void homeLink(HtmlWriter out) {
        out.start("p", "site-text").open("a").urlAttr("href", html.links().home()).close()
                .text(labels.get("nav.home")).end("a").end("p").markup("\n");
    }

    /**
     * Writes a form with hidden fields and one submit button.
     *
     * @param out the writer
     * @param action where it posts
     * @param hidden hidden fields, name and value in turn
     * @param button the button's text
     */
    static void buttonForm(HtmlWriter out, String action, List<String> hidden, String button) {
        out.open("form").attr("class", "bs-form site-button-form").attr("method", "post").urlAttr("action", action)
                .close().markup("\n");
        for (int i = 0; i + 1 < hidden.size(); i += 2) {
            out.open("input").attr("type", "hidden").attr("name", hidden.get(i)).attr("value", hidden.get(i + 1))
                    .close().markup("\n");
        }
        out.start("p", "bs-actions").open("button").attr("type", "submit").close().text(button).end("button")
                .end("p").markup("\n").end("form").markup("\n");
    }

    /** The error page of a refused request. */
    Response problem(HttpProblem p) {
        Response r = simple(p.status(), p.title(), out -> {
            paragraph(out, p.getMessage());
            homeLink(out);
        });
        if (!p.allow().isEmpty()) {
            r.header("Allow", String.join(", ", p.allow()));
        }
        return r;
    }

    /** The 500 page: no details. */
    Response serverError() {
        try {
            return message(500, "Something went wrong", "Sorry, this page could not be shown. Please try again"
                    + " later.");
        } catch (RuntimeException e) {
            return Response.page(500, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error"
                    + "</title></head><body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>\n");
        }
    }

    /** The comment form's field for a violation path of the comment. */
    static String commentField(String path) {
        if (path.startsWith("/author/name")) {
            return FormFields.NAME;
        }
        if (path.startsWith("/author/email")) {
            return FormFields.EMAIL;
        }
        if (path.startsWith("/author/url")) {
            return FormFields.URL;
        }
        if (path.startsWith("/body")) {
            return FormFields.COMMENT;
        }
        return "";
    }
}
