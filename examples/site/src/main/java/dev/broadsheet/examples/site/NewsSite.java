package dev.broadsheet.examples.site;

import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.comments.FormStamps;
import dev.broadsheet.comments.Moderator;
import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.Stylesheet;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.email.EmailRenderer;
import dev.broadsheet.render.email.MimeAssembler;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import dev.broadsheet.validation.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An embedded news site on the JDK's own HTTP server ({@code com.sun.net.httpserver}), built on Broadsheet: HTML,
 * AMP and JSON-LD pages rendered from an in-memory store seeded with the fixtures, comments through the page's form
 * with CSRF protection, validation, sanitizing and moderation, a moderation queue, and a double opt-in newsletter.
 * See {@code examples/site/README.md} for the routes and the security design.
 *
 * <p>Run it with {@code java -jar examples/site/target/broadsheet-site.jar [--port N] [...]} ({@link Options}
 * lists the options). Or start it in-process, as the tests do:
 * <pre>{@code
 * try (NewsSite site = NewsSite.start(Options.parse(List.of("--port", "0"), Map.of()), System.out::println)) {
 *     URI home = site.baseUri();
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops the server, letting requests in flight finish for up to {@link #GRACE}; the command
 * line version does that from a shutdown hook (Ctrl-C, SIGTERM).
 */
public final class NewsSite implements AutoCloseable {

    /** How long requests in flight may take to finish when the site stops. */
    public static final Duration GRACE = Duration.ofSeconds(2);
    /** The site's name. */
    public static final String NAME = "The Caspian Ledger";
    /** The fictional host the fixtures' images live on; the site serves placeholders for them instead. */
    static final String FIXTURE_IMAGE_HOST = "https://img.broadsheet.example/";
    /** Threads serving requests. */
    static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final String moderationToken;
    private final Consumer<String> log;
    private final Store store;

    private NewsSite(HttpServer server, ExecutorService executor, URI baseUri, String moderationToken,
            Consumer<String> log, Store store) {
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
        this.moderationToken = moderationToken;
        this.log = log;
        this.store = store;
    }

    /**
     * Runs the site until the process is stopped.
     *
     * @param args the options, see {@link Options#USAGE}
     */
    public static void main(String[] args) {
        List<String> list = Arrays.asList(args);
        if (list.contains("--help") || list.contains("-h")) {
            System.out.println(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(list, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("broadsheet-site: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        NewsSite site;
        try {
            site = start(options, line -> System.out.println("[site] " + line));
        } catch (IOException | UncheckedIOException e) {
            System.err.println("broadsheet-site: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (ValidationException e) {
            System.err.println("broadsheet-site: the fixtures are not valid:\n" + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(site::close, "broadsheet-site-shutdown"));
    }

    /**
     * Starts the site.
     *
     * @param options where to listen and what to serve
     * @param log where log lines go (the access log, moderation decisions, and the newsletter's mails when no
     *     {@code --smtp} server is given)
     * @return the running site
     * @throws IOException when the address cannot be bound
     * @throws ValidationException when {@code --fixtures} names content that is not valid
     */
    public static NewsSite start(Options options, Consumer<String> log) throws IOException {
        // the JDK server's own limits (read once per JVM): a request must arrive within 30 s, an answer within 60 s
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("sun.net.httpserver.maxRspTime", "60");
        InetAddress address = InetAddress.getByName(options.host());
        HttpServer server = HttpServer.create(new InetSocketAddress(address, options.port()), 64);
        int port = server.getAddress().getPort();
        String base = options.publicUrl() != null ? options.publicUrl()
                : "http://" + urlHost(address) + (port == 80 ? "" : ":" + port);
        boolean https = base.startsWith("https://");
        Clock clock = Clock.systemUTC();
        Secrets secrets = Secrets.random();

        Site site = Site.builder().name(NAME).baseUrl(base).description("Independent news from the South Caucasus,"
                + " the Caspian and beyond").zone("Asia/Baku").twitterHandle("@caspianledger")
                .feeds(FeedFormat.RSS, FeedFormat.ATOM, FeedFormat.JSON_FEED).build();
        Subscriptions subscriptions = Subscriptions.builder().clock(clock).build();
        Store store = new Store(content(options.fixtures(), base), clock, subscriptions::addressKey);

        Masthead masthead = new Masthead(store.topSections());
        HtmlRenderer html = HtmlRenderer.builder().site(site).part(Part.SITE_HEADER, masthead).build();
        AmpRenderer amp = AmpRenderer.builder(HtmlRenderer.builder().site(site).links(ampLinks(html.links()))
                .part(Part.SITE_HEADER, masthead).build())
                .stylesheet(Stylesheet.css() + "\n" + ReadingRoutes.siteCss()).build();
        JsonLdRenderer jsonLd = JsonLdRenderer.builder().site(site).build();
        FormStamps stamps = FormStamps.builder().addKey("s1", secrets.key("form-stamps")).clock(clock).build();
        SignedTokens tokens = SignedTokens.builder().addKey("t1", secrets.key("newsletter-tokens")).clock(clock)
                .build();
        Moderator moderator = Moderator.builder().clock(clock).formStamps(stamps)
                .holdHosts(List.of("bit.ly", "tinyurl.com", "t.co", "goo.gl"))
                .blockWords(List.of("casino bonus", "payday loan", "cheap viagra")).build();
        Csrf csrf = new Csrf(secrets, https);
        Origins origins = new Origins(base);
        Views views = new Views(html, amp, jsonLd, store, stamps, csrf, options.commentsPerPage());

        String token = options.moderationToken() != null ? options.moderationToken() : Secrets.randomToken(24);
        Router router = new Router();
        ReadingRoutes reading = new ReadingRoutes(store, views, options.pageSize());
        reading.register(router);
        new CommentRoutes(store, views, moderator, stamps, csrf, origins, secrets, subscriptions::addressKey, clock,
                log).register(router);
        NewsletterMail mail = newsletterMail(options, site, views, tokens, store, subscriptions, clock, log);
        new NewsletterRoutes(store, views, reading, subscriptions, tokens, mail, csrf, origins, clock, log)
                .register(router);
        ModerationRoutes moderation = new ModerationRoutes(store, views, csrf, origins, secrets, token, https, log);
        moderation.register(router);
        new EditorRoutes(store, views, moderation::signedIn).register(router);
        new DigestRoutes(store, views, csrf, origins, mail, moderation::signedIn).register(router);
        new FeedRoutes(site, store, clock).register(router);

        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "broadsheet-site-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        String servedHost = options.publicUrl() != null ? null : URI.create(base).getRawAuthority();
        server.createContext("/", new SiteHandler(router, views, https, log, servedHost, base));
        server.setExecutor(executor);
        server.start();

        log.accept(NAME + " is serving " + store.published().size() + " articles at " + base + "/ (bound to "
                + server.getAddress().getAddress().getHostAddress() + ":" + port + ")");
        if (address.isAnyLocalAddress() && options.publicUrl() == null) {
            log.accept("warning: bound to every interface; pass --public-url with the address readers use, or the"
                    + " forms' origin check will refuse their posts");
        }
        log.accept("moderation queue: " + base + "/moderation"
                + (options.moderationToken() == null ? " (token: " + token + ")" : " (token as given)"));
        return new NewsSite(server, executor, URI.create(base + "/"), token, log, store);
    }

    /**
     * The newsletter's messages: rendered in the site's language with links under {@link #httpsForm(String) the
     * https form of the base URL}, sent from {@link Options#mailFrom()} to the SMTP server of {@link Options#smtp()},
     * or written to the log when there is none.
     */
    private static NewsletterMail newsletterMail(Options options, Site site, Views views, SignedTokens tokens,
            Store store, Subscriptions subscriptions, Clock clock, Consumer<String> log) {
        Links mailLinks = Links.under(httpsForm(site.baseUrl()));
        EmailRenderer renderer = EmailRenderer.builder().site(site).links(mailLinks).labels(views.labels()).build();
        MailOutlet outlet;
        if (options.smtp() != null) {
            MimeAssembler assembler = MimeAssembler.builder().from(options.mailFrom(), NAME).clock(clock).build();
            outlet = new SmtpOutlet(options.smtpHost(), options.smtpPort(), assembler, log);
            log.accept("newsletter mail: sent to the SMTP server " + options.smtp() + " from " + options.mailFrom());
        } else {
            outlet = MailOutlet.log(log);
            log.accept("newsletter mail: written to this log (--smtp HOST:PORT sends it)");
        }
        return new NewsletterMail(renderer, mailLinks, tokens, outlet, store, subscriptions, log);
    }

    /**
     * The https form of a base URL, for the URLs that must be https whatever the site is served over: the AMP
     * pages' form actions and the links in mail (see {@link NewsletterMail}).
     *
     * @param base the site's base URL
     * @return the same URL with {@code https:} for {@code http:}
     */
    static String httpsForm(String base) {
        return base.startsWith("http://") ? "https://" + base.substring("http://".length()) : base;
    }

    /** The AMP pages' links: forms post to the https form of the base URL, as AMP requires. */
    private static Links ampLinks(Links links) {
        String base = links.baseUrl();
        String httpsBase = httpsForm(base);
        return new Links() {
            @Override
            public String baseUrl() {
                return base;
            }

            @Override
            public String commentAction(Article article) {
                return httpsBase + "/comments";
            }

            @Override
            public String subscribeAction() {
                return httpsBase + "/newsletter/subscribe";
            }
        };
    }

    /**
     * The content to serve, with the fixtures' images moved from their fictional host to the site's placeholder
     * route. The set is written as a fixture document, the host replaced, and read back, so it is validated again.
     */
    static FixtureSet content(@Nullable Path fixtures, String base) {
        FixtureSet set = fixtures == null ? Fixtures.all() : Fixtures.load(fixtures);
        BroadsheetJson json = BroadsheetJson.storage();
        String document = "{\"sections\":" + json.write(set.sections()) + ",\"tags\":" + json.write(set.tags())
                + ",\"people\":" + json.write(set.people()) + ",\"articles\":" + json.write(set.articles())
                + ",\"comments\":" + json.write(set.comments()) + ",\"subscribers\":"
                + json.write(set.subscribers()) + "}";
        return FixtureSet.load(new StringReader(document.replace(FIXTURE_IMAGE_HOST, base + "/images/")));
    }

    private static String urlHost(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String h = address.getHostAddress();
        int scope = h.indexOf('%');
        h = scope < 0 ? h : h.substring(0, scope);
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** @return the site's base URL, ending in {@code /} */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the site's content and subscribers, for tests in this package */
    Store store() {
        return store;
    }

    /** @return the token that opens the moderation queue */
    public String moderationToken() {
        return moderationToken;
    }

    /**
     * Stops the server: no new connections; requests in flight get up to {@link #GRACE} to finish.
     */
    @Override
    public void close() {
        log.accept("stopping (grace period " + GRACE.toSeconds() + " s)");
        server.stop((int) GRACE.toSeconds());
        executor.shutdown();
        try {
            if (!executor.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.accept("stopped");
    }
}
