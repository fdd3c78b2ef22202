package dev.broadsheet.comments;

import dev.broadsheet.comments.Decision.Reason;
import dev.broadsheet.comments.Decision.Rule;
import dev.broadsheet.comments.Decision.Verdict;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a submitted comment is approved, held for a moderator, rejected or spam, and says why.
 *
 * <p>Built once from a {@link Builder} and then called for every submission:
 * <pre>{@code
 * Moderator moderator = Moderator.builder()
 *         .blockWords(List.of("casino bonus"))
 *         .holdHosts(List.of("bit.ly"))
 *         .formStamps(stamps)
 *         .build();
 * Decision d = moderator.moderate(Submission.builder().comment(comment).article(article)
 *         .honeypot(form.get("bs_hp")).formStamp(form.get(FormStamps.FIELD))
 *         .authorKey(keyedHash(email)).knownAuthor(hasApprovedComment(email)).build());
 * }</pre>
 *
 * <p>The rules, each reported as a {@link Reason} with the {@link Rule} named here:
 * <ul>
 *   <li>{@link Rule#CLOSED} (reject): the article's {@linkplain Article#commentMode() comment mode} is not open,
 *       it is not published, or {@linkplain Builder#closeCommentsAfter(Duration) auto-close} is on and that long
 *       has passed since publication;</li>
 *   <li>{@link Rule#HONEYPOT} (spam): the honeypot field was filled in;</li>
 *   <li>{@link Rule#FORM_STAMP_INVALID}, {@link Rule#FORM_STAMP_EXPIRED}, {@link Rule#TOO_FAST} (spam), when
 *       {@linkplain Builder#formStamps(FormStamps) form stamps} are configured: the stamp is missing or not genuine,
 *       is too old, or the form came back within {@linkplain Builder#minFormTime(Duration) the minimum time};</li>
 *   <li>{@link Rule#BLOCKED_WORD} (spam) and {@link Rule#HELD_WORD} (hold): a listed word or phrase appears in the
 *       author's name, the body's text, a link or the author's website; matching ignores case, compatibility
 *       forms and invisible characters, and respects word boundaries ("ass" does not match "class");</li>
 *   <li>{@link Rule#BLOCKED_HOST} (spam) and {@link Rule#HELD_HOST} (hold): a link in the body (an anchor or a
 *       bare URL in the text) or the author's website is on a listed host or one of its subdomains;</li>
 *   <li>{@link Rule#LINKS} (hold): the body has {@linkplain Builder#holdAtLinks(int) too many links};</li>
 *   <li>{@link Rule#FIRST_COMMENT} (hold): the host does not {@linkplain Submission#knownAuthor() know the
 *       author};</li>
 *   <li>{@link Rule#FLOOD_WINDOW}, {@link Rule#FLOOD_LIMIT}, {@link Rule#DUPLICATE} (reject), through the
 *       {@link FloodStore}, by author key: a comment within {@linkplain Builder#floodWindow(Duration) the flood
 *       window} of the previous one, more than {@linkplain Builder#floodLimitPerMinute(int) the limit} in a minute,
 *       or the same body on the same article and parent within {@linkplain Builder#duplicateWindow(Duration) the
 *       duplicate window}.</li>
 * </ul>
 * Every rule runs, so a decision lists every reason. The flood store is consulted only when no rule so far says
 * spam or reject, and the attempt is recorded only when the flood rules pass too: spam and rejected attempts do
 * not count against a person's next try.
 *
 * <p>A moderator's configuration is immutable; it is thread-safe when its flood store is (the built-in one is).
 * Untrusted parts of a submission (body, name, links, honeypot, stamp) lead to a decision, never an exception.
 *
 * @since 0.1.0
 */
public final class Moderator {

    /** Default of {@link Builder#holdAtLinks(int)}. */
    public static final int DEFAULT_HOLD_AT_LINKS = 2;
    /** Default of {@link Builder#floodWindow(Duration)}: 15 seconds. */
    public static final Duration DEFAULT_FLOOD_WINDOW = Duration.ofSeconds(15);
    /** Default of {@link Builder#floodLimitPerMinute(int)}. */
    public static final int DEFAULT_FLOOD_LIMIT_PER_MINUTE = 3;
    /** Default of {@link Builder#duplicateWindow(Duration)}: one day. */
    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofDays(1);
    /** Default of {@link Builder#minFormTime(Duration)}: 3 seconds. */
    public static final Duration DEFAULT_MIN_FORM_TIME = Duration.ofSeconds(3);

    /** Most listed entries named in one reason's detail. */
    private static final int NAMED = 3;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Separates fields in the word list, so that no phrase matches across two fields. */
    private static final String FIELD_BREAK = "\0";

    private final Clock clock;
    private final int holdAtLinks;
    private final Terms.Words blockWords;
    private final Terms.Words holdWords;
    private final Terms.Hosts blockHosts;
    private final Terms.Hosts holdHosts;
    private final Duration floodWindow;
    private final int floodLimitPerMinute;
    private final Duration duplicateWindow;
    private final @Nullable FormStamps formStamps;
    private final Duration minFormTime;
    private final boolean holdFirstComments;
    private final @Nullable Duration closeAfter;
    private final FloodStore store;

    private Moderator(Builder b) {
        this.clock = b.clock;
        this.holdAtLinks = b.holdAtLinks;
        this.blockWords = b.blockWords;
        this.holdWords = b.holdWords;
        this.blockHosts = b.blockHosts;
        this.holdHosts = b.holdHosts;
        this.floodWindow = b.floodWindow;
        this.floodLimitPerMinute = b.floodLimitPerMinute;
        this.duplicateWindow = b.duplicateWindow;
        this.formStamps = b.formStamps;
        this.minFormTime = b.minFormTime;
        this.holdFirstComments = b.holdFirstComments;
        this.closeAfter = b.closeAfter;
        this.store = b.store != null ? b.store : FloodStore.inMemory();
    }

    /**
     * Starts configuring a moderator.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Judges one submission and, unless it is spam or rejected, records it in the flood store.
     *
     * @param submission the comment as posted
     * @return the decision with every reason
     */
    public Decision moderate(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        Instant now = clock.instant();
        Comment comment = submission.comment();
        List<Reason> reasons = new ArrayList<>();
        closed(submission.article(), now).ifPresent(reasons::add);
        if (submission.honeypotFilled()) {
            reasons.add(new Reason(Rule.HONEYPOT, "the hidden field was filled in"));
        }
        stamp(submission, reasons);
        CommentText text = submission.rawBody().map(CommentText::of).orElseGet(() -> CommentText.of(comment));
        lists(comment, text, reasons);
        if (text.linkCount >= holdAtLinks) {
            reasons.add(new Reason(Rule.LINKS, text.linkCount + " links; held from " + holdAtLinks));
        }
        if (holdFirstComments && !submission.knownAuthor()) {
            reasons.add(new Reason(Rule.FIRST_COMMENT, "the author has no approved comment yet"));
        }
        if (Decision.of(reasons).verdict().compareTo(Verdict.HOLD) <= 0 && usesStore()) {
            reasons.addAll(flood(submission, text, now));
        }
        return Decision.of(reasons);
    }

    private Optional<Reason> closed(Article article, Instant now) {
        if (article.commentMode() != CommentMode.OPEN) {
            return Optional.of(new Reason(Rule.CLOSED, "comments on the article are "
                    + article.commentMode().name().toLowerCase(java.util.Locale.ROOT)));
        }
        Instant published = article.publishedAt().orElse(null);
        if (article.status() != ArticleStatus.PUBLISHED || published == null || published.isAfter(now)) {
            return Optional.of(new Reason(Rule.CLOSED, "the article is not published"));
        }
        if (closeAfter != null && !now.isBefore(published.plus(closeAfter))) {
            return Optional.of(new Reason(Rule.CLOSED, "comments close " + describe(closeAfter)
                    + " after publication"));
        }
        return Optional.empty();
    }

    private void stamp(Submission submission, List<Reason> reasons) {
        if (formStamps == null) {
            return;
        }
        FormStamps.Check check = formStamps.check(submission.formStamp().orElse(null),
                submission.comment().articleId());
        Optional<FormStamps.Problem> problem = check.problem();
        if (problem.isPresent() && problem.get() == FormStamps.Problem.EXPIRED) {
            reasons.add(new Reason(Rule.FORM_STAMP_EXPIRED, "the form was served " + describe(check.age())
                    + " ago"));
        } else if (problem.isPresent()) {
            reasons.add(new Reason(Rule.FORM_STAMP_INVALID, "form stamp "
                    + problem.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        } else if (check.age().compareTo(minFormTime) < 0) {
            reasons.add(new Reason(Rule.TOO_FAST, "sent " + describe(check.age()) + " after the form was served;"
                    + " at least " + describe(minFormTime) + " expected"));
        }
    }

    private void lists(Comment comment, CommentText text, List<Reason> reasons) {
        List<String> hosts = new ArrayList<>();
        for (String link : text.links) {
            String h = CommentText.host(link);
            if (h != null) {
                hosts.add(h);
            }
        }
        Optional<String> site = comment.author().url();
        site.map(CommentText::host).ifPresent(hosts::add);
        if (!blockWords.isEmpty() || !holdWords.isEmpty()) {
            List<String> words = new ArrayList<>();
            addWords(words, comment.author().name());
            addWords(words, text.text);
            for (String link : text.links) {
                addWords(words, link);
            }
            site.ifPresent(u -> addWords(words, u));
            named(Rule.BLOCKED_WORD, blockWords.find(words, NAMED), reasons);
            named(Rule.HELD_WORD, holdWords.find(words, NAMED), reasons);
        }
        named(Rule.BLOCKED_HOST, matches(blockHosts, hosts), reasons);
        named(Rule.HELD_HOST, matches(holdHosts, hosts), reasons);
    }

    private static void addWords(List<String> words, String field) {
        words.addAll(CommentText.words(CommentText.fold(field)));
        words.add(FIELD_BREAK);
    }

    private static List<String> matches(Terms.Hosts list, List<String> hosts) {
        Set<String> found = new LinkedHashSet<>();
        for (String h : hosts) {
            String entry = list.match(h);
            if (entry != null) {
                found.add(entry);
                if (found.size() == NAMED) {
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private static void named(Rule rule, List<String> entries, List<Reason> reasons) {
        if (!entries.isEmpty()) {
            reasons.add(new Reason(rule, "listed: " + String.join(", ", entries)));
        }
    }

    private boolean usesStore() {
        return !floodWindow.isZero() || floodLimitPerMinute > 0 || !duplicateWindow.isZero();
    }

    private List<Reason> flood(Submission submission, CommentText text, Instant now) {
        long fingerprint = CommentText.fingerprint(submission.comment(), text.text);
        Duration horizon = max(max(floodWindow, floodLimitPerMinute > 0 ? MINUTE : Duration.ZERO), duplicateWindow);
        List<Reason> found = new ArrayList<>();
        store.recordIf(submission.authorKey(), new FloodStore.Attempt(now, fingerprint), now.minus(horizon),
                history -> {
                    found.addAll(judge(history, now, fingerprint));
                    return found.isEmpty();
                });
        return found;
    }

    private List<Reason> judge(List<FloodStore.Attempt> history, Instant now, long fingerprint) {
        List<Reason> found = new ArrayList<>();
        Instant windowStart = now.minus(floodWindow);
        Instant minuteStart = now.minus(MINUTE);
        Instant duplicateStart = now.minus(duplicateWindow);
        boolean tooSoon = false;
        boolean duplicate = false;
        int inMinute = 0;
        for (FloodStore.Attempt a : history) {
            tooSoon |= !floodWindow.isZero() && a.at().isAfter(windowStart);
            duplicate |= !duplicateWindow.isZero() && a.fingerprint() == fingerprint && a.at().isAfter(duplicateStart);
            if (a.at().isAfter(minuteStart)) {
                inMinute++;
            }
        }
        if (tooSoon) {
            found.add(new Reason(Rule.FLOOD_WINDOW, "less than " + describe(floodWindow) + " since the last comment"));
        }
        if (floodLimitPerMinute > 0 && inMinute >= floodLimitPerMinute) {
            found.add(new Reason(Rule.FLOOD_LIMIT, inMinute + " comments in the last minute; the limit is "
                    + floodLimitPerMinute));
        }
        if (duplicate) {
            found.add(new Reason(Rule.DUPLICATE, "the same comment was sent within " + describe(duplicateWindow)));
        }
        return found;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String describe(Duration d) {
        long s = d.getSeconds();
        if (s % 86_400 == 0 && s > 0) {
            return s / 86_400 + (s == 86_400 ? " day" : " days");
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + (s == 3600 ? " hour" : " hours");
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + (s == 60 ? " minute" : " minutes");
        }
        return s + (s == 1 ? " second" : " seconds");
    }

    /** @return the configuration: limits, windows and list sizes (not their entries) */
    @Override
    public String toString() {
        return "Moderator[holdAtLinks " + holdAtLinks + ", words " + blockWords.entries().size() + " blocked/"
                + holdWords.entries().size() + " held, hosts " + blockHosts.entries().size() + " blocked/"
                + holdHosts.entries().size() + " held, floodWindow " + floodWindow + ", floodLimitPerMinute "
                + floodLimitPerMinute + ", duplicateWindow " + duplicateWindow + ", formStamps "
                + (formStamps == null ? "off" : "min " + minFormTime) + ", holdFirstComments " + holdFirstComments
                + ", closeCommentsAfter " + (closeAfter == null ? "never" : closeAfter) + ", " + store + "]";
    }

    /**
     * Configures a {@link Moderator}. Every option has a default, stated on its method; the rules' outline is on
     * {@link Moderator}. Invalid options fail at once with an {@link IllegalArgumentException} naming the option
     * and the value. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private int holdAtLinks = DEFAULT_HOLD_AT_LINKS;
        private Terms.Words blockWords = Terms.Words.NONE;
        private Terms.Words holdWords = Terms.Words.NONE;
        private Terms.Hosts blockHosts = Terms.Hosts.NONE;
        private Terms.Hosts holdHosts = Terms.Hosts.NONE;
        private Duration floodWindow = DEFAULT_FLOOD_WINDOW;
        private int floodLimitPerMinute = DEFAULT_FLOOD_LIMIT_PER_MINUTE;
        private Duration duplicateWindow = DEFAULT_DUPLICATE_WINDOW;
        private @Nullable FormStamps formStamps;
        private Duration minFormTime = DEFAULT_MIN_FORM_TIME;
        private boolean holdFirstComments = true;
        private @Nullable Duration closeAfter;
        private @Nullable FloodStore store;

        private Builder() {
        }

        /**
         * @param clock the time source for every rule; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Holds a comment whose body has at least this many links: anchors with an {@code href}, plus bare
         * {@code http://}, {@code https://} and {@code www.} URLs in the text. The author's website does not
         * count.
         *
         * @param links at least 1; default {@value Moderator#DEFAULT_HOLD_AT_LINKS}; {@link Integer#MAX_VALUE}
         *     turns the rule off
         * @return this builder
         * @throws IllegalArgumentException when less than 1
         */
        public Builder holdAtLinks(int links) {
            if (links < 1) {
                throw new IllegalArgumentException("holdAtLinks must be at least 1, was " + links);
            }
            this.holdAtLinks = links;
            return this;
        }

        /**
         * Words and phrases that make a comment spam. Each entry matches whole words, ignoring case, compatibility
         * forms (full-width letters) and invisible characters; a phrase matches its words in a row with anything
         * but letters and digits between them. Letters of scripts written without spaces (Chinese, Japanese,
         * Thai...) match anywhere.
         *
         * @param words the entries, each with at least one letter or digit; default none; replaces earlier ones
         * @return this builder
         * @throws IllegalArgumentException naming the entry that has no letter or digit
         */
        public Builder blockWords(Collection<String> words) {
            this.blockWords = new Terms.Words(Objects.requireNonNull(words, "words"));
            return this;
        }

        /**
         * Words and phrases that hold a comment for a moderator, matched like {@link #blockWords(Collection)}.
         *
         * @param words the entries; default none; replaces earlier ones
         * @return this builder
         * @throws IllegalArgumentException naming the entry that has no letter or digit
         */
        public Builder holdWords(Collection<String> words) {
            this.holdWords = new Terms.Words(Objects.requireNonNull(words, "words"));
            return this;
        }

        /**
         * Hosts that make a comment spam when a link in the body or the author's website points to them or to
         * any of their subdomains: {@code spam.example} matches {@code spam.example} and {@code www.spam.example},
         * not {@code notspam.example}. Entries may be written with a leading {@code *.} or {@code .}, in any case,
         * and as Unicode or punycode.
         *
         * @param hosts the host names; default none; replaces earlier ones
         * @return this builder
         * @throws IllegalArgumentException naming an entry that is not a host name
         */
        public Builder blockHosts(Collection<String> hosts) {
            this.blockHosts = new Terms.Hosts(Objects.requireNonNull(hosts, "hosts"));
            return this;
        }

        /**
         * Hosts that hold a comment for a moderator, matched like {@link #blockHosts(Collection)}. Link shorteners
         * are good candidates.
         *
         * @param hosts the host names; default none; replaces earlier ones
         * @return this builder
         * @throws IllegalArgumentException naming an entry that is not a host name
         */
        public Builder holdHosts(Collection<String> hosts) {
            this.holdHosts = new Terms.Hosts(Objects.requireNonNull(hosts, "hosts"));
            return this;
        }

        /**
         * Rejects a comment that comes less than this long after the previous admitted comment with the same
         * author key.
         *
         * @param window not negative; default 15 seconds; {@link Duration#ZERO} turns the rule off
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder floodWindow(Duration window) {
            this.floodWindow = notNegative("floodWindow", window);
            return this;
        }

        /**
         * Rejects a comment when this many comments with the same author key were admitted in the minute before
         * it. The in-memory flood store must keep at least this many attempts per key.
         *
         * @param limit not negative; default {@value Moderator#DEFAULT_FLOOD_LIMIT_PER_MINUTE}; 0 turns the rule
         *     off
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder floodLimitPerMinute(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("floodLimitPerMinute must not be negative, was " + limit);
            }
            this.floodLimitPerMinute = limit;
            return this;
        }

        /**
         * Rejects a comment whose body (compared as folded text with white space collapsed) the same author key
         * already sent to the same article and parent within this window, as far as the flood store remembers.
         *
         * @param window not negative; default one day; {@link Duration#ZERO} turns the rule off
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder duplicateWindow(Duration window) {
            this.duplicateWindow = notNegative("duplicateWindow", window);
            return this;
        }

        /**
         * Turns on the form stamp rules: a submission without a genuine, unexpired stamp for its article is spam,
         * and so is one sent back within {@linkplain #minFormTime(Duration) the minimum time}. There is no default,
         * because the stamps' key must be the host's (shared by all its servers).
         *
         * @param stamps the form stamps the host also uses to render the comment form; default none (rules off)
         * @return this builder
         */
        public Builder formStamps(FormStamps stamps) {
            this.formStamps = Objects.requireNonNull(stamps, "stamps");
            return this;
        }

        /**
         * The shortest time between serving the form and receiving it that a person can manage; sooner is spam.
         * Only used with {@linkplain #formStamps(FormStamps) form stamps}. Stamps count whole seconds.
         *
         * @param min not negative; default 3 seconds; {@link Duration#ZERO} turns the rule off
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder minFormTime(Duration min) {
            this.minFormTime = notNegative("minFormTime", min);
            return this;
        }

        /**
         * Whether a comment by an author the host does not {@linkplain Submission#knownAuthor() know} is held.
         *
         * @param hold default true
         * @return this builder
         */
        public Builder holdFirstComments(boolean hold) {
            this.holdFirstComments = hold;
            return this;
        }

        /**
         * Closes comments this long after an article's publication time; later comments are rejected.
         *
         * @param after positive, or null never to close; default null
         * @return this builder
         * @throws IllegalArgumentException when zero or negative
         */
        public Builder closeCommentsAfter(@Nullable Duration after) {
            if (after != null && (after.isZero() || after.isNegative())) {
                throw new IllegalArgumentException("closeCommentsAfter must be positive, was " + after);
            }
            this.closeAfter = after;
            return this;
        }

        /**
         * @param store where recent attempts per author key are kept; default a new {@link FloodStore#inMemory()}
         *     for each moderator built
         * @return this builder
         */
        public Builder floodStore(FloodStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @return the moderator
         */
        public Moderator build() {
            return new Moderator(this);
        }

        private static Duration notNegative(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + d);
            }
            return d;
        }
    }
}
