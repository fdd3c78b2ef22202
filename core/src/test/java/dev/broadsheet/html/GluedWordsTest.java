package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedWordsTest {

    private static SanitizerReport report(String html) {
        return Sanitizer.sanitizeWithReport(html, HtmlPolicy.article()).report();
    }

    private static List<String> glued(String html) {
        return report(html).gluedWords().stream().map(SanitizerReport.Glue::text).toList();
    }

    @Test
    void theSeedsGlueAcrossARemovedLinkIsReportedWithItsPositionInTheOutput() {
        Sanitized s = Sanitizer.sanitizeWithReport("<p>in the USA<a href=\"javascript:alert(1)\">Eight senators</a>"
                + " wrote</p>", HtmlPolicy.article());
        assertThat(s.html().html()).isEqualTo("<p>in the USAEight senators wrote</p>");
        assertThat(s.report().gluedWords()).containsExactly(new SanitizerReport.Glue(13,
                "in the USA|Eight senators"));
        assertThat(s.html().html().substring(13)).startsWith("Eight");
        assertThat(s.report().gluedWordCount()).isEqualTo(1);
        assertThat(s.report().toString()).contains("1 glued word [in the USA|Eight senators]");
    }

    @Test
    void aLowerCaseLetterBeforeAnUpperCaseOneAcrossAnyRemovedTagIsGlue() {
        assertThat(glued("<p>the minister<font>Said</font> no</p>")).containsExactly("the minister|Said");
        assertThat(glued("<p>the minister<script>x()</script>Said no</p>")).containsExactly(
                "the minister|Said no");
        assertThat(glued("<p>министр<font>Заявил</font></p>")).containsExactly("министр|Заявил");
    }

    @Test
    void wordsThatWereApartOrAreOneWordAreNotReported() {
        assertThat(glued("<p>the minister <font>Said</font> no</p>")).isEmpty();
        assertThat(glued("<p>the minister<font>said</font> no</p>")).isEmpty();
        assertThat(glued("<p>NATO<font>USA</font></p>")).isEmpty();
        // kept markup is no removed boundary: the reader sees the tag's effect
        assertThat(glued("<p>iPhone<strong>Pro</strong></p>")).isEmpty();
        // a removed block element is replaced by a space, so nothing is glued
        assertThat(glued("<p>end<section>Start</section></p>")).isEmpty();
        assertThat(glued("<p>the minister<img src=\"javascript:x\">Said no</p>")).isEmpty();
        assertThat(glued("<p>Arabic has no case: مرحبا<font>عالم</font></p>")).isEmpty();
    }

    @Test
    void theReportKeepsAtMost20GluesButCountsThemAll() {
        String html = "<p>" + "ab<font>Cd</font> ".repeat(25) + "</p>";
        SanitizerReport r = report(html);
        assertThat(r.gluedWordCount()).isEqualTo(25);
        assertThat(r.gluedWords()).hasSize(SanitizerReport.MAX_GLUED_WORDS);
    }
}
