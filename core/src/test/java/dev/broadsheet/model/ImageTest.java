package dev.broadsheet.model;

import static dev.broadsheet.model.Rules.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTest {

    private static Image.Builder image() {
        return Image.builder().url("https://img.example.com/a.jpg").alt("A harbour at dawn");
    }

    @Test
    void anImageNeedsAUrlAndAltText() {
        assertThat(violations(() -> Image.builder().build())).containsExactly("/url required", "/alt image.alt");
    }

    @Test
    void aDecorativeImageHasNoAltText() {
        Image i = Image.builder().url("https://img.example.com/rule.png").decorative(true).build();
        assertThat(i.alt()).isEmpty();
        assertThat(violations(() -> image().decorative(true).build())).containsExactly("/alt image.alt");
    }

    @Test
    void blankAltTextIsNotAltText() {
        assertThat(violations(() -> image().alt("   ").build())).containsExactly("/alt image.alt");
    }

    @Test
    void altTextIsAtMost191Characters() {
        assertThat(image().alt("a".repeat(191)).build().alt()).isPresent();
        assertThat(violations(() -> image().alt("a".repeat(192)).build())).containsExactly("/alt too_long");
    }

    @Test
    void captionAndCreditHaveLimits() {
        assertThat(violations(() -> image().caption("c".repeat(1001)).credit("c".repeat(192)).build()))
                .containsExactly("/caption too_long", "/credit too_long");
    }

    @Test
    void theUrlIsAbsoluteHttp() {
        assertThat(violations(() -> image().url("data:image/png;base64,AAAA").build())).containsExactly("/url url.scheme");
        assertThat(violations(() -> image().url("img/a.jpg").build())).containsExactly("/url url.relative");
    }

    @Test
    void sizesArePositive() {
        assertThat(image().size(1200, 675).build().width()).hasValue(1200);
        assertThat(violations(() -> image().size(0, -5).build())).containsExactly("/width image.size",
                "/height image.size");
    }

    @Test
    void renditionsAreCheckedAndFoundByAspectRatio() {
        Image i = Samples.photo();
        assertThat(i.rendition(4, 3)).map(Image.Rendition::width).hasValue(1200);
        assertThat(i.rendition(1, 1)).map(Image.Rendition::width).hasValue(900);
        assertThat(i.rendition(16, 9)).isEmpty();
        assertThat(violations(() -> new Image.Rendition("ftp://x.example/a.jpg", 0, 10)))
                .containsExactly("/url url.scheme", "/width image.size");
    }

    @Test
    void toBuilderRoundTrips() {
        Image i = Samples.photo();
        assertThat(i.toBuilder().build()).isEqualTo(i).hasSameHashCodeAs(i);
    }
}
