package dev.broadsheet.render.internal;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.FormFields;
import dev.broadsheet.render.FormState;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.PartContext;

/**
 * The built-in forms: "Leave a Reply" and the newsletter signup, with labelled fields, kept values, error
 * summaries and messages tied to their fields. Stateless: one set serves every thread.
 */
final class FormParts {

    private FormParts() {
    }

    static void commentForm(ArticlePage page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        FormState form = page.commentForm();
        Article a = page.article();
        out.open("section").attr("class", "bs-respond").attr("id", "respond")
                .attr("aria-labelledby", "bs-respond-title").close().markup("\n");
        out.open("h2").attr("id", "bs-respond-title").close().text(labels.get("form.reply.title")).end("h2")
                .markup("\n");
        errorSummary(form, "bs-comment-", ctx);
        Dialect.of(ctx).formStart("bs-form", ctx.links().commentAction(a), ctx);
        out.open("p").attr("class", "bs-form-note").attr("id", "bs-email-notes").close()
                .text(labels.get("form.email.notice")).text(" ")
                .start("span", "bs-required-note").text(labels.get("form.required.notice")).end("span").end("p")
                .markup("\n");
        field(ctx, form, "bs-comment-", FormFields.COMMENT, "form.comment", "textarea", null, null, 65_525, true,
                null);
        field(ctx, form, "bs-comment-", FormFields.NAME, "form.name", "text", "name", null, 245, true, null);
        field(ctx, form, "bs-comment-", FormFields.EMAIL, "form.email", "email", "email", null, 254, true,
                "bs-email-notes");
        field(ctx, form, "bs-comment-", FormFields.URL, "form.website", "url", "url", null, 2000, false, null);
        out.open("div").attr("class", "bs-hp").attr("aria-hidden", "true").close()
                .open("label").attr("for", "bs-comment-hp").close().text(labels.get("form.honeypot")).end("label")
                .open("input").attr("id", "bs-comment-hp").attr("name", FormFields.HONEYPOT).attr("type", "text")
                .attr("tabindex", "-1").attr("autocomplete", "off").close().end("div").markup("\n");
        hidden(out, FormFields.ARTICLE_ID, a.id());
        hidden(out, FormFields.PARENT_ID, page.replyTo().orElse(form.value(FormFields.PARENT_ID)));
        ctx.csrfToken().ifPresent(t -> hidden(out, FormFields.CSRF_TOKEN, t));
        page.commentFormFields().forEach((k, v) -> hidden(out, k, v));
        out.start("p", "bs-actions").open("button").attr("type", "submit").close().text(labels.get("form.submit"))
                .end("button").end("p").markup("\n");
        Dialect.of(ctx).formEnd(Dialect.Form.COMMENT, ctx);
        out.end("form").markup("\n").end("section").markup("\n");
    }

    static void newsletterForm(Page page, PartContext ctx) {
        HtmlWriter out = ctx.out();
        Labels labels = ctx.labels();
        FormState form = page.newsletterForm();
        out.open("aside").attr("class", "bs-newsletter").attr("aria-labelledby", "bs-newsletter-title").close()
                .markup("\n");
        out.open("h2").attr("id", "bs-newsletter-title").close().text(labels.get("newsletter.title")).end("h2")
                .markup("\n");
        out.start("p", "bs-newsletter-intro").text(labels.get("newsletter.intro")).end("p").markup("\n");
        errorSummary(form, "bs-newsletter-", ctx);
        Dialect.of(ctx).formStart("bs-form bs-newsletter-form", ctx.links().subscribeAction(), ctx);
        field(ctx, form, "bs-newsletter-", FormFields.EMAIL, "newsletter.email", "email", "email", null, 254, true,
                null);
        String consentId = "bs-newsletter-" + FormFields.CONSENT;
        out.start("p", "bs-field bs-consent").open("input").attr("type", "checkbox").attr("id", consentId)
                .attr("name", FormFields.CONSENT).attr("value", "yes").attr("required");
        if ("yes".equals(form.value(FormFields.CONSENT))) {
            out.attr("checked");
        }
        if (form.hasError(FormFields.CONSENT)) {
            out.attr("aria-invalid", "true").attr("aria-describedby", consentId + "-error");
        }
        out.close().text(" ").open("label").attr("for", consentId).close()
                .text(ctx.site().consentText().orElseGet(() -> labels.get("newsletter.consent"))).end("label");
        if (form.hasError(FormFields.CONSENT)) {
            out.open("span").attr("class", "bs-error").attr("id", consentId + "-error").close()
                    .text(form.errors().get(FormFields.CONSENT)).end("span");
        }
        out.end("p").markup("\n");
        hidden(out, FormFields.CONSENT_VERSION, ctx.site().consentVersion());
        ctx.csrfToken().ifPresent(t -> hidden(out, FormFields.CSRF_TOKEN, t));
        out.start("p", "bs-actions").open("button").attr("type", "submit").close()
                .text(labels.get("newsletter.submit")).end("button").end("p").markup("\n");
        Dialect.of(ctx).formEnd(Dialect.Form.NEWSLETTER, ctx);
        out.end("form").markup("\n").end("aside").markup("\n");
    }

