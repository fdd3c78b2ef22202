package dev.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmpValidatorTest {

    static String minimalValidPage() throws IOException {
        try (InputStream in = AmpValidatorTest.class.getResourceAsStream("amp/minimal-valid.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aMinimalValidAmpPagePasses() throws IOException {
        AmpValidator.Result result = AmpValidator.validateHtml(minimalValidPage());

        assertThat(result.pass()).as("%s", result).isTrue();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void anOnclickAttributeFails() throws IOException {
        String page = minimalValidPage().replace("<h1>Hello</h1>", "<div onclick=\"alert(1)\">Hello</div>");

        AmpValidator.Result result = AmpValidator.validateHtml(page);

        assertThat(result.pass()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("DISALLOWED_ATTR");
            assertThat(e.message()).contains("onclick");
            assertThat(e.line()).isEqualTo(12);
        });
    }

    @Test
    void manyFilesAreCheckedInOneRunEachWithItsOwnVerdict(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.html"), minimalValidPage());
        Path bad = Files.writeString(dir.resolve("bad.html"), minimalValidPage().replace("<h1>Hello</h1>",
                "<p style=\"color: red !important\">Hello</p>"));

        Map<Path, AmpValidator.Result> results = AmpValidator.validate(List.of(good, bad));

        assertThat(results.keySet()).containsExactly(good, bad);
        assertThat(results.get(good).pass()).isTrue();
        assertThat(results.get(bad).pass()).isFalse();
        assertThat(results.get(bad).errors()).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isEqualTo(12));
    }

    @Test
    void aMissingFileIsAnArgumentError(@TempDir Path dir) {
        assertThatThrownBy(() -> AmpValidator.validate(dir.resolve("nope.html")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.html");
    }

    @Test
    void aMissingInstallationFailsWithInstructions(@TempDir Path dir) {
        String old = System.getProperty("broadsheet.validators.dir");
        System.setProperty("broadsheet.validators.dir", dir.toString());
        try {
            assertThatThrownBy(() -> AmpValidator.validateHtml("<!doctype html>"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("install.sh");
        } finally {
            if (old == null) {
                System.clearProperty("broadsheet.validators.dir");
            } else {
                System.setProperty("broadsheet.validators.dir", old);
            }
        }
    }
}
