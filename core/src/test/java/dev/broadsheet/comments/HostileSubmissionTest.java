package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.comments.Decision.Rule;
import dev.broadsheet.comments.Decision.Verdict;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.validation.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile names, bodies and form values: each gives a clear result (a decision or a validation error), fast. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileSubmissionTest {

    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

    private final Posts posts = new Posts();

    private Moderator moderator() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            words.add("spamword" + i);
        }
        words.add("casino bonus");
        return Moderator.builder().clock(posts.clock).blockWords(words).blockHosts(List.of("spam.example"))
                .holdHosts(List.of("bit.ly")).floodWindow(Duration.ZERO).floodLimitPerMinute(0)
                .duplicateWindow(Duration.ZERO).build();
    }

    @Test
    void namesWithBidiControlsOrInvisibleCharactersAreValidationErrorsNamingTheField() {
        for (String name : List.of("Admin\u202Egnp.exe", "\u2066Bob\u2069", "Bo\u200Bb", "\uFEFFAdmin")) {
            assertThatThrownBy(() -> Commenter.builder().name(name).build()).as(name)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.path()).isEqualTo("/name")));
        }
    }

    @Test
    void namesWithJoinersThatScriptsNeedAreModeratedNormally() {
        Moderator m = moderator();
        for (String name : List.of("می\u200Cخواهم", "👩\u200D💻 Dev", "\u0645\u0631\u062D\u0628\u0627 \u200F")) {
            Commenter c = Commenter.builder().name(name).build();
            assertThat(m.moderate(posts.post(posts.comment("<p>Hi</p>", null, c)).build()).verdict()).as(name)
                    .isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void aBodyOverTheLimitIsAValidationErrorAndOneAtTheLimitIsModerated() {
        String huge = "<p>" + "word ".repeat(20_000) + "</p>";
        assertThatThrownBy(() -> posts.comment(huge)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("/body");
        String big = "<p>" + "word ".repeat(13_000) + "casino bonus</p>";
        Comment c = posts.comment(big);
        assertThat(c.body().html().length()).isLessThanOrEqualTo(Comment.MAX_BODY);
        Decision d = moderator().moderate(posts.post(c).build());
        assertThat(d.has(Rule.BLOCKED_WORD)).isTrue();
    }

    @Test
    void aLinkHeavyBodyIsHeldQuickly() {
        StringBuilder body = new StringBuilder("<p>");
        for (int i = 0; body.length() < 60_000; i++) {
            body.append("https://x").append(i).append(".example/ ");
        }
        Comment c = posts.comment(body.append("</p>").toString());
        Decision d = moderator().moderate(posts.post(c).build());
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.LINKS);
            assertThat(r.detail()).matches("\\d{4} links; held from 2");
        });
    }

    @Test
    void aLinkHeavyBodyWithOneBlockedHostIsSpam() {
        StringBuilder body = new StringBuilder("<p>");
        for (int i = 0; i < 600; i++) {
            body.append("<a href=\"https://bit.ly/").append(i).append("\">").append(i).append("</a> ");
        }
        body.append("<a href=\"https://www.spam.example/\">last</a></p>");
        // sanitizing unwraps links beyond the comment policy's limit, so the spam link survives only in the raw text
        Decision sanitizedOnly = moderator().moderate(posts.post(body.toString()).build());
        assertThat(sanitizedOnly.verdict()).isEqualTo(Verdict.HOLD);
        Decision d = moderator().moderate(posts.post(body.toString()).rawBody(body.toString()).build());
        assertThat(d.verdict()).isEqualTo(Verdict.SPAM);
        assertThat(d.has(Rule.BLOCKED_HOST) && d.has(Rule.HELD_HOST) && d.has(Rule.LINKS)).isTrue();
    }

    @Test
    void aHostPaddedToThousandsOfLabelsIsMatchedQuickly() {
        String url = "https://" + "a.".repeat(25_000) + "spam.example/";
        Decision d = moderator().moderate(posts.post("<p>" + url + "</p>").build());
        assertThat(d.has(Rule.BLOCKED_HOST)).isTrue();
    }

    @Test
    void pathologicalTextForTheUrlScannerIsLinear() {
        for (String text : List.of("www.".repeat(15_000), "http://".repeat(9_000), "https://" + "x".repeat(60_000),
                "a".repeat(60_000), ". ".repeat(30_000))) {
            Decision d = moderator().moderate(posts.post("<p>" + text + "</p>").build());
            assertThat(d.verdict()).isIn(Verdict.APPROVE, Verdict.HOLD);
        }
    }

    @Test
    void scriptAndMarkupAttacksInTheBodyGiveADecision() {
        Moderator m = moderator();
        for (String attack : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>", "<svg><a xlink:href=\"https://spam.example\">x</a></svg>",
                "<p>\u0000\u001b\uD800 lone surrogate and controls</p>", "<<<<>>>>", "&#x202E;reversed")) {
            String html = Sanitizer.sanitize(attack, HtmlPolicy.comment()).isEmpty() ? "<p>.</p>" : attack;
            Decision d = m.moderate(posts.post(html).build());
            assertThat(d.verdict()).as(attack).isNotNull();
        }
    }

    @Property(tries = 300)
    void anyBodyAndNameGiveADecision(@ForAll @StringLength(max = 400) String body,
            @ForAll @StringLength(min = 1, max = 40) String name) {
        Moderator m = moderator();
        SafeHtml html = Sanitizer.sanitize(body, HtmlPolicy.comment());
        Comment c;
        try {
            c = posts.comment(html.isEmpty() ? "<p>.</p>" : body, null, Commenter.builder().name(name).build());
        } catch (ValidationException e) {
            return; // a clear result too: the name or body broke a model rule
        }
        assertThat(m.moderate(posts.post(c).knownAuthor(false).build()).reasons()).isNotEmpty();
    }

    @Test
    void hugeOrStrangeFormValuesGiveADecision() {
        FormStamps stamps = FormStamps.builder().addKey("k1", new byte[32]).clock(posts.clock).build();
        Moderator m = Moderator.builder().clock(posts.clock).formStamps(stamps).build();
        assertThat(m.moderate(posts.post("<p>Hi</p>").honeypot(TEN_MB).formStamp(TEN_MB).build()).reasons())
                .extracting(Decision.Reason::rule).containsExactly(Rule.HONEYPOT, Rule.FORM_STAMP_INVALID);
        assertThat(m.moderate(posts.post("<p>Hi</p>").formStamp("\uD800\u202E\u0000").build()).verdict())
                .isEqualTo(Verdict.SPAM);
    }
}
