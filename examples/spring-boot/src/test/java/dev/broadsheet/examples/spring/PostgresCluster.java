package dev.broadsheet.examples.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away PostgreSQL cluster for one test class, from Debian's {@code postgresql} package (bin/test installs
 * it): {@code initdb} in a temporary directory owned by the {@code postgres} user, {@code pg_ctl} starting it on
 * 127.0.0.1 on a free port (no Unix socket outside that directory), trust authentication for loopback, a
 * database user {@value #USER}. Both commands run as {@code postgres} through {@code runuser} when the tests run
 * as root (PostgreSQL refuses to run as root), directly otherwise. Stopped and deleted after the class; a missing
 * PostgreSQL fails the tests. Register it with {@code @RegisterExtension static final PostgresCluster PG = new
 * PostgresCluster();}.
 */
final class PostgresCluster implements BeforeAllCallback, AfterAllCallback {

    /** The database user the site connects as. */
    static final String USER = "broadsheet";
    private static final String SUPERUSER = "postgres";

    private Path dir;
    private Path bin;
    private int port;
    private boolean running;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        bin = binaries();
        dir = Files.createTempDirectory("bs-pg-");
        Files.createDirectories(dir.resolve("data"));
        if (isRoot()) {
            run(List.of("chown", "-R", SUPERUSER + ":" + SUPERUSER, dir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"), true);
        start();
        sql("postgres", "CREATE ROLE " + USER + " LOGIN");
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (running) {
                stop();
            }
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Starts the cluster (again, after {@link #stop()}) on its port; the first start picks a free port. */
    void start() {
        if (port == 0) {
            port = freePort();
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log.txt").toString(), "-w", "-t", "60", "-o", "-p " + port
                + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c full_page_writes=off"
                + " -c max_connections=60", "start"), true);
        running = true;
    }

    /** Stops the cluster at once, as a crash would ({@code pg_ctl stop -m immediate}). */
    void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-m",
                "immediate", "stop"), true);
        running = false;
    }

    /**
     * Creates a database owned by {@value #USER}.
     *
     * @return its JDBC URL
     */
    String createDatabase(String name) {
        sql("postgres", "CREATE DATABASE " + name + " OWNER " + USER);
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    private void sql(String database, String statement) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
                Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D.*", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + root + ": install Debian's"
                            + " postgresql package (bin/test does)"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not installed (" + root + "): install Debian's postgresql"
                    + " package (bin/test does)", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> cmd = new ArrayList<>();
        if (asPostgres && isRoot()) {
            cmd.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        cmd.addAll(command);
        try {
            Path out = Files.createTempFile("bs-pg-cmd-", ".txt");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out: " + cmd);
                }
                if (p.exitValue() != 0) {
                    String log = dir != null && Files.exists(dir.resolve("log.txt"))
                            ? Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8) : "";
                    throw new IllegalStateException(cmd + " exited with " + p.exitValue() + ":\n"
                            + Files.readString(out, StandardCharsets.UTF_8) + log);
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
