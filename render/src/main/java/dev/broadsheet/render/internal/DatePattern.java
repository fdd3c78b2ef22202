package dev.broadsheet.render.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A localized date pattern such as {@code d MMMM y, HH:mm}, compiled to a few steps that append numbers and
 * prepared names: the same text as {@link DateTimeFormatter#ofPattern(String, Locale)}, without its general
 * machinery, which cost a comment more than all of its markup.
 *
 * <p>Only the fields localized date patterns are made of are compiled: {@code y}, {@code yyyy}, {@code M} to
 * {@code MMMM}, {@code d}, {@code dd}, {@code H}, {@code HH}, {@code h}, {@code hh}, {@code mm}, {@code a},
 * quoted text and other literal characters. A pattern with anything else (an era, a week day, optional sections), and
 * any year outside 1 to 9999, is formatted by {@code DateTimeFormatter} itself. Month names and the AM/PM markers
 * come from that same formatter, so they are the locale's own. Instances are immutable and thread-safe.
 */
public final class DatePattern {

    private static final int YEAR = 0;
    private static final int YEAR4 = 1;
    private static final int MONTH = 2;
    private static final int MONTH2 = 3;
    private static final int MONTH_SHORT = 4;
    private static final int MONTH_FULL = 5;
    private static final int DAY = 6;
    private static final int DAY2 = 7;
    private static final int HOUR = 8;
    private static final int HOUR2 = 9;
    private static final int CLOCK_HOUR = 10;
    private static final int CLOCK_HOUR2 = 11;
    private static final int MINUTE2 = 12;
    private static final int AM_PM = 13;
    private static final int LITERAL = 14;

    private final DateTimeFormatter formatter;
    /** The steps, or null when the pattern is left to {@link #formatter}. */
    private final int @Nullable [] steps;
    /** The literal text of each {@link #LITERAL} step, at its index. */
    private final String[] literals;
    private final String[] shortMonths = new String[12];
    private final String[] fullMonths = new String[12];
    private final String[] amPm = new String[2];

    private DatePattern(String pattern, Locale locale) {
        this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
        List<String> text = new ArrayList<>();
        this.steps = compile(pattern, text);
        this.literals = text.toArray(new String[0]);
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM", locale);
        DateTimeFormatter fullMonth = DateTimeFormatter.ofPattern("MMMM", locale);
        for (int m = 1; m <= 12; m++) {
            LocalDate day = LocalDate.of(2000, m, 1);
            shortMonths[m - 1] = shortMonth.format(day);
            fullMonths[m - 1] = fullMonth.format(day);
        }
        DateTimeFormatter marker = DateTimeFormatter.ofPattern("a", locale);
        amPm[0] = marker.format(LocalTime.MIDNIGHT);
        amPm[1] = marker.format(LocalTime.NOON);
    }

    /**
     * Compiles a pattern.
     *
     * @param pattern a {@link DateTimeFormatter} pattern
     * @param locale the locale for names
     * @return the compiled pattern
     * @throws IllegalArgumentException when {@code DateTimeFormatter} refuses the pattern
     */
    public static DatePattern of(String pattern, Locale locale) {
        return new DatePattern(pattern, locale);
    }

    /**
     * Formats an instant as seen in a zone.
     *
     * @param at the instant
     * @param zone the zone
     * @return the same text as {@code DateTimeFormatter.ofPattern(pattern, locale)} gives
     */
    public String format(Instant at, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), offset);
        int[] steps = this.steps;
        if (steps == null || t.getYear() < 1 || t.getYear() > 9999) {
            return formatter.format(ZonedDateTime.ofInstant(at, zone));
        }
        StringBuilder out = new StringBuilder(32);
        for (int i = 0; i < steps.length; i++) {
            switch (steps[i]) {
                case YEAR -> out.append(t.getYear());
                case YEAR4 -> padded(out, t.getYear(), 4);
                case MONTH -> out.append(t.getMonthValue());
                case MONTH2 -> padded(out, t.getMonthValue(), 2);
                case MONTH_SHORT -> out.append(shortMonths[t.getMonthValue() - 1]);
                case MONTH_FULL -> out.append(fullMonths[t.getMonthValue() - 1]);
                case DAY -> out.append(t.getDayOfMonth());
                case DAY2 -> padded(out, t.getDayOfMonth(), 2);
                case HOUR -> out.append(t.getHour());
                case HOUR2 -> padded(out, t.getHour(), 2);
                case CLOCK_HOUR -> out.append(clockHour(t.getHour()));
                case CLOCK_HOUR2 -> padded(out, clockHour(t.getHour()), 2);
                case MINUTE2 -> padded(out, t.getMinute(), 2);
                case AM_PM -> out.append(amPm[t.getHour() / 12]);
                default -> out.append(literals[i]);
            }
        }
        return out.toString();
    }

    /** Whether the pattern was compiled (rather than left to {@code DateTimeFormatter}); for tests. */
    boolean compiled() {
        return steps != null;
    }

    private static int clockHour(int hour) {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    /** Appends {@code value} (not negative) with leading zeros to {@code width} digits. */
    private static void padded(StringBuilder out, int value, int width) {
        for (int p = 1, limit = 10; p < width; p++, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        out.append(value);
    }

    /** The steps of a pattern, their literal text added to {@code text} at their index; null when not supported. */
    private static int @Nullable [] compile(String pattern, List<String> text) {
        List<Integer> steps = new ArrayList<>();
        int n = pattern.length();
        int i = 0;
        while (i < n) {
            char c = pattern.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int run = 1;
                while (i + run < n && pattern.charAt(i + run) == c) {
                    run++;
                }
                int step = field(c, run);
                if (step < 0) {
                    return null;
                }
                steps.add(step);
                text.add("");
                i += run;
            } else if (c == '\'') {
                int end = i + 1;
                StringBuilder quoted = new StringBuilder();
                if (end < n && pattern.charAt(end) == '\'') { // '' is one apostrophe
                    quoted.append('\'');
                    end++;
                } else {
                    while (true) {
                        if (end >= n) {
                            return null; // unterminated: DateTimeFormatter has refused it already
                        }
                        char q = pattern.charAt(end);
                        if (q == '\'') {
                            if (end + 1 < n && pattern.charAt(end + 1) == '\'') {
                                quoted.append('\'');
                                end += 2;
                                continue;
                            }
                            end++;
                            break;
                        }
                        quoted.append(q);
                        end++;
                    }
                }
                steps.add(LITERAL);
                text.add(quoted.toString());
                i = end;
            } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                return null; // optional sections and reserved characters
            } else {
                steps.add(LITERAL);
                text.add(String.valueOf(c));
                i++;
            }
        }
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int field(char letter, int count) {
        return switch (letter) {
            case 'y' -> count == 1 ? YEAR : count == 4 ? YEAR4 : -1;
            case 'M' -> count <= 4 ? MONTH + count - 1 : -1;
            case 'd' -> count == 1 ? DAY : count == 2 ? DAY2 : -1;
            case 'H' -> count == 1 ? HOUR : count == 2 ? HOUR2 : -1;
            case 'h' -> count == 1 ? CLOCK_HOUR : count == 2 ? CLOCK_HOUR2 : -1;
            case 'm' -> count == 2 ? MINUTE2 : -1;
            case 'a' -> count == 1 ? AM_PM : -1;
            default -> -1;
        };
    }
}
