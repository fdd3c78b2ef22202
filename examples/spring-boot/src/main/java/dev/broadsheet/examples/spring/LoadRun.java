package dev.broadsheet.examples.spring;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded load run: starts the site on a free loopback port with its database, then sends a fixed number of GETs
 * for the article pages from a fixed number of client threads (loopback only), and reports throughput, latency
 * percentiles and errors. Any response other than 200 counts as an error, and the run exits 1 if there is one.
 *
 * <pre>
 * java -jar broadsheet-spring-boot.jar load-run [--requests N] [--clients C] [Spring arguments...]
 * </pre>
 *
 * <p>Defaults: {@value #DEFAULT_REQUESTS} requests (at most {@value #MAX_REQUESTS}) after
 * {@value #WARM_UP} warm-up requests that are not counted, {@value #DEFAULT_CLIENTS} clients (at most
 * {@value #MAX_CLIENTS}); the database is the site's default (H2 in {@code ./data}) unless Spring arguments name
 * another, such as {@code --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://...}.
 * This is a smoke-level measurement of the whole stack (HTTP, Spring MVC, Security's filters, the database
 * query, rendering); the renderers' own speed is measured with JMH in {@code examples/benchmarks}.
 */
final class LoadRun {

    static final int DEFAULT_REQUESTS = 20_000;
    static final int MAX_REQUESTS = 10_000_000;
    static final int DEFAULT_CLIENTS = 4;
    static final int MAX_CLIENTS = 256;
    static final int WARM_UP = 2_000;

    /** What a run measured. */
    record Result(int requests, int clients, int errors, double seconds, long p50Micros, long p99Micros,
            long maxMicros, long bytes) {

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d requests from %d clients in %.2f s: %.0f requests/s,"
                    + " latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d errors; %.1f KB per page",
                    requests, clients, seconds, perSecond(), p50Micros / 1000.0, p99Micros / 1000.0,
                    maxMicros / 1000.0, errors, bytes / 1024.0 / Math.max(1, requests));
        }
    }

    private LoadRun() {
    }

    /**
     * Runs the load run and exits: 0 without errors, 1 with errors, 2 for bad arguments.
     *
     * @param args {@code --requests N}, {@code --clients C}, then Spring Boot arguments
     */
    static void main(String[] args) throws Exception {
        int requests = DEFAULT_REQUESTS;
        int clients = DEFAULT_CLIENTS;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--requests" -> requests = bounded(args, ++i, "--requests", 1, MAX_REQUESTS);
                case "--clients" -> clients = bounded(args, ++i, "--clients", 1, MAX_CLIENTS);
                default -> spring.add(args[i]);
            }
        }
        spring.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN"));
        Result r;
        try (ConfigurableApplicationContext site = SpringApplication.run(BroadsheetApplication.class,
                spring.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) site).getWebServer().getPort();
            List<String> slugs = site.getBean(ContentRepository.class).latest(java.time.Instant.now(), 100).stream()
                    .map(dev.broadsheet.model.Article::slug).toList();
            r = run(URI.create("http://127.0.0.1:" + port), slugs, requests, clients);
        }
        System.out.println("[load-run] " + r);
        System.exit(r.errors() == 0 ? 0 : 1);
    }

    private static int bounded(String[] args, int i, String option, int min, int max) {
        try {
            int n = Integer.parseInt(args[i]);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            // reported below
        }
        PrintStream err = System.err;
        err.println("[load-run] " + option + " needs a whole number from " + min + " to " + max);
        System.exit(2);
        throw new IllegalStateException("unreachable");
    }

    /**
     * Sends {@code requests} GETs for the article pages, round robin, from {@code clients} threads, after the
     * warm-up.
     *
     * @param base the site's origin
     * @param slugs the published articles' slugs
     * @param requests how many requests are measured
     * @param clients how many threads send them
     * @return what was measured
     */
    static Result run(URI base, List<String> slugs, int requests, int clients) throws Exception {
        if (slugs.isEmpty()) {
            throw new IllegalStateException("the site has no published article to read");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<URI> pages = slugs.stream().map(s -> base.resolve("/articles/" + s)).toList();
        shoot(http, pages, Math.min(WARM_UP, requests), clients, new long[Math.min(WARM_UP, requests)]);
        long[] micros = new long[requests];
        long start = System.nanoTime();
        long[] outcome = shoot(http, pages, requests, clients, micros);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(micros);
        return new Result(requests, clients, (int) outcome[0], seconds, micros[percentile(requests, 50)],
                micros[percentile(requests, 99)], micros[requests - 1], outcome[1]);
    }

    private static int percentile(int n, int p) {
        return Math.min(n - 1, (int) Math.ceil(n * p / 100.0) - 1);
    }

    /** Sends the requests; returns the number of errors and the bytes received, filling in each latency. */
    private static long[] shoot(HttpClient http, List<URI> pages, int requests, int clients, long[] micros)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    long errors = 0;
                    long bytes = 0;
                    for (int i; (i = next.getAndIncrement()) < requests;) {
                        HttpRequest get = HttpRequest.newBuilder(pages.get(i % pages.size()))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors++;
                            }
                            bytes += r.body().length;
                        } catch (java.io.IOException e) {
                            errors++;
                        }
                        micros[i] = (System.nanoTime() - t) / 1000;
                    }
                    return new long[] {errors, bytes};
                }));
            }
            long errors = 0;
            long bytes = 0;
            for (Future<long[]> f : done) {
                errors += f.get()[0];
                bytes += f.get()[1];
            }
            return new long[] {errors, bytes};
        } finally {
            pool.shutdownNow();
        }
    }
}
