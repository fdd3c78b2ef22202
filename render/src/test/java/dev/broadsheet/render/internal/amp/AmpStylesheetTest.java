package dev.broadsheet.render.internal.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.render.Stylesheet;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmpStylesheetTest {

    @Test
    void theDefaultStylesheetFitsWithRoomToSpare() {
        AmpStylesheet css = AmpStylesheet.of(Stylesheet.css());

        assertThat(css.bytes()).isEqualTo(css.css().getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(Stylesheet.css().length()).isLessThan(AmpStylesheet.MAX_BYTES / 4);
        assertThat(css.css()).doesNotContain("/*").endsWith(AmpStylesheet.ADDITIONS);
    }

    @Test
    void compactingRemovesCommentsAndWhitespaceButKeepsStringsAndCombinators() {
        AmpStylesheet css = AmpStylesheet.of("@charset \"utf-8\";\n/* a comment */\n.a  >  .b ,\n.c {\n  content: "
                + "\"  /* not a comment */  \";\n  margin: 0  auto ;\n}\n@media screen and (min-width: 48rem) {\n"
                + "  .d .e:hover { color: red }\n}\n");

        assertThat(css.css()).startsWith(".a > .b,.c{content: \"  /* not a comment */  \";margin: 0 auto;}"
                + "@media screen and (min-width: 48rem){.d .e:hover{color: red}}\n");
    }

    @Test
    void importantImportAndNamespaceAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> AmpStylesheet.of("a{color:red ! IMPORTANT}\n@import url(x.css);\n"
                + "@namespace svg url(http://www.w3.org/2000/svg);"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("!important (at offset 12)").hasMessageContaining("@import (at offset 25)")
                .hasMessageContaining("@namespace");
    }

    @Test
    void importantInACommentOrAStringIsNoProblem() {
        assertThat(AmpStylesheet.of("/* never !important */ a::after{content:\"!important\"}").css())
                .startsWith("a::after{content:\"!important\"}");
    }

    @Test
    void aStylesheetOverTheLimitIsRefusedWithItsSize() {
        String big = ".x{color:red}".repeat(6_000);

        assertThatThrownBy(() -> AmpStylesheet.of(big)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it takes 78,").hasMessageContaining("bytes of UTF-8")
                .hasMessageContaining("limit of 75,000 bytes");
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        String justFits = ".x::after{content:\"" + "ə".repeat(30_000) + "\"}";
        assertThat(AmpStylesheet.of(justFits).bytes()).isLessThanOrEqualTo(AmpStylesheet.MAX_BYTES);

        String tooBig = ".x::after{content:\"" + "ə".repeat(38_000) + "\"}"; // 38,000 characters, 76,000 bytes
        assertThatThrownBy(() -> AmpStylesheet.of(tooBig)).hasMessageContaining("it takes 76,");
    }

    @Test
    void markupThatWouldEndTheStyleElementIsRefused() {
        assertThatThrownBy(() -> AmpStylesheet.of("a::after{content:\"</STYLE><script>alert(1)</script>\"}"))
                .hasMessageContaining("</style");
        assertThatThrownBy(() -> AmpStylesheet.of(".i-amphtml-layout{display:none}"))
                .hasMessageContaining("i-amphtml-");
        assertThatThrownBy(() -> AmpStylesheet.of("a{color:red} /* unterminated")).hasMessageContaining("not closed");
    }
}
