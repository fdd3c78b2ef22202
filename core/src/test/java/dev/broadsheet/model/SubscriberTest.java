package dev.broadsheet.model;

import static dev.broadsheet.model.Rules.details;
import static dev.broadsheet.model.Rules.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    private static Subscriber.Builder pending() {
        return Subscriber.builder().id("s-1").email("reader@mail.example")
                .consent(Consent.of(Samples.PUBLISHED, "footer", "v1", null)).createdAt(Samples.PUBLISHED);
    }

    @Test
    void aNewSubscriberIsPending() {
        assertThat(pending().build().status()).isEqualTo(SubscriberStatus.PENDING);
    }

    @Test
    void theEmailDomainIsLowerCasedAndTheLocalPartKept() {
        assertThat(Samples.subscriber().email()).isEqualTo("Reader.One@mail.example");
    }

    @Test
    void everyRequiredFieldIsReported() {
        assertThat(violations(() -> Subscriber.builder().build())).containsExactly("/id required", "/email required",
                "/consent required", "/createdAt required");
    }

    @Test
    void aConfirmedSubscriberHasAConfirmationTime() {
        assertThat(violations(() -> pending().status(SubscriberStatus.CONFIRMED).build()))
                .containsExactly("/confirmedAt date.required");
    }

    @Test
    void anUnsubscribedSubscriberHasAnUnsubscriptionTime() {
        assertThat(violations(() -> pending().status(SubscriberStatus.UNSUBSCRIBED).build()))
                .containsExactly("/unsubscribedAt date.required");
    }

    @Test
    void datesAreInOrder() {
        assertThat(violations(() -> pending().status(SubscriberStatus.CONFIRMED)
                .confirmedAt(Samples.PUBLISHED.minusSeconds(1)).build())).containsExactly("/confirmedAt date.order");
    }

    @Test
    void topicsAreDistinctSlugs() {
        assertThat(violations(() -> pending().topics(List.of("world", "World", "world")).build()))
                .containsExactly("/topics/1 slug.format", "/topics/2 duplicate");
    }

    @Test
    void consentNeedsTimeSourceAndWording() {
        assertThat(violations(() -> Consent.of(null, "", null, "not an ip"))).contains("/at required",
                "/source required", "/wordingVersion required");
    }

    @Test
    void theEmailNeverAppearsInErrorsOrToString() {
        var found = details(() -> pending().email("bad address@@mail.example").build());
        assertThat(found).extracting(Violation::rejectedValue).containsOnly(Violation.REDACTED);
        assertThat(Samples.subscriber().toString()).doesNotContain("Reader.One").doesNotContain("mail.example");
        assertThat(Samples.subscriber().consent().toString()).doesNotContain("198.51.100.4");
    }

    @Test
    void toBuilderRoundTrips() {
        Subscriber s = Samples.subscriber();
        assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    }
}
