package dev.broadsheet.comments;

import dev.broadsheet.model.CommentStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Moderator} decided about one submission: a {@linkplain #verdict() verdict} and every
 * {@linkplain #reasons() reason} that led to it. The verdict is the most severe verdict among the reasons
 * ({@link Verdict#SPAM} over {@link Verdict#REJECT} over {@link Verdict#HOLD}), or {@link Verdict#APPROVE} when
 * there is no reason.
 *
 * <p>Reasons carry stable {@linkplain Rule#code() codes} for programs and a short detail for moderators. A detail
 * names only site configuration (the word or host listed, a count, a duration), never the commenter's email, IP
 * address or author key, so decisions may be logged.
 *
 * @since 0.1.0
 */
public final class Decision {

    private static final Decision APPROVED = new Decision(Verdict.APPROVE, List.of());

    private final Verdict verdict;
    private final List<Reason> reasons;

    private Decision(Verdict verdict, List<Reason> reasons) {
        this.verdict = verdict;
        this.reasons = reasons;
    }

    /**
     * The decision that follows from some reasons.
     *
     * @param reasons the reasons found, in the order found; empty for approval
     * @return a decision whose verdict is the most severe among the reasons
     */
    public static Decision of(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return APPROVED;
        }
        Verdict worst = Verdict.APPROVE;
        for (Reason r : reasons) {
            if (r.rule().verdict().compareTo(worst) > 0) {
                worst = r.rule().verdict();
            }
        }
        return new Decision(worst, List.copyOf(reasons));
    }

    /** @return what to do with the comment */
    public Verdict verdict() {
        return verdict;
    }

    /** @return every reason found, in the order the rules ran; empty when approved */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * Whether some reason comes from this rule.
     *
     * @param rule a rule
     * @return true if one of the reasons has it
     */
    public boolean has(Rule rule) {
        for (Reason r : reasons) {
            if (r.rule() == rule) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status to store the comment with.
     *
     * @return {@link CommentStatus#APPROVED}, {@link CommentStatus#PENDING} or {@link CommentStatus#SPAM}; empty
     *     for {@link Verdict#REJECT}, whose comment is not stored
     */
    public Optional<CommentStatus> status() {
        switch (verdict) {
            case APPROVE:
                return Optional.of(CommentStatus.APPROVED);
            case HOLD:
                return Optional.of(CommentStatus.PENDING);
            case SPAM:
                return Optional.of(CommentStatus.SPAM);
            default:
                return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && verdict == d.verdict && reasons.equals(d.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, reasons);
    }

    /** @return the verdict and the reasons */
    @Override
    public String toString() {
        return "Decision[" + verdict + (reasons.isEmpty() ? "" : " " + reasons) + "]";
    }

    /** What to do with a submitted comment, from least to most severe. */
    public enum Verdict {
        /** Publish it: store it as {@link CommentStatus#APPROVED}. */
        APPROVE,
        /** Keep it for a moderator: store it as {@link CommentStatus#PENDING}. */
        HOLD,
        /**
         * Do not store it, and tell the person why (comments closed, posting too often, a duplicate); the rule
         * codes are safe to show.
         */
        REJECT,
        /**
         * Store it as {@link CommentStatus#SPAM} or drop it; tell the sender no more than that it was received.
         */
        SPAM
    }

    /**
     * The rules a {@link Moderator} applies, each with a stable code and the verdict it leads to.
     *
     * @since 0.1.0
     */
    public enum Rule {
        /** Comments are closed on the article (its mode, its status, or the auto-close age). */
        CLOSED("comment.closed", Verdict.REJECT),
        /** The honeypot field was filled in. */
        HONEYPOT("comment.honeypot", Verdict.SPAM),
        /** The signed form stamp is missing, malformed, cut off, tampered with, for another article, or unknown. */
        FORM_STAMP_INVALID("comment.form_stamp_invalid", Verdict.SPAM),
        /** The signed form stamp is older than its maximum age. */
        FORM_STAMP_EXPIRED("comment.form_stamp_expired", Verdict.SPAM),
        /** The form was sent back faster than a person can write a comment. */
        TOO_FAST("comment.too_fast", Verdict.SPAM),
        /** A blocked word or phrase appears in the name, body or links. */
        BLOCKED_WORD("comment.blocked_word", Verdict.SPAM),
        /** A link or the commenter's website points to a blocked host. */
        BLOCKED_HOST("comment.blocked_host", Verdict.SPAM),
        /** A held word or phrase appears in the name, body or links. */
        HELD_WORD("comment.held_word", Verdict.HOLD),
        /** A link or the commenter's website points to a held host. */
        HELD_HOST("comment.held_host", Verdict.HOLD),
        /** The body has too many links. */
        LINKS("comment.links", Verdict.HOLD),
        /** The author has no approved comment yet. */
        FIRST_COMMENT("comment.first_comment", Verdict.HOLD),
        /** The same author key commented moments ago. */
        FLOOD_WINDOW("comment.flood_window", Verdict.REJECT),
        /** The same author key reached its limit of comments per minute. */
        FLOOD_LIMIT("comment.flood_limit", Verdict.REJECT),
        /** The same author key sent the same body to the same article and parent recently. */
        DUPLICATE("comment.duplicate", Verdict.REJECT);

        private final String code;
        private final Verdict verdict;

        Rule(String code, Verdict verdict) {
            this.code = code;
            this.verdict = verdict;
        }

        /** @return the stable code, such as {@code comment.links} */
        public String code() {
            return code;
        }

        /** @return the verdict a reason from this rule leads to */
        public Verdict verdict() {
            return verdict;
        }
    }

    /**
     * One reason for a decision.
     *
     * @param rule the rule that matched
     * @param detail a short explanation for moderators, naming only site configuration and counts
     * @since 0.1.0
     */
    public record Reason(Rule rule, String detail) {

        /**
         * Checks the components.
         *
         * @param rule the rule that matched
         * @param detail a short explanation
         */
        public Reason {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(detail, "detail");
        }

        /** @return the rule's stable code */
        public String code() {
            return rule.code();
        }

        /** @return the code and the detail */
        @Override
        public String toString() {
            return rule.code() + " (" + detail + ")";
        }
    }
}
