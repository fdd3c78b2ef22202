package dev.broadsheet.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.clock.TestClock;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random sequences of life-cycle operations and clock moves never reach an invalid state or lose consent. */
class SubscriptionsPropertiesTest {

    enum Op { CONFIRM, UNSUBSCRIBE, BOUNCE, COMPLAIN, RESUBSCRIBE, WAIT_AN_HOUR, WAIT_A_WEEK, CLOCK_BACK }

    @Property(tries = 1000)
    void randomOperationsKeepTheSubscriberValidAndTheConsentOfTheLatestSignUp(
            @ForAll @Size(max = 40) List<Op> ops) {
        TestClock clock = new TestClock(SubscriptionsTest.START);
        Subscriptions subs = Subscriptions.builder().clock(clock).build();
        Consent consent = Consent.of(clock.instant(), "form-0", "v1", null);
        Subscriber s = subs.subscribe(Subscriber.builder().id("s-1").email("reader@mail.example").consent(consent));
        int signUps = 0;
        for (Op op : ops) {
            SubscriberStatus before = s.status();
            boolean expired = subs.isExpired(s);
            Subscriber now = s;
            switch (op) {
                case CONFIRM:
                    if (before == SubscriberStatus.PENDING && !expired || before == SubscriberStatus.CONFIRMED) {
                        s = subs.confirm(s);
                        assertThat(s.status()).isEqualTo(SubscriberStatus.CONFIRMED);
                    } else {
                        assertThatThrownBy(() -> subs.confirm(now)).isInstanceOfSatisfying(
                                IllegalTransitionException.class, e -> {
                                    assertThat(e.from()).isEqualTo(before);
                                    assertThat(e.to()).isEqualTo(SubscriberStatus.CONFIRMED);
                                    assertThat(e.getMessage()).contains(before.name(), "CONFIRMED");
                                });
                    }
                    break;
                case UNSUBSCRIBE:
                    s = subs.unsubscribe(s);
                    assertThat(s.status()).isEqualTo(before == SubscriberStatus.PENDING
                            || before == SubscriberStatus.CONFIRMED ? SubscriberStatus.UNSUBSCRIBED : before);
                    break;
                case BOUNCE:
                    s = subs.bounce(s);
                    assertThat(s.status()).isEqualTo(SubscriberStatus.BOUNCED);
                    break;
                case COMPLAIN:
                    s = subs.complain(s);
                    assertThat(s.status()).isEqualTo(SubscriberStatus.COMPLAINED);
                    break;
                case RESUBSCRIBE:
                    Consent fresh = Consent.of(clock.instant(), "form-" + (signUps + 1), "v2", null);
                    if (before == SubscriberStatus.CONFIRMED) {
                        assertThatThrownBy(() -> subs.resubscribe(now, fresh))
                                .isInstanceOf(IllegalTransitionException.class);
                    } else {
                        s = subs.resubscribe(s, fresh);
                        consent = fresh;
                        signUps++;
                        assertThat(s.status()).isEqualTo(SubscriberStatus.PENDING);
                        assertThat(subs.isExpired(s)).isFalse();
                    }
                    break;
                case WAIT_AN_HOUR:
                    clock.advance(Duration.ofHours(1));
                    break;
                case WAIT_A_WEEK:
                    clock.advance(Duration.ofDays(7));
                    break;
                default:
                    clock.advance(Duration.ofMinutes(-30));
                    break;
            }
            assertThat(s.toBuilder().build()).as("still valid after %s", op).isEqualTo(s);
            assertThat(s.consent()).as("consent after %s", op).isEqualTo(consent);
            assertThat(s.id()).isEqualTo("s-1");
            assertThat(s.email()).isEqualTo("reader@mail.example");
            if (s.status() == SubscriberStatus.PENDING) {
                assertThat(s.confirmedAt()).isEmpty();
                assertThat(s.unsubscribedAt()).isEmpty();
            }
            if (s.status() == SubscriberStatus.CONFIRMED) {
                assertThat(s.confirmedAt()).isPresent();
            }
            if (s.status() == SubscriberStatus.UNSUBSCRIBED) {
                assertThat(s.unsubscribedAt()).isPresent();
            }
        }
    }
}
