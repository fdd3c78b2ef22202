package dev.broadsheet.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    private static final EmailPolicy STRICT = EmailPolicy.strict();
    private static final EmailPolicy LENIENT = EmailPolicy.strict().allowQuotedLocalPart(true).allowIpLiteral(true);

    private static List<String> codes(String address) {
        return codes(address, STRICT);
    }

    private static List<String> codes(String address, EmailPolicy policy) {
        List<Violation> violations = Emails.check(address, policy);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.path()).isEmpty();
            assertThat(v.rejectedValue()).isEqualTo(Violation.REDACTED);
        });
        return violations.stream().map(Violation::code).toList();
    }

    // --- normalization

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            reader@example.org                 | reader@example.org
            user@bücher.example                | user@xn--bcher-kva.example
            Reader@BÜCHER.Example              | Reader@xn--bcher-kva.example
            John.Smith@EXAMPLE.ORG             | John.Smith@example.org
            first.last+news@sub.example.co.uk  | first.last+news@sub.example.co.uk
            иван@пример.рф                     | иван@xn--e1afmkfd.xn--p1ai
            müller@example.de                  | müller@example.de
            user@xn--bcher-kva.example         | user@xn--bcher-kva.example
            user@例え.テスト                    | user@xn--r8jz45g.xn--zckzah
            user@example。org                   | user@example.org
            """)
    void normalizesTheDomainAndKeepsTheLocalPartAsTyped(String address, String normalized) {
        assertThat(Emails.normalize(address)).isEqualTo(normalized);
    }

    @Test
    void acceptsEverySpecialCharacterOfAnAtom() {
        String address = "a!#$%&'*+-/=?^_`{|}~b@example.org";

        assertThat(Emails.normalize(address)).isEqualTo(address);
    }

    @Test
    void trimsSurroundingWhiteSpace() {
        assertThat(Emails.normalize("  \t reader@example.org \r\n\u00A0")).isEqualTo("reader@example.org");
    }

    @Test
    void putsTheLocalPartInNfcWithoutChangingItsCase() {
        assertThat(Emails.normalize("Mu\u0308ller@example.de")).isEqualTo("M\u00FCller@example.de");
    }

    @Test
    void normalizingTwiceChangesNothing() {
        String once = Emails.normalize("Reader@BÜCHER.example");

        assertThat(Emails.normalize(once)).isEqualTo(once);
    }

    // --- presence and shape

    @Test
    void requiresAnAddress() {
        assertThat(codes(null)).containsExactly("required");
        assertThat(codes("  \n ")).containsExactly("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@example.org", "user@", "user@example", "user@example.123",
            ".user@example.org", "user.@example.org", "us..er@example.org", "us er@example.org",
            "user@exa mple.org", "user@@example.org", "a@b@example.org", "a(b)@example.org", "a,b@example.org",
            "a\"b@example.org", "user@.example.org", "user@example..org", "user@example.org.", "user@-example.org",
            "user@example-.org", "user@exa_mple.org", "user@exa!mple.org", "user@exa%41mple.org"})
    void rejectsMalformedAddresses(String address) {
        assertThat(codes(address)).containsExactly("email.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Bob\" <bob@example.org>", "Bob <bob@example.org>", "<bob@example.org>",
            "Bob Smith <bob@example.org>"})
    void rejectsDisplayNamesAndAngleBrackets(String address) {
        assertThat(codes(address)).containsExactly("email.display_name");
        assertThat(codes(address, LENIENT)).containsExactly("email.display_name");
    }

    // --- invisible characters

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "0009", "000A", "000D", "001F", "007F", "0080", "0085", "009F",
            "00AD", "200B", "200C", "200D", "200E", "200F", "202A", "202B", "202C", "202D", "202E", "2060", "2061",
            "2062", "2063", "2064", "2066", "2067", "2068", "2069", "FEFF", "034F", "061C", "180E", "FE0F", "E0041"})
    void rejectsInvisibleCharactersInTheLocalPartAndTheDomain(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));

        assertThat(codes("ab" + c + "cd@example.org")).containsExactly("email.invisible");
        assertThat(codes("abcd@exam" + c + "ple.org")).containsExactly("email.invisible");
        if (!"\t\n\r".contains(c)) {
            assertThat(codes(c + "abcd@example.org" + c)).containsExactly("email.invisible");
        }
    }

    @Test
    void reportsUnpairedSurrogatesWithoutThrowing() {
        assertThat(codes("ab\uD800cd@example.org")).containsExactly("email.invalid");
        assertThat(codes("abcd@exam\uDC00ple.org")).containsExactly("email.invalid");
        assertThatThrownBy(() -> Emails.normalize("\uD800@\uDC00"))
                .isInstanceOf(ValidationException.class);
    }

    // --- lengths

    @Test
    void acceptsALocalPartOfSixtyFourOctets() {
        assertThat(codes("a".repeat(64) + "@example.org")).isEmpty();
        assertThat(codes("ü".repeat(32) + "@example.org")).isEmpty();
    }

    @Test
    void rejectsALocalPartOfSixtyFiveOctets() {
        assertThat(codes("a".repeat(65) + "@example.org")).containsExactly("email.local_too_long");
        assertThat(codes("ü".repeat(32) + "a@example.org")).containsExactly("email.local_too_long");
    }

    @Test
    void acceptsAnAddressOfTwoHundredFiftyFourOctets() {
        String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57)
                + ".org";
        assertThat(address).hasSize(254);

        assertThat(codes(address)).isEmpty();
    }

    @Test
    void rejectsAnAddressOfTwoHundredFiftyFiveOctets() {
        String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58)
                + ".org";
        assertThat(address).hasSize(255);

        assertThat(codes(address)).containsExactly("email.too_long");
    }

    @Test
    void countsTheDomainLengthAfterIdnConversion() {
        // a label of 40 ü's is 40 characters but 46 in ASCII (xn--tda…); five of them overflow 254 only in ASCII
        String label = "ü".repeat(40);
        String address = "a".repeat(30) + "@" + String.join(".", label, label, label, label, label) + ".org";
        assertThat(address.length()).isLessThan(254);

        assertThat(codes(address)).containsExactly("email.too_long");
    }

    @Test
    void acceptsDomainLabelsOfSixtyThreeOctets() {
        assertThat(codes("user@" + "l".repeat(63) + ".org")).isEmpty();
    }

    @Test
    void rejectsDomainLabelsOfSixtyFourOctets() {
        assertThat(codes("user@" + "l".repeat(64) + ".org")).containsExactly("email.label_too_long");
        assertThat(codes("user@" + "ü".repeat(70) + ".org")).containsExactly("email.label_too_long");
        assertThat(codes("user@" + "ü".repeat(70) + "." + "ö".repeat(300) + ".org"))
                .containsExactly("email.label_too_long");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void rejectsTenMegabytesQuicklyAndWithoutThrowing() {
        int size = 10 * 1024 * 1024;
        assertThat(codes("a".repeat(size) + "@example.org")).containsExactly("email.too_long");
        assertThat(codes("a@" + "ü.".repeat(size / 2) + "org")).containsExactly("email.too_long");
        assertThat(codes("\u200B".repeat(size))).containsExactly("email.invisible", "email.invalid");
    }

    // --- scripts

    @Test
    void flagsACyrillicLetterInALatinLocalPart() {
        assertThat(codes("p\u0430ypal@example.org")).containsExactly("email.mixed_script");
    }

    @Test
    void flagsMixedScriptsWithinADomainLabel() {
        assertThat(codes("user@p\u0430ypal.com")).containsExactly("email.mixed_script");
        assertThat(codes("user@g\u03BFogle.com")).containsExactly("email.mixed_script");
        assertThat(codes("user@\u0430\u03B1.com")).containsExactly("email.mixed_script");
    }

    @Test
    void flagsMixedScriptsHiddenInPunycode() {
        // xn--pple-43d is "аpple" with a Cyrillic а
        assertThat(codes("user@xn--pple-43d.com")).containsExactly("email.mixed_script");
    }

    @Test
    void acceptsDifferentScriptsInDifferentParts() {
        assertThat(codes("иван@example.org")).isEmpty();
        assertThat(codes("ivan@пример.example")).isEmpty();
        assertThat(codes("user@例え.テスト")).isEmpty();
        assertThat(codes("ivan-123@example.org")).isEmpty();
    }

    @Test
    void rejectsDomainsThatIdnaCannotConvert() {
        // U+1F600 was unassigned in Unicode 3.2, the version IDNA 2003 uses
        assertThat(codes("user@\uD83D\uDE00.org")).containsExactly("email.idn");
    }

    // --- opt-in forms

    @Test
    void rejectsQuotedLocalPartsUnlessAllowed() {
        assertThat(codes("\"john smith\"@example.org")).containsExactly("email.quoted");
        assertThat(Emails.normalize("\"john smith\"@Example.org", LENIENT)).isEqualTo("\"john smith\"@example.org");
        assertThat(Emails.normalize("\"a@b\\\"c\"@example.org", LENIENT)).isEqualTo("\"a@b\\\"c\"@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"@example.org", "\"a\"b\"@example.org", "\"a\\\"@example.org"})
    void rejectsMalformedQuotedLocalPartsEvenWhenAllowed(String address) {
        assertThat(codes(address, LENIENT)).containsExactly("email.invalid");
    }

    @Test
    void rejectsIpLiteralsUnlessAllowed() {
        assertThat(codes("user@[192.0.2.1]")).containsExactly("email.ip_literal");
        assertThat(codes("user@[IPv6:2001:db8::1]")).containsExactly("email.ip_literal");
        assertThat(Emails.normalize("user@[192.0.2.1]", LENIENT)).isEqualTo("user@[192.0.2.1]");
        assertThat(Emails.normalize("user@[ipv6:2001:DB8:0:0:0:0:0:1]", LENIENT))
                .isEqualTo("user@[IPv6:2001:db8::1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@[999.0.2.1]", "user@[192.0.2]", "user@[2001:db8::1]", "user@[IPv6:1::2::3]",
            "user@[192.0.2.1", "user@[example.org]"})
    void rejectsMalformedIpLiteralsEvenWhenAllowed(String address) {
        assertThat(codes(address, LENIENT)).containsExactly("email.invalid");
    }

    // --- everything at once

    @Test
    void reportsEveryViolationAtOnce() {
        String address = "p\u0430y\u200Bpal" + "x".repeat(60) + "@" + "l".repeat(64) + ".123";

        assertThat(codes(address)).containsExactlyInAnyOrder("email.invisible", "email.mixed_script",
                "email.local_too_long", "email.label_too_long", "email.invalid");
    }

    @Test
    void normalizeThrowsWithEveryViolationRedacted() {
        assertThatThrownBy(() -> Emails.normalize("secret\u200B@ex\u0430mple.org"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.has("email.invisible")).isTrue();
                    assertThat(e.has("email.mixed_script")).isTrue();
                    assertThat(e.getMessage()).doesNotContain("secret").contains(Violation.REDACTED);
                });
    }

    @Test
    void normalizeTreatsNullAsMissing() {
        assertThatThrownBy(() -> Emails.normalize(null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.has("required")).isTrue());
    }

    // --- duplicate keys

    @Test
    void keysAreTheNormalizedAddress() {
        String address = Emails.normalize("Reader@BÜCHER.example");

        assertThat(Emails.key(address)).isEqualTo(address);
    }

    @Test
    void keysLowerCaseTheDomainButNotTheLocalPart() {
        assertThat(Emails.key("Reader@Example.ORG")).isEqualTo("Reader@example.org");
        assertThat(Emails.key("Reader@example.org")).isNotEqualTo(Emails.key("reader@example.org"));
    }

    @Test
    void keysDoNotMergeProviderSpecificAliases() {
        assertThat(Emails.key("j.doe@gmail.com")).isNotEqualTo(Emails.key("jdoe@gmail.com"));
        assertThat(Emails.key("jdoe+news@gmail.com")).isNotEqualTo(Emails.key("jdoe@gmail.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "@example.org", "user@"})
    void keyRejectsTextThatIsNotAnAddressWithoutRepeatingIt(String text) {
        assertThatThrownBy(() -> Emails.key(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("normalizedAddress");
    }

    // --- policy

    @Test
    void policiesAreImmutableValues() {
        EmailPolicy quoted = STRICT.allowQuotedLocalPart(true);

        assertThat(STRICT.quotedLocalPartAllowed()).isFalse();
        assertThat(STRICT.ipLiteralAllowed()).isFalse();
        assertThat(quoted.quotedLocalPartAllowed()).isTrue();
        assertThat(quoted.ipLiteralAllowed()).isFalse();
        assertThat(quoted.allowQuotedLocalPart(false)).isEqualTo(STRICT).hasSameHashCodeAs(STRICT);
        assertThat(LENIENT).isNotEqualTo(quoted);
        assertThat(LENIENT.toString()).contains("quotedLocalPart=true", "ipLiteral=true");
    }
}
