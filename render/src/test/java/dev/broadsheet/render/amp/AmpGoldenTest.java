package dev.broadsheet.render.amp;

import dev.broadsheet.render.Golden;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.html.HtmlRenderer;
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

    private static final Pattern STYLESHEET = Pattern.compile("(<style amp-custom>)[^<]*(</style>)");
    private static final Pattern JSON_LD = Pattern.compile("(<script type=\"application/ld\\+json\">)[^<]*(</script>)");

    private final AmpRenderer amp = AmpRenderer.of(HtmlRenderer.builder().site(TestContent.site()).build());

    @ParameterizedTest
    @ValueSource(strings = {"article", "everything", "rtl-arabic", "form-errors"})
    void thePageMatchesItsGoldenFile(String name) {
        Golden.assertMatches(Golden.ROOT.resolve("amp").resolve(name + ".html"),
                mask(amp.render(AmpPages.all().get(name))));
    }

    static String mask(String page) {
        String masked = STYLESHEET.matcher(page).replaceFirst("$1/* the stylesheet: AmpStylesheetTest */$2");
        return JSON_LD.matcher(masked).replaceFirst(Matcher.quoteReplacement(
                "<script type=\"application/ld+json\">{\"masked\":\"JSON-LD: its own tests\"}</script>"));
    }
}
