package dev.broadsheet.checks;

/**
 * The editorial rules, each with a stable {@link #code() code} (for programs, CI annotations and translations) and
 * a default {@link #defaultSeverity() severity}. Thresholds are options of {@link CheckPolicy}; each constant
 * names the option and its default. Every rule can be switched off or given another severity by the policy.
 *
 * @since 0.2.0
 */
public enum Rule {
    /**
     * The headline is longer than {@link CheckPolicy#maxHeadline()} characters (default
     * {@value CheckPolicy#DEFAULT_MAX_HEADLINE}, Google's Article guideline), so search results cut it.
     */
    HEADLINE_TOO_LONG("headline.too_long", Severity.WARNING),
    /** There is no description, so search engines and social previews make one up from the body. */
    DESCRIPTION_MISSING("description.missing", Severity.WARNING),
    /**
     * The description is shorter than {@link CheckPolicy#minDescription()} characters (default
     * {@value CheckPolicy#DEFAULT_MIN_DESCRIPTION}).
     */
    DESCRIPTION_TOO_SHORT("description.too_short", Severity.NOTICE),
    /**
     * The description is longer than {@link CheckPolicy#maxDescription()} characters (default
     * {@value CheckPolicy#DEFAULT_MAX_DESCRIPTION}), where search results cut it.
     */
    DESCRIPTION_TOO_LONG("description.too_long", Severity.WARNING),
    /** The description repeats the headline (ignoring case, spacing and final punctuation). */
    DESCRIPTION_SAME_AS_HEADLINE("description.same_as_headline", Severity.WARNING),
    /** There is no featured image, so large previews in search, news apps and social networks show none. */
    IMAGE_MISSING("image.missing", Severity.NOTICE),
    /**
     * The featured image is narrower than {@link CheckPolicy#minImageWidth()} pixels (default
     * {@value CheckPolicy#DEFAULT_MIN_IMAGE_WIDTH}, Google's minimum for large previews), or its width is unknown.
     */
    IMAGE_TOO_NARROW("image.too_narrow", Severity.WARNING),
    /**
     * The featured image lacks one of the aspect ratios of {@link CheckPolicy#imageRatios()} (default 16:9, 4:3 and
     * 1:1, the ones Google asks for), counting the image itself and its renditions.
     */
    IMAGE_RATIO_MISSING("image.ratio_missing", Severity.NOTICE),
    /**
     * The featured image has no alt text and is not {@link dev.broadsheet.model.Image#decorative() decorative}, or
     * an image in the body has an empty alt text. The sanitizer writes {@code alt=""} on body images that had none,
     * so in a body a missing alt and a decorative one look alike and both are reported.
     */
    IMAGE_ALT_MISSING("image.alt_missing", Severity.WARNING),
    /** An image's alt text is its file name (such as {@code IMG_0042.jpg}), which tells a screen-reader user nothing. */
    IMAGE_ALT_FILE_NAME("image.alt_file_name", Severity.WARNING),
    /** The body has no paragraph ({@code p} element) at all. */
    BODY_NO_PARAGRAPH("body.no_paragraph", Severity.WARNING),
    /** A link in the body has no text and no image with alt text, so nobody can tell where it leads. */
    LINK_EMPTY("link.empty", Severity.WARNING),
    /**
     * A link's whole text is a phrase like "click here" or "here" in the article's language (see
     * {@link CheckPolicy#vagueLinkTexts()}; English, Azerbaijani, Russian and Arabic by default).
     */
    LINK_VAGUE("link.vague", Severity.NOTICE),
    /** A heading in the body skips a level (an {@code h4} after an {@code h2}; the headline is the {@code h1}). */
    HEADING_SKIPS_LEVEL("heading.skips_level", Severity.NOTICE),
    /**
     * A paragraph has more than {@link CheckPolicy#maxParagraphWords()} words (default
     * {@value CheckPolicy#DEFAULT_MAX_PARAGRAPH_WORDS}).
     */
    PARAGRAPH_TOO_LONG("paragraph.too_long", Severity.NOTICE),
    /** The article has no tags. */
    TAGS_MISSING("tags.missing", Severity.NOTICE),
    /**
     * The article has more than {@link CheckPolicy#maxTags()} tags (default {@value CheckPolicy#DEFAULT_MAX_TAGS}).
     */
    TAGS_TOO_MANY("tags.too_many", Severity.NOTICE),
    /** The article belongs to no section. */
    SECTION_MISSING("section.missing", Severity.WARNING),
    /** The article has no dek although the site asks for one ({@link CheckPolicy#requireDek()}, default false). */
    DEK_MISSING("dek.missing", Severity.WARNING),
    /**
     * The article was modified more than {@link CheckPolicy#correctionGrace()} after publication (default
     * {@link CheckPolicy#DEFAULT_CORRECTION_GRACE}) and carries no correction dated after that grace period.
     */
    MODIFIED_WITHOUT_CORRECTION("modified.without_correction", Severity.NOTICE),
    /** An internal link points at an article the site does not know ({@link LinkResolver.Target#UNKNOWN}). */
    LINK_UNKNOWN_ARTICLE("link.unknown_article", Severity.WARNING),
    /** An internal link points at a withdrawn article ({@link LinkResolver.Target#WITHDRAWN}). */
    LINK_WITHDRAWN_ARTICLE("link.withdrawn_article", Severity.WARNING),
    /** The host's {@link LinkResolver} failed on a link, so it could not be checked. */
    LINK_UNRESOLVED("link.unresolved", Severity.NOTICE),
    /**
     * Two words were glued by lost markup while sanitizing: a lower-case letter followed by an upper-case one (or
     * an upper-case letter followed by a capitalised word) across the boundary of an element the sanitizer removed,
     * as in "USAEight senators". Reported with its position in the sanitized markup by
     * {@link EditorialChecks#check(dev.broadsheet.html.SanitizerReport, String)}.
     */
    TEXT_GLUED("text.glued", Severity.WARNING);

    private final String code;
    private final Severity defaultSeverity;

    Rule(String code, Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
    }

    /** @return the stable code reported in findings, such as {@code headline.too_long} */
    public String code() {
        return code;
    }

    /** @return the severity the rule has unless a policy says otherwise; never {@link Severity#ERROR} */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * The rule with this code.
     *
     * @param code a code such as {@code link.vague}
     * @return the rule
     * @throws IllegalArgumentException naming the code when no rule has it
     */
    public static Rule ofCode(String code) {
        for (Rule r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("code: no editorial rule has the code \"" + code + "\"");
    }
}
