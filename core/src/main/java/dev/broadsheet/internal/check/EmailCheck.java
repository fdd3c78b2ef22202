package dev.broadsheet.internal.check;

import dev.broadsheet.validation.EmailPolicy;
import org.jspecify.annotations.Nullable;

/** TEMPORARY: replaced by the text branch. */
public final class EmailCheck {
    private EmailCheck() {
    }

    public static @Nullable String email(Problems p, String path, @Nullable String raw, EmailPolicy policy,
            boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                p.add(path, Codes.REQUIRED, "is required", null);
            }
            return null;
        }
        String s = raw.strip();
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            p.addRedacted(path, "email.invalid", "is not an email address");
            return null;
        }
        return s.substring(0, at) + "@" + s.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
