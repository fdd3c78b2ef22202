package dev.broadsheet.checks;

/**
 * How much a {@link Finding} matters. Only {@link #ERROR} corresponds to a broken model rule (a
 * {@link dev.broadsheet.validation.Violation} that makes {@code build()} throw); warnings and notices never block
 * building or saving a value.
 *
 * <p>Constants are declared from the most to the least serious, so {@link #compareTo} orders by seriousness and
 * {@link #atLeast(Severity)} reads naturally.
 *
 * @since 0.2.0
 */
public enum Severity {
    /** The value breaks a model rule and cannot be built. */
    ERROR,
    /** The value can be published, but an editor should fix this first (a search engine or reader will suffer). */
    WARNING,
    /** Worth a look; often a matter of house style. */
    NOTICE;

    /**
     * Whether this severity is as serious as {@code other} or more.
     *
     * @param other the threshold
     * @return true for {@code ERROR.atLeast(WARNING)}, false for {@code NOTICE.atLeast(WARNING)}
     */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /**
     * The lower-case name used in reports, such as {@code warning}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
