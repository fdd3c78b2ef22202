package dev.broadsheet.validation;

/** TEMPORARY: replaced by the text branch. */
public final class EmailPolicy {
    private static final EmailPolicy STRICT = new EmailPolicy();

    private EmailPolicy() {
    }

    /**
     * The default.
     *
     * @return strict
     */
    public static EmailPolicy strict() {
        return STRICT;
    }
}
