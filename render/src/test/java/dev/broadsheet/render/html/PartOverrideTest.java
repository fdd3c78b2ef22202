package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.TestContent;
import org.junit.jupiter.api.Test;

/** A site replaces one part without forking the rest; its renderer is consulted first and may wrap the default. */
class PartOverrideTest {

    private final ArticlePage page = ArticlePage.builder(TestContent.article()).comments(TestContent.comments())
            .build();

    @Test
    void aSiteReplacesTheBylineAndNothingElseChanges() {
        HtmlRenderer plain = HtmlRenderer.builder().site(TestContent.site()).build();
        HtmlRenderer custom = HtmlRenderer.builder().site(TestContent.site())
                .part(Part.BYLINE, (p, ctx) -> ctx.out().start("p", "my-byline")
                        .text("Reporting by " + p.article().authors().get(0).person().name()).end("p"))
                .build();
        String before = plain.render(page);
        String after = custom.render(page);
        assertThat(after).contains("<p class=\"my-byline\">Reporting by Rauf Həsənov</p>")
                .doesNotContain("bs-byline");
        String bylineBefore = plain.fragment(Part.BYLINE, page);
        assertThat(after.replace("<p class=\"my-byline\">Reporting by Rauf Həsənov</p>", bylineBefore))
                .isEqualTo(before);
    }

    @Test
    void aSiteWrapsTheDefaultCommentRendering() {
        HtmlRenderer custom = HtmlRenderer.builder().site(TestContent.site())
                .part(Part.COMMENT, (node, ctx) -> {
                    ctx.out().open("div").attr("class", "my-comment").attr("data-depth", node.depth()).close();
                    ctx.renderDefault(Part.COMMENT, node);
                    ctx.out().end("div");
                })
                .build();
        String comments = custom.fragment(Part.COMMENTS, page);
        assertThat(comments).contains("<div class=\"my-comment\" data-depth=\"1\"><li class=\"bs-comment\"")
                .contains("data-depth=\"2\"");
    }

    @Test
    void aSiteReplacesTheFooterSlot() {
        HtmlRenderer custom = HtmlRenderer.builder().site(TestContent.site())
                .part(Part.SITE_FOOTER, (p, ctx) -> ctx.out().start("footer", "my-footer")
                        .text("\u00a9 Example News").end("footer"))
                .build();
        assertThat(custom.render(page)).contains("<footer class=\"my-footer\">\u00a9 Example News</footer>")
                .doesNotContain("bs-site-footer");
    }

    @Test
    void avatarsComeFromTheHostsProviderNeverFromEmails() {
        HtmlRenderer withAvatars = HtmlRenderer.builder().site(TestContent.site())
                .avatars(c -> c.name().equals("Samir") ? java.util.Optional.of("https://avatars.example/samir.png")
                        : java.util.Optional.of("javascript:alert(1)"))
                .build();
        String comments = withAvatars.fragment(Part.COMMENTS, page);
        assertThat(comments).contains("<span class=\"bs-avatar\"><img src=\"https://avatars.example/samir.png\" "
                + "alt=\"\" width=\"40\" height=\"40\"").doesNotContain("javascript:").doesNotContain("gravatar");
        assertThat(HtmlRenderer.builder().site(TestContent.site()).build().fragment(Part.COMMENTS, page))
                .doesNotContain("bs-avatar");
    }
}
