package dev.broadsheet.checks;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which editorial {@link Rule rules} run, at which {@link Severity}, with which thresholds. Immutable and
 * thread-safe; build one per site and share it.
 *
 * <pre>{@code
 * CheckPolicy policy = CheckPolicy.builder()
 *         .siteUrl("https://news.example.com/")
 *         .requireDek(true)
 *         .maxTags(10)
 *         .disable(Rule.IMAGE_MISSING)
 *         .severity(Rule.SECTION_MISSING, Severity.ERROR)
 *         .build();
 * }</pre>
 *
 * <p>Every option has a named default: {@link #defaults()} is what {@code builder().build()} gives.
 *
 * @since 0.2.0
 */
public final class CheckPolicy {

    /** Default {@link #maxHeadline()}: Google's Article guideline. */
    public static final int DEFAULT_MAX_HEADLINE = 110;
    /** Default {@link #minDescription()}. */
    public static final int DEFAULT_MIN_DESCRIPTION = 50;
    /** Default {@link #maxDescription()}: about what search results show. */
    public static final int DEFAULT_MAX_DESCRIPTION = 160;
    /** Default {@link #minImageWidth()}: Google's minimum for large previews. */
    public static final int DEFAULT_MIN_IMAGE_WIDTH = 1200;
    /** Default {@link #maxParagraphWords()}. */
    public static final int DEFAULT_MAX_PARAGRAPH_WORDS = 150;
    /** Default {@link #maxTags()}. */
    public static final int DEFAULT_MAX_TAGS = 15;
    /** Default {@link #correctionGrace()}: two days. */
    public static final Duration DEFAULT_CORRECTION_GRACE = Duration.ofDays(2);
    /** Default {@link #imageRatios()}: 16:9, 4:3 and 1:1, as {@code {width, height}} pairs. */
    public static final List<List<Integer>> DEFAULT_IMAGE_RATIOS = List.of(List.of(16, 9), List.of(4, 3),
            List.of(1, 1));
    /** Default {@link #vagueLinkTexts()}, per primary language subtag. */
    public static final Map<String, Set<String>> DEFAULT_VAGUE_LINK_TEXTS = Map.of(
            "en", Set.of("here", "click here", "click", "this link", "link", "click this link"),
            "az", Set.of("burada", "bura", "buraya", "bura klikləyin", "buraya klikləyin", "buraya basın",
                    "bura basın", "keçid", "linkə klikləyin"),
            "ru", Set.of("здесь", "тут", "сюда", "нажмите здесь", "нажмите сюда", "кликните здесь", "жмите здесь",
                    "ссылка", "по ссылке"),
            "ar", Set.of("هنا", "اضغط هنا", "انقر هنا", "اضغط", "انقر", "من هنا", "الرابط"));

    private static final CheckPolicy DEFAULTS = builder().build();

    private final Map<Rule, Severity> severities;
    private final @Nullable String siteUrl;
    private final int maxHeadline;
    private final int minDescription;
    private final int maxDescription;
    private final int minImageWidth;
    private final int maxParagraphWords;
    private final int maxTags;
    private final boolean requireDek;
    private final Duration correctionGrace;
    private final List<List<Integer>> imageRatios;
    private final Map<String, Set<String>> vagueLinkTexts;
    private final Set<String> allVagueLinkTexts;

    private CheckPolicy(Builder b) {
        this.severities = new EnumMap<>(b.severities);
        this.siteUrl = b.siteUrl;
        this.maxHeadline = b.maxHeadline;
        this.minDescription = b.minDescription;
        this.maxDescription = b.maxDescription;
        this.minImageWidth = b.minImageWidth;
        this.maxParagraphWords = b.maxParagraphWords;
        this.maxTags = b.maxTags;
        this.requireDek = b.requireDek;
        this.correctionGrace = b.correctionGrace;
        this.imageRatios = List.copyOf(b.imageRatios);
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        b.vagueLinkTexts.forEach((lang, set) -> {
            texts.put(lang, Set.copyOf(set));
            all.addAll(set);
        });
        this.vagueLinkTexts = Map.copyOf(texts);
        this.allVagueLinkTexts = Set.copyOf(all);
    }

    /**
     * The default policy: every rule on at its default severity, except {@link Rule#DEK_MISSING}, which needs
     * {@link Builder#requireDek(boolean)}; no site URL, so internal links are only those starting with {@code /}.
     *
     * @return the shared default policy
     */
    public static CheckPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this policy */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Whether a rule runs.
     *
     * @param rule the rule
     * @return false when switched off (and for {@link Rule#DEK_MISSING} unless {@link #requireDek()})
     */
    public boolean enabled(Rule rule) {
        return severities.containsKey(rule) && (rule != Rule.DEK_MISSING || requireDek);
    }

    /**
     * The severity a rule's findings get.
     *
     * @param rule the rule
     * @return its severity, or empty when it is switched off
     */
    public Optional<Severity> severity(Rule rule) {
        return enabled(rule) ? Optional.of(severities.get(rule)) : Optional.empty();
    }

    /** @return the site's base URL (links starting with it are internal), or null when not set; default null */
    public @Nullable String siteUrl() {
        return siteUrl;
    }

    /** @return longest headline without a finding, in characters; default {@value #DEFAULT_MAX_HEADLINE} */
    public int maxHeadline() {
        return maxHeadline;
    }

    /** @return shortest description without a finding, in characters; default {@value #DEFAULT_MIN_DESCRIPTION} */
    public int minDescription() {
        return minDescription;
    }

    /** @return longest description without a finding, in characters; default {@value #DEFAULT_MAX_DESCRIPTION} */
    public int maxDescription() {
        return maxDescription;
    }

    /** @return narrowest featured image without a finding, in pixels; default {@value #DEFAULT_MIN_IMAGE_WIDTH} */
    public int minImageWidth() {
        return minImageWidth;
    }

    /** @return most words in a paragraph without a finding; default {@value #DEFAULT_MAX_PARAGRAPH_WORDS} */
    public int maxParagraphWords() {
        return maxParagraphWords;
    }

    /** @return most tags without a finding; default {@value #DEFAULT_MAX_TAGS} */
    public int maxTags() {
        return maxTags;
    }

    /** @return whether articles need a dek; default false */
    public boolean requireDek() {
        return requireDek;
    }

    /** @return how long after publication a change needs no correction; default two days */
    public Duration correctionGrace() {
        return correctionGrace;
    }

    /** @return the aspect ratios a featured image should come in, as {@code {width, height}} pairs */
    public List<List<Integer>> imageRatios() {
        return imageRatios;
    }

    /**
     * Link texts reported by {@link Rule#LINK_VAGUE}, per primary language subtag (lower case, as compared after
     * lower-casing the link text, collapsing its spaces and dropping final punctuation). An article in a language
     * without an entry, or without a language, is checked against all of them.
     *
     * @return the texts per language; default {@link #DEFAULT_VAGUE_LINK_TEXTS}
     */
    public Map<String, Set<String>> vagueLinkTexts() {
        return vagueLinkTexts;
    }

    Set<String> vagueLinkTexts(@Nullable String language) {
        if (language == null) {
            return allVagueLinkTexts;
        }
        int dash = language.indexOf('-');
        String primary = (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
        Set<String> texts = vagueLinkTexts.get(primary);
        return texts == null ? allVagueLinkTexts : texts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckPolicy p && severities.equals(p.severities) && Objects.equals(siteUrl, p.siteUrl)
                && maxHeadline == p.maxHeadline && minDescription == p.minDescription
                && maxDescription == p.maxDescription && minImageWidth == p.minImageWidth
                && maxParagraphWords == p.maxParagraphWords && maxTags == p.maxTags && requireDek == p.requireDek
                && correctionGrace.equals(p.correctionGrace) && imageRatios.equals(p.imageRatios)
                && vagueLinkTexts.equals(p.vagueLinkTexts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severities, siteUrl, maxHeadline, minDescription, maxDescription, minImageWidth,
                maxParagraphWords, maxTags, requireDek, correctionGrace, imageRatios, vagueLinkTexts);
    }

    @Override
    public String toString() {
        return "CheckPolicy[rules=" + severities + ", siteUrl=" + siteUrl + ", maxHeadline=" + maxHeadline
                + ", description=" + minDescription + ".." + maxDescription + ", minImageWidth=" + minImageWidth
                + ", maxParagraphWords=" + maxParagraphWords + ", maxTags=" + maxTags + ", requireDek="
                + requireDek + ", correctionGrace=" + correctionGrace + "]";
    }

    /** Builds a {@link CheckPolicy}; every option starts at its stated default. */
    public static final class Builder {

        private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
        private @Nullable String siteUrl;
        private int maxHeadline = DEFAULT_MAX_HEADLINE;
        private int minDescription = DEFAULT_MIN_DESCRIPTION;
        private int maxDescription = DEFAULT_MAX_DESCRIPTION;
        private int minImageWidth = DEFAULT_MIN_IMAGE_WIDTH;
        private int maxParagraphWords = DEFAULT_MAX_PARAGRAPH_WORDS;
        private int maxTags = DEFAULT_MAX_TAGS;
        private boolean requireDek;
        private Duration correctionGrace = DEFAULT_CORRECTION_GRACE;
        private List<List<Integer>> imageRatios = DEFAULT_IMAGE_RATIOS;
        private final Map<String, Set<String>> vagueLinkTexts = new LinkedHashMap<>(DEFAULT_VAGUE_LINK_TEXTS);

        private Builder() {
            for (Rule r : Rule.values()) {
                severities.put(r, r.defaultSeverity());
            }
        }

        private Builder(CheckPolicy p) {
            severities.putAll(p.severities);
            siteUrl = p.siteUrl;
            maxHeadline = p.maxHeadline;
            minDescription = p.minDescription;
            maxDescription = p.maxDescription;
            minImageWidth = p.minImageWidth;
            maxParagraphWords = p.maxParagraphWords;
            maxTags = p.maxTags;
            requireDek = p.requireDek;
            correctionGrace = p.correctionGrace;
            imageRatios = p.imageRatios;
            vagueLinkTexts.clear();
            vagueLinkTexts.putAll(p.vagueLinkTexts);
        }

        /**
         * Switches rules off.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder disable(Rule... rules) {
            for (Rule r : rules) {
                severities.remove(Objects.requireNonNull(r, "rules"));
            }
            return this;
        }

        /**
         * Switches a rule on (again) at a severity. {@link Severity#ERROR} makes the check command fail on it.
         *
         * @param rule the rule
         * @param severity its severity
         * @return this builder
         */
        public Builder severity(Rule rule, Severity severity) {
            severities.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * @param siteUrl the site's absolute http(s) base URL, such as {@code https://news.example.com/}; null for
         *     none (default)
         * @return this builder
         * @throws IllegalArgumentException when not an http(s) URL
         */
        public Builder siteUrl(@Nullable String siteUrl) {
            if (siteUrl != null && !(siteUrl.startsWith("https://") || siteUrl.startsWith("http://"))) {
                throw new IllegalArgumentException("siteUrl: must start with http:// or https://, got \""
                        + siteUrl + "\"");
            }
            this.siteUrl = siteUrl;
            return this;
        }

        /**
         * @param maxHeadline longest headline without a finding, at least 1; default {@value #DEFAULT_MAX_HEADLINE}
         * @return this builder
         */
        public Builder maxHeadline(int maxHeadline) {
            this.maxHeadline = positive("maxHeadline", maxHeadline);
            return this;
        }

        /**
         * @param minDescription shortest description without a finding, at least 0; default
         *     {@value #DEFAULT_MIN_DESCRIPTION}
         * @return this builder
         */
        public Builder minDescription(int minDescription) {
            if (minDescription < 0) {
                throw new IllegalArgumentException("minDescription: must not be negative, got " + minDescription);
            }
            this.minDescription = minDescription;
            return this;
        }

        /**
         * @param maxDescription longest description without a finding, at least 1; default
         *     {@value #DEFAULT_MAX_DESCRIPTION}
         * @return this builder
         */
        public Builder maxDescription(int maxDescription) {
            this.maxDescription = positive("maxDescription", maxDescription);
            return this;
        }

        /**
         * @param minImageWidth narrowest featured image without a finding, in pixels, at least 1; default
         *     {@value #DEFAULT_MIN_IMAGE_WIDTH}
         * @return this builder
         */
        public Builder minImageWidth(int minImageWidth) {
            this.minImageWidth = positive("minImageWidth", minImageWidth);
            return this;
        }

        /**
         * @param maxParagraphWords most words in a paragraph without a finding, at least 1; default
         *     {@value #DEFAULT_MAX_PARAGRAPH_WORDS}
         * @return this builder
         */
        public Builder maxParagraphWords(int maxParagraphWords) {
            this.maxParagraphWords = positive("maxParagraphWords", maxParagraphWords);
            return this;
        }

        /**
         * @param maxTags most tags without a finding, at least 1; default {@value #DEFAULT_MAX_TAGS}
         * @return this builder
         */
        public Builder maxTags(int maxTags) {
            this.maxTags = positive("maxTags", maxTags);
            return this;
        }

        /**
         * @param requireDek whether {@link Rule#DEK_MISSING} runs; default false
         * @return this builder
         */
        public Builder requireDek(boolean requireDek) {
            this.requireDek = requireDek;
            return this;
        }

        /**
         * @param grace how long after publication a change needs no correction, not negative; default two days
         * @return this builder
         */
        public Builder correctionGrace(Duration grace) {
            Objects.requireNonNull(grace, "grace");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("grace: must not be negative, got " + grace);
            }
            this.correctionGrace = grace;
            return this;
        }

        /**
         * @param ratios aspect ratios a featured image should come in, each a {@code {width, height}} pair of
         *     positive numbers; default 16:9, 4:3 and 1:1
         * @return this builder
         */
        public Builder imageRatios(List<List<Integer>> ratios) {
            Objects.requireNonNull(ratios, "ratios");
            for (List<Integer> r : ratios) {
                if (r == null || r.size() != 2 || r.get(0) == null || r.get(1) == null || r.get(0) < 1
                        || r.get(1) < 1) {
                    throw new IllegalArgumentException("ratios: each must be two positive numbers, got " + r);
                }
            }
            this.imageRatios = List.copyOf(ratios);
            return this;
        }

        /**
         * Replaces the vague link texts of one language.
         *
         * @param language a primary language subtag such as {@code az}
         * @param texts the phrases, compared ignoring case, spacing and final punctuation; empty to check none
         * @return this builder
         */
        public Builder vagueLinkTexts(String language, Set<String> texts) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(texts, "texts");
            Set<String> normal = new LinkedHashSet<>();
            for (String t : texts) {
                normal.add(BodyScan.normalise(Objects.requireNonNull(t, "texts")));
            }
            vagueLinkTexts.put(language.toLowerCase(Locale.ROOT), normal);
            return this;
        }

        /** @return the policy */
        public CheckPolicy build() {
            return new CheckPolicy(this);
        }

        private static int positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + ": must be at least 1, got " + value);
            }
            return value;
        }
    }
}
