package dev.broadsheet.examples.spring;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Writes pages to the response as bytes: Broadsheet renders into a per-thread {@link Utf8Buffer}, and the buffer's
 * array goes to the servlet output stream as it is — no String, no copy. Every page gets a strong ETag (a digest
 * of its bytes; {@code If-None-Match} answers 304), {@code Last-Modified} where the content has a date, its
 * Cache-Control and its Content-Security-Policy:
 * <ul>
 *   <li>HTML pages: {@value #PAGE_POLICY}; {@code Cache-Control: private, no-cache} (they carry the reader's CSRF
 *       token, and a comment approved a second ago must show on the next look);</li>
 *   <li>AMP pages: {@value #AMP_POLICY}; {@code public, max-age=60} (no per-reader content);</li>
 *   <li>the stylesheet: {@value #RESOURCE_POLICY}; {@code public, max-age=3600}.</li>
 * </ul>
 */
@Component
public class Pages {

    /** The policy of HTML pages (the README's strict policy with form-action and frame-ancestors). */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' https: data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The policy of AMP pages: the AMP runtime, its inline boilerplate style. */
    public static final String AMP_POLICY = "default-src 'self'; script-src https://cdn.ampproject.org/ blob:; "
            + "style-src 'unsafe-inline' https://cdn.ampproject.org/rtv/; img-src 'self' https: data:; "
            + "connect-src 'self' https://cdn.ampproject.org; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The policy of everything that is not a page. */
    public static final String RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    /** A thread's buffer is dropped after a page that made it grow beyond this, so one huge page stays no cost. */
    static final int MAX_RETAINED_BUFFER = 1 << 20;

    static final String HTML = "text/html;charset=UTF-8";

    /** What a response is, for its headers. */
    enum Kind {
        PAGE(PAGE_POLICY, "private, no-cache"),
        AMP(AMP_POLICY, "public, max-age=60"),
        SITE_PAGE(PAGE_POLICY, "no-store"),
        RESOURCE(RESOURCE_POLICY, "public, max-age=3600");

        final String policy;
        final String cacheControl;

        Kind(String policy, String cacheControl) {
            this.policy = policy;
            this.cacheControl = cacheControl;
        }
    }

    private static final ThreadLocal<Utf8Buffer> BUFFERS = ThreadLocal.withInitial(Utf8Buffer::new);

    private final SiteRenderers renderers;

    Pages(SiteRenderers renderers) {
        this.renderers = renderers;
    }

    HtmlRenderer html() {
        return renderers.get().html();
    }

    Labels labels() {
        return html().labelsFor(ListingPage.home(List.of()));
    }

    /** @return the request's CSRF token (Spring Security's; reading it makes sure its cookie is set) */
    static @Nullable String csrf(HttpServletRequest request) {
        Object t = request.getAttribute(CsrfToken.class.getName());
        return t instanceof CsrfToken token ? token.getToken() : null;
    }

    /** An article or listing page. */
    void page(HttpServletRequest request, HttpServletResponse response, int status, Page page,
            @Nullable Instant lastModified) {
        Utf8Buffer buffer = buffer();
        html().render(page, buffer);
        send(request, response, status, HTML, buffer, Kind.PAGE, lastModified);
    }

    /**
     * A page that differs on every render although its content does not: an article page, whose comment form holds
     * a signed, timed form stamp. Its ETag is weak and computed from what the page shows ({@code seed}: the
     * article, its approved comments, the reader's CSRF token, the hour — so a cached copy's stamp is at most an hour
     * old); a matching {@code If-None-Match} answers 304 without rendering.
     */
    void page(HttpServletRequest request, HttpServletResponse response, java.util.function.Supplier<? extends Page>
            page, @Nullable Instant lastModified, String seed) {
        byte[] s = seed.getBytes(StandardCharsets.UTF_8);
        String etag = "W/" + etag(s, s.length);
        if (notModified(request, etag, lastModified, Kind.PAGE)) {
            response.setHeader("Content-Security-Policy", Kind.PAGE.policy);
            response.setHeader("Cache-Control", Kind.PAGE.cacheControl);
            response.setHeader("ETag", etag);
            response.setStatus(304);
            return;
        }
        Utf8Buffer buffer = buffer();
        html().render(page.get(), buffer);
        write(response, 200, HTML, buffer.array(), buffer.length(), Kind.PAGE, etag, lastModified, request);
    }

    /** An AMP article page. */
    void amp(HttpServletRequest request, HttpServletResponse response, ArticlePage page,
            @Nullable Instant lastModified) {
        Utf8Buffer buffer = buffer();
        renderers.get().amp().render(page, buffer);
        send(request, response, 200, HTML, buffer, Kind.AMP, lastModified);
    }

    /** A resource such as the stylesheet. */
    void resource(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body) {
        write(response, 200, contentType, body, body.length, Kind.RESOURCE, etag(body, body.length), null,
                request);
    }

    /**
     * One of the site's own pages (newsletter, moderation, errors) inside the site's header and footer, never
     * cached.
     */
    void simple(HttpServletRequest request, HttpServletResponse response, int status, String title,
            Consumer<HtmlWriter> content) {
        byte[] body = simpleHtml(title, content).getBytes(StandardCharsets.UTF_8);
        response.setHeader("X-Robots-Tag", "noindex");
        write(response, status, HTML, body, body.length, Kind.SITE_PAGE, null, null, request);
    }

    /** A page with a heading and a paragraph. */
    void message(HttpServletRequest request, HttpServletResponse response, int status, String title, String text) {
        simple(request, response, status, title, out -> paragraph(out, text));
    }

    String simpleHtml(String title, Consumer<HtmlWriter> content) {
        HtmlRenderer html = html();
        ListingPage chrome = ListingPage.home(List.of());
        Labels labels = html.labelsFor(chrome);
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
        out.open("link").attr("rel", "stylesheet").urlAttr("href", html.links().stylesheet()).close().markup("\n");
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
        out.start("p", "site-text").open("a").urlAttr("href", html().links().home()).close()
                .text(labels().get("nav.home")).end("a").end("p").markup("\n");
    }

    /**
     * Writes a form with hidden fields and one submit button.
     *
     * @param hidden hidden fields, name and value in turn
     */
    static void buttonForm(HtmlWriter out, String action, List<String> hidden, String button) {
        out.open("form").attr("class", "bs-form site-button-form").attr("method", "post").urlAttr("action", action)
                .close().markup("\n");
        for (int i = 0; i + 1 < hidden.size(); i += 2) {
            hidden(out, hidden.get(i), hidden.get(i + 1));
        }
        out.start("p", "bs-actions").open("button").attr("type", "submit").close().text(button).end("button")
                .end("p").markup("\n").end("form").markup("\n");
    }

    static void hidden(HtmlWriter out, String name, String value) {
        out.open("input").attr("type", "hidden").attr("name", name).attr("value", value).close().markup("\n");
    }

    /** A 303 to a URL (Post/Redirect/Get). */
    static void seeOther(HttpServletResponse response, String url) {
        response.setStatus(303);
        response.setHeader("Location", url);
        response.setHeader("Cache-Control", "no-store");
    }

    private static Utf8Buffer buffer() {
        Utf8Buffer b = BUFFERS.get();
        if (b.capacity() > MAX_RETAINED_BUFFER) {
            b = new Utf8Buffer();
            BUFFERS.set(b);
        }
        return b.clear();
    }

    private void send(HttpServletRequest request, HttpServletResponse response, int status, String contentType,
            Utf8Buffer buffer, Kind kind, @Nullable Instant lastModified) {
        write(response, status, contentType, buffer.array(), buffer.length(), kind,
                etag(buffer.array(), buffer.length()), lastModified, request);
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body, int length,
            Kind kind, @Nullable String etag, @Nullable Instant lastModified, HttpServletRequest request) {
        response.setHeader("Content-Security-Policy", kind.policy);
        response.setHeader("Cache-Control", kind.cacheControl);
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        }
        if (status == 200 && notModified(request, etag, lastModified, kind)) {
            response.setStatus(304);
            return;
        }
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try {
            response.getOutputStream().write(body, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean notModified(HttpServletRequest request, @Nullable String etag,
            @Nullable Instant lastModified, Kind kind) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            if (etag == null) {
                return false;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
                if (c.equals("*") || c.equals(bare) || c.equals("W/" + bare)) {
                    return true;
                }
            }
            return false;
        }
        // without a per-reader token, a date is enough to validate a cached copy
        if (lastModified != null && kind != Kind.PAGE) {
            long since;
            try {
                since = request.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                return false;
            }
            return since >= 0 && lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
        }
        return false;
    }

    /** A strong validator: 128 bits of the SHA-256 of the bytes. */
    static String etag(byte[] body, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body, 0, length);
            byte[] d = sha.digest();
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
