package dev.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Samples;
import org.junit.jupiter.api.Test;

class PublicViewTest {

    @Test
    void thePublicViewNeverWritesCommenterEmailOrIp() {
        String text = BroadsheetJson.publicView().write(Samples.comment());
        assertThat(text).contains("Samir").contains("https://samir.example")
                .doesNotContain("samir@mail.example").doesNotContain("203.0.113.7").doesNotContain("\"email\"");
    }

    @Test
    void thePublicViewNeverWritesSubscriberEmailOrConsent() {
        String text = BroadsheetJson.publicView().write(Samples.subscriber());
        assertThat(text).contains("Reader One").doesNotContainIgnoringCase("reader.one@")
                .doesNotContain("198.51.100.4").doesNotContain("consent");
    }

    @Test
    void theStorageViewKeepsThem() {
        assertThat(BroadsheetJson.storage().write(Samples.comment())).contains("samir@mail.example", "203.0.113.7");
    }

    @Test
    void aPublicCommentCanBeReadBack() {
        Comment back = BroadsheetJson.publicView().read(BroadsheetJson.publicView().write(Samples.comment()),
                Comment.class);
        assertThat(back.author().email()).isEmpty();
        assertThat(back.author().name()).isEqualTo("Samir");
    }
}
