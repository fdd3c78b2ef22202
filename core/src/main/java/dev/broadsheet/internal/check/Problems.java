package dev.broadsheet.internal.check;

import dev.broadsheet.text.TextCleaner;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations found while building one value, and cleans and checks its fields on the way. Every
 * model builder creates one, feeds each field through it, and calls {@link #throwIfAny(String)} at the end, so
 * that all problems are reported at once.
 */
public final class Problems {

    /** Most violations kept for one value; the rest are counted and summarised in one last violation. */
    public static final int MAX_VIOLATIONS = 1000;

    private final List<Violation> found = new ArrayList<>();
    private int dropped;

    /** What a text field may contain beyond cleaned characters. */
    public enum Kind {
        /** Single line; bidi controls and invisible characters rejected (names, slugs). */
        NAME,
        /** Single line; bidi controls rejected (headlines and other visible lines). */
        LINE,
        /** Multi-line text (bios, descriptions, notes). */
        TEXT
    }

    public void add(String path, String code, String message, @Nullable String rejected) {
        keep(new Violation(path, code, message, rejected));
    }

    public void addRedacted(String path, String code, String message) {
        keep(Violation.redacted(path, code, message));
    }

    public void addAll(String prefix, List<Violation> violations) {
        for (Violation v : violations) {
            if (v.code().equals(TOO_MANY_VIOLATIONS)) {
                dropped += Integer.parseInt(v.rejectedValue() == null ? "0" : v.rejectedValue());
            } else {
                keep(v.under(prefix));
            }
        }
    }

    private void keep(Violation v) {
        if (found.size() < MAX_VIOLATIONS) {
            found.add(v);
        } else {
            dropped++;
        }
    }

    /** Code of the summary violation that stands for those beyond {@link #MAX_VIOLATIONS}. */
    public static final String TOO_MANY_VIOLATIONS = "too_many_violations";

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        if (dropped == 0) {
            return List.copyOf(found);
        }
        List<Violation> all = new ArrayList<>(found);
        all.add(new Violation("", TOO_MANY_VIOLATIONS, "and " + dropped + " more violations, not listed (at most "
                + MAX_VIOLATIONS + " are kept)", Integer.toString(dropped)));
        return List.copyOf(all);
    }

    public void throwIfAny(String what) {
        if (!found.isEmpty()) {
            throw new ValidationException(what, list());
        }
    }

    /**
     * Builds a nested value, keeping its violations (under {@code prefix}) instead of stopping.
     *
     * @return the value, or null when it could not be built
     */
    public <T> @Nullable T nested(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            addAll(prefix, e.violations());
            return null;
        }
    }

    /** Reports a missing value when {@code value} is null. */
    public <T> @Nullable T required(String path, @Nullable T value) {
        if (value == null) {
            add(path, Codes.REQUIRED, "is required", null);
        }
        return value;
    }

    /**
     * Cleans a text field and checks it: blank optional input becomes null; blank required input, over-long text
     * and forbidden characters are violations.
     *
     * @param max the longest allowed length, in Unicode code points
     * @return the cleaned text, or null when absent or invalid
     */
    public @Nullable String text(String path, @Nullable String raw, Kind kind, int max, boolean required) {
        if (raw == null) {
            if (required) {
                add(path, Codes.REQUIRED, "is required", null);
            }
            return null;
        }
        String clean = kind == Kind.TEXT ? strip(TextCleaner.clean(raw)) : TextCleaner.cleanLine(raw);
        if (clean.isEmpty()) {
            if (required) {
                add(path, Codes.REQUIRED, "must not be blank", raw);
            }
            return null;
        }
        boolean ok = checkCharacters(path, clean, kind, false);
        int length = clean.codePointCount(0, clean.length());
        if (length > max) {
            add(path, Codes.TOO_LONG, "must be at most " + max + " characters, was " + length, clean);
            ok = false;
        }
        return ok ? clean : null;
    }

    /**
     * Reports bidi controls, invisible characters and lone surrogates as the kind requires.
     *
     * @return true when nothing was reported
     */
    public boolean checkCharacters(String path, String clean, Kind kind, boolean redact) {
        Set<TextCleaner.Finding> findings = TextCleaner.findings(clean);
        if (findings.isEmpty()) {
            return true;
        }
        boolean ok = true;
        if (findings.contains(TextCleaner.Finding.LONE_SURROGATE)) {
            report(path, Codes.TEXT_SURROGATE, "contains an unpaired surrogate (malformed UTF-16)", clean, redact);
            ok = false;
        }
        if (kind != Kind.TEXT && findings.contains(TextCleaner.Finding.BIDI_CONTROL)) {
            report(path, Codes.TEXT_BIDI_CONTROL,
                    "must not contain bidirectional override or isolate controls (U+202A–U+202E, U+2066–U+2069)",
                    clean, redact);
            ok = false;
        }
        if (kind == Kind.NAME && findings.contains(TextCleaner.Finding.INVISIBLE)) {
            report(path, Codes.TEXT_INVISIBLE,
                    "must not contain invisible characters (soft hyphen, zero width space, word joiner, BOM)",
                    clean, redact);
            ok = false;
        }
        return ok;
    }

    private void report(String path, String code, String message, String value, boolean redact) {
        if (redact) {
            addRedacted(path, code, message);
        } else {
            add(path, code, message, value);
        }
    }

    /** Identifier rule: 1 to 128 characters from {@code [A-Za-z0-9._:-]}, starting with a letter or digit. */
    public static final int MAX_ID_LENGTH = 128;

    /** Checks an identifier against the rule at {@link #MAX_ID_LENGTH}. */
    public @Nullable String id(String path, @Nullable String raw, boolean required) {
        if (raw == null || raw.isEmpty()) {
            if (required) {
                add(path, Codes.REQUIRED, "is required", raw);
            }
            return null;
        }
        if (!isId(raw)) {
            add(path, Codes.ID_FORMAT,
                    "must be 1 to " + MAX_ID_LENGTH + " characters from A-Z a-z 0-9 . _ : - starting with a letter or digit",
                    raw);
            return null;
        }
        return raw;
    }

    static boolean isId(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    /** Checks a slug against {@link dev.broadsheet.text.Slugs#isValid(String)}. */
    public @Nullable String slug(String path, @Nullable String raw, boolean required) {
        if (raw == null || raw.isEmpty()) {
            if (required) {
                add(path, Codes.REQUIRED, "is required", raw);
            }
            return null;
        }
        if (!dev.broadsheet.text.Slugs.isValid(raw)) {
            add(path, Codes.SLUG_FORMAT, "must match [a-z0-9]+(-[a-z0-9]+)* and be at most "
                    + dev.broadsheet.text.Slugs.MAX_LENGTH + " characters", raw);
            return null;
        }
        return raw;
    }

    /** Checks that an optional number is positive. */
    public @Nullable Integer positive(String path, @Nullable Integer value) {
        if (value != null && value <= 0) {
            add(path, Codes.IMAGE_SIZE, "must be a positive number of pixels", value.toString());
            return null;
        }
        return value;
    }

    /**
     * Checks a list field: no null elements and at most {@code max} elements.
     *
     * @return an unmodifiable copy without the null elements
     */
    public <T> List<T> list(String path, List<? extends @Nullable T> values, int max) {
        if (values.size() > max) {
            add(path, Codes.TOO_MANY, "must have at most " + max + " entries, had " + values.size(), null);
        }
        List<T> kept = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null) {
                add(path + "/" + i, Codes.REQUIRED, "must not be null", null);
            } else {
                kept.add(v);
            }
        }
        return List.copyOf(kept);
    }

    /** Checks that {@code later} is not before {@code earlier} when both are present. */
    public void order(String path, java.time.@Nullable Instant earlier, java.time.@Nullable Instant later,
            String earlierName) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            add(path, Codes.DATE_ORDER, "must not be before " + earlierName + " (" + earlier + ")", later.toString());
        }
    }

    private static String strip(String s) {
        return s.strip();
    }
}
