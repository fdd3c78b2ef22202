package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void hostsAreReadFromEveryKindOfLink() {
        assertThat(CommentText.host("https://Example.COM/path")).isEqualTo("example.com");
        assertThat(CommentText.host("http://user:pw@example.com:8080/x")).isEqualTo("example.com");
        assertThat(CommentText.host("//cdn.example.com/a.js")).isEqualTo("cdn.example.com");
        assertThat(CommentText.host("www.example.com/page")).isEqualTo("www.example.com");
        assertThat(CommentText.host("https://example.com.?q")).isEqualTo("example.com");
        assertThat(CommentText.host("https://[2001:db8::1]:443/")).isEqualTo("2001:db8::1");
        assertThat(CommentText.host("https://bücher.example/")).isEqualTo("xn--bcher-kva.example");
        assertThat(CommentText.host("https://example.com\\@evil.example/")).isEqualTo("example.com");
        assertThat(CommentText.host("mailto:someone@example.com")).isNull();
        assertThat(CommentText.host("/relative/path")).isNull();
        assertThat(CommentText.host("#top")).isNull();
        assertThat(CommentText.host("https:///nohost")).isNull();
    }

    @Test
    void foldingRemovesDisguisesButKeepsLetters() {
        assertThat(CommentText.fold("ＦＵＬＬ\u200Bwidth\u00AD")).isEqualTo("fullwidth");
        assertThat(CommentText.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(CommentText.fold("Işık")).isEqualTo("işık");
    }

    @Test
    void wordsSplitOnAnythingButLettersDigitsAndMarks() {
        assertThat(CommentText.words("don't stop-me now42")).containsExactly("don", "t", "stop", "me", "now42");
        assertThat(CommentText.words("ภาษาไทย 中文字")).containsExactly("ภ", "า", "ษ", "า", "ไ", "ท", "ย", "中", "文",
                "字");
        assertThat(CommentText.words("café naïve")).containsExactly("café", "naïve");
        assertThat(CommentText.words("")).isEqualTo(List.of());
    }
}