    private static void errorSummary(FormState form, String prefix, PartContext ctx) {
        if (form.errors().isEmpty()) {
            return;
        }
        HtmlWriter out = ctx.out();
        out.open("div").attr("class", "bs-form-errors").attr("role", "alert").close()
                .start("p").text(ctx.labels().get("form.errors.title")).end("p").start("ul");
        form.errors().forEach((field, message) -> {
            out.start("li");
            if (field.isEmpty()) {
                out.text(message);
            } else {
                out.open("a").attr("href", "#" + prefix + field).close().text(message).end("a");
            }
            out.end("li");
        });
        out.end("ul").end("div").markup("\n");
    }

    /** One labelled form control with its error message, value kept. */
    private static void field(PartContext ctx, FormState form, String prefix, String name, String labelKey,
            String type, String autocomplete, String placeholder, int maxLength, boolean required,
            String describedBy) {
        HtmlWriter out = ctx.out();
        String id = prefix + name;
        String errorId = id + "-error";
        boolean error = form.hasError(name);
        out.start("p", error ? "bs-field bs-field-error" : "bs-field");
        out.open("label").attr("for", id).close().text(ctx.labels().get(labelKey));
        if (required) {
            out.text(" ").open("span").attr("class", "bs-required").attr("aria-hidden", "true").close().text("*")
                    .end("span");
        }
        out.end("label");
        boolean textarea = type.equals("textarea");
        String value = form.value(name);
        out.open(textarea ? "textarea" : "input").attr("id", id).attr("name", name);
        if (!textarea) {
            if (type.equals("url") && !value.isEmpty() && !ABSOLUTE_URL.matcher(value).matches()) {
                // keep what the reader typed: an invalid value on type="url" is invalid HTML, so the field becomes
                // a text field with a URL keyboard until the value is fixed
                out.attr("type", "text").attr("inputmode", "url");
            } else {
                out.attr("type", type);
            }
        } else {
            out.attr("rows", 6);
        }
        if (autocomplete != null) {
            out.attr("autocomplete", autocomplete);
        }
        out.attr("maxlength", maxLength);
        if (required) {
            out.attr("required");
        }
        String described = describedBy;
        if (error) {
            out.attr("aria-invalid", "true");
            described = described == null ? errorId : described + " " + errorId;
        }
        if (described != null) {
            out.attr("aria-describedby", described);
        }
        if (textarea) {
            out.close().text(value).end("textarea");
        } else {
            if (!value.isEmpty()) {
                out.attr("value", value);
            }
            out.close();
        }
        if (error) {
            out.open("span").attr("class", "bs-error").attr("id", errorId).close().text(form.errors().get(name))
                    .end("span");
        }
        out.end("p").markup("\n");
    }

    /** What a {@code type="url"} field may hold: an absolute URL without spaces or characters URLs escape. */
    private static final java.util.regex.Pattern ABSOLUTE_URL =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"<>\\\\^`{|}]+");

    private static void hidden(HtmlWriter out, String name, String value) {
        out.open("input").attr("type", "hidden").attr("name", name).attr("value", value).close().markup("\n");
    }
}
