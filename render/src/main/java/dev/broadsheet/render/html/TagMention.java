package dev.broadsheet.render.html;

import dev.broadsheet.model.Tag;
import java.util.Objects;

/**
 * The first mention of one of an article's tags in its body, which {@link Part#TAG_LINK} renders.
 *
 * @param tag the tag mentioned
 * @param text the mention as the body has it: its case, and its whitespace where the tag's name has a space
 * @since 0.2.0
 */
public record TagMention(Tag tag, String text) {

    /** Checks that neither value is null. */
    public TagMention {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(text, "text");
    }
}
