package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.broadsheet.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The graph of a few pages, compared with reviewed files under {@code src/test/resources/golden/jsonld/} (pretty
 * printed; the renderer writes one line with the same keys in the same order).
 *
 * <p>To accept a deliberate change, run
 * {@code mvn -B -q test -pl test-support,core,render -Dtest=JsonLdGoldenTest -Dbroadsheet.updateGolden=true}: every
 * file is rewritten and every test still fails, so that an update is never silent. Review the change with
 * {@code git diff}, then run again without the flag.
 */
class JsonLdGoldenTest {

    static final Path DIR = Path.of("src/test/resources/golden/jsonld");
    static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");

    private final JsonLdRenderer renderer = JsonLdRenderer.builder().site(JsonLdTestContent.site()).build();

    static Map<String, Page> goldenPages() {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("article-rich", JsonLdTestContent.richPage());
        pages.put("article-paywalled", JsonLdTestContent.paywalledPage());
        pages.put("listing-section", JsonLdTestContent.sectionPage());
        pages.put("listing-author", JsonLdTestContent.authorPage());
        pages.put("home", JsonLdTestContent.homePage());
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> eachPageMatchesItsGoldenFile() {
        return goldenPages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + ".json", () -> {
            Path file = DIR.resolve(e.getKey() + ".json");
            String actual = Graph.pretty(Graph.parse(renderer.json(e.getValue())));
            if (UPDATE) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("rewrote " + file + " (-Dbroadsheet.updateGolden=true): review it with git diff, then run "
                        + "the tests again without the flag");
            }
            assertThat(file).as("golden file; create it with -Dbroadsheet.updateGolden=true").exists();
            String expected = read(file);
            if (!actual.equals(expected)) {
                fail("JSON-LD of " + e.getKey() + " differs from " + file + firstDifference(expected, actual)
                        + "\nIf the change is deliberate, run with -Dbroadsheet.updateGolden=true and review git diff.");
            }
        }));
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
