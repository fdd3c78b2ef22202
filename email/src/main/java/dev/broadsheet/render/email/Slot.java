package dev.broadsheet.render.email;

/**
 * A per-recipient hole in a rendered message. A template is rendered with a marker in each hole — two
 * private-use characters around a letter, which no content can produce because the writers replace those
 * characters in everything else they write — and stamping fills the holes.
 */
enum Slot {
    /** "Hello Ana," or "Hello," when the recipient has no name. */
    GREETING,
    /** The recipient's unsubscribe URL with its signed token. */
    UNSUBSCRIBE_URL,
    /** The recipient's confirmation URL with its signed token. */
    CONFIRM_URL;

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /** @return the marker written where this slot is */
    String marker() {
        return "" + OPEN + (char) ('A' + ordinal()) + CLOSE;
    }

    /**
     * @param c a character of content
     * @return the character, or U+FFFD for the two marker characters
     */
    static char scrub(char c) {
        return c == OPEN || c == CLOSE ? '\uFFFD' : c;
    }

    /**
     * @param s content
     * @return the content with the marker characters replaced by U+FFFD
     */
    static String scrub(String s) {
        return s.indexOf(OPEN) < 0 && s.indexOf(CLOSE) < 0 ? s : s.replace(OPEN, '\uFFFD').replace(CLOSE, '\uFFFD');
    }
}
