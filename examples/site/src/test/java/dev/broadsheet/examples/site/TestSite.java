package dev.broadsheet.examples.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The site started in-process on a free loopback port, with its log captured and an HTTP client that keeps cookies
 * (like a browser) and never follows redirects (so tests see the 303s).
 */
final class TestSite implements AutoCloseable {

    static final String TOKEN = "moderation-token-for-tests-0123456789";

    final NewsSite site;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    TestSite(String... options) {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--moderation-token", TOKEN));
        args.addAll(List.of(options));
        try {
            site = NewsSite.start(Options.parse(args, Map.of()), log::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return site.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The site's origin, such as {@code http://127.0.0.1:40123}. */
    String origin() {
        String base = site.baseUri().toString();
        return base.substring(0, base.length() - 1);
    }

    HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(request(pathOrUrl, headers).GET());
    }

    HttpResponse<String> post(String pathOrUrl, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(pathOrUrl, headers).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields, String... headers) {
        return post(pathOrUrl, "application/x-www-form-urlencoded", encode(fields), headers);
    }

    /** A multipart/form-data post, as amp-form sends it. */
    HttpResponse<String> postMultipart(String pathOrUrl, Map<String, String> fields, String... headers) {
        String boundary = "----ampform" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return post(pathOrUrl, "multipart/form-data; boundary=" + boundary, body.toString(), headers);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        URI target = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : uri(pathOrUrl);
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every group 1 of a pattern in the log, oldest first. */
    List<String> logged(Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (String line : log) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /**
     * A link from a mail, as this test reaches it: mail links are under the https form of the site's URL (see
     * {@link NewsletterMail}), while the test talks to the site over plain http on loopback, where a TLS proxy
     * would sit.
     */
    String direct(String mailLink) {
        String https = NewsSite.httpsForm(origin());
        return mailLink.startsWith(https + "/") ? origin() + mailLink.substring(https.length()) : mailLink;
    }

    /** The link of the newest confirmation mail in the log, as the test reaches it. */
    String lastConfirmationLink() {
        List<String> links = logged(Pattern.compile("confirmation mail for subscriber \\S+ .*link: (\\S+)"));
        if (links.isEmpty()) {
            throw new AssertionError("no confirmation mail in the log: " + log);
        }
        return direct(links.get(links.size() - 1));
    }

    /** The unsubscribe link of the newest welcome mail in the log, as the test reaches it. */
    String lastUnsubscribeLink() {
        List<String> links = logged(Pattern.compile("welcome mail for subscriber .*List-Unsubscribe=<([^>]+)>"));
        if (links.isEmpty()) {
            throw new AssertionError("no welcome mail in the log: " + log);
        }
        return direct(links.get(links.size() - 1));
    }

    /** The value of a hidden field in a page. */
    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name);
        }
        return m.group(1);
    }

    @Override
    public void close() {
        site.close();
    }
}
