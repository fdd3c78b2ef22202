package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Public output of comments carries no email, no IP and no hash of either (no Gravatar-style hashes). */
class PrivacyTest {

    private final Posts posts = new Posts();

    @Test
    void thePublicViewOfAThreadsCommentsHoldsNoPrivateValueOrHashOfOne() throws Exception {
        Comment c = posts.comment("<p>Hello</p>").toBuilder().status(CommentStatus.APPROVED).build();
        CommentThread thread = CommentThread.of(List.of(c));
        StringBuilder out = new StringBuilder(thread.roots().toString());
        for (CommentThread.Node n : thread.flatten()) {
            out.append(BroadsheetJson.publicView().write(n.comment()));
        }
        String shown = out.toString().toLowerCase(Locale.ROOT);
        for (String secret : List.of(Posts.EMAIL, Posts.IP)) {
            assertThat(shown).doesNotContain(secret);
            for (String algorithm : List.of("MD5", "SHA-1", "SHA-256")) {
                byte[] digest = MessageDigest.getInstance(algorithm).digest(secret.getBytes(StandardCharsets.UTF_8));
                assertThat(shown).as(algorithm).doesNotContain(HexFormat.of().formatHex(digest));
            }
        }
    }

    @Test
    void theDefaultAvatarProviderShowsNothing() {
        assertThat(AvatarProvider.none().avatarUrl(posts.comment("<p>x</p>").author())).isEmpty();
    }
}
