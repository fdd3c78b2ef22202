package dev.broadsheet.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.validation.EmailPolicy;
import dev.broadsheet.validation.Violation;
import org.junit.jupiter.api.Test;

class EmailCheckTest {

    private final Problems problems = new Problems();

    @Test
    void returnsTheNormalizedAddressAndReportsNothing() {
        String email = EmailCheck.email(problems, "/email", " Reader@BÜCHER.example ", EmailPolicy.strict(), true);

        assertThat(email).isEqualTo("Reader@xn--bcher-kva.example");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsAMissingRequiredAddressRedacted() {
        assertThat(EmailCheck.email(problems, "/email", null, EmailPolicy.strict(), true)).isNull();
        assertThat(EmailCheck.email(problems, "/email", " \t", EmailPolicy.strict(), true)).isNull();

        assertThat(problems.list()).extracting(Violation::code).containsExactly(Codes.REQUIRED, Codes.REQUIRED);
        assertThat(problems.list()).extracting(Violation::rejectedValue).containsOnly(Violation.REDACTED);
    }

    @Test
    void acceptsAMissingOptionalAddressSilently() {
        assertThat(EmailCheck.email(problems, "/email", null, EmailPolicy.strict(), false)).isNull();
        assertThat(EmailCheck.email(problems, "/email", "   ", EmailPolicy.strict(), false)).isNull();

        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsUnderTheGivenPathWithTheValueRedacted() {
        String email = EmailCheck.email(problems, "/author/email", "\"Secret Name\" <secret@example.org>",
                EmailPolicy.strict(), false);

        assertThat(email).isNull();
        assertThat(problems.list()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/author/email");
            assertThat(v.code()).isEqualTo(EmailCheck.DISPLAY_NAME);
            assertThat(v.rejectedValue()).isEqualTo(Violation.REDACTED);
            assertThat(v.toString()).doesNotContain("secret", "Secret");
        });
    }

    @Test
    void keepsCollectingAfterAnInvalidAddress() {
        EmailCheck.email(problems, "/a", "not an address", EmailPolicy.strict(), true);
        EmailCheck.email(problems, "/b", "ok@example.org", EmailPolicy.strict(), true);
        EmailCheck.email(problems, "/c", "user@[192.0.2.1]", EmailPolicy.strict(), true);

        assertThat(problems.list()).extracting(Violation::path).containsExactly("/a", "/c");
    }

    @Test
    void theCodesAreDistinctAndStable() {
        assertThat(new String[] {EmailCheck.INVALID, EmailCheck.TOO_LONG, EmailCheck.LOCAL_TOO_LONG,
                EmailCheck.LABEL_TOO_LONG, EmailCheck.INVISIBLE, EmailCheck.MIXED_SCRIPT, EmailCheck.DISPLAY_NAME,
                EmailCheck.QUOTED, EmailCheck.IP_LITERAL, EmailCheck.IDN_INVALID})
                .containsExactly("email.invalid", "email.too_long", "email.local_too_long", "email.label_too_long",
                        "email.invisible", "email.mixed_script", "email.display_name", "email.quoted",
                        "email.ip_literal", "email.idn");
    }
}
