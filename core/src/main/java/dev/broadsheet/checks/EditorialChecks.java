package dev.broadsheet.checks;

import dev.broadsheet.html.SanitizerReport;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Image;
import dev.broadsheet.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs the editorial {@link Rule rules} of a {@link CheckPolicy} on articles: the engine to the policy, the way
 * {@link dev.broadsheet.html.Sanitizer} is to {@link dev.broadsheet.html.HtmlPolicy}. Immutable and thread-safe;
 * build one and share it.
 *
 * <pre>{@code
 * EditorialChecks checks = EditorialChecks.builder()
 *         .policy(CheckPolicy.builder().siteUrl("https://news.example.com/").build())
 *         .linkResolver(url -> store.contains(url) ? Target.LIVE : Target.UNKNOWN)
 *         .build();
 * List<Finding> findings = checks.check(articleBuilder); // validation errors, or warnings and notices
 * }</pre>
 *
 * <p>Findings come in a stable order: the article's fields in the order of its JSON form, then the body from top
 * to bottom. Each is a {@link Violation} (JSON pointer path, stable code, message, the offending value shortened)
 * with a severity; nothing is thrown for any content.
 *
 * @since 0.2.0
 */
public final class EditorialChecks {

    private static final EditorialChecks DEFAULTS = builder().build();

    private final CheckPolicy policy;
    private final LinkResolver linkResolver;

    private EditorialChecks(Builder b) {
        this.policy = b.policy;
        this.linkResolver = b.linkResolver;
    }

    /** @return checks with {@link CheckPolicy#defaults()} and {@link LinkResolver#none()} */
    public static EditorialChecks defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the policy */
    public CheckPolicy policy() {
        return policy;
    }

    /**
     * Validates an article being edited and, when it is valid, checks it: validation errors (severity
     * {@link Severity#ERROR}, the builder's violations unchanged) or the editorial findings, never both.
     *
     * @param article the builder, which is not changed
     * @return the findings, empty when there is nothing to say
     */
    public List<Finding> check(Article.Builder article) {
        Objects.requireNonNull(article, "article");
        List<Violation> violations = article.validate();
        if (!violations.isEmpty()) {
            return violations.stream().map(Finding::error).toList();
        }
        return check(article.build());
    }

    /**
     * Checks a valid article.
     *
     * @param article the article
     * @return warnings and notices (errors only where the policy raised a rule to {@link Severity#ERROR})
     */
    public List<Finding> check(Article article) {
        Objects.requireNonNull(article, "article");
        Findings out = new Findings(policy);
        headline(article, out);
        description(article, out);
        if (article.dek().isEmpty()) {
            out.add(Rule.DEK_MISSING, "/dek", "The site asks for a dek (a sub-headline) on every article.", null);
        }
        if (article.section().isEmpty()) {
            out.add(Rule.SECTION_MISSING, "/section", "The article belongs to no section.", null);
        }
        tags(article, out);
        featuredImage(article, out);
        dates(article, out);
        new BodyScan(policy, linkResolver, policy.vagueLinkTexts(article.language().orElse(null)), out)
                .scan(article.body());
        return out.list();
    }

