package dev.broadsheet.examples.spring;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bounded load run against the article pages: starts the site in this JVM on 127.0.0.1 (a free port, loopback
 * only), with its database, sends a fixed number of GET requests to the published articles in turn from a fixed
 * number of readers (each keeps its cookies, as a browser does), after a warm-up that is not counted, and prints
 * throughput and latency percentiles. Any response other than 200 or any failed request is an error; the run exits
 * with status 1 when there was one, with status 2 for an option out of its limits.
 *
 * <pre>java -jar examples/spring-boot/target/broadsheet-spring-boot.jar load-run [--requests=N] [--readers=N]
 *     [--warm-up=N] [Spring arguments, such as --spring.profiles.active=postgres]</pre>
 *
 * <p>Defaults: {@value #DEFAULT_REQUESTS} requests, {@value #DEFAULT_READERS} readers, {@value #DEFAULT_WARM_UP}
 * warm-up requests; at most {@value #MAX_REQUESTS} requests and {@value #MAX_READERS} readers. Without a datasource
 * setting (or {@code DATABASE_URL}) the site runs on an H2 database in memory, seeded from the fixtures, so the
 * run leaves nothing under {@code ./data}.
 */
final class LoadRun {

    static final int DEFAULT_REQUESTS = 5_000;
    static final int DEFAULT_READERS = 4;
    static final int DEFAULT_WARM_UP = 1_000;
    static final int MAX_REQUESTS = 1_000_000;
    static final int MAX_READERS = 64;

    private LoadRun() {
    }

    /** What a run measured. */
    record Report(int requests, int readers, int errors, double seconds, long[] sortedNanos) {

        double perSecond() {
            return requests / seconds;
        }

        /** The latency at a percentile (0 to 100), in milliseconds, nearest-rank. */
        double percentileMillis(double p) {
            int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d requests from %d readers in %.2f s: %.0f requests/s; latency p50"
                    + " %.2f ms, p99 %.2f ms, max %.2f ms; %d errors", requests, readers, seconds, perSecond(),
                    percentileMillis(50), percentileMillis(99), percentileMillis(100), errors);
        }
    }

    static void main(String[] args) {
        List<String> spring = new ArrayList<>();
        int requests = DEFAULT_REQUESTS;
        int readers = DEFAULT_READERS;
        int warmUp = DEFAULT_WARM_UP;
        for (String a : args) {
            if (a.startsWith("--requests=")) {
                requests = number(a, 1, MAX_REQUESTS);
            } else if (a.startsWith("--readers=")) {
                readers = number(a, 1, MAX_READERS);
            } else if (a.startsWith("--warm-up=")) {
                warmUp = number(a, 0, MAX_REQUESTS);
            } else {
                spring.add(a);
            }
        }
        Report r = run(requests, readers, warmUp, spring.toArray(String[]::new), System.out);
        System.out.println(r.summary());
        System.exit(r.errors() == 0 ? 0 : 1);
    }

    /**
     * Starts the site, runs the load, stops the site.
     *
     * @param springArgs Spring Boot's arguments; the server is always put on 127.0.0.1 and a free port
     * @param log where progress goes
     */
    static Report run(int requests, int readers, int warmUp, String[] springArgs, PrintStream log) {
        List<String> all = new ArrayList<>(Arrays.asList(springArgs));
        boolean database = all.stream().anyMatch(a -> a.startsWith("--spring.datasource.url=")
                || a.startsWith("--" + DatabaseUrl.VARIABLE + "=")) || System.getenv(DatabaseUrl.VARIABLE) != null;
        if (!database && all.stream().noneMatch(a -> a.startsWith("--spring.profiles.active="))) {
            all.add("--spring.datasource.url=jdbc:h2:mem:load-run;DB_CLOSE_DELAY=-1");
        }
        all.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN"));
        try (ConfigurableApplicationContext context = SpringApplication.run(BroadsheetApplication.class,
                all.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<URI> pages = context.getBean(JdbcTemplate.class).queryForList("SELECT slug FROM articles WHERE"
                    + " status = 'PUBLISHED' ORDER BY slug", String.class).stream()
                    .map(s -> URI.create("http://127.0.0.1:" + port + "/articles/" + s)).toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("the database holds no published article to load");
            }
            log.printf(Locale.ROOT, "[load-run] %d article pages on 127.0.0.1:%d; %d warm-up requests, then %d"
                    + " from %d readers%n", pages.size(), port, warmUp, requests, readers);
            if (warmUp > 0) {
                load(pages, warmUp, readers);
            }
            return load(pages, requests, readers);
        }
    }

    private static Report load(List<URI> pages, int requests, int readers) {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < readers; t++) {
                HttpClient reader = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(5)).build();
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        HttpRequest get = HttpRequest.newBuilder(pages.get(i % pages.size()))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = reader.send(get, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        nanos[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Report(requests, readers, errors.get(), seconds, nanos);
    }

    private static int number(String arg, int min, int max) {
        String name = arg.substring(0, arg.indexOf('='));
        String value = arg.substring(arg.indexOf('=') + 1);
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", was "
                + value);
    }
}
