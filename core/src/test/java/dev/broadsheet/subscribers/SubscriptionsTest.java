package dev.broadsheet.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.clock.TestClock;
import dev.broadsheet.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {

    static final Instant START = Instant.parse("2026-09-21T12:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final Subscriptions subs = Subscriptions.builder().clock(clock).build();
    private final Consent consent = Consent.of(START, "article-footer", "2026-03", "198.51.100.4");

    private Subscriber pending() {
        return subs.subscribe(Subscriber.builder().id("s-1").email("Reader@Mail.Example").name("Reader")
                .topics(List.of("world")).consent(consent));
    }

    private IllegalTransitionException illegal(Runnable r) {
        try {
            r.run();
        } catch (IllegalTransitionException e) {
            return e;
        }
        throw new AssertionError("expected an IllegalTransitionException");
    }

    @Test
    void subscribingStartsAPendingDoubleOptIn() {
        Subscriber s = pending();
        assertThat(s.status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(s.createdAt()).isEqualTo(START);
        assertThat(s.consent()).isEqualTo(consent);
        assertThat(s.confirmedAt()).isEmpty();
        assertThat(subs.expiresAt(s)).contains(START.plus(Duration.ofDays(7)));
    }

    @Test
    void subscribingIgnoresAStatusTheFormTriedToSet() {
        Subscriber s = subs.subscribe(Subscriber.builder().id("s-1").email("r@mail.example").consent(consent)
                .status(SubscriberStatus.CONFIRMED).confirmedAt(START));
        assertThat(s.status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(s.confirmedAt()).isEmpty();
    }

    @Test
    void subscribingValidatesLikeTheModel() {
        assertThatThrownBy(() -> subs.subscribe(Subscriber.builder().id("s-1").email("bad")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("/consent");
    }

    @Test
    void confirmingAPendingSubscriberKeepsTheConsent() {
        clock.advance(Duration.ofHours(1));
        Subscriber s = subs.confirm(pending());
        assertThat(s.status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(s.confirmedAt()).contains(START.plus(Duration.ofHours(1)));
        assertThat(s.consent()).isEqualTo(consent);
        assertThat(subs.confirm(s)).isSameAs(s);
    }

    @Test
    void anExpiredSignUpCannotBeConfirmed() {
        Subscriber s = pending();
        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(subs.isExpired(s)).isFalse();
        clock.advanceSeconds(1);
        assertThat(subs.isExpired(s)).isTrue();
        IllegalTransitionException e = illegal(() -> subs.confirm(s));
        assertThat(e.from()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(e.to()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(e).hasMessageContaining("PENDING").hasMessageContaining("CONFIRMED").hasMessageContaining("expired")
                .hasMessageNotContaining("Reader@");
    }

    @Test
    void thePendingExpiryIsConfigurable() {
        Subscriptions daily = Subscriptions.builder().clock(clock).pendingExpiry(Duration.ofDays(1)).build();
        Subscriber s = pending();
        clock.advance(Duration.ofDays(1));
        assertThat(daily.isExpired(s)).isTrue();
        assertThat(subs.isExpired(s)).isFalse();
        assertThatThrownBy(() -> Subscriptions.builder().pendingExpiry(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pendingExpiry");
    }

    @Test
    void unsubscribingWorksFromPendingAndConfirmedAndRepeatsHarmlessly() {
        Subscriber confirmed = subs.confirm(pending());
        clock.advance(Duration.ofDays(30));
        Subscriber gone = subs.unsubscribe(confirmed);
        assertThat(gone.status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(gone.unsubscribedAt()).contains(clock.instant());
        assertThat(gone.consent()).isEqualTo(consent);
        assertThat(subs.unsubscribe(gone)).isSameAs(gone);
        assertThat(subs.unsubscribe(pending()).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    }

    @Test
    void unsubscribingABouncedOrComplainedAddressKeepsThatStatus() {
        Subscriber bounced = subs.bounce(pending());
        Subscriber complained = subs.complain(pending());
        assertThat(subs.unsubscribe(bounced)).isSameAs(bounced);
        assertThat(subs.unsubscribe(complained)).isSameAs(complained);
    }

    @Test
    void anyStatusCanBounceOrComplain() {
        Subscriber p = pending();
        Subscriber c = subs.confirm(p);
        Subscriber u = subs.unsubscribe(c);
        for (Subscriber s : List.of(p, c, u, subs.bounce(p), subs.complain(p))) {
            assertThat(subs.bounce(s).status()).isEqualTo(SubscriberStatus.BOUNCED);
            assertThat(subs.complain(s).status()).isEqualTo(SubscriberStatus.COMPLAINED);
            assertThat(subs.bounce(s).consent()).isEqualTo(consent);
        }
    }

    @Test
    void onlyAPendingSignUpCanBeConfirmed() {
        Subscriber u = subs.unsubscribe(subs.confirm(pending()));
        for (Subscriber s : List.of(u, subs.bounce(pending()), subs.complain(pending()))) {
            IllegalTransitionException e = illegal(() -> subs.confirm(s));
            assertThat(e.from()).isEqualTo(s.status());
            assertThat(e.to()).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(e).hasMessageContaining(s.status().name()).hasMessageContaining("CONFIRMED");
        }
    }

    @Test
    void reSubscribingStartsANewDoubleOptInWithTheNewConsent() {
        Subscriber u = subs.unsubscribe(subs.confirm(pending()));
        clock.advance(Duration.ofDays(60));
        Consent again = Consent.of(clock.instant(), "newsletter-page", "2026-09", null);
        Subscriber back = subs.resubscribe(u, again);
        assertThat(back.status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(back.consent()).isEqualTo(again);
        assertThat(back.confirmedAt()).isEmpty();
        assertThat(back.unsubscribedAt()).isEmpty();
        assertThat(back.createdAt()).isEqualTo(START);
        assertThat(back.email()).isEqualTo(u.email());
        assertThat(back.topics()).isEqualTo(u.topics());
        assertThat(subs.isExpired(back)).isFalse();
        assertThat(subs.confirm(back).status()).isEqualTo(SubscriberStatus.CONFIRMED);
    }

    @Test
    void reSubscribingAConfirmedAddressOrWithTheOldConsentIsRefused() {
        Subscriber c = subs.confirm(pending());
        IllegalTransitionException e = illegal(() -> subs.resubscribe(c, Consent.of(START, "x", "y", null)));
        assertThat(e.from()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(e.to()).isEqualTo(SubscriberStatus.PENDING);
        Subscriber u = subs.unsubscribe(c);
        assertThatThrownBy(() -> subs.resubscribe(u, consent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consent");
    }

    @Test
    void aClockBehindTheStoredTimesNeverBreaksTheirOrder() {
        Subscriber s = pending();
        clock.set(START.minus(Duration.ofMinutes(5)));
        Subscriber c = subs.confirm(s);
        assertThat(c.confirmedAt()).contains(START);
        assertThat(subs.unsubscribe(c).unsubscribedAt()).contains(START);
    }

    @Test
    void addressesCompareWithTheDomainCaseInsensitiveAndIdnNormalised() {
        assertThat(subs.addressKey("Reader@Mail.Example")).isEqualTo("Reader@mail.example");
        assertThat(subs.sameAddress("reader@BÜCHER.example", "reader@xn--bcher-kva.example.")).isTrue();
        assertThat(subs.sameAddress("Reader@mail.example", "reader@mail.example")).isFalse();
        assertThat(subs.sameAddress("jane.doe+news@gmail.com", "janedoe@gmail.com")).isFalse();
        assertThat(subs.addressKey("  not an address ")).isEqualTo("not an address");
        assertThat(subs.addressKey("@nolocal")).isEqualTo("@nolocal");
    }

    @Test
    void gmailAliasesMergeOnlyWhenASiteOptsIn() {
        Subscriptions merging = Subscriptions.builder().mergeGmailAliases(true).build();
        assertThat(merging.addressKey("Jane.Doe+news@GoogleMail.com")).isEqualTo("janedoe@gmail.com");
        assertThat(merging.sameAddress("jane.doe+news@gmail.com", "JANEDOE@googlemail.com")).isTrue();
        assertThat(merging.sameAddress("jane.doe@company.example", "janedoe@company.example")).isFalse();
        assertThat(merging.sameAddress("jane+a@outlook.com", "jane@outlook.com")).isFalse();
        assertThat(Subscriptions.standard().sameAddress("jane.doe@gmail.com", "janedoe@gmail.com")).isFalse();
    }
}
