package dev.broadsheet.render;

import dev.broadsheet.render.internal.DatePattern;
import dev.broadsheet.render.internal.PluralRules;
import dev.broadsheet.render.internal.Registered;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Every visible string the renderers write — "Leave a Reply", "Your email address will not be published.",
 * "Back to top", comment counts with the language's plural rules, "Updated", "Correction" — plus date formatting
 * and text direction for one language.
 *
 * <p>Strings come from the UTF-8 properties files {@code dev/broadsheet/render/labels*.properties}; Broadsheet
 * ships English
 * ({@code en}), Azerbaijani ({@code az}), Russian ({@code ru}) and Arabic ({@code ar}). A missing key falls back
 * to English. {@link #with(String, String)} overrides one string, so a site can change its wording without a
 * bundle of its own. Keys are listed in the English bundle, {@code labels.properties}.
 *
 * <p>Plural forms are keys with a CLDR category suffix: {@code comments.count.one}, {@code .few}, {@code .many},
 * {@code .other} (and {@code .zero}, {@code .two} for Arabic); {@link #count(String, long)} picks the right one
 * and falls back to {@code .other}.
 *
 * <p>Labels are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Labels {

    private static final Set<String> TRANSLATED = Set.of("en", "az", "ru", "ar");
    private static final Set<String> RTL = Set.of("ar", "fa", "he", "iw", "ur", "yi", "ps", "sd", "ug", "dv", "ckb");

    static {
        Registered.DATE_TIME.register(labels -> labels.dateTime);
        Registered.DATE.register(labels -> labels.date);
    }

    private final Locale locale;
    private final Map<String, String> strings;
    private final DatePattern dateTime;
    private final DatePattern date;

    private Labels(Locale locale, Map<String, String> strings) {
        this.locale = locale;
        this.strings = Map.copyOf(strings);
        this.dateTime = localized(FormatStyle.LONG, FormatStyle.SHORT, locale);
        this.date = localized(FormatStyle.LONG, null, locale);
    }

    /**
     * The locale's date (and time) format, looked up once and compiled: it is the pattern
     * {@code ofLocalizedDateTime} uses, but that formatter looks the pattern up again on every call, and dates are
     * formatted for every comment of every page.
     */
    private static DatePattern localized(FormatStyle date, @org.jspecify.annotations.Nullable FormatStyle time,
            Locale locale) {
        return DatePattern.of(DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time,
                IsoChronology.INSTANCE, locale), locale);
    }

    /**
     * The labels for a locale: its own bundle where Broadsheet ships one, English for every missing string.
     *
     * @param locale the language to label in
     * @return the labels
     */
    public static Labels of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Map<String, String> strings = new HashMap<>(load(""));
        String language = locale.getLanguage();
        if (!language.isEmpty() && !language.equals("en") && TRANSLATED.contains(language)) {
            strings.putAll(load("_" + language));
        }
        return new Labels(locale, strings);
    }

    private static Map<String, String> load(String suffix) {
        String name = "labels" + suffix + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/broadsheet/render/" + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                out.put(key, p.getProperty(key));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/broadsheet/render/" + name, e);
        }
    }

    /**
     * The labels for a BCP 47 language tag.
     *
     * @param languageTag such as {@code az} or {@code en-GB}
     * @return the labels
     */
    public static Labels of(String languageTag) {
        return of(Locale.forLanguageTag(Objects.requireNonNull(languageTag, "languageTag")));
    }

    /**
     * Whether Broadsheet ships strings for this locale's language (otherwise {@link #of(Locale)} gives English
     * strings).
     *
     * @param locale a locale
     * @return true for English, Azerbaijani, Russian and Arabic
     */
    public static boolean isTranslated(Locale locale) {
        return TRANSLATED.contains(locale.getLanguage());
    }

    /**
     * These labels with one string replaced.
     *
     * @param key a label key, such as {@code form.reply.title}
     * @param text the new wording (plain text; renderers escape it)
     * @return new labels
     * @throws IllegalArgumentException when the key is not a label key
     */
    public Labels with(String key, String text) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        if (!strings.containsKey(key)) {
            throw new IllegalArgumentException("key must be a label key, was \"" + key + "\"");
        }
        Map<String, String> copy = new HashMap<>(strings);
        copy.put(key, text);
        return new Labels(locale, copy);
    }

    /** @return the locale these labels are for */
    public Locale locale() {
        return locale;
    }

    /** @return the language as a BCP 47 tag */
    public String language() {
        return locale.toLanguageTag();
    }

    /** @return {@code rtl} for right-to-left languages, {@code ltr} otherwise */
    public String direction() {
        return direction(locale);
    }

    /**
     * The text direction of a language.
     *
     * @param locale a locale
     * @return {@code rtl} for Arabic, Persian, Hebrew, Urdu and other right-to-left languages; {@code ltr} otherwise
     */
    public static String direction(Locale locale) {
        return RTL.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /**
     * One string.
     *
     * @param key a label key
     * @return its text
     * @throws IllegalArgumentException when the key is not a label key
     */
    public String get(String key) {
        String s = strings.get(key);
        if (s == null) {
            throw new IllegalArgumentException("key must be a label key, was \"" + key + "\"");
        }
        return s;
    }

    /**
     * One string with {@code {0}}-style arguments filled in ({@link MessageFormat} syntax).
     *
     * @param key a label key
     * @param args the arguments
     * @return the text
     */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * A counted phrase in the right plural form, such as "1 comment" or "5 комментариев".
     *
     * @param key the key without its plural suffix, such as {@code comments.count}
     * @param n the count
     * @return the phrase
     */
    public String count(String key, long n) {
        String category = PluralRules.category(locale, n);
        String pattern = strings.get(key + "." + category);
        if (pattern == null) {
            pattern = get(key + ".other");
        }
        return new MessageFormat(pattern, locale).format(new Object[] {n});
    }

    /**
     * A date and time for people, such as "21 September 2026 at 18:05".
     *
     * @param at the instant
     * @param zone the zone to show it in
     * @return the formatted date and time
     */
    public String dateTime(Instant at, ZoneId zone) {
        return dateTime.format(at, zone);
    }

    /**
     * A date for people, such as "21 September 2026".
     *
     * @param at the instant
     * @param zone the zone whose calendar day to show
     * @return the formatted date
     */
    public String date(Instant at, ZoneId zone) {
        return date.format(at, zone);
    }

    @Override
    public String toString() {
        return "Labels[" + locale.toLanguageTag() + "]";
    }
}
