package dev.broadsheet.model;

import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.internal.check.Problems.Kind;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dated note telling readers what was corrected in an article.
 *
 * <p>Rules: {@code at} required; {@code note} required plain text, at most {@value #MAX_NOTE} characters. An
 * article also requires every correction to be dated on or after its publication.
 *
 * @since 0.1.0
 */
public final class Correction {

    /** Longest note, in characters. */
    public static final int MAX_NOTE = 1000;

    private final Instant at;
    private final String note;

    private Correction(Instant at, String note) {
        this.at = at;
        this.note = note;
    }

    /**
     * A correction.
     *
     * @param at when it was made
     * @param note what was corrected, plain text
     * @return the correction
     * @throws dev.broadsheet.validation.ValidationException listing every broken rule
     */
    public static Correction of(@Nullable Instant at, @Nullable String note) {
        Problems p = new Problems();
        p.required("/at", at);
        String cleanNote = p.text("/note", note, Kind.TEXT, MAX_NOTE, true);
        p.throwIfAny("Correction");
        return new Correction(Objects.requireNonNull(at), Objects.requireNonNull(cleanNote));
    }

    /** @return when the correction was made */
    public Instant at() {
        return at;
    }

    /** @return what was corrected */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correction c && at.equals(c.at) && note.equals(c.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, note);
    }

    @Override
    public String toString() {
        return "Correction[" + at + "]";
    }
}
