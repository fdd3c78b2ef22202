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

    private final List<Violation> found = new ArrayList<>();

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
        found.add(new Violation(path, code, message, rejected));
    }

    public void addRedacted(String path, String code, String message) {
        found.add(Violation.redacted(path, code, message));
    }

    public void addAll(String prefix, List<Violation> violations) {
        for (Violation v : violations) {
            found.add(v.under(prefix));
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny(String what) {
        if (!found.isEmpty()) {
            throw new ValidationException(what, found);
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
