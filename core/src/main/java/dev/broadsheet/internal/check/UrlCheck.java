package dev.broadsheet.internal.check;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** TEMPORARY: replaced by the text branch. */
public final class UrlCheck {
    private UrlCheck() {
    }

    public static @Nullable String absoluteHttp(Problems p, String path, @Nullable String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                p.add(path, Codes.REQUIRED, "is required", raw);
            }
            return null;
        }
        String s = raw.strip();
        try {
            URI u = new URI(s);
            if (u.getScheme() == null) {
                p.add(path, Codes.URL_RELATIVE, "must be absolute", s);
                return null;
            }
            if (!u.getScheme().equalsIgnoreCase("http") && !u.getScheme().equalsIgnoreCase("https")) {
                p.add(path, Codes.URL_SCHEME, "must be http or https", s);
                return null;
            }
            return s;
        } catch (Exception e) {
            p.add(path, Codes.URL_INVALID, "is not a valid URL", s);
            return null;
        }
    }
}
