package dev.broadsheet.render.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: the AMP pages of a few test articles, reviewed by a person, in
 * {@code render/src/test/resources/golden/amp/}. A change in the output fails here until the files are updated
 * on purpose: run {@code mvn test -pl test-support,core,render -Dtest=AmpGoldenTest
 * -Dbroadsheet.updateGolden=true}, which rewrites the files and still fails, then review {@code git diff} and run
 * again without the switch. The stylesheet and the JSON-LD document are masked: they have tests of their own, and
 * their changes would otherwise hide markup changes in the diff.
 */
class AmpGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "amp");
    static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");

    private static final Pattern STYLESHEET = Pattern.compile("(<style amp-custom>)[^<]*(</style>)");
    private static final Pattern JSON_LD = Pattern.compile("(<script type=\"application/ld\\+json\">)[^<]*(</script>)");

    private final AmpRenderer amp = AmpRenderer.of(HtmlRenderer.builder().site(TestContent.site()).build());

    @ParameterizedTest
    @ValueSource(strings = {"article", "everything", "rtl-arabic", "form-errors"})
    void thePageMatchesItsGoldenFile(String name) throws IOException {
        String actual = mask(amp.render(AmpPages.all().get(name)));
        Path file = GOLDEN.resolve(name + ".html");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            fail("updated %s: review the change (git diff), then run again without -Dbroadsheet.updateGolden", file);
        }
        if (!Files.exists(file)) {
            fail("no golden file %s: create it with -Dbroadsheet.updateGolden=true and review it", file);
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            assertThat(firstDifferences(expected, actual)).as("%s differs from the rendered page; if the change is "
                    + "intended, update with -Dbroadsheet.updateGolden=true and review the diff", file).isEmpty();
        }
    }

    static String mask(String page) {
        String masked = STYLESHEET.matcher(page).replaceFirst("$1/* the stylesheet: AmpStylesheetTest */$2");
        return JSON_LD.matcher(masked).replaceFirst(Matcher.quoteReplacement(
                "<script type=\"application/ld+json\">{\"masked\":\"JSON-LD: its own tests\"}</script>"));
    }

    private static List<String> firstDifferences(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < Math.max(e.length, a.length) && diff.size() < 6; i++) {
            String el = i < e.length ? e[i] : "<none>";
            String al = i < a.length ? a[i] : "<none>";
            if (!el.equals(al)) {
                diff.add("line " + (i + 1) + "\n  golden: " + el + "\n  actual: " + al);
            }
        }
        return diff;
    }
}
