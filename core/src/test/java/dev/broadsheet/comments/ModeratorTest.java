package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.comments.Decision.Reason;
import dev.broadsheet.comments.Decision.Rule;
import dev.broadsheet.comments.Decision.Verdict;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One good and one bad case per rule, then how rules combine. */
class ModeratorTest {

    private final Posts posts = new Posts();

    private Moderator.Builder moderator() {
        return Moderator.builder().clock(posts.clock);
    }

    private Decision moderate(Moderator m, Submission.Builder s) {
        return m.moderate(s.build());
    }

    private static List<Rule> rules(Decision d) {
        return d.reasons().stream().map(Reason::rule).toList();
    }

    @Test
    void aPlainCommentByAKnownAuthorIsApprovedWithNoReasons() {
        Decision d = moderate(moderator().build(), posts.post("<p>Thanks for the clear report.</p>"));
        assertThat(d.verdict()).isEqualTo(Verdict.APPROVE);
        assertThat(d.reasons()).isEmpty();
        assertThat(d.status()).contains(CommentStatus.APPROVED);
    }

    // ---------------------------------------------------------------- closed

    @Test
    void commentsOnAClosedOrHiddenArticleAreRejected() {
        for (CommentMode mode : List.of(CommentMode.CLOSED, CommentMode.HIDDEN)) {
            Article closed = posts.article.toBuilder().commentMode(mode).build();
            Decision d = moderator().build().moderate(posts.post("<p>Hello</p>").article(closed).build());
            assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
            assertThat(rules(d)).containsExactly(Rule.CLOSED);
            assertThat(d.status()).isEmpty();
        }
    }

    @Test
    void commentsOnAnUnpublishedArticleAreRejected() {
        Article withdrawn = posts.article.toBuilder().status(ArticleStatus.WITHDRAWN).build();
        Article scheduled = posts.article.toBuilder().status(ArticleStatus.SCHEDULED)
                .publishedAt(posts.clock.instant().plusSeconds(3600)).modifiedAt(null).corrections(null).build();
        for (Article a : List.of(withdrawn, scheduled)) {
            Decision d = moderator().build().moderate(posts.post("<p>Hello</p>").article(a).build());
            assertThat(rules(d)).containsExactly(Rule.CLOSED);
            assertThat(d.reasons().get(0).detail()).contains("not published");
        }
    }

