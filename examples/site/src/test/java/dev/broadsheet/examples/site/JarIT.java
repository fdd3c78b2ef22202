package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as a user runs it: {@code java -jar target/broadsheet-site.jar --port 0} prints the port it picked
 * and a generated moderation token, serves pages, and stops gracefully on SIGTERM through its shutdown hook.
 */
class JarIT {

    @Test
    void theJarStartsOnAFreePortServesAndStopsOnSigterm() throws Exception {
        Path jar = Path.of("target", "broadsheet-site.jar");
        assertThat(jar).exists();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--port", "0").redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String base = null;
            String line;
            while (base == null && (line = out.readLine()) != null) {
                lines.add(line);
                Matcher m = Pattern.compile("articles at (http://127\\.0\\.0\\.1:\\d+)/").matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as(String.join("\n", lines)).isNotNull();
            lines.add(out.readLine());
            assertThat(lines.get(lines.size() - 1)).matches(".*moderation queue: .*\\(token: [A-Za-z0-9_-]{32}\\)");

            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("The Caspian Ledger");

            long stopping = System.nanoTime();
            p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat((System.nanoTime() - stopping) / 1_000_000).as("stopped within the grace period and a bit")
                    .isLessThan(NewsSite.GRACE.toMillis() + 3_000);
            assertThat(lines).anyMatch(l -> l.endsWith("stopping (grace period 2 s)")).anyMatch(l -> l.endsWith(
                    "] stopped"));
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.size(jar)).isLessThan(16L << 20);
    }
}
