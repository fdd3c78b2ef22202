package dev.broadsheet.render.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
    /** The most characters a formatted value can have. */
    private final int maxLength;

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
        int most = 0;
        for (int i = 0; steps != null && i < steps.length; i++) {
            most += switch (steps[i]) {
                case MONTH_SHORT -> longest(shortMonths);
                case MONTH_FULL -> longest(fullMonths);
                case AM_PM -> longest(amPm);
                case LITERAL -> literals[i].length();
                default -> 4; // a number of at most four digits (years beyond 9999 are not compiled)
            };
        }
        this.maxLength = most;
    }

    private static int longest(String[] names) {
        int most = 0;
        for (String name : names) {
            most = Math.max(most, name.length());
        }
        return most;
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
        char[] out = new char[maxLength];
        int n = format(at, zone, out);
        return n < 0 ? formatter.format(ZonedDateTime.ofInstant(at, zone)) : new String(out, 0, n);
    }

    /**
     * Formats an instant as seen in a zone into {@code out}, from its start, allocating nothing: the same characters
     * {@link #format(Instant, ZoneId)} returns.
     *
     * @param at the instant
     * @param zone the zone
     * @param out at least {@link #maxLength()} characters
     * @return how many characters were written; -1, with nothing written, when the pattern was not compiled or the
     *     year is outside 1 to 9999 (then only {@link #format(Instant, ZoneId)} formats it)
     */
    public int format(Instant at, ZoneId zone, char[] out) {
        int[] steps = this.steps;
        if (steps == null) {
            return -1;
        }
        long local = at.getEpochSecond() + zone.getRules().getOffset(at).getTotalSeconds();
        int ymd = civil(Math.floorDiv(local, SECONDS_PER_DAY));
        int year = ymd / 10_000;
        if (ymd < 0 || year < 1) {
            return -1;
        }
        int month = ymd / 100 % 100;
        int day = ymd % 100;
        int secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
        int hour = secondOfDay / 3600;
        int minute = secondOfDay / 60 % 60;
        int n = 0;
        for (int i = 0; i < steps.length; i++) {
            n = switch (steps[i]) {
                case YEAR -> number(out, n, year, 1);
                case YEAR4 -> number(out, n, year, 4);
                case MONTH -> number(out, n, month, 1);
                case MONTH2 -> number(out, n, month, 2);
                case MONTH_SHORT -> text(out, n, shortMonths[month - 1]);
                case MONTH_FULL -> text(out, n, fullMonths[month - 1]);
                case DAY -> number(out, n, day, 1);
                case DAY2 -> number(out, n, day, 2);
                case HOUR -> number(out, n, hour, 1);
                case HOUR2 -> number(out, n, hour, 2);
                case CLOCK_HOUR -> number(out, n, clockHour(hour), 1);
                case CLOCK_HOUR2 -> number(out, n, clockHour(hour), 2);
                case MINUTE2 -> number(out, n, minute, 2);
                case AM_PM -> text(out, n, amPm[hour / 12]);
                default -> text(out, n, literals[i]);
            };
        }
        return n;
    }

    /** The most characters {@link #format(Instant, ZoneId, char[])} writes. */
    public int maxLength() {
        return maxLength;
    }

    static final long SECONDS_PER_DAY = 86_400;

    /**
     * The proleptic Gregorian date of a day counted from 1970-01-01, as {@code year * 10000 + month * 100 + day}
     * for years 0 to 9999, and -1 for other years: the same date as
     * {@link LocalDate#ofEpochDay(long)}, without its three objects. Days are counted in eras of 400 years (146,097
     * days) that start on 1 March, so that the leap day ends a year.
     *
     * @param epochDay days since 1970-01-01
     * @return the date packed into one number
     */
    static int civil(long epochDay) {
        long fromMarch0000 = epochDay + 719_468; // 0000-03-01 is day -719,468
        long era = Math.floorDiv(fromMarch0000, 146_097);
        long dayOfEra = fromMarch0000 - era * 146_097; // 0 to 146,096
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365; // 0 to 399
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // 0 (1 March) to 365
        long monthFromMarch = (5 * dayOfYear + 2) / 153; // 0 (March) to 11 (February)
        long day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        long year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return -1;
        }
        return (int) (year * 10_000 + month * 100 + day);
    }

    /** Whether the pattern was compiled (rather than left to {@code DateTimeFormatter}); for tests. */
    boolean compiled() {
        return steps != null;
    }

    private static int clockHour(int hour) {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    /** Writes {@code value} (0 to 9999) at {@code at} with leading zeros to at least {@code width} digits. */
    private static int number(char[] out, int at, int value, int width) {
        int digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4;
        int end = at + Math.max(digits, width);
        for (int i = end - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return end;
    }

    /** Copies a short text character by character: cheaper than a bulk copy's set-up for a few characters. */
    private static int text(char[] out, int at, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            out[at + i] = text.charAt(i);
        }
        return at + text.length();
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
        // adjacent literals become one
        for (int k = steps.size() - 1; k > 0; k--) {
            if (steps.get(k) == LITERAL && steps.get(k - 1) == LITERAL) {
                text.set(k - 1, text.get(k - 1) + text.get(k));
                steps.remove(k);
                text.remove(k);
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
