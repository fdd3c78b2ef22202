package dev.broadsheet.render.jsonld;

import dev.broadsheet.render.Golden;
import dev.broadsheet.render.Page;
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
        return goldenPages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + ".json", () ->
                Golden.assertMatches(Golden.ROOT.resolve("jsonld").resolve(e.getKey() + ".json"),
                        Graph.pretty(Graph.parse(renderer.json(e.getValue()))))));
    }
}
