package dev.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NuCheckerTest {

    static final String VALID = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>A valid page</title></head>
            <body><main><h1>Headline</h1><p>Body text with an <img src="a.png" alt="a picture">.</p></main></body>
            </html>
            """;

    @Test
    void aValidPageHasNoErrors() {
        assertThat(NuChecker.check(VALID)).isEmpty();
        assertThat(NuChecker.report(VALID).valid()).isTrue();
    }

    @Test
    void aPageWithoutTitleIsAnError() {
        List<NuChecker.Message> errors = NuChecker.check(VALID.replace("<title>A valid page</title>", ""));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).text()).contains("“head”", "“title”");
        assertThat(errors.get(0).line()).isEqualTo(3);
    }

    @Test
    void aValidFragmentHasNoErrors() {
        assertThat(NuChecker.checkFragment("<p>One <a href=\"/x\">link</a>.</p>\n<ul><li>item</li></ul>")).isEmpty();
    }

    @Test
    void fragmentErrorsAreReportedOnTheFragmentsOwnLines() {
        List<NuChecker.Message> errors = NuChecker.checkFragment("<p>fine</p>\n<p id=\"a\">x</p><p id=\"a\">y</p>\n<img src=\"b.png\">");

        assertThat(errors).extracting(NuChecker.Message::line).containsExactly(2, 3);
        assertThat(errors.get(0).text()).contains("Duplicate ID");
        assertThat(errors.get(1).text()).contains("“alt”");
    }

    @Test
    void eachThreadHasItsOwnCheckerAndResultsDoNotLeakBetweenRuns() throws Exception {
        assertThat(NuChecker.check(VALID.replace("<title>A valid page</title>", ""))).hasSize(1);
        assertThat(NuChecker.check(VALID)).isEmpty();
        List<List<NuChecker.Message>> fromOtherThread = new java.util.ArrayList<>();
        Thread t = new Thread(() -> fromOtherThread.add(NuChecker.check("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>")));
        t.start();
        t.join();
        assertThat(fromOtherThread.get(0)).hasSize(1);
    }
}
