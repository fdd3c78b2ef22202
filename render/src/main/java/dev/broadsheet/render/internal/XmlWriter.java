package dev.broadsheet.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes the XML of feeds and sitemaps, to characters or UTF-8 bytes, and is the only place those formats escape.
 *
 * <ul>
 *   <li>{@link #text(String)} escapes {@code & < >} (so {@code ]]>} never appears), writes CR as {@code &#xD;} so a
 *       parser keeps it;</li>
 *   <li>{@link #attr(String, String)} escapes {@code & < > " '} and writes tab, LF and CR as character references,
 *       so attribute-value normalisation gives back the same value;</li>
 *   <li>both drop what XML 1.0 cannot carry at all: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and
 *       unpaired surrogates.</li>
 * </ul>
 *
 * <p>There is no CDATA and no way to write unescaped text except {@link #markup(String)}, which takes constant
 * ASCII markup from the renderers (namespace declarations), never data. Element and attribute names must match
 * {@code [A-Za-z_][A-Za-z0-9_.:-]*}; anything else is a programming error ({@link IllegalArgumentException}).
 * One writer serves one render call on one thread.
 */
public final class XmlWriter {

    /** Characters XML 1.0 cannot hold even as references. */
    private static Utf8Out.Escapes.Builder dropControls(Utf8Out.Escapes.Builder b) {
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                b.replace(c, "");
            }
        }
        return b.dropNonCharacters();
    }

    /** Element content. */
    static final Utf8Out.Escapes TEXT = dropControls(Utf8Out.Escapes.builder()
            .replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\r', "&#xD;")).build();
    /** A double-quoted attribute value. */
    static final Utf8Out.Escapes ATTRIBUTE = dropControls(Utf8Out.Escapes.builder()
            .replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
            .replace('\'', "&apos;").replace('\t', "&#x9;").replace('\n', "&#xA;").replace('\r', "&#xD;")).build();

    private final TextOut out;
    /** Whether a start tag is open, waiting for attributes or its end. */
    private boolean inTag;

    private XmlWriter(TextOut out) {
        this.out = out;
    }

    /** A writer of characters. */
    public static XmlWriter to(Appendable out) {
        return new XmlWriter(TextOut.of(out));
    }

    /** A writer of UTF-8 bytes. */
    public static XmlWriter to(Utf8Out out) {
        return new XmlWriter(TextOut.of(out));
    }

    /** A writer to an output of either kind. */
    public static XmlWriter to(TextOut out) {
        return new XmlWriter(Objects.requireNonNull(out, "out"));
    }

    /** Writes the XML declaration (UTF-8) and a line break. */
    public XmlWriter declaration() {
        out.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    /** Opens a start tag; attributes may follow. */
    public XmlWriter start(String name) {
        closeTag();
        out.ascii('<');
        out.ascii(checkName(name));
        inTag = true;
        return this;
    }

    /** Writes an attribute of the open start tag, escaped. */
    public XmlWriter attr(String name, String value) {
        if (!inTag) {
            throw new IllegalStateException("no start tag is open for attribute " + name);
        }
        out.ascii(' ');
        out.ascii(checkName(name));
        out.ascii("=\"");
        out.escaped(value, ATTRIBUTE);
        out.ascii('"');
        return this;
    }

    /** Writes constant ASCII markup of the renderer's own (a namespace declaration), never data. */
    public XmlWriter markup(String constant) {
        for (int i = 0; i < constant.length(); i++) {
            char c = constant.charAt(i);
            if (c >= 0x80 || (c < 0x20 && c != '\n') || c == '&') {
                throw new IllegalArgumentException("markup must be plain ASCII, was " + constant);
            }
        }
        out.ascii(constant);
        return this;
    }

    /** Writes text content, escaped. */
    public XmlWriter text(String text) {
        closeTag();
        out.escaped(text, TEXT);
        return this;
    }

    /**
     * Writes text escaped earlier by {@link #escape(String)}: the same characters {@link #text(String)} would write
     * for it, without escaping it again.
     */
    public XmlWriter text(Escaped text) {
        closeTag();
        out.escaped(text);
        return this;
    }

    /**
     * Escapes text content once, for a text written into many documents (a feed's article bodies): what
     * {@link #text(Escaped)} then writes as it is.
     *
     * @param text the text
     * @return it escaped as {@link #text(String)} escapes it
     */
    public static Escaped escape(String text) {
        Utf8Out bytes = Utf8Out.inMemory(text.length() + (text.length() >> 3) + 16);
        bytes.escaped(text, TEXT);
        return new Escaped(bytes.toByteArray());
    }

    /**
     * XML text content escaped by {@link #escape(String)}, and the only way to write escaped text that this writer
     * did not escape in the same call. Immutable and safe to share between threads.
     */
    public static final class Escaped {

        private final byte[] utf8;
        /** The characters, decoded on first use by a writer of characters and kept (racy, like a string's hash). */
        private @Nullable String chars;

        private Escaped(byte[] utf8) {
            this.utf8 = utf8;
        }

        /** @return the number of bytes of the escaped text in UTF-8 */
        public int length() {
            return utf8.length;
        }

        /** @return the escaped text in UTF-8 (not a copy: not to be changed) */
        byte[] utf8() {
            return utf8;
        }

        /** @return the escaped text */
        String chars() {
            String c = chars;
            if (c == null) {
                c = new String(utf8, StandardCharsets.UTF_8);
                chars = c;
            }
            return c;
        }
    }

    /** Ends the open start tag as an empty element ({@code />}). */
    public XmlWriter endEmpty() {
        if (!inTag) {
            throw new IllegalStateException("no start tag is open");
        }
        out.ascii("/>");
        inTag = false;
        return this;
    }

    /** Writes an end tag. */
    public XmlWriter end(String name) {
        closeTag();
        out.ascii("</");
        out.ascii(checkName(name));
        out.ascii('>');
        return this;
    }

    /**
     * Writes plain text that a reader will parse as HTML (an RSS {@code description}): escaped for HTML, then for
     * XML, so {@code <b>} in the text shows as {@code <b>} and never becomes markup.
     */
    public XmlWriter htmlText(String plain) {
        StringBuilder sb = null;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(plain.length() + 16).append(plain, 0, i);
            }
            if (sb != null) {
                if (r == null) {
                    sb.append(c);
                } else {
                    sb.append(r);
                }
            }
        }
        return text(sb == null ? plain : sb.toString());
    }

    /** Writes {@code <name>text</name>}. */
    public XmlWriter element(String name, String text) {
        return start(name).text(text).end(name);
    }

    /** Writes a line break between elements, for people who read the XML. */
    public XmlWriter newline() {
        closeTag();
        out.ascii('\n');
        return this;
    }

    /** Ends the output. */
    public void finish() {
        closeTag();
        out.finish();
    }

    private void closeTag() {
        if (inTag) {
            out.ascii('>');
            inTag = false;
        }
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        boolean ok = !name.isEmpty();
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            ok = letter || (i > 0 && ((c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':'));
        }
        if (!ok) {
            throw new IllegalArgumentException("not an XML name this writer takes: " + name);
        }
        return name;
    }
}
