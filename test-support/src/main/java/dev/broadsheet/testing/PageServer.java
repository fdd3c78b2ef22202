package dev.broadsheet.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server on 127.0.0.1 (a free port) that serves in-memory resources to the browser, each with its
 * own response headers. {@code /favicon.ico} answers 204, so that the browser log holds no 404 for it.
 */
final class PageServer implements AutoCloseable {

    /** A resource: its body and every response header (Content-Type included). */
    private record Resource(byte[] body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final URI base;

    PageServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the page server on 127.0.0.1", e);
        }
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "broadsheet-page-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Serves a resource at a path until it is removed or replaced.
     *
     * @param path an absolute path such as {@code /page/1.html}
     * @param contentType the Content-Type header
     * @param body the body
     * @param headers further response headers
     * @return the resource's URL
     */
    URI put(String path, String contentType, String body, Map<String, String> headers) {
        if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("path: must start with / and have no query or fragment: " + path);
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", contentType);
        all.putIfAbsent("Cache-Control", "no-store");
        resources.put(path, new Resource(body.getBytes(StandardCharsets.UTF_8), Map.copyOf(all)));
        return base.resolve(path);
    }

    void remove(URI url) {
        resources.remove(url.getPath());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Resource resource = resources.get(path);
            if (resource == null) {
                if ("/favicon.ico".equals(path)) {
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    byte[] notFound = "not found".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(404, notFound.length);
                    exchange.getResponseBody().write(notFound);
                }
                return;
            }
            resource.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : resource.body().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(resource.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
