package dev.broadsheet.internal.check;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** TEMPORARY: replaced by the text branch. */
public final class Formats {
    private Formats() {
    }

    public static @Nullable String languageTag(Problems p, String path, @Nullable String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                p.add(path, Codes.REQUIRED, "is required", null);
            }
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(raw.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            p.add(path, Codes.LANGUAGE_INVALID, "is not a well-formed BCP 47 language tag", raw);
            return null;
        }
    }

    public static @Nullable String ip(Problems p, String path, @Nullable String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
