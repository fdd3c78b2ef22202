package dev.broadsheet.internal.check;

/** The stable violation codes used across the model; the javadoc of {@code Violation} explains codes. */
public final class Codes {

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "too_long";
    public static final String TOO_MANY = "too_many";
    public static final String DUPLICATE = "duplicate";
    public static final String ID_FORMAT = "id.format";
    public static final String SLUG_FORMAT = "slug.format";
    public static final String URL_INVALID = "url.invalid";
    public static final String URL_SCHEME = "url.scheme";
    public static final String URL_RELATIVE = "url.relative";
    public static final String URL_USERINFO = "url.userinfo";
    public static final String EMAIL_INVALID = "email.invalid";
    public static final String LANGUAGE_INVALID = "language.invalid";
    public static final String IP_INVALID = "ip.invalid";
    public static final String DATE_ORDER = "date.order";
    public static final String DATE_REQUIRED = "date.required";
    public static final String TEXT_BIDI_CONTROL = "text.bidi_control";
    public static final String TEXT_INVISIBLE = "text.invisible";
    public static final String TEXT_SURROGATE = "text.surrogate";
    public static final String TAG_COMMA = "tag.comma";
    public static final String IMAGE_SIZE = "image.size";
    public static final String IMAGE_ALT = "image.alt";
    public static final String STATUS = "status";
    public static final String DEPTH = "depth";

    private Codes() {
    }
}
