package dev.broadsheet.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the external programs that the checkers drive are found: the repository's {@code tools/validators/}
 * installation (Node.js packages, the AMP validator engine), Node.js, Chromium and chromedriver.
 *
 * <p>Every location can be overridden by a system property (for example in surefire's
 * {@code systemPropertyVariables}, or {@code mvn -Dbroadsheet.chromium=...}):
 *
 * <table>
 *   <caption>System properties and defaults</caption>
 *   <tr><th>property</th><th>default</th></tr>
 *   <tr><td>{@code broadsheet.repo.root}</td>
 *       <td>the nearest directory, walking up from {@code user.dir}, that contains {@code tools/validators/}</td></tr>
 *   <tr><td>{@code broadsheet.validators.dir}</td><td>{@code <repo root>/tools/validators}</td></tr>
 *   <tr><td>{@code broadsheet.node}</td><td>{@code node} on {@code PATH}</td></tr>
 *   <tr><td>{@code broadsheet.chromium}</td><td>{@code /usr/bin/chromium}, else {@code chromium} on {@code PATH}</td></tr>
 *   <tr><td>{@code broadsheet.chromedriver}</td>
 *       <td>{@code webdriver.chrome.driver}, else {@code /usr/bin/chromedriver}, else {@code chromedriver} on
 *       {@code PATH}</td></tr>
 * </table>
 *
 * <p>A program that cannot be found is an {@link IllegalStateException} whose message says what is missing and
 * how to install it ({@code bin/test} installs everything). Checks are never skipped for a missing tool.
 */
public final class Tools {

    /** The command that installs every tool on a fresh Debian machine. */
    static final String INSTALL_HINT = "run bin/test from the repository root (it installs Debian's chromium and "
            + "chromium-driver when missing and runs tools/validators/install.sh)";

    private Tools() {
    }

    /**
     * The repository root: {@code -Dbroadsheet.repo.root}, else the nearest directory at or above
     * {@code user.dir} that contains {@code tools/validators/}.
     *
     * @return the root directory, absolute
     * @throws IllegalStateException when no such directory exists
     */
    public static Path repositoryRoot() {
        String configured = System.getProperty("broadsheet.repo.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tools").resolve("validators"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory containing tools/validators/ at or above " + start
                + "; set -Dbroadsheet.repo.root=PATH");
    }

    /**
     * The validators installation: {@code -Dbroadsheet.validators.dir}, else {@code tools/validators} under the
     * {@linkplain #repositoryRoot() repository root}. It may not be installed yet; see {@link #validatorFile}.
     *
     * @return the directory, absolute
     */
    public static Path validatorsDirectory() {
        String configured = System.getProperty("broadsheet.validators.dir");
        return configured != null
                ? Path.of(configured).toAbsolutePath().normalize()
                : repositoryRoot().resolve("tools").resolve("validators");
    }

    /**
     * A file that {@code tools/validators/install.sh} installs, such as
     * {@code node_modules/axe-core/axe.min.js}.
     *
     * @param relative the path below {@link #validatorsDirectory()}
     * @return the absolute path of an existing regular file
     * @throws IllegalStateException when the file is missing
     */
    public static Path validatorFile(String relative) {
        Path file = validatorsDirectory().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the validators are not installed; run "
                    + "tools/validators/install.sh, or " + INSTALL_HINT);
        }
        return file;
    }

    /**
     * The Node.js executable: {@code -Dbroadsheet.node}, else {@code node} on {@code PATH}.
     *
     * @return an executable file
     * @throws IllegalStateException when it cannot be found
     */
    public static Path node() {
        return program("broadsheet.node", null, "node", "Node.js (Debian: apt-get install nodejs npm)");
    }

    /**
     * The Chromium executable: {@code -Dbroadsheet.chromium}, else {@code /usr/bin/chromium}, else
     * {@code chromium} on {@code PATH}.
     *
     * @return an executable file
     * @throws IllegalStateException when it cannot be found
     */
    public static Path chromium() {
        return program("broadsheet.chromium", "/usr/bin/chromium", "chromium", "Chromium (Debian package chromium)");
    }

    /**
     * The chromedriver executable: {@code -Dbroadsheet.chromedriver}, else {@code -Dwebdriver.chrome.driver},
     * else {@code /usr/bin/chromedriver}, else {@code chromedriver} on {@code PATH}. Its path is always given to
     * Selenium, so Selenium Manager never runs and nothing is downloaded.
     *
     * @return an executable file
     * @throws IllegalStateException when it cannot be found
     */
    public static Path chromedriver() {
        String property = System.getProperty("broadsheet.chromedriver") == null
                && System.getProperty("webdriver.chrome.driver") != null
                ? "webdriver.chrome.driver" : "broadsheet.chromedriver";
        return program(property, "/usr/bin/chromedriver", "chromedriver",
                "chromedriver (Debian package chromium-driver)");
    }

    private static Path program(String property, String defaultPath, String name, String what) {
        String configured = System.getProperty(property);
        if (configured != null) {
            Path path = Path.of(configured);
            if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                return path.toAbsolutePath();
            }
            throw new IllegalStateException(what + " not found: -D" + property + "=" + configured
                    + " is not an executable file; fix the property, or remove it and " + INSTALL_HINT);
        }
        if (defaultPath != null && Files.isExecutable(Path.of(defaultPath))) {
            return Path.of(defaultPath);
        }
        return onPath(name).orElseThrow(() -> new IllegalStateException(what + " not found"
                + (defaultPath == null ? "" : " at " + defaultPath) + " nor as '" + name + "' on PATH; "
                + INSTALL_HINT + ", or set -D" + property + "=PATH"));
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
