package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: rendered output compared with reviewed files under {@code src/test/resources/golden/}. A change in
 * the output fails until the files are updated on purpose: run the test with {@code -Dbroadsheet.updateGolden=true},
 * which rewrites the files and still fails, review {@code git diff}, then run again without the switch.
 */
public final class Golden {

    /** The root of the golden files, relative to the render module. */
    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");

    private Golden() {
    }

    /**
     * Fails unless {@code actual} equals the golden file (or, when updating, rewrites it and fails).
     *
     * @param file the golden file, under {@link #ROOT}
     * @param actual what the renderer produced now
     */
    public static void assertMatches(Path file, String actual) {
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("rewrote %s (-Dbroadsheet.updateGolden=true): review it with git diff, then run the tests again "
                        + "without the switch", file);
            }
            if (!Files.exists(file)) {
                fail("no golden file %s: create it with -Dbroadsheet.updateGolden=true and review it", file);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                fail("%s differs from the output%s%nIf the change is deliberate, run with "
                        + "-Dbroadsheet.updateGolden=true and review git diff.", file, firstDifference(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where two texts first differ, by line, for a failure message that reads without a diff tool. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of output>";
            if (!el.equals(al)) {
                return "\nat line " + (i + 1) + "\n  golden: " + el.strip() + "\n  actual: " + al.strip();
            }
        }
        return "";
    }
}
