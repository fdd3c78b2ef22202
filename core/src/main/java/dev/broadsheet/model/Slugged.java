package dev.broadsheet.model;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.text.SlugStrategy;
import org.jspecify.annotations.Nullable;

/** Resolves the slug of a named value: the given one, checked, or one derived from the name. */
final class Slugged {

    private Slugged() {
    }

    /**
     * @param given the slug the caller set, if any
     * @param name the cleaned name or headline to derive from, or null when it was invalid
     * @param fallback what to derive from when the name has no letters a slug can use (an id), or null
     */
    static @Nullable String slug(Problems p, @Nullable String given, @Nullable String name, @Nullable String fallback,
            SlugStrategy strategy) {
        if (given != null && !given.isEmpty()) {
            return p.slug("/slug", given, true);
        }
        if (name == null) {
            return null; // the name's own violation explains it
        }
        String derived;
        try {
            derived = strategy.slugFor(name, fallback == null ? name : fallback);
        } catch (IllegalArgumentException e) {
            derived = ""; // neither the name nor the fallback has anything a slug can use
        }
        if (derived.isEmpty()) {
            p.add("/slug", Codes.REQUIRED,
                    "is required: none could be derived from the name, which has no letters or digits a slug can use",
                    name);
            return null;
        }
        return p.slug("/slug", derived, true);
    }
}
