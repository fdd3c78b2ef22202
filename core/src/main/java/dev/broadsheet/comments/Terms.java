package dev.broadsheet.comments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Immutable word and host lists, checked when configured and matched in time linear in the text. */
final class Terms {

    private Terms() {
    }

    /** Words and phrases, matched case-insensitively on whole words. */
    static final class Words {
        static final Words NONE = new Words(List.of());

        private final List<String> entries;
        /** Phrases by their first word; each phrase as its words plus the entry as configured. */
        private final Map<String, List<Phrase>> byFirst = new HashMap<>();

        private record Phrase(List<String> words, String entry) {
        }

        Words(Collection<String> configured) {
            Set<String> kept = new LinkedHashSet<>();
            for (String entry : configured) {
                Objects.requireNonNull(entry, "word lists must not contain null");
                List<String> words = CommentText.words(CommentText.fold(entry));
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("a listed word must contain a letter or digit, was \""
                            + entry + "\"");
                }
                if (kept.add(entry)) {
                    byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, entry));
                }
            }
            this.entries = List.copyOf(kept);
        }

        List<String> entries() {
            return entries;
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        /** The entries found in the text's words, in list order of first occurrence, at most {@code limit}. */
        List<String> find(List<String> words, int limit) {
            Set<String> found = new LinkedHashSet<>();
            if (byFirst.isEmpty()) {
                return List.of();
            }
            for (int i = 0; i < words.size() && found.size() < limit; i++) {
                List<Phrase> candidates = byFirst.get(words.get(i));
                if (candidates == null) {
                    continue;
                }
                for (Phrase p : candidates) {
                    if (matchesAt(words, i, p.words())) {
                        found.add(p.entry());
                    }
                }
            }
            return List.copyOf(found);
        }

        private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
            if (at + phrase.size() > words.size()) {
                return false;
            }
            for (int k = 1; k < phrase.size(); k++) {
                if (!words.get(at + k).equals(phrase.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Hosts, each matching itself and its subdomains. */
    static final class Hosts {
        static final Hosts NONE = new Hosts(List.of());

        /** Longest DNS name, in characters. */
        static final int MAX_HOST = 253;

        private final Map<String, String> byHost = new HashMap<>();
        private final List<String> entries;

        Hosts(Collection<String> configured) {
            Set<String> kept = new LinkedHashSet<>();
            for (String entry : configured) {
                Objects.requireNonNull(entry, "host lists must not contain null");
                String h = entry.strip();
                while (h.startsWith("*.") || h.startsWith(".")) {
                    h = h.substring(h.charAt(0) == '*' ? 2 : 1);
                }
                String host = CommentText.normaliseHost(h);
                if (host == null || !isHostName(host)) {
                    throw new IllegalArgumentException("a listed host must be a host name such as spam.example,"
                            + " was \"" + entry + "\"");
                }
                byHost.putIfAbsent(host, entry);
                kept.add(entry);
            }
            this.entries = List.copyOf(kept);
        }

        List<String> entries() {
            return entries;
        }

        /**
         * The entry matching {@code host} or one of its parent domains, or null. Only the last
         * {@value #MAX_HOST} characters of a longer (and so unresolvable) host are compared, which keeps the cost
         * bounded and still catches a listed domain behind padding.
         */
        @Nullable String match(String host) {
            String h = host;
            if (h.length() > MAX_HOST) {
                int dot = h.indexOf('.', h.length() - MAX_HOST);
                if (dot < 0) {
                    return null;
                }
                h = h.substring(dot + 1);
            }
            while (true) {
                String entry = byHost.get(h);
                if (entry != null) {
                    return entry;
                }
                int dot = h.indexOf('.');
                if (dot < 0) {
                    return null;
                }
                h = h.substring(dot + 1);
            }
        }

        private static boolean isHostName(String h) {
            for (int i = 0; i < h.length(); i++) {
                char c = h.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
                if (!ok) {
                    return false;
                }
            }
            return !h.startsWith(".") && !h.contains("..");
        }
    }
}
