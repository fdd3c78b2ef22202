package dev.broadsheet.render.email;

/**
 * The one writer of HTML mail markup: it owns escaping. Text and attribute values are escaped ({@code & < > "}),
 * tags and attribute names are the renderer's own constants, {@link #raw(String)} takes only markup jsoup wrote
 * from a sanitized body, and {@link #slot(Slot)} writes a per-recipient marker. Every string except a slot has the
 * marker characters replaced.
 */
final class MailWriter {

    private final StringBuilder out = new StringBuilder(8192);

    MailWriter open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    /** Opens a tag and leaves it open for {@link #attr}; finish with {@link #end()}. */
    MailWriter start(String tag) {
        out.append('<').append(tag);
        return this;
    }

    MailWriter attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value);
        out.append('"');
        return this;
    }

    /** An attribute whose value is a per-recipient slot. */
    MailWriter attr(String name, Slot value) {
        out.append(' ').append(name).append("=\"").append(value.marker()).append('"');
        return this;
    }

    MailWriter end() {
        out.append('>');
        return this;
    }

    MailWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    MailWriter text(String text) {
        escape(text);
        return this;
    }

    MailWriter slot(Slot slot) {
        out.append(slot.marker());
        return this;
    }

    /** Markup jsoup wrote from a sanitized, converted body; never user input as it came. */
    MailWriter raw(String markup) {
        out.append(Slot.scrub(markup));
        return this;
    }

    MailWriter markup(String constant) {
        out.append(constant);
        return this;
    }

    private void escape(String s) {
        escapeTo(Slot.scrub(s), out);
    }

    /**
     * Escapes a stamped value the same way ({@code & < > "}), for text and attribute positions alike.
     *
     * @param s the value
     * @param to where to append it
     */
    static void escapeTo(String s, StringBuilder to) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> to.append("&amp;");
                case '<' -> to.append("&lt;");
                case '>' -> to.append("&gt;");
                case '"' -> to.append("&quot;");
                default -> to.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
