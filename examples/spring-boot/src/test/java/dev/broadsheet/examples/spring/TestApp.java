package dev.broadsheet.examples.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One instance of the site, started in-process on a free loopback port ({@code server.port=0}) against a given
 * database, with an HTTP client that keeps cookies (like a browser) and never follows redirects.
 */
final class TestApp implements AutoCloseable {

    static final String SECRET = "a-shared-secret-for-the-tests-0123456789";
    static final String PASSWORD = "moderator-password-for-tests";

    final ConfigurableApplicationContext context;
    final URI base;
    final HttpClient http = newClient();

    private TestApp(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** An H2 database in memory, its name unique, kept until the JVM ends. */
    static String h2Url() {
        return "jdbc:h2:mem:bs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** Starts the site on H2 in memory. */
    static TestApp h2(String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + h2Url()));
        args.addAll(List.of(extra));
        return start(args.toArray(String[]::new));
    }

    /** Starts the site on a PostgreSQL database. */
    static TestApp postgres(String jdbcUrl, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + PostgresCluster.USER));
        args.addAll(List.of(extra));
        return start(args.toArray(String[]::new));
    }

    static TestApp start(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--broadsheet.secret=" + SECRET, "--broadsheet.moderator-password=" + PASSWORD,
                "--broadsheet.min-form-time=0s", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.dev.broadsheet=INFO"));
        all.addAll(List.of(args));
        SpringApplication app = new SpringApplicationBuilder(BroadsheetApplication.class).build();
        return new TestApp(app.run(all.toArray(String[]::new)));
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    URI uri(String path) {
        return path.startsWith("http") ? URI.create(path) : base.resolve(path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return get(http, path, headers);
    }

    HttpResponse<String> get(HttpClient client, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(client, b.build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(http, path, fields);
    }

    HttpResponse<String> postForm(HttpClient client, String path, Map<String, String> fields) {
        HttpRequest r = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build();
        return send(client, r);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The hidden inputs of the first form matching a CSS selector, as the browser would post them. */
    static Map<String, String> hiddenFields(String html, String formSelector) {
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(html).selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no " + formSelector + " in the page");
        }
        Map<String, String> out = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> out.put(i.attr("name"), i.attr("value")));
        return out;
    }

    /** Signs in as the moderator on this instance's client. */
    void signIn() {
        String login = get("/moderation/login").body();
        Map<String, String> form = new LinkedHashMap<>(hiddenFields(login, "form"));
        form.put("username", SecurityConfig.MODERATOR);
        form.put("password", PASSWORD);
        HttpResponse<String> r = postForm("/moderation/login", form);
        if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/moderation")) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.headers().map());
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
