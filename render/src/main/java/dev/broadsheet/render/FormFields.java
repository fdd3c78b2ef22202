package dev.broadsheet.render;

/**
 * The field names of the forms the renderers write, for the host's handlers that read the posted values.
 *
 * @since 0.1.0
 */
public final class FormFields {

    /** Comment form: the commenter's name. */
    public static final String NAME = "name";
    /** Comment and newsletter forms: the email address. */
    public static final String EMAIL = "email";
    /** Comment form: the commenter's website. */
    public static final String URL = "url";
    /** Comment form: the comment text. */
    public static final String COMMENT = "comment";
    /** Comment form: the article's id. */
    public static final String ARTICLE_ID = "article_id";
    /** Comment form: the id of the comment replied to, empty for a top-level comment. */
    public static final String PARENT_ID = "parent_id";
    /** Both forms: the host's CSRF token. */
    public static final String CSRF_TOKEN = "csrf_token";
    /**
     * Comment form: the honeypot. It is hidden from people and assistive technology; a bot that fills it in
     * gives itself away. It is never re-displayed.
     */
    public static final String HONEYPOT = "bs_hp";
    /** Newsletter form: the consent checkbox, {@code yes} when ticked. */
    public static final String CONSENT = "consent";
    /** Newsletter form: the version of the consent wording shown. */
    public static final String CONSENT_VERSION = "consent_version";
    /** Newsletter confirm and unsubscribe forms: the signed token. */
    public static final String TOKEN = "token";

    private FormFields() {
    }
}