    @Test
    void autoCloseRejectsCommentsThatLongAfterPublication() {
        Moderator m = moderator().closeCommentsAfter(Duration.ofDays(14)).build();
        assertThat(moderate(m, posts.post("<p>Early</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.set(posts.article.publishedAt().orElseThrow().plus(Duration.ofDays(14)));
        Decision late = moderate(m, posts.post("<p>Late</p>"));
        assertThat(rules(late)).containsExactly(Rule.CLOSED);
        assertThat(late.reasons().get(0).detail()).isEqualTo("comments close 14 days after publication");
    }

    // ---------------------------------------------------------------- honeypot

    @Test
    void aFilledHoneypotIsSpamAndAnEmptyOrBlankOneIsNot() {
        Moderator m = moderator().build();
        assertThat(rules(moderate(m, posts.post("<p>Hi</p>").honeypot("http://spam.example"))))
                .containsExactly(Rule.HONEYPOT);
        assertThat(moderate(m, posts.post("<p>Hi</p>").honeypot("x")).verdict()).isEqualTo(Verdict.SPAM);
        posts.clock.advanceSeconds(60);
        assertThat(moderate(m, posts.post("<p>Hi again</p>").honeypot(" \t")).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(60);
        assertThat(moderate(m, posts.post("<p>Hi once more</p>").honeypot(null)).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    // ---------------------------------------------------------------- form stamps

    private FormStamps stamps() {
        return FormStamps.builder().addKey("k1", new byte[32]).clock(posts.clock).build();
    }

    @Test
    void aFormSentBackAfterTheMinimumTimeIsFineAndOneSentSoonerIsSpam() {
        FormStamps stamps = stamps();
        Moderator m = moderator().formStamps(stamps).build();
        String stamp = stamps.issue(posts.article.id());
        posts.clock.advanceSeconds(2);
        Decision fast = moderate(m, posts.post("<p>First!</p>").formStamp(stamp));
        assertThat(rules(fast)).containsExactly(Rule.TOO_FAST);
        assertThat(fast.verdict()).isEqualTo(Verdict.SPAM);
        posts.clock.advanceSeconds(1);
        assertThat(moderate(m, posts.post("<p>Typed at human speed.</p>").formStamp(stamp)).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void theMinimumTimeIsConfigurable() {
        FormStamps stamps = stamps();
        Moderator m = moderator().formStamps(stamps).minFormTime(Duration.ofSeconds(10)).build();
        String stamp = stamps.issue(posts.article.id());
        posts.clock.advanceSeconds(9);
        assertThat(rules(moderate(m, posts.post("<p>Hi</p>").formStamp(stamp)))).containsExactly(Rule.TOO_FAST);
        Moderator off = moderator().formStamps(stamps).minFormTime(Duration.ZERO).build();
        assertThat(moderate(off, posts.post("<p>Hi</p>").formStamp(stamps.issue(posts.article.id()))).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aMissingTamperedForeignOrGarbageStampIsSpamWithTheProblemNamed() {
        FormStamps stamps = stamps();
        Moderator m = moderator().formStamps(stamps).floodWindow(Duration.ZERO).duplicateWindow(Duration.ZERO)
                .build();
        String good = stamps.issue(posts.article.id());
        String otherArticle = stamps.issue("a-2002");
        String foreignKey = FormStamps.builder().addKey("k9", new byte[40]).clock(posts.clock).build()
                .issue(posts.article.id());
        char flipped = good.charAt(20) == 'A' ? 'B' : 'A';
        String tampered = good.substring(0, 20) + flipped + good.substring(21);
        posts.clock.advanceSeconds(30);
        assertStampProblem(m, null, "missing");
        assertStampProblem(m, "", "missing");
        assertStampProblem(m, tampered, "tampered");
        assertStampProblem(m, otherArticle, "wrong article");
        assertStampProblem(m, foreignKey, "unknown key");
        assertStampProblem(m, good.substring(0, good.length() - 5), "truncated");
        assertStampProblem(m, "not a stamp at all", "malformed");
        assertStampProblem(m, "x".repeat(10 * 1024 * 1024), "malformed");
        assertStampProblem(m, "штамп", "malformed");
        assertThat(moderate(m, posts.post("<p>Hi</p>").formStamp(good)).verdict()).isEqualTo(Verdict.APPROVE);
    }

    private void assertStampProblem(Moderator m, String stamp, String problem) {
        Decision d = moderate(m, posts.post("<p>Hi</p>").formStamp(stamp));
        assertThat(d.verdict()).isEqualTo(Verdict.SPAM);
        assertThat(d.reasons()).containsExactly(new Reason(Rule.FORM_STAMP_INVALID, "form stamp " + problem));
    }

    @Test
    void anExpiredStampIsSpam() {
        FormStamps stamps = stamps();
        Moderator m = moderator().formStamps(stamps).build();
        String stamp = stamps.issue(posts.article.id());
        posts.clock.advance(Duration.ofDays(1));
        assertThat(moderate(m, posts.post("<p>Hi</p>").formStamp(stamp)).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(60);
        Decision d = moderate(m, posts.post("<p>Hi again</p>").formStamp(stamp));
        assertThat(rules(d)).containsExactly(Rule.FORM_STAMP_EXPIRED);
        assertThat(d.verdict()).isEqualTo(Verdict.SPAM);
    }

    @Test
    void withoutFormStampsTheStampRulesDoNotRun() {
        assertThat(moderate(moderator().build(), posts.post("<p>Hi</p>").formStamp("garbage")).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    // ---------------------------------------------------------------- words

    @Test
    void aBlockedWordMakesSpamAndTheDetailNamesTheListedEntry() {
        Moderator m = moderator().blockWords(List.of("viagra", "casino bonus")).build();
        Decision d = moderate(m, posts.post("<p>Cheap VIAGRA here</p>"));
        assertThat(d.verdict()).isEqualTo(Verdict.SPAM);
        assertThat(d.reasons()).containsExactly(new Reason(Rule.BLOCKED_WORD, "listed: viagra"));
        assertThat(rules(moderate(m, posts.post("<p>the best casino</p><p>BONUS!</p>"))))
                .containsExactly(Rule.BLOCKED_WORD);
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        Moderator m = moderator().blockWords(List.of("ass", "casino bonus")).build();
        assertThat(moderate(m, posts.post("<p>A classic assessment of the embassy.</p>")).verdict())
                .isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(60);
        assertThat(moderate(m, posts.post("<p>casino bonuses and casinos bonus</p>")).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void wordsMatchThroughDisguises() {
        Moderator m = moderator().blockWords(List.of("viagra", "iblis")).build();
        for (String disguised : List.of("vi\u200Bagra", "via\u00ADgra", "ＶＩＡＧＲＡ", "Vi\u200Dagra", "V\u2060iagra",
                "İBLİS")) {
            assertThat(moderate(m, posts.post("<p>buy " + disguised + " now</p>")).verdict()).as(disguised)
                    .isEqualTo(Verdict.SPAM);
        }
    }

    @Test
    void wordsInScriptsWithoutSpacesMatchAsRunsOfCharacters() {
        Moderator m = moderator().blockWords(List.of("赌场")).build();
        assertThat(moderate(m, posts.post("<p>最好的赌场在这里</p>")).verdict()).isEqualTo(Verdict.SPAM);
        posts.clock.advanceSeconds(60);
        assertThat(moderate(m, posts.post("<p>赌博和场地</p>")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void wordsAreLookedForInTheNameTheLinksAndTheWebsiteToo() {
        Moderator m = moderator().blockWords(List.of("pills")).duplicateWindow(Duration.ZERO)
                .floodWindow(Duration.ZERO).floodLimitPerMinute(0).build();
        Commenter spammyName = Commenter.builder().name("Cheap Pills").build();
        Commenter spammySite = Commenter.builder().name("Bob").url("https://shop.example/pills").build();
        assertThat(moderate(m, posts.post(posts.comment("<p>Hi</p>", null, spammyName))).verdict())
                .isEqualTo(Verdict.SPAM);
        assertThat(moderate(m, posts.post(posts.comment("<p>Hi</p>", null, spammySite))).verdict())
                .isEqualTo(Verdict.SPAM);
        assertThat(moderate(m, posts.post("<p><a href=\"https://x.example/buy-pills-now\">here</a></p>")).verdict())
                .isEqualTo(Verdict.SPAM);
    }

    @Test
    void aPhraseNeverMatchesAcrossTwoFields() {
        Moderator m = moderator().blockWords(List.of("bob hello")).build();
        Commenter bob = Commenter.builder().name("Bob").build();
        assertThat(moderate(m, posts.post(posts.comment("<p>Hello</p>", null, bob))).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aHeldWordHoldsTheComment() {
        Moderator m = moderator().holdWords(List.of("lawsuit")).build();
        Decision d = moderate(m, posts.post("<p>Expect a Lawsuit.</p>"));
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(d.reasons()).containsExactly(new Reason(Rule.HELD_WORD, "listed: lawsuit"));
        assertThat(d.status()).contains(CommentStatus.PENDING);
        posts.clock.advanceSeconds(60);
        assertThat(moderate(m, posts.post("<p>Lawful and just.</p>")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aListedWordNeedsALetterOrDigit() {
        assertThatThrownBy(() -> Moderator.builder().blockWords(List.of("ok", "!!!")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"!!!\"");
    }

    // ---------------------------------------------------------------- hosts

    @Test
    void aLinkToABlockedHostOrOneOfItsSubdomainsIsSpam() {
        Moderator m = moderator().blockHosts(List.of("Spam.Example")).floodWindow(Duration.ZERO)
                .duplicateWindow(Duration.ZERO).build();
        for (String body : List.of("<p><a href=\"https://spam.example/\">x</a></p>",
                "<p><a href=\"http://WWW.SPAM.EXAMPLE:8080/a?b\">x</a></p>",
                "<p>visit www.spam.example/offer today</p>",
                "<p>visit https://deep.sub.spam.example. today</p>",
                "<p><a href=\"https://good.example@spam.example/\">x</a></p>")) {
            // the moderator reads the raw posted text: sanitizing drops the user-info URL of the last case
            Decision d = m.moderate(posts.post(body).rawBody(body).build());
            assertThat(d.verdict()).as(body).isEqualTo(Verdict.SPAM);
            assertThat(d.reasons()).as(body).contains(new Reason(Rule.BLOCKED_HOST, "listed: Spam.Example"));
        }
        for (String body : List.of("<p><a href=\"https://notspam.example/\">x</a></p>",
                "<p><a href=\"https://spam.example.org/\">x</a></p>", "<p>spam.example is a phrase here</p>")) {
            assertThat(moderate(m, posts.post(body)).verdict()).as(body).isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void theCommentersWebsiteIsCheckedAgainstTheHostLists() {
        Moderator m = moderator().blockHosts(List.of("spam.example")).build();
        Commenter c = Commenter.builder().name("Bob").url("https://shop.spam.example/").build();
        assertThat(rules(moderate(m, posts.post(posts.comment("<p>Hi</p>", null, c)))))
                .containsExactly(Rule.BLOCKED_HOST);
    }

    @Test
    void internationalHostsMatchInUnicodeOrPunycode() {
        Moderator m = moderator().blockHosts(List.of("пример.испытание")).floodWindow(Duration.ZERO)
                .duplicateWindow(Duration.ZERO).build();
        assertThat(moderate(m, posts.post("<p><a href=\"https://xn--e1afmkfd.xn--80akhbyknj4f/\">x</a></p>"))
                .verdict()).isEqualTo(Verdict.SPAM);
        assertThat(moderate(m, posts.post("<p>see https://www.пример.испытание/x</p>")).verdict())
                .isEqualTo(Verdict.SPAM);
    }

    @Test
    void aHeldHostHoldsTheComment() {
        Moderator m = moderator().holdHosts(List.of("*.bit.ly", "t.co")).build();
        Decision d = moderate(m, posts.post("<p><a href=\"https://bit.ly/x\">short</a></p>"));
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(d.reasons()).containsExactly(new Reason(Rule.HELD_HOST, "listed: *.bit.ly"));
        posts.clock.advanceSeconds(60);
        assertThat(moderate(m, posts.post("<p><a href=\"https://to.co/x\">ok</a></p>")).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aListedHostMustBeAHostName() {
        for (String bad : List.of("", "https://spam.example/", "spam example", "a..b")) {
            assertThatThrownBy(() -> Moderator.builder().blockHosts(List.of(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + bad + "\"");
        }
    }

    // ---------------------------------------------------------------- links

    @Test
    void twoLinksHoldACommentAndOneDoesNot() {
        Moderator m = moderator().build();
        assertThat(moderate(m, posts.post("<p>See <a href=\"https://a.example/\">this</a>.</p>")).verdict())
                .isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(60);
        Decision two = moderate(m, posts.post("<p><a href=\"https://a.example/\">a</a> and https://b.example/</p>"));
        assertThat(two.reasons()).containsExactly(new Reason(Rule.LINKS, "2 links; held from 2"));
        assertThat(two.verdict()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void aLinkWhoseTextIsItsUrlCountsOnceAndTheWebsiteDoesNotCount() {
        Moderator m = moderator().build();
        Commenter withSite = Commenter.builder().name("Bob").url("https://bob.example/").build();
        Decision d = moderate(m, posts.post(posts.comment(
                "<p><a href=\"https://a.example/\">https://a.example/</a></p>", null, withSite)));
        assertThat(d.verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void theLinkThresholdIsConfigurable() {
        Moderator m = moderator().holdAtLinks(4).build();
        assertThat(moderate(m, posts.post("<p>www.a.example www.b.example www.c.example</p>")).verdict())
                .isEqualTo(Verdict.APPROVE);
        assertThatThrownBy(() -> Moderator.builder().holdAtLinks(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holdAtLinks").hasMessageContaining("0");
    }

    // ---------------------------------------------------------------- first comment

    @Test
    void aFirstCommentByAnUnknownAuthorIsHeld() {
        Moderator m = moderator().build();
        Decision d = moderate(m, posts.post("<p>Hello</p>").knownAuthor(false));
        assertThat(rules(d)).containsExactly(Rule.FIRST_COMMENT);
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        Moderator trusting = moderator().holdFirstComments(false).build();
        assertThat(moderate(trusting, posts.post("<p>Hello</p>").knownAuthor(false)).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    // ---------------------------------------------------------------- flood

    @Test
    void aSecondCommentWithinFifteenSecondsIsRejectedAndOneAfterIsNot() {
        Moderator m = moderator().build();
        assertThat(moderate(m, posts.post("<p>One</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(14);
        Decision d = moderate(m, posts.post("<p>Two</p>"));
        assertThat(d.reasons()).containsExactly(new Reason(Rule.FLOOD_WINDOW,
                "less than 15 seconds since the last comment"));
        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        posts.clock.advanceSeconds(2); // 16 s after the first: the rejected attempt did not restart the window
        assertThat(moderate(m, posts.post("<p>Two</p>")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void floodRulesApplyPerAuthorKey() {
        Moderator m = moderator().build();
        assertThat(moderate(m, posts.post("<p>One</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        assertThat(moderate(m, posts.post("<p>One</p>").authorKey("someone-else")).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void spamAttemptsDoNotCountAgainstTheNextTry() {
        Moderator m = moderator().build();
        assertThat(moderate(m, posts.post("<p>One</p>").honeypot("x")).verdict()).isEqualTo(Verdict.SPAM);
        assertThat(moderate(m, posts.post("<p>One</p>")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void heldCommentsCountForTheFloodRules() {
        Moderator m = moderator().build();
        assertThat(moderate(m, posts.post("<p>One</p>").knownAuthor(false)).verdict()).isEqualTo(Verdict.HOLD);
        posts.clock.advanceSeconds(5);
        assertThat(rules(moderate(m, posts.post("<p>Two</p>").knownAuthor(false))))
                .containsExactly(Rule.FIRST_COMMENT, Rule.FLOOD_WINDOW);
    }

    @Test
    void theFloodLimitRejectsTheFourthCommentInAMinute() {
        Moderator m = moderator().floodWindow(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 3; i++) {
            assertThat(moderate(m, posts.post("<p>Comment " + i + "</p>")).verdict()).isEqualTo(Verdict.APPROVE);
            posts.clock.advanceSeconds(10);
        }
        Decision d = moderate(m, posts.post("<p>Comment 3</p>"));
        assertThat(d.reasons()).containsExactly(new Reason(Rule.FLOOD_LIMIT,
                "3 comments in the last minute; the limit is 3"));
        posts.clock.advanceSeconds(31); // the first is now more than a minute old
        assertThat(moderate(m, posts.post("<p>Comment 3</p>")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void concurrentSubmissionsFromOneAuthorAdmitExactlyOne() throws Exception {
        Moderator m = moderator().build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Decision>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Submission s = posts.post("<p>Burst " + i + "</p>").build();
                calls.add(pool.submit(() -> {
                    go.await();
                    return m.moderate(s);
                }));
            }
            go.countDown();
            List<Verdict> verdicts = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Decision> f : calls) {
                verdicts.add(f.get(10, java.util.concurrent.TimeUnit.SECONDS).verdict());
            }
            assertThat(verdicts).containsOnlyOnce(Verdict.APPROVE).containsOnly(Verdict.APPROVE, Verdict.REJECT);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void floodRulesCanBeTurnedOff() {
        Moderator m = moderator().floodWindow(Duration.ZERO).floodLimitPerMinute(0).duplicateWindow(Duration.ZERO)
                .build();
        for (int i = 0; i < 10; i++) {
            assertThat(moderate(m, posts.post("<p>Same</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        }
    }

    // ---------------------------------------------------------------- duplicates

    @Test
    void theSameBodyOnTheSameArticleAndParentIsADuplicate() {
        Moderator m = moderator().build();
        assertThat(moderate(m, posts.post("<p>I agree with this.</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(30);
        Decision d = moderate(m, posts.post("<p>I  AGREE with\nthis.</p>"));
        assertThat(d.reasons()).containsExactly(new Reason(Rule.DUPLICATE,
                "the same comment was sent within 1 day"));
        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void theSameBodyAsAReplyToAnotherCommentOrByAnotherAuthorIsNotADuplicate() {
        Moderator m = moderator().build();
        Commenter author = Commenter.builder().name("Samir").build();
        assertThat(moderate(m, posts.post("<p>I agree.</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.advanceSeconds(30);
        assertThat(moderate(m, posts.post(posts.comment("<p>I agree.</p>", "c-77", author))).verdict())
                .isEqualTo(Verdict.APPROVE);
        assertThat(moderate(m, posts.post("<p>I agree.</p>").authorKey("other")).verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aDuplicateOutsideTheWindowIsAccepted() {
        Moderator m = moderator().duplicateWindow(Duration.ofMinutes(10)).build();
        assertThat(moderate(m, posts.post("<p>Same words</p>")).verdict()).isEqualTo(Verdict.APPROVE);
        posts.clock.advance(Duration.ofMinutes(9));
        assertThat(rules(moderate(m, posts.post("<p>Same words</p>")))).containsExactly(Rule.DUPLICATE);
        posts.clock.advance(Duration.ofMinutes(2));
        assertThat(moderate(m, posts.post("<p>Same words</p>")).verdict()).isEqualTo(Verdict.APPROVE);
    }

    // ---------------------------------------------------------------- combining

    @Test
    void everyRuleRunsAndTheMostSevereVerdictWins() {
        Moderator m = moderator().blockWords(List.of("casino")).holdHosts(List.of("bit.ly")).build();
        Decision d = moderate(m, posts.post("<p>casino <a href=\"https://bit.ly/1\">1</a> https://bit.ly/2</p>")
                .honeypot("filled").knownAuthor(false));
        assertThat(rules(d)).containsExactly(Rule.HONEYPOT, Rule.BLOCKED_WORD, Rule.HELD_HOST, Rule.LINKS,
                Rule.FIRST_COMMENT);
        assertThat(d.verdict()).isEqualTo(Verdict.SPAM);
        Article closed = posts.article.toBuilder().commentMode(CommentMode.CLOSED).build();
        Decision rejected = m.moderate(posts.post("<p>x</p>").article(closed).knownAuthor(false).build());
        assertThat(rejected.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(rules(rejected)).containsExactly(Rule.CLOSED, Rule.FIRST_COMMENT);
    }

    @Test
    void everyRuleHasAStableCodeAndAVerdict() {
        assertThat(Rule.values()).extracting(Rule::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("comment\\.[a-z_]+"));
        assertThat(Rule.LINKS.code()).isEqualTo("comment.links");
        assertThat(new Reason(Rule.LINKS, "3").code()).isEqualTo("comment.links");
    }

    // ---------------------------------------------------------------- configuration and privacy

    @Test
    void invalidOptionsNameTheOptionAndValue() {
        assertRejected(b -> b.floodWindow(Duration.ofSeconds(-1)), "floodWindow");
        assertRejected(b -> b.duplicateWindow(Duration.ofSeconds(-1)), "duplicateWindow");
        assertRejected(b -> b.minFormTime(Duration.ofSeconds(-1)), "minFormTime");
        assertRejected(b -> b.floodLimitPerMinute(-1), "floodLimitPerMinute");
        assertRejected(b -> b.closeCommentsAfter(Duration.ZERO), "closeCommentsAfter");
    }

    private static void assertRejected(Consumer<Moderator.Builder> option, String name) {
        assertThatThrownBy(() -> option.accept(Moderator.builder())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }

    @Test
    void aCommentForAnotherArticleIsAProgrammingError() {
        Article other = posts.article.toBuilder().id("a-2").build();
        assertThatThrownBy(() -> posts.post("<p>x</p>").article(other).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a-2");
    }

    @Test
    void anAuthorKeyIsRequiredAndBounded() {
        assertThatThrownBy(() -> Submission.builder().comment(posts.comment("<p>x</p>")).article(posts.article)
                .build()).isInstanceOf(NullPointerException.class).hasMessageContaining("authorKey");
        assertThatThrownBy(() -> Submission.builder().authorKey("k".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("257")
                .message().doesNotContain("kkkk");
    }

    @Test
    void decisionsSubmissionsAndTheModeratorNeverShowPrivateValues() {
        Moderator m = moderator().blockWords(List.of("samir")).blockHosts(List.of("mail.example")).build();
        Submission s = posts.post("<p>Mail me at " + Posts.EMAIL + " from " + Posts.IP + "</p>").honeypot("x")
                .build();
        Decision d = m.moderate(s);
        String shown = d + " " + d.reasons() + " " + s + " " + m;
        assertThat(shown).doesNotContain(Posts.EMAIL).doesNotContain(Posts.IP).doesNotContain(Posts.KEY);
    }
}
