package dev.broadsheet.json;

import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** Turns the problems of one document into an exception, without echoes. */
final class Violations {

    private Violations() {
    }

    /**
     * Throws when there are problems. A "missing" violation ({@code required}, {@code date.required}) at a path
     * where, or under which, a more specific violation exists is dropped: the value was given but could not be read,
     * which the specific violation already explains.
     */
    static void throwIfAny(String what, Problems problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Violation> all = problems.list();
        List<Violation> kept = new ArrayList<>(all.size());
        java.util.NavigableSet<String> paths = new java.util.TreeSet<>();
        java.util.Set<String> specific = new java.util.HashSet<>();
        for (Violation v : all) {
            paths.add(v.path());
            if (!isMissing(v)) {
                specific.add(v.path());
            }
        }
        for (Violation v : all) {
            if (!(isMissing(v) && (specific.contains(v.path()) || hasNested(paths, v.path())))) {
                kept.add(v);
            }
        }
        throw new ValidationException(what, kept.isEmpty() ? all : kept);
    }

    private static boolean isMissing(Violation v) {
        return v.code().equals(Codes.REQUIRED) || v.code().equals(Codes.DATE_REQUIRED);
    }

    private static boolean hasNested(java.util.NavigableSet<String> paths, String path) {
        String prefix = path + "/";
        String next = paths.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }
}
