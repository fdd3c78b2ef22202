package dev.broadsheet.examples.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The example site's settings, as given on the command line ({@link #parse(List, Map)}).
 *
 * <pre>
 * --host ADDR               address to bind; default 127.0.0.1 (loopback only)
 * --port N                  port; default 8080; 0 picks a free port (printed at start)
 * --public-url URL          the site's URL as readers reach it (behind a proxy, say); default http://HOST:PORT
 * --moderation-token TOKEN  the moderators' secret, at least 16 characters; default: the environment variable
 *                           BROADSHEET_MODERATION_TOKEN, else a random token printed at start
 * --page-size N             articles per listing page, 1 to 50; default 5
 * --comments-per-page N     comments per page of an article's comments (whole threads), 1 to 500; default 50
 * --fixtures PATH           a fixture directory or document to serve instead of the built-in fixtures
 * --smtp HOST:PORT          send the newsletter's mail to this SMTP server; default: write it to the log
 * --mail-from ADDRESS       the newsletter's sender address; default newsletter@caspianledger.example
 * </pre>
 *
 * @param host the address to bind
 * @param port the port, 0 for any free one
 * @param publicUrl the base URL readers use, or null for {@code http://host:port}
 * @param moderationToken the moderators' secret, or null to generate one
 * @param pageSize articles per listing page
 * @param commentsPerPage comments per page of an article's comments
 * @param fixtures content to serve instead of the built-in fixtures, or null
 * @param smtp the SMTP server the newsletter's mail goes to, as {@code host:port}, or null to write it to the log
 * @param mailFrom the newsletter's sender address
 */
public record Options(String host, int port, @Nullable String publicUrl, @Nullable String moderationToken,
        int pageSize, int commentsPerPage, @Nullable Path fixtures, @Nullable String smtp, String mailFrom) {

    /** Default {@link #port()}. */
    public static final int DEFAULT_PORT = 8080;
    /** Default {@link #pageSize()}. */
    public static final int DEFAULT_PAGE_SIZE = 5;
    /** Default {@link #commentsPerPage()}: {@code ArticlePage.DEFAULT_COMMENTS_PER_PAGE}. */
    public static final int DEFAULT_COMMENTS_PER_PAGE = dev.broadsheet.render.ArticlePage.DEFAULT_COMMENTS_PER_PAGE;
    /** Largest accepted {@link #commentsPerPage()}: a page's weight stays bounded. */
    public static final int MAX_COMMENTS_PER_PAGE = 500;
    /** Shortest accepted moderation token. */
    public static final int MIN_TOKEN_LENGTH = 16;
    /** The environment variable read when {@code --moderation-token} is not given (keeps it out of {@code ps}). */
    public static final String TOKEN_VARIABLE = "BROADSHEET_MODERATION_TOKEN";
    /**
     * Default {@link #mailFrom()}: an address under a reserved {@code .example} domain, since the demo site has
     * no domain of its own.
     *
     * @since 0.2.0
     */
    public static final String DEFAULT_MAIL_FROM = "newsletter@caspianledger.example";

    /** The usage text printed by {@code --help} and after a wrong option. */
    public static final String USAGE = String.join("\n",
            "usage: java -jar broadsheet-site.jar [options]",
            "  --host ADDR               address to bind (default 127.0.0.1, loopback only)",
            "  --port N                  port (default 8080; 0 picks a free port and prints it)",
            "  --public-url URL          the site's URL as readers reach it (default http://HOST:PORT)",
            "  --moderation-token TOKEN  moderators' secret, 16+ characters (default $" + TOKEN_VARIABLE
                    + ", else generated and printed)",
            "  --page-size N             articles per listing page, 1-50 (default 5)",
            "  --comments-per-page N     comments per page of an article's comments, 1-500 (default 50)",
            "  --fixtures PATH           serve this fixture directory or document instead of the built-in one",
            "  --smtp HOST:PORT          send the newsletter's mail to this SMTP server (default: to the log)",
            "  --mail-from ADDRESS       the newsletter's sender (default " + DEFAULT_MAIL_FROM + ")",
            "  --help                    show this text");

    /**
     * Checks the values.
     *
     * @param host the address to bind
     * @param port the port
     * @param publicUrl the base URL, or null
     * @param moderationToken the secret, or null
     * @param pageSize articles per page
     * @param commentsPerPage comments per page of comments
     * @param fixtures fixtures, or null
     * @param smtp the SMTP server as {@code host:port}, or null
     * @param mailFrom the sender address
     * @throws IllegalArgumentException naming the option and the value when one is out of range
     */
    public Options {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0 to 65535, was " + port);
        }
        if (publicUrl != null) {
            publicUrl = checkPublicUrl(publicUrl);
        }
        if (moderationToken != null && (moderationToken.length() < MIN_TOKEN_LENGTH
                || !moderationToken.chars().allMatch(c -> c > ' ' && c < 0x7f))) {
            throw new IllegalArgumentException("--moderation-token must be at least " + MIN_TOKEN_LENGTH
                    + " printable ASCII characters without spaces");
        }
        if (pageSize < 1 || pageSize > 50) {
            throw new IllegalArgumentException("--page-size must be 1 to 50, was " + pageSize);
        }
        if (commentsPerPage < 1 || commentsPerPage > MAX_COMMENTS_PER_PAGE) {
            throw new IllegalArgumentException("--comments-per-page must be 1 to " + MAX_COMMENTS_PER_PAGE + ", was "
                    + commentsPerPage);
        }
        if (smtp != null) {
            checkSmtp(smtp);
        }
        Objects.requireNonNull(mailFrom, "mailFrom");
        if (!mailFrom.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            throw new IllegalArgumentException("--mail-from must be a plain address such as news@news.example,"
                    + " was \"" + mailFrom + "\"");
        }
    }

    /**
     * The defaults: loopback, port 8080, no public URL, a generated token, 5 articles a page, 50 comments a page,
     * built-in fixtures, mail written to the log from {@value #DEFAULT_MAIL_FROM}.
     *
     * @return the default options
     */
    public static Options defaults() {
        return new Options("127.0.0.1", DEFAULT_PORT, null, null, DEFAULT_PAGE_SIZE, DEFAULT_COMMENTS_PER_PAGE,
                null, null, DEFAULT_MAIL_FROM);
    }

    /**
     * Reads command-line arguments over the defaults.
     *
     * @param args the arguments, such as {@code --port 0}
     * @param environment the process environment, for {@value #TOKEN_VARIABLE}
     * @return the options
     * @throws IllegalArgumentException naming the option when one is unknown, lacks its value or is invalid
     */
    public static Options parse(List<String> args, Map<String, String> environment) {
        Options o = defaults();
        String host = o.host;
        int port = o.port;
        String publicUrl = null;
        String token = environment.get(TOKEN_VARIABLE);
        int pageSize = o.pageSize;
        int commentsPerPage = o.commentsPerPage;
        Path fixtures = null;
        String smtp = null;
        String mailFrom = o.mailFrom;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!List.of("--host", "--port", "--public-url", "--moderation-token", "--page-size",
                    "--comments-per-page", "--fixtures", "--smtp", "--mail-from").contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (value == null) {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = rest.remove(0);
            }
            switch (name) {
                case "--host" -> host = value;
                case "--port" -> port = number(name, value);
                case "--public-url" -> publicUrl = value;
                case "--moderation-token" -> token = value;
                case "--page-size" -> pageSize = number(name, value);
                case "--comments-per-page" -> commentsPerPage = number(name, value);
                case "--smtp" -> smtp = value;
                case "--mail-from" -> mailFrom = value;
                default -> fixtures = Path.of(value);
            }
        }
        return new Options(host, port, publicUrl, token == null || token.isEmpty() ? null : token, pageSize,
                commentsPerPage, fixtures, smtp, mailFrom);
    }

    /** @return the host of {@link #smtp()}; call only when it is set */
    String smtpHost() {
        String s = Objects.requireNonNull(smtp, "smtp");
        return s.substring(0, s.lastIndexOf(':'));
    }

    /** @return the port of {@link #smtp()}; call only when it is set */
    int smtpPort() {
        String s = Objects.requireNonNull(smtp, "smtp");
        return Integer.parseInt(s.substring(s.lastIndexOf(':') + 1));
    }

    private static void checkSmtp(String smtp) {
        int colon = smtp.lastIndexOf(':');
        String host = colon < 0 ? "" : smtp.substring(0, colon);
        String port = colon < 0 ? "" : smtp.substring(colon + 1);
        boolean valid = !host.isEmpty() && host.chars().allMatch(c -> c > ' ' && c < 0x7f)
                && port.matches("[0-9]{1,5}") && Integer.parseInt(port) > 0 && Integer.parseInt(port) <= 65_535;
        if (!valid) {
            throw new IllegalArgumentException("--smtp must be HOST:PORT with a port of 1 to 65535, such as"
                    + " 127.0.0.1:2525, was \"" + smtp + "\"");
        }
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was \"" + value + "\"", e);
        }
    }

    private static String checkPublicUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--public-url is not a URL: \"" + url + "\"", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
                || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("--public-url must be an http(s) origin such as https://news.example,"
                    + " without a path, was \"" + url + "\"");
        }
        return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }
}
