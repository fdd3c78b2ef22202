package dev.broadsheet.comments;

import dev.broadsheet.model.Commenter;
import java.util.Optional;

/**
 * Supplies the picture shown beside a commenter's name, if the site shows any. The host implements it, for
 * example from its own user accounts.
 *
 * <p>Broadsheet never derives an avatar from an email address itself: a Gravatar URL contains a hash of the
 * address, and such hashes are easily reversed with a list of known addresses, so they would publish the private
 * email of every commenter. A host that still wants Gravatar does so knowingly, in its own implementation.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AvatarProvider {

    /**
     * The avatar of a commenter.
     *
     * @param commenter the comment's author, whose private fields the provider may read but must not expose
     * @return an absolute http(s) image URL, or empty for none
     */
    Optional<String> avatarUrl(Commenter commenter);

    /**
     * The provider that shows no avatars; the default.
     *
     * @return a provider that always answers empty
     */
    static AvatarProvider none() {
        return commenter -> Optional.empty();
    }
}
