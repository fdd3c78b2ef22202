package dev.broadsheet.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DatePattern gives exactly what DateTimeFormatter gives, for every locale the JDK has. */
class DatePatternTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Baku"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Chatham"), ZoneId.of("America/St_Johns"), ZoneId.of("Europe/Moscow"));

    private static void sameAsDateTimeFormatter(String pattern, Locale locale, SplittableRandom random) {
        DatePattern fast = DatePattern.of(pattern, locale);
        DateTimeFormatter reference = DateTimeFormatter.ofPattern(pattern, locale);
        for (int k = 0; k < 60; k++) {
            // 1900 to 2100, and now and then the whole range Instant formats as a year
            long seconds = k % 20 == 19 ? random.nextLong(-62_000_000_000L, 300_000_000_000L)
                    : random.nextLong(-2_208_988_800L, 4_102_444_800L);
            Instant at = Instant.ofEpochSecond(seconds, k % 3 == 0 ? random.nextInt(1_000_000_000) : 0);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            assertThat(fast.format(at, zone)).as("%s in %s, %s at %s", pattern, locale, at, zone)
                    .isEqualTo(reference.format(ZonedDateTime.ofInstant(at, zone)));
        }
    }

    @Test
    void everyLocalesLongDateAndShortTimeAreFormattedAsTheJdkDoes() {
        SplittableRandom random = new SplittableRandom(2026);
        int compiled = 0;
        Locale[] locales = Locale.getAvailableLocales();
        for (Locale locale : locales) {
            for (FormatStyle time : new FormatStyle[] {FormatStyle.SHORT, null}) {
                String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, time,
                        IsoChronology.INSTANCE, locale);
                sameAsDateTimeFormatter(pattern, locale, random);
                compiled += DatePattern.of(pattern, locale).compiled() ? 1 : 0;
            }
        }
        // the point of the class: nearly every locale's pattern is compiled, not handed back to DateTimeFormatter
        assertThat(compiled).isGreaterThan(locales.length * 2 * 9 / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "ru", "ar"})
    void theShippedLanguagesAreCompiled(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (FormatStyle time : new FormatStyle[] {FormatStyle.SHORT, null}) {
            assertThat(DatePattern.of(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, time,
                    IsoChronology.INSTANCE, locale), locale).compiled()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yyyy-MM-dd HH:mm", "d MMM y 'at' h:mm a", "''d''", "'o''clock' H", "hh:mm a, MMMM",
        "G y", "EEEE d MMMM y", "[d MMMM ]y", "yy/M/d", "d 'de' MMMM 'de' y"})
    void otherPatternsToo(String pattern) {
        SplittableRandom random = new SplittableRandom(pattern.hashCode());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"),
                Locale.forLanguageTag("ja"), Locale.forLanguageTag("az")}) {
            sameAsDateTimeFormatter(pattern, locale, random);
        }
    }

    @Test
    void everyDayOfYears0To9999IsTheDateLocalDateGives() {
        long first = java.time.LocalDate.of(0, 1, 1).toEpochDay();
        long last = java.time.LocalDate.of(9999, 12, 31).toEpochDay();
        for (long day = first; day <= last; day++) {
            java.time.LocalDate expected = java.time.LocalDate.ofEpochDay(day);
            int packed = DatePattern.civil(day);
            if (packed != expected.getYear() * 10_000 + expected.getMonthValue() * 100 + expected.getDayOfMonth()) {
                assertThat(packed).as("day %d", day).isEqualTo(expected.getYear() * 10_000
                        + expected.getMonthValue() * 100 + expected.getDayOfMonth());
            }
        }
        assertThat(DatePattern.civil(first - 1)).isEqualTo(-1);
        assertThat(DatePattern.civil(last + 1)).isEqualTo(-1);
        assertThat(DatePattern.civil(Long.MIN_VALUE / 2)).isEqualTo(-1);
        assertThat(DatePattern.civil(Long.MAX_VALUE / 2)).isEqualTo(-1);
    }

    @Test
    void isoDatesAreWhatIsoOffsetDateTimeWrites() {
        SplittableRandom random = new SplittableRandom(8601);
        char[] out = new char[HtmlParts.ISO_MAX];
        int direct = 0;
        for (int k = 0; k < 20_000; k++) {
            long seconds = k % 10 == 9 ? random.nextLong(-63_000_000_000L, 260_000_000_000L)
                    : random.nextLong(-2_208_988_800L, 4_102_444_800L);
            Instant at = Instant.ofEpochSecond(seconds, k % 7 == 0 ? random.nextInt(1_000_000_000) : 0);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            String expected = java.time.OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertThat(HtmlParts.iso(at, zone)).as("%s in %s", at, zone).isEqualTo(expected);
            int n = HtmlParts.iso(at, zone, out);
            if (n >= 0) {
                assertThat(new String(out, 0, n)).isEqualTo(expected);
                direct++;
            }
        }
        // the point of the array form: the usual instants (whole seconds, years 0 to 9999) never need a string
        assertThat(direct).isGreaterThan(20_000 * 8 / 10);
        assertThat(HtmlParts.iso(Instant.ofEpochSecond(0, 1), ZoneId.of("UTC"), out)).isEqualTo(-1);
    }
}
