package dev.broadsheet.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Samples;
import dev.broadsheet.subscribers.SignedTokens.Purpose;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListUnsubscribeTest {

    private final SignedTokens tokens = SignedTokens.builder().addKey("a", SignedTokensTest.KEY_A).build();

    @Test
    void theHeadersOfRfc8058() {
        ListUnsubscribe h = ListUnsubscribe.of("https://news.example/u?t=abc");
        assertThat(h.listUnsubscribe()).isEqualTo("<https://news.example/u?t=abc>");
        assertThat(h.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(h.headers()).containsExactly(Map.entry("List-Unsubscribe", "<https://news.example/u?t=abc>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    @Test
    void aMailtoUriMayFollowTheHttpsUrl() {
        ListUnsubscribe h = ListUnsubscribe.of("https://news.example/u?t=abc")
                .withMailto("mailto:unsubscribe@news.example?subject=unsubscribe");
        assertThat(h.listUnsubscribe()).isEqualTo(
                "<https://news.example/u?t=abc>, <mailto:unsubscribe@news.example?subject=unsubscribe>");
    }

    @Test
    void forASubscriberTheUrlCarriesAnUnsubscribeTokenForThatSubscriber() {
        ListUnsubscribe h = ListUnsubscribe.forSubscriber(Samples.subscriber(), tokens,
                t -> "https://news.example/newsletter/unsubscribe?token=" + t);
        String value = h.listUnsubscribe();
        String token = value.substring(value.indexOf("token=") + 6, value.length() - 1);
        SignedTokens.Verification v = tokens.verify(token, Purpose.UNSUBSCRIBE);
        assertThat(v.subscriberId()).contains(Samples.subscriber().id());
        assertThat(value).doesNotContainIgnoringCase("reader.one");
        assertThat(h.toString()).doesNotContain(token);
    }

    @Test
    void onlyAbsoluteHttpsUrlsAndMailtoUrisWithoutHeaderBreakingCharactersAreAccepted() {
        for (String bad : List.of("http://news.example/u", "/u?t=1", "https:///nohost", "https://news.example/u\r\nBcc: x",
                "https://news.example/u>, <https://evil.example", "https://news.example/a b", "javascript:alert(1)",
                "https://user@news.example/u", "mailto:unsubscribe@news.example")) {
            assertThatThrownBy(() -> ListUnsubscribe.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        ListUnsubscribe ok = ListUnsubscribe.of("HTTPS://news.example/u");
        for (String bad : List.of("https://news.example/u", "mailto:a@b\r\nX: y", "mailto:<a@b>")) {
            assertThatThrownBy(() -> ok.withMailto(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ListUnsubscribe.forSubscriber(Samples.subscriber(), tokens, t -> "http://x/" + t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }
}
