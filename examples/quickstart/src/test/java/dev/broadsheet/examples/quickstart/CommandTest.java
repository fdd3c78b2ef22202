package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.examples.quickstart.Command.Export;
import dev.broadsheet.examples.quickstart.Command.Help;
import dev.broadsheet.examples.quickstart.Command.Input;
import dev.broadsheet.examples.quickstart.Command.Render;
import dev.broadsheet.examples.quickstart.Command.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandTest {

    private static Command parse(String... args) throws UsageException {
        return Command.parse(List.of(args));
    }

    private static String usageError(String... args) {
        try {
            Command c = parse(args);
            throw new AssertionError("expected a usage error, got " + c);
        } catch (UsageException e) {
            return e.getMessage();
        }
    }

    @Test
    void noArgumentsRenderTheSiteIntoOut() throws UsageException {
        assertThat(parse()).isEqualTo(new Export(Path.of("out")));
        assertThat(parse("site")).isEqualTo(new Export(Path.of("out")));
    }

    @Test
    void siteTakesOneFolder() throws UsageException {
        assertThat(parse("site", "public")).isEqualTo(new Export(Path.of("public")));
        assertThat(parse("site", "--", "-odd-name")).isEqualTo(new Export(Path.of("-odd-name")));
        assertThat(usageError("site", "a", "b")).isEqualTo("site takes one folder, got 2: [a, b]");
        assertThat(usageError("site", "--fast")).isEqualTo("unknown option \"--fast\"");
    }

    @ParameterizedTest
    @CsvSource({"--help", "-h", "help", "site --help", "render --help", "render --format html x.json -h"})
    void helpIsAskedForInEveryPlace(String line) throws UsageException {
        assertThat(parse(line.split(" "))).isInstanceOf(Help.class);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(usageError("rendr"))
                .isEqualTo("unknown command \"rendr\"; the commands are site, render, check and import");
        assertThat(usageError("out")).startsWith("unknown command \"out\"");
    }

    @Test
    void renderWritesOneFormatOfOneFileToStandardOutput() throws UsageException {
        assertThat(parse("render", "--format", "html", "page.json"))
                .isEqualTo(new Render(List.of(Format.HTML), List.of(new Input(Path.of("page.json"))), Optional.empty()));
    }

    @Test
    void formatsComeAsACommaListOrRepeatedEachOnceInTheOrderGiven() throws UsageException {
        Render r = (Render) parse("render", "--format", "jsonld, amp", "--format=html", "--format", "amp", "p.json");
        assertThat(r.formats()).containsExactly(Format.JSONLD, Format.AMP, Format.HTML);
    }

    @Test
    void aFormatMustBeKnownAndGiven() {
        assertThat(usageError("render", "--format", "pdf", "p.json"))
                .isEqualTo("unknown format \"pdf\"; the formats are html, amp, jsonld, rss, atom, jsonfeed, sitemap,"
                        + " newssitemap");
        assertThat(usageError("render", "--format", "HTML", "p.json")).startsWith("unknown format \"HTML\"");
        assertThat(usageError("render", "--format", "html,", "p.json")).startsWith("unknown format \"\"");
        assertThat(usageError("render", "--format=", "p.json")).startsWith("unknown format \"\"");
        assertThat(usageError("render", "p.json")).isEqualTo("render needs --format html, amp, jsonld, rss, atom,"
                + " jsonfeed, sitemap, newssitemap");
        assertThat(usageError("render", "p.json", "--format")).isEqualTo("--format needs a value");
    }

    @Test
    void renderNeedsAFile() {
        assertThat(usageError("render", "--format", "html"))
                .isEqualTo("render needs at least one FILE (- reads standard input)");
    }

    @Test
    void aDashIsStandardInputAndReadOnce() throws UsageException {
        Render r = (Render) parse("render", "--format", "html", "-");
        assertThat(r.inputs()).containsExactly(Input.STDIN);
        assertThat(r.inputs().get(0).stdin()).isTrue();
        assertThat(r.inputs().get(0).label()).isEqualTo("<stdin>");
        assertThat(r.inputs().get(0).baseName()).isEqualTo("stdin");
        assertThat(usageError("render", "--format", "html", "-", "-"))
                .isEqualTo("- (standard input) can be read only once");
    }

    @Test
    void optionsEndAtADoubleDash() throws UsageException {
        Render r = (Render) parse("render", "--format", "html", "--", "--odd.json");
        assertThat(r.inputs()).containsExactly(new Input(Path.of("--odd.json")));
        assertThat(usageError("render", "--format", "html", "--odd.json")).isEqualTo("unknown option \"--odd.json\"");
    }

    @Test
    void outNamesOneFolder() throws UsageException {
        Render r = (Render) parse("render", "--out", "build/pages", "--format", "html", "a.json", "b.json");
        assertThat(r.out()).contains(Path.of("build/pages"));
        assertThat(((Render) parse("render", "--out=o", "--format", "html", "a.json")).out()).contains(Path.of("o"));
        assertThat(usageError("render", "--out", "a", "--out", "b", "--format", "html", "x.json"))
                .isEqualTo("--out given twice");
        assertThat(usageError("render", "--out=", "--format", "html", "x.json")).isEqualTo("--out needs a folder");
        assertThat(usageError("render", "--format", "html", "x.json", "--out")).isEqualTo("--out needs a value");
    }

    @Test
    void twoInputsMayNotWriteTheSameFile() {
        assertThat(usageError("render", "--out", "o", "--format", "amp", "a/page.json", "b/page.json"))
                .isEqualTo("a/page.json and b/page.json would both be written to o/page.amp.html; give files with "
                        + "different names");
    }

    @Test
    void theSameNamesGoToStandardOutputWithoutTrouble() throws UsageException {
        assertThat(((Render) parse("render", "--format", "amp", "a/page.json", "b/page.json")).inputs()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"page.json, page", "dir/page.json, page", "page.v2.json, page.v2", "page, page", "page.JSON, page.JSON",
            ".json, .json"})
    void outputsAreNamedAfterTheInput(String file, String baseName) {
        assertThat(new Input(Path.of(file)).baseName()).isEqualTo(baseName);
    }

    @Test
    void aPathTheSystemCannotNameIsAUsageError() {
        assertThat(usageError("render", "--format", "html", "bad\0name.json")).startsWith("\"bad\0name.json\" is not a "
                + "valid file name");
        assertThat(usageError("site", "bad\0dir")).startsWith("\"bad\0dir\" is not a valid folder name");
    }

    @Test
    void formatsHaveTheirFileSuffixes() {
        assertThat(Format.HTML.suffix()).isEqualTo(".html");
        assertThat(Format.AMP.suffix()).isEqualTo(".amp.html");
        assertThat(Format.JSONLD.suffix()).isEqualTo(".jsonld");
        assertThat(Format.RSS.suffix()).isEqualTo(".rss.xml");
        assertThat(Format.JSONFEED.suffix()).isEqualTo(".feed.json");
        assertThat(Format.NEWSSITEMAP.suffix()).isEqualTo(".news-sitemap.xml");
        assertThat(Format.byLabel("newssitemap")).contains(Format.NEWSSITEMAP);
    }
}