    /**
     * What sanitizing an editor's input revealed: words glued by markup the sanitizer removed
     * ({@link Rule#TEXT_GLUED}), each with its position in the sanitized markup.
     *
     * @param report the report of {@link dev.broadsheet.html.Sanitizer#sanitizeWithReport}
     * @param path the JSON pointer of the field the input was for, such as {@code /body}
     * @return the findings
     */
    public List<Finding> check(SanitizerReport report, String path) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(path, "path");
        Findings out = new Findings(policy);
        for (SanitizerReport.Glue g : report.gluedWords()) {
            out.add(Rule.TEXT_GLUED, path, "Two words are glued where markup was removed, at character "
                    + g.position() + " of the sanitized markup: put a space between them.", g.text());
        }
        return out.list();
    }

    private void headline(Article a, Findings out) {
        int n = a.headline().codePointCount(0, a.headline().length());
        if (n > policy.maxHeadline()) {
            out.add(Rule.HEADLINE_TOO_LONG, "/headline", "The headline has " + n + " characters; search results cut"
                    + " it after " + policy.maxHeadline() + ".", a.headline());
        }
    }

    private void description(Article a, Findings out) {
        Optional<String> d = a.description().filter(s -> !s.isBlank());
        if (d.isEmpty()) {
            out.add(Rule.DESCRIPTION_MISSING, "/description", "The article has no description; search engines"
                    + " and social previews will make one up.", null);
            return;
        }
        String text = d.get();
        int n = text.codePointCount(0, text.length());
        if (n < policy.minDescription()) {
            out.add(Rule.DESCRIPTION_TOO_SHORT, "/description", "The description has " + n + " characters; aim for"
                    + " at least " + policy.minDescription() + ".", text);
        } else if (n > policy.maxDescription()) {
            out.add(Rule.DESCRIPTION_TOO_LONG, "/description", "The description has " + n + " characters; search"
                    + " results cut it after " + policy.maxDescription() + ".", text);
        }
        if (BodyScan.normalise(text).equals(BodyScan.normalise(a.headline()))) {
            out.add(Rule.DESCRIPTION_SAME_AS_HEADLINE, "/description", "The description repeats the headline; say"
                    + " what the article adds.", text);
        }
    }

    private void tags(Article a, Findings out) {
        int n = a.tags().size();
        if (n == 0) {
            out.add(Rule.TAGS_MISSING, "/tags", "The article has no tags.", null);
        } else if (n > policy.maxTags()) {
            out.add(Rule.TAGS_TOO_MANY, "/tags", "The article has " + n + " tags; at most " + policy.maxTags()
                    + " keep tag pages meaningful.", null);
        }
    }

    private void featuredImage(Article a, Findings out) {
        Optional<Image> maybe = a.featuredImage();
        if (maybe.isEmpty()) {
            out.add(Rule.IMAGE_MISSING, "/featuredImage", "The article has no featured image, so large previews"
                    + " show none.", null);
            return;
        }
        Image image = maybe.get();
        Optional<Integer> width = image.width();
        if (width.isEmpty()) {
            out.add(Rule.IMAGE_TOO_NARROW, "/featuredImage/width", "The featured image's width is unknown; large"
                    + " previews need at least " + policy.minImageWidth() + " pixels.", null);
        } else if (width.get() < policy.minImageWidth()) {
            out.add(Rule.IMAGE_TOO_NARROW, "/featuredImage/width", "The featured image is " + width.get()
                    + " pixels wide; large previews need at least " + policy.minImageWidth() + ".",
                    String.valueOf(width.get()));
        }
        for (List<Integer> ratio : policy.imageRatios()) {
            int rw = ratio.get(0);
            int rh = ratio.get(1);
            boolean self = image.width().isPresent() && image.height().isPresent()
                    && (long) image.width().get() * rh == (long) image.height().get() * rw;
            if (!self && image.rendition(rw, rh).isEmpty()) {
                out.add(Rule.IMAGE_RATIO_MISSING, "/featuredImage/renditions", "The featured image has no " + rw
                        + ":" + rh + " rendition.", null);
            }
        }
        if (!image.decorative()) {
            Optional<String> alt = image.alt().filter(s -> !s.isBlank());
            if (alt.isEmpty()) {
                out.add(Rule.IMAGE_ALT_MISSING, "/featuredImage/alt", "The featured image has no alt text.", null);
            } else if (BodyScan.isFileName(alt.get(), image.url())) {
                out.add(Rule.IMAGE_ALT_FILE_NAME, "/featuredImage/alt", "The featured image's alt text is its file"
                        + " name; describe the picture.", alt.get());
            }
        }
    }

    private void dates(Article a, Findings out) {
        if (a.publishedAt().isEmpty() || a.modifiedAt().isEmpty()) {
            return;
        }
        Instant graceEnd = a.publishedAt().get().plus(policy.correctionGrace());
        Instant modified = a.modifiedAt().get();
        if (!modified.isAfter(graceEnd)) {
            return;
        }
        for (Correction c : a.corrections()) {
            if (c.at().isAfter(graceEnd)) {
                return;
            }
        }
        out.add(Rule.MODIFIED_WITHOUT_CORRECTION, "/modifiedAt", "The article was changed more than "
                + policy.correctionGrace().toHours() + " hours after publication without a correction note; say"
                + " what changed.", modified.toString());
    }

    /** Builds {@link EditorialChecks}. */
    public static final class Builder {

        private CheckPolicy policy = CheckPolicy.defaults();
        private LinkResolver linkResolver = LinkResolver.none();

        private Builder() {
        }

        /**
         * @param policy the rules and thresholds; default {@link CheckPolicy#defaults()}
         * @return this builder
         */
        public Builder policy(CheckPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param linkResolver what internal links point at; default {@link LinkResolver#none()} (all live)
         * @return this builder
         */
        public Builder linkResolver(LinkResolver linkResolver) {
            this.linkResolver = Objects.requireNonNull(linkResolver, "linkResolver");
            return this;
        }

        /** @return the checks */
        public EditorialChecks build() {
            return new EditorialChecks(this);
        }
    }

    /** Collects findings, dropping those of switched-off rules. */
    static final class Findings {
        private final CheckPolicy policy;
        private final List<Finding> list = new ArrayList<>();

        Findings(CheckPolicy policy) {
            this.policy = policy;
        }

        void add(Rule rule, String path, String message, @Nullable String value) {
            policy.severity(rule).ifPresent(s -> list.add(new Finding(s, new Violation(path, rule.code(), message,
                    value))));
        }

        boolean wants(Rule rule) {
            return policy.enabled(rule);
        }

        List<Finding> list() {
            return List.copyOf(list);
        }
    }
}
