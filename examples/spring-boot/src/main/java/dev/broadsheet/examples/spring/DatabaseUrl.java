package dev.broadsheet.examples.spring;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * {@code DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/DB?sslmode=require}, the form hosting platforms hand out,
 * turned into Spring's {@code spring.datasource.url}, {@code username} and {@code password} and the PostgreSQL
 * JSON column type for the migrations ({@code spring.flyway.placeholders.json=JSONB}). Command-line arguments
 * still win over it; the configuration files lose to it. The scheme is {@code postgres} or {@code postgresql};
 * the port defaults to 5432; the query is passed to the driver unchanged. Anything else fails the start with the
 * reason (the password is never repeated in the message). Registered in {@code META-INF/spring.factories}.
 */
public final class DatabaseUrl implements EnvironmentPostProcessor {

    /** The variable (or property) read. */
    public static final String VARIABLE = "DATABASE_URL";
    private static final String SOURCE = "databaseUrl";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(VARIABLE);
        if (value == null || value.isBlank()) {
            return;
        }
        MapPropertySource source = new MapPropertySource(SOURCE, new LinkedHashMap<>(properties(value)));
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains("commandLineArgs")) {
            sources.addAfter("commandLineArgs", source);
        } else {
            sources.addFirst(source);
        }
    }

    /**
     * The Spring properties a database URL stands for.
     *
     * @param databaseUrl a {@code postgres://} or {@code postgresql://} URL
     * @return {@code spring.datasource.url}, {@code .username} and {@code .password} (when given), and the JSON
     *     placeholder
     * @throws IllegalArgumentException naming what is wrong with the URL
     */
    static Map<String, String> properties(String databaseUrl) {
        URI uri;
        try {
            uri = new URI(databaseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(VARIABLE + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) {
            throw new IllegalArgumentException(VARIABLE + " must start with postgres:// or postgresql://, was "
                    + (scheme == null ? "no scheme" : scheme + "://"));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(VARIABLE + " names no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException(VARIABLE + " must name one database after the host, as in"
                    + " postgres://host:5432/broadsheet");
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]"
                : uri.getHost();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("spring.datasource.url", "jdbc:postgresql://" + host + ":" + (uri.getPort() < 0 ? 5432
                : uri.getPort()) + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            out.put("spring.datasource.username", decode(colon < 0 ? info : info.substring(0, colon)));
            out.put("spring.datasource.password", colon < 0 ? "" : decode(info.substring(colon + 1)));
        }
        out.put("spring.flyway.placeholders.json", "JSONB");
        return out;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
