package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.broadsheet.validation.ValidationException;
import java.util.List;

/**
 * Coverage-guided fuzzing of the sanitizer with Jazzer.
 *
 * <p>In the normal build this runs in regression mode: it replays the inputs in
 * {@code src/test/resources/dev/broadsheet/html/SanitizerFuzzTestInputs/<method>/} (seeds and every crash found so
 * far). To fuzz for real, one method at a time:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl core test -Dtest=SanitizerFuzzTest#sanitizedOutputIsSafeAndStable
 * </pre>
 *
 * <p>{@code maxDuration} bounds such a run (raise it in the annotation, or pass
 * {@code -Djazzer.max_duration=10m}); findings are written as {@code crash-*} files into the inputs directory
 * above, where they become regression tests. The corpus grows in {@code .cifuzz-corpus/} (git-ignored).
 */
class SanitizerFuzzTest {

    /** The named policies, and a shallow one so that short inputs reach the depth limits. */
    private static final List<HtmlPolicy> POLICIES = List.of(HtmlPolicy.article(), HtmlPolicy.comment(),
            HtmlPolicy.text(), HtmlPolicy.article().toBuilder().maxDepth(3).build());

    /** No exception but the documented one, no script/handler/script URL in the parsed output, idempotent. */
    @FuzzTest(maxDuration = "60s")
    void sanitizedOutputIsSafeAndStable(@NotNull String html) {
        for (HtmlPolicy policy : POLICIES) {
            SafeHtml once;
            try {
                once = Sanitizer.sanitize(html, policy);
            } catch (ValidationException e) {
                assertThat(html.length()).isGreaterThan(policy.maxInputLength());
                continue;
            }
            assertThat(HtmlSafety.problems(once.html())).as("%s -> %s", html, once).isEmpty();
            assertThat(Sanitizer.sanitize(once.html(), policy)).as("idempotent: %s", html).isEqualTo(once);
        }
    }

    /** Markdown and plain text never throw on any input and Markdown output is safe. */
    @FuzzTest(maxDuration = "60s")
    void markdownAndPlainTextNeverFail(@NotNull String input) {
        SafeHtml html = Markdown.toHtml(input, HtmlPolicy.comment());
        assertThat(HtmlSafety.problems(html.html())).isEmpty();
        PlainText.of(input);
        PlainText.of(html);
    }
}
