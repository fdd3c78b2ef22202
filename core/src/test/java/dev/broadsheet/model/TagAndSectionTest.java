package dev.broadsheet.model;

import static dev.broadsheet.model.Rules.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagAndSectionTest {

    @Test
    void aTagDerivesItsSlugFromItsName() {
        Tag t = Tag.of("Foreign Policy");
        assertThat(t.name()).isEqualTo("Foreign Policy");
        assertThat(t.slug()).isEqualTo("foreign-policy");
    }

    @Test
    void aTagNameIsAtMost191CharactersAndDoesNotStartWithAComma() {
        assertThat(Tag.of("t".repeat(191)).name()).hasSize(191);
        assertThat(violations(() -> Tag.of("t".repeat(192)))).containsExactly("/name too_long");
        assertThat(violations(() -> Tag.of(",oops"))).containsExactly("/name tag.comma");
    }

    @Test
    void aTagDescriptionIsAtMost500Characters() {
        assertThat(violations(() -> Tag.builder().name("x").description("d".repeat(501)).build()))
                .containsExactly("/description too_long");
    }

    @Test
    void aTagWhoseNameGivesNoSlugNeedsOne() {
        assertThat(violations(() -> Tag.of("!!!"))).containsExactly("/slug required");
        assertThat(Tag.builder().name("!!!").slug("exclamations").build().slug()).isEqualTo("exclamations");
    }

    @Test
    void aTagNameRejectsInvisibleAndBidiCharacters() {
        assertThat(violations(() -> Tag.of("Ba\u200Bku"))).containsExactly("/name text.invisible");
        assertThat(violations(() -> Tag.of("Ba\u2066ku"))).containsExactly("/name text.bidi_control");
    }

    @Test
    void sectionsFormATree() {
        Section s = Samples.section();
        assertThat(s.path()).extracting(Section::slug).containsExactly("world", "azerbaijan");
        assertThat(s.parent()).map(Section::name).hasValue("World");
    }

    @Test
    void sectionsNestAtMostEightLevels() {
        Section s = Section.of("Level 1");
        for (int i = 2; i <= Section.MAX_DEPTH; i++) {
            s = Section.builder().name("Level " + i).parent(s).build();
        }
        Section deepest = s;
        assertThat(deepest.path()).hasSize(8);
        assertThat(violations(() -> Section.builder().name("Level 9").parent(deepest).build()))
                .containsExactly("/parent depth");
    }

    @Test
    void aSectionNeedsAName() {
        assertThat(violations(() -> Section.of(" "))).containsExactly("/name required");
        assertThat(violations(() -> Section.builder().name("s".repeat(192)).description("d".repeat(501)).build()))
                .containsExactly("/name too_long", "/description too_long");
    }
}
