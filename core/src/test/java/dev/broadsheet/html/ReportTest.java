package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void reportsWhatWasDroppedUnwrappedAndRejected() {
        Sanitized result = Sanitizer.sanitizeWithReport("<div><p onclick=x style=\"color:red\">a</p>"
                + "<script>alert(1)</script><script>2</script><a href=\"javascript:alert(1)\">l</a>"
                + "<img src=x onerror=y><iframe src=https://evil.org/></iframe></div>", HtmlPolicy.article());
        SanitizerReport report = result.report();
        assertThat(report.droppedElements()).isEqualTo(Map.of("script", 2, "iframe", 1));
        assertThat(report.unwrappedElements()).isEqualTo(Map.of("div", 1, "a", 1));
        assertThat(report.removedAttributes()).isEqualTo(Map.of("p[onclick]", 1, "p[style]", 1, "img[onerror]", 1));
        assertThat(report.rejectedUrls()).containsExactly("javascript:alert(1)", "https://evil.org/");
        assertThat(report.rejectedUrlCount()).isEqualTo(2);
        assertThat(report.isEmpty()).isFalse();
        assertThat(report.toString()).contains("dropped {iframe=1, script=2}").contains("2 URLs rejected");
        assertThat(result.html()).isEqualTo(Sanitizer.sanitize(
                "<div><p onclick=x>a</p><a href=\"javascript:alert(1)\">l</a><img src=x onerror=y></div>",
                HtmlPolicy.article()));
    }

    @Test
    void cleanInputGivesAnEmptyReport() {
        Sanitized result = Sanitizer.sanitizeWithReport("<p>Hello <a href=\"https://x.org/\">you</a></p>",
                HtmlPolicy.article());
        assertThat(result.report().isEmpty()).isTrue();
        assertThat(result.report().toString()).isEqualTo("nothing removed");
        assertThat(Sanitizer.sanitizeWithReport("", HtmlPolicy.article()).report().isEmpty()).isTrue();
    }

    @Test
    void theReportIsBounded() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            html.append("<x-").append(i).append(">t</x-").append(i).append('>');
            html.append("<a href=\"javascript:").append("x".repeat(500)).append("\">l</a>");
        }
        SanitizerReport report = Sanitizer.sanitizeWithReport(html.toString(), HtmlPolicy.article()).report();
        assertThat(report.unwrappedElements()).hasSize(SanitizerReport.MAX_NAMES + 1)
                .containsKey(SanitizerReport.OTHER);
        assertThat(report.unwrappedElements().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(report.rejectedUrls()).hasSize(SanitizerReport.MAX_URL_SAMPLES)
                .allSatisfy(u -> assertThat(u.length()).isLessThanOrEqualTo(SanitizerReport.MAX_SAMPLE_LENGTH));
        assertThat(report.rejectedUrlCount()).isEqualTo(500);
    }

    @Test
    void inputThatTheParserFailsOnIsKeptAsEscapedText() {
        // jsoup 1.24.1 throws "no template insertion mode on stack" for this input at parser depth 11
        HtmlPolicy shallow = HtmlPolicy.article().toBuilder().maxDepth(3).build();
        String input = "<p><noscript>" + "<p>".repeat(6) + "<template><template><p>x & y";
        Sanitized result = Sanitizer.sanitizeWithReport(input, shallow);
        assertThat(result.html().html()).isEqualTo(input.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;"));
        assertThat(result.report().markupDiscarded()).isTrue();
        assertThat(result.report().toString()).contains("the parser failed");
        assertThat(Sanitizer.sanitize(result.html().html(), shallow)).isEqualTo(result.html());
    }

    @Test
    void reportsFlattenedNestingAndLinksOverTheLimit() {
        HtmlPolicy shallow = HtmlPolicy.article().toBuilder().maxDepth(2).maxLinks(0).build();
        Sanitized result = Sanitizer.sanitizeWithReport("<blockquote><blockquote><blockquote>x</blockquote>"
                + "</blockquote></blockquote><a href=/a>a</a>", shallow);
        assertThat(result.html().html()).isEqualTo("<blockquote><blockquote>x</blockquote></blockquote>a");
        assertThat(result.report().flattenedElements()).isEqualTo(1);
        assertThat(result.report().linksOverLimit()).isEqualTo(1);
    }
}
