package dev.broadsheet.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    private final Problems problems = new Problems();

    // --- language tags

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en          | en
            EN-us       | en-US
            az-Latn-AZ  | az-Latn-AZ
            az-cyrl     | az-Cyrl
            zh-Hant-TW  | zh-Hant-TW
            ' de '      | de
            iw          | he
            es-419      | es-419
            de-DE-1996  | de-DE-1996
            x-private   | x-private
            """)
    void acceptsWellFormedLanguageTagsInCanonicalForm(String tag, String canonical) {
        assertThat(Formats.languageTag(problems, "/language", tag, true)).isEqualTo(canonical);
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "e", "12", "en-", "-en", "en--US", "en-US-", "englishlanguage", "en US",
            "ру", "en\uD800", "en-\u0000"})
    void rejectsMalformedLanguageTags(String tag) {
        assertThat(Formats.languageTag(problems, "/language", tag, true)).isNull();

        assertThat(problems.list()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.LANGUAGE_INVALID);
            assertThat(v.path()).isEqualTo("/language");
        });
    }

    @Test
    void rejectsLanguageTagsOverTwoHundredFiftyFiveCharacters() {
        String tag = "en-x" + "-abcdefgh".repeat(28); // 256 characters
        assertThat(tag).hasSize(256);

        assertThat(Formats.languageTag(problems, "/language", tag, true)).isNull();
        assertThat(problems.list()).extracting(Violation::code).containsExactly(Codes.TOO_LONG);
        assertThat(Formats.languageTag(new Problems(), "/language", tag.substring(0, 255 - 8), true)).isNotNull();
    }

    @Test
    void reportsAMissingLanguageOnlyWhenRequired() {
        assertThat(Formats.languageTag(problems, "/language", null, false)).isNull();
        assertThat(Formats.languageTag(problems, "/language", " ", false)).isNull();
        assertThat(problems.isEmpty()).isTrue();

        Formats.languageTag(problems, "/language", null, true);
        assertThat(problems.list()).extracting(Violation::code).containsExactly(Codes.REQUIRED);
    }

    // --- IP addresses

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            192.0.2.1                                 | 192.0.2.1
            0.0.0.0                                   | 0.0.0.0
            255.255.255.255                           | 255.255.255.255
            ' 10.0.0.1 '                              | 10.0.0.1
            ::                                        | ::
            ::1                                       | ::1
            1::                                       | 1::
            0:0:0:0:0:0:0:1                           | ::1
            2001:DB8:0:0:0:0:0:1                      | 2001:db8::1
            2001:0db8:0000:0000:0000:ff00:0042:8329   | 2001:db8::ff00:42:8329
            2001:db8:0:0:1:0:0:1                      | 2001:db8::1:0:0:1
            2001:db8:0:1:1:1:1:1                      | 2001:db8:0:1:1:1:1:1
            2001:db8::0:1                             | 2001:db8::1
            1:0:0:2:0:0:0:3                           | 1:0:0:2::3
            ::ffff:192.0.2.1                          | ::ffff:192.0.2.1
            ::FFFF:c000:0201                          | ::ffff:192.0.2.1
            64:ff9b::192.0.2.33                       | 64:ff9b::c000:221
            1:2:3:4:5:6:7:8                           | 1:2:3:4:5:6:7:8
            """)
    void acceptsIpAddressesInCanonicalForm(String ip, String canonical) {
        assertThat(Formats.ip(problems, "/ip", ip)).isEqualTo(canonical);
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04",
            "1..2.3", "1.2.3.-4", "0x7f.0.0.1", "2130706433", "１.２.３.４", "1:2:3:4:5:6:7:8:9", "1::2::3",
            "12345::", ":1", "1:", "1:::2", "::1%eth0", "[::1]", "g::1", "::ffff:999.1.1.1", "::1.2.3",
            "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", ":::", "1:2:3:4:5:6:7::8:9", "\uD800", "1.2.3.4\u0000"})
    void rejectsAnythingElseRedactedAndWithoutLookingItUp(String ip) {
        assertThat(Formats.ip(problems, "/ip", ip)).isNull();

        assertThat(problems.list()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.IP_INVALID);
            assertThat(v.path()).isEqualTo("/ip");
            assertThat(v.rejectedValue()).isEqualTo(Violation.REDACTED);
        });
    }

    @Test
    void acceptsAMissingIpSilently() {
        assertThat(Formats.ip(problems, "/ip", null)).isNull();
        assertThat(Formats.ip(problems, "/ip", "")).isNull();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void rejectsATenMegabyteIpAtOnce() {
        assertThat(Formats.ip(problems, "/ip", "1".repeat(10 * 1024 * 1024))).isNull();
        assertThat(problems.list()).extracting(Violation::code).containsExactly(Codes.IP_INVALID);
    }
}
