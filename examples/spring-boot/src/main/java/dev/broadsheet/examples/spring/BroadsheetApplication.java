package dev.broadsheet.examples.spring;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A news site on Spring Boot built with Broadsheet: pages from a relational database (H2 in a file by default,
 * PostgreSQL with {@code --spring.profiles.active=postgres} or {@code DATABASE_URL}), comments with moderation, a
 * double opt-in newsletter, a moderation queue behind Spring Security's login. See
 * {@code examples/spring-boot/README.md}.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(SiteProperties.class)
public class BroadsheetApplication {

    /**
     * Runs the site.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}; or {@code load-run} and its options
     *     ({@link LoadRun})
     * @throws Exception when the load run fails to start
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load-run")) {
            LoadRun.main(withDatabaseUrl(Arrays.copyOfRange(args, 1, args.length), System.getenv("DATABASE_URL")));
            return;
        }
        SpringApplication.run(BroadsheetApplication.class, withDatabaseUrl(args, System.getenv("DATABASE_URL")));
    }

    /**
     * The arguments with a {@code DATABASE_URL} in the form hosting platforms give
     * ({@code postgres://user:password@host:port/database}, user and password percent-encoded) turned into the
     * postgres profile and Spring's datasource settings. Arguments that set the datasource URL win over it.
     *
     * @param args the command line
     * @param databaseUrl the environment's {@code DATABASE_URL}, or null
     * @return the arguments to start with
     * @throws IllegalArgumentException naming what is wrong with a {@code DATABASE_URL} that is not such a URL
     */
    static String[] withDatabaseUrl(String[] args, @Nullable String databaseUrl) {
        if (databaseUrl == null || databaseUrl.isBlank()
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="))) {
            return args;
        }
        URI uri;
        try {
            uri = new URI(databaseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a URL: " + e.getReason());
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must be postgres://user:password@host:port/database,"
                    + " not a " + uri.getScheme() + ": URL");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("DATABASE_URL must name a host and a database:"
                    + " postgres://user:password@host:port/database");
        }
        List<String> out = new ArrayList<>();
        out.add("--spring.profiles.active=postgres");
        out.add("--spring.datasource.url=jdbc:postgresql://" + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            out.add("--spring.datasource.username=" + decode(colon < 0 ? info : info.substring(0, colon)));
            out.add("--spring.datasource.password=" + (colon < 0 ? "" : decode(info.substring(colon + 1))));
        }
        out.addAll(Arrays.asList(args));
        return out.toArray(String[]::new);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
