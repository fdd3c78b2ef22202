package dev.broadsheet.render.html;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.internal.markup.SafeHtmlAccess;
import dev.broadsheet.render.internal.Utf8Out;
import dev.broadsheet.render.internal.Utf8Target;
import dev.broadsheet.render.internal.WriterAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML to an {@link Appendable}, escaping every string for the context it lands in. It is the only place in
 * the renderers that escapes, and {@link #raw(SafeHtml)} is the only way to write markup unescaped — so a reviewer
 * can grep for {@code raw(} to see every place markup enters a page.
 *
 * <ul>
 *   <li>{@link #text(String)} escapes {@code & < >} (and writes nothing else specially);</li>
 *   <li>{@link #attr(String, String)} escapes {@code & < > " '} inside a double-quoted value;</li>
 *   <li>{@link #urlAttr(String, String)} additionally refuses URLs whose scheme is not {@code http}, {@code https},
 *       {@code mailto} or {@code tel} (after the browser's own clean-up of whitespace and control characters) and
 *       writes {@value #BLOCKED_URL} instead; relative URLs and fragments pass;</li>
 *   <li>{@link #jsonScript(String)} writes a {@code <script type="application/ld+json">} block whose content has
 *       {@code < > &} and U+2028/U+2029 replaced by JSON escapes, so no value can end the script or open a
 *       comment.</li>
 * </ul>
 *
 * <p>Element and attribute names must be plain ASCII names ({@code [A-Za-z][A-Za-z0-9:-]*}); the one exception is
 * the attribute {@code ⚡} (U+26A1) that marks an AMP document. Anything else is a programming error and throws
 * {@link IllegalArgumentException}. I/O errors from the appendable are rethrown as {@link UncheckedIOException}.
 * A writer is used by one thread for one page.
 *
 * <p>A renderer asked for bytes ({@code render(page, Utf8Buffer)} or {@code render(page, OutputStream)}) gives its
 * parts a writer that escapes and encodes UTF-8 in the same pass, and writes sanitized markup from
 * {@link SafeHtml#utf8()}; its bytes are exactly the UTF-8 encoding of what a writer to an {@link Appendable} writes
 * for the same calls. Parts need not know which kind they write to.
 *
 * <p>Two writes besides {@link #raw(SafeHtml)} copy text as it is, and neither takes data: {@link #css(String)}
 * writes a stylesheet (raw text inside {@code <style>}, refused when it could end the element), and
 * {@link #append(HtmlWriter)} copies what a {@linkplain #buffer(int) buffered} writer holds — markup that went
 * through these same escaping methods — so a page can write its body before its head.
 *
 * <p>Escaping scans with {@link String#indexOf(int, int)}, which the JVM vectorises, remembering the next position
 * of each special character, so a string is scanned once however many characters need escaping; strings shorter
 * than 32 characters with nothing to escape are checked in one plain loop and written whole.
 *
 * @since 0.1.0
 */
public final class HtmlWriter {

    /** What {@link #urlAttr(String, String)} writes instead of a URL with a scheme it refuses. */
    public static final String BLOCKED_URL = "about:invalid#blocked";

    /** The attribute that marks an AMP document, {@code <html ⚡>}: the only name outside ASCII a writer takes. */
    private static final String AMP_ATTRIBUTE = "\u26A1";

    /** HTML text: {@code & < >}. */
    private static final Utf8Out.Escapes TEXT = Utf8Out.Escapes.builder()
            .replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").build();
    /** A double-quoted attribute value: {@code & < > " '}. */
    private static final Utf8Out.Escapes ATTRIBUTE = Utf8Out.Escapes.builder()
            .replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
            .replace('\'', "&#39;").build();
    /** JSON in a script block: what could end the element, open a comment or end a JavaScript line. */
    private static final Utf8Out.Escapes SCRIPT = Utf8Out.Escapes.builder()
            .replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026").escapeLineTerminators().build();

    static {
        WriterAccess.register(new WriterAccess.Factory() {
            @Override
            public HtmlWriter utf8(Utf8Out out) {
                return new HtmlWriter(out, false);
            }

            @Override
            public HtmlWriter bufferLike(HtmlWriter like, int capacity) {
                return like.utf8 == null ? buffer(capacity) : new HtmlWriter(Utf8Out.inMemory(capacity), true);
            }

            @Override
            public void text(HtmlWriter out, char[] text, int n) {
                out.escape(text, n, false);
            }

            @Override
            public void attr(HtmlWriter out, String name, char[] value, int n) {
                out.attrStart(name).escape(value, n, true);
                out.put('"');
            }

            @Override
            public void attr(HtmlWriter out, String name, String prefix, String value) {
                out.attrStart(name).escape(prefix, true);
                out.escape(value, true);
                out.put('"');
            }
        });
    }

    /** Where characters go; null when this writer writes bytes. */
    private final @Nullable Appendable out;
    /** Whether this writer holds its output for {@link #append(HtmlWriter)} (its output is its own buffer). */
    private final boolean buffered;
    /** {@link #out} when it is a StringBuilder, which takes character arrays without a wrapper. */
    private final @Nullable StringBuilder chars;
    /** Where bytes go; null when this writer writes characters. */
    private final @Nullable Utf8Out utf8;

    /**
     * A writer appending to {@code out}.
     *
     * @param out where the HTML goes
     */
    public HtmlWriter(Appendable out) {
        this(Objects.requireNonNull(out, "out"), false);
    }

    private HtmlWriter(Appendable out, boolean buffered) {
        this.out = out;
        this.buffered = buffered;
        this.chars = out instanceof StringBuilder sb ? sb : null;
        this.utf8 = null;
    }

    private HtmlWriter(Utf8Out utf8, boolean buffered) {
        this.out = null;
        this.buffered = buffered;
        this.chars = null;
        this.utf8 = utf8;
    }

    /**
     * A writer that keeps what it writes in memory until another writer {@linkplain #append(HtmlWriter) appends}
     * it: for a page whose head depends on its body (an AMP page lists the components its body uses).
     *
     * @param capacity the initial capacity in characters
     * @return a new buffered writer
     * @throws IllegalArgumentException when {@code capacity} is negative
     * @since 0.1.0
     */
    public static HtmlWriter buffer(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        return new HtmlWriter(new StringBuilder(capacity), true);
    }

    /**
     * Writes everything a {@linkplain #buffer(int) buffered} writer holds so far. It adds nothing unescaped of its
     * own: every character in the buffer was written through that writer's methods.
     *
     * @param buffered a writer made by {@link #buffer(int)}, not this one
     * @return this writer
     * @throws IllegalArgumentException when {@code buffered} was not made by {@link #buffer(int)}, or is this
     *     writer
     * @since 0.1.0
     */
    public HtmlWriter append(HtmlWriter buffered) {
        if (!buffered.buffered || buffered == this) {
            throw new IllegalArgumentException("buffered must be another writer made by HtmlWriter.buffer(int)");
        }
        if (buffered.utf8 != null) {
            if (utf8 != null) {
                utf8.append(buffered.utf8);
                return this;
            }
            return put(buffered.utf8.toString());
        }
        StringBuilder held = (StringBuilder) buffered.out;
        if (utf8 != null) {
            utf8.text(held.toString());
            return this;
        }
        try {
            out.append(held);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes a start tag's opening, {@code <name}; follow with attributes and {@link #close()}.
     *
     * @param name element name
     * @return this writer
     */
    public HtmlWriter open(String name) {
        checkName(name);
        return put('<').putName(name);
    }

    /**
     * Ends a start tag: {@code >}.
     *
     * @return this writer
     */
    public HtmlWriter close() {
        return put('>');
    }

    /**
     * Writes a start tag without attributes, {@code <name>}.
     *
     * @param name element name
     * @return this writer
     */
    public HtmlWriter start(String name) {
        return open(name).close();
    }

    /**
     * Writes a start tag with a class, {@code <name class="cls">}.
     *
     * @param name element name
     * @param cls class attribute value
     * @return this writer
     */
    public HtmlWriter start(String name, String cls) {
        return open(name).attr("class", cls).close();
    }

    /**
     * Writes an end tag, {@code </name>}.
     *
     * @param name element name
     * @return this writer
     */
    public HtmlWriter end(String name) {
        checkName(name);
        return put('<').put('/').putName(name).put('>');
    }

    /**
     * Writes {@code name="value"} with the value escaped.
     *
     * @param name attribute name
     * @param value attribute value, any text
     * @return this writer
     */
    public HtmlWriter attr(String name, String value) {
        attrStart(name).escape(value, true);
        return put('"');
    }

    /** Writes an attribute up to its value: {@code  name="}. */
    private HtmlWriter attrStart(String name) {
        checkAttributeName(name);
        return put(' ').putName(name).put('=').put('"');
    }

    /**
     * Writes {@code name="value"} when the value is not null.
     *
     * @param name attribute name
     * @param value attribute value, or null to write nothing
     * @return this writer
     */
    public HtmlWriter attrIfPresent(String name, @org.jspecify.annotations.Nullable String value) {
        return value == null ? this : attr(name, value);
    }

    /**
     * Writes {@code name="value"} for a whole number.
     *
     * @param name attribute name
     * @param value the number
     * @return this writer
     */
    public HtmlWriter attr(String name, long value) {
        checkAttributeName(name);
        return put(' ').putName(name).put('=').put('"').putName(Long.toString(value)).put('"');
    }

    /**
     * Writes a boolean attribute, such as {@code required}.
     *
     * @param name attribute name
     * @return this writer
     */
    public HtmlWriter attr(String name) {
        checkAttributeName(name);
        return put(' ').putName(name);
    }

    /**
     * Writes a URL attribute such as {@code href} or {@code src}: escaped, and replaced by {@value #BLOCKED_URL}
     * when its scheme is not http, https, mailto or tel.
     *
     * @param name attribute name
     * @param url absolute or relative URL
     * @return this writer
     */
    public HtmlWriter urlAttr(String name, String url) {
        return attr(name, isSafeUrl(url) ? url : BLOCKED_URL);
    }

    /**
     * Writes text content, escaped.
     *
     * @param text any text
     * @return this writer
     */
    public HtmlWriter text(String text) {
        escape(text, false);
        return this;
    }

    /**
     * Writes sanitized markup as it is. This is the only unescaped write of content.
     *
     * @param html markup a sanitizer produced
     * @return this writer
     */
    public HtmlWriter raw(SafeHtml html) {
        if (utf8 != null) {
            utf8.bytes(SafeHtmlAccess.utf8(html));
            return this;
        }
        return put(html.html());
    }

    /**
     * Writes the text of a {@code <style>} element: a stylesheet, as it is (CSS is raw text there, where character
     * references mean nothing). Pass a site's configured stylesheet, never content from readers or authors.
     *
     * @param css the stylesheet
     * @return this writer
     * @throws IllegalArgumentException when the stylesheet contains {@code </style} (any case), which would end the
     *     element early, or {@code <!--}
     * @since 0.1.0
     */
    public HtmlWriter css(String css) {
        for (int i = css.indexOf('<'); i >= 0; i = css.indexOf('<', i + 1)) {
            if (css.startsWith("<!--", i) || css.startsWith("</", i) && css.regionMatches(true, i + 2, "style", 0, 5)) {
                throw new IllegalArgumentException("css must not contain </style or <!--, found at index " + i);
            }
        }
        return put(css);
    }

    /**
     * Writes a JSON-LD script block, escaping {@code < > &} and U+2028/U+2029 inside it as JSON {@code \\uXXXX}
     * escapes (valid anywhere JSON allows these characters, which is inside strings).
     *
     * @param json a JSON document
     * @return this writer
     */
    public HtmlWriter jsonScript(String json) {
        put("<script type=\"application/ld+json\">");
        if (utf8 != null) {
            utf8.escaped(json, SCRIPT);
            return put("</script>");
        }
        if ((json.indexOf('<') & json.indexOf('>') & json.indexOf('&') & json.indexOf('\u2028')
                & json.indexOf('\u2029')) < 0) {
            // all -1: nothing to escape, as always for JsonLdRenderer's JSON; vectorised scans, then one append
            put(json);
            return put("</script>");
        }
        scriptText(json);
        return put("</script>");
    }

    /** Writes JSON into a script block, escaping what could end it or a JavaScript line. */
    private void scriptText(String json) {
        try {
            new ScriptWriter().write(json, 0, json.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a JSON-LD script block whose JSON {@code json} streams into the {@link Writer} it is given, without
     * building a string first. What it writes is escaped as {@link #jsonScript(String)} escapes (JSON from
     * {@code JsonLdRenderer} has nothing left to escape): into a StringBuilder the JSON goes in as it comes and is
     * then checked in place (a writer kept past {@code json}'s return then fails), elsewhere it is escaped as it is
     * written. The writer needs no closing.
     *
     * @param json writes a JSON document to the writer; I/O errors from the appendable reach it as
     *     {@link IOException}s from the writer
     * @return this writer
     */
    public HtmlWriter jsonScript(Consumer<Writer> json) {
        put("<script type=\"application/ld+json\">");
        if (utf8 != null) {
            ScriptBytes bytes = new ScriptBytes(utf8);
            json.accept(bytes);
            bytes.end(); // kept past its call, the writer fails rather than write out of place
            return put("</script>");
        }
        if (chars == null) {
            json.accept(new ScriptWriter());
            return put("</script>");
        }
        // into a StringBuilder: let the JSON through as it comes, then check what it wrote with vectorised scans
        // and escape it in place if needed, before anything else is written
        int start = chars.length();
        TailWriter tail = new TailWriter(chars);
        json.accept(tail);
        tail.to = null; // kept past its call, the writer fails rather than write unchecked
        if ((chars.indexOf("<", start) & chars.indexOf(">", start) & chars.indexOf("&", start)
                & chars.indexOf("\u2028", start) & chars.indexOf("\u2029", start)) >= 0) {
            String written = chars.substring(start);
            chars.setLength(start);
            scriptText(written);
        }
        return put("</script>");
    }

    /**
     * Appends to a StringBuilder as it is, for as long as {@link #jsonScript(Consumer)} runs its consumer; that method
     * checks the result. Afterwards {@link #to} is null and every write fails with a {@link NullPointerException}.
     */
    private static final class TailWriter extends Writer {
        private @Nullable StringBuilder to;

        TailWriter(StringBuilder to) {
            this.to = to;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            to.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            to.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            to.append((char) c);
        }

        @Override
        public Writer append(CharSequence csq) {
            to.append(csq);
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) {
            to.append(csq, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            to.append(c);
            return this;
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // the page goes on
        }
    }

    /**
     * The content of a JSON script block written as UTF-8, escaped as it is written. A JSON writer of this module that
     * escapes everything {@link #SCRIPT} does (as {@code JsonLdRenderer}'s does) may write to {@link #utf8()}
     * directly. Afterwards {@link #to} is null and every write fails with a {@link NullPointerException}.
     */
    private static final class ScriptBytes extends Writer implements Utf8Target {
        private @Nullable Utf8Out to;
        /**
         * A high surrogate that ended the last write, held back because its low surrogate may start the next one (a
         * writer of characters would join the two in its buffer).
         */
        private char pending;

        ScriptBytes(Utf8Out to) {
            this.to = to;
        }

        @Override
        public Utf8Out utf8() {
            Utf8Out out = Objects.requireNonNull(to, "the script block is closed");
            release();
            return out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            write(new String(cbuf, off, len), 0, len);
        }

        @Override
        public void write(String str, int off, int len) {
            Objects.requireNonNull(to, "the script block is closed");
            int end = off + len;
            if (len == 0) {
                return;
            }
            if (pending != 0) {
                if (Character.isLowSurrogate(str.charAt(off))) {
                    to.escaped(new String(new char[] {pending, str.charAt(off)}), SCRIPT);
                    off++;
                } else {
                    to.escaped(String.valueOf(pending), SCRIPT);
                }
                pending = 0;
            }
            if (off < end && Character.isHighSurrogate(str.charAt(end - 1))) {
                pending = str.charAt(--end);
            }
            to.escaped(str, off, end, SCRIPT);
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public Writer append(CharSequence csq) {
            String s = String.valueOf(csq);
            write(s, 0, s.length());
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) {
            String s = String.valueOf(csq);
            write(s, start, end - start);
            return this;
        }

        /** Writes a held-back high surrogate on its own (as {@code ?}, as UTF-8 encodes an unpaired one). */
        private void release() {
            if (pending != 0) {
                to.escaped(String.valueOf(pending), SCRIPT);
                pending = 0;
            }
        }

        /** Ends the block's content: writes what is held back, then refuses further writes. */
        void end() {
            if (to != null) {
                release();
                to = null;
            }
        }

        @Override
        public void flush() {
            // nothing buffered but a held-back surrogate, which waits for its partner
        }

        @Override
        public void close() {
            // the page goes on
        }
    }

    /** The content of a JSON script block, escaped as it is written. */
    private final class ScriptWriter extends Writer {

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            int start = off;
            for (int i = off, end = off + len; i < end; i++) {
                char c = cbuf[i];
                if ((c <= '>' && (c == '<' || c == '>' || c == '&')) || c == '\u2028' || c == '\u2029') {
                    chars(cbuf, start, i);
                    out.append(jsonEscape(c));
                    start = i + 1;
                }
            }
            chars(cbuf, start, off + len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            int start = off;
            for (int i = off, end = off + len; i < end; i++) {
                char c = str.charAt(i);
                if ((c <= '>' && (c == '<' || c == '>' || c == '&')) || c == '\u2028' || c == '\u2029') {
                    out.append(str, start, i).append(jsonEscape(c));
                    start = i + 1;
                }
            }
            out.append(str, start, off + len);
        }

        private void chars(char[] cbuf, int start, int end) throws IOException {
            if (start < end) {
                if (chars != null) {
                    chars.append(cbuf, start, end - start);
                } else {
                    out.append(CharBuffer.wrap(cbuf, start, end - start));
                }
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // the page goes on
        }
    }

    /** The escape of a character that must not appear raw in a JSON script block. */
    private static String jsonEscape(char c) {
        return switch (c) {
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> throw new IllegalArgumentException("no JSON script escape for " + (int) c);
        };
    }

    /**
     * Writes markup that is a constant of the calling code, such as {@code <!DOCTYPE html>} or a newline. Never
     * pass data here: it is not escaped.
     *
     * @param markup constant markup
     * @return this writer
     */
    public HtmlWriter markup(String markup) {
        return put(markup);
    }

    /**
     * Writes constant markup that was encoded once, as the built-in parts write what repeats on every page: a writer
     * of bytes copies its bytes, a writer of characters its text. Never data: it is not escaped.
     *
     * @param markup constant markup
     * @return this writer
     * @since 0.1.0
     */
    public HtmlWriter markup(Markup markup) {
        if (utf8 != null) {
            utf8.bytes(markup.utf8());
            return this;
        }
        return put(markup.toString());
    }

    /**
     * Whether a URL's scheme is one a page may link to.
     *
     * @param url a URL
     * @return true for http, https, mailto, tel and scheme-less (relative) URLs
     */
    public static boolean isSafeUrl(String url) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return true; // nearly every URL a page writes: no need to find the scheme character by character
        }
        // browsers strip leading/trailing C0 controls and spaces and remove tabs and newlines anywhere
        int n = url.length();
        StringBuilder scheme = new StringBuilder(8);
        for (int i = 0; i < n; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (scheme.length() == 0 && c <= ' ')) {
                continue;
            }
            if (c == ':') {
                String s = scheme.toString().toLowerCase(Locale.ROOT);
                return s.equals("http") || s.equals("https") || s.equals("mailto") || s.equals("tel");
            }
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
            if (scheme.length() > 16) {
                return true; // longer than any scheme we refuse, and contains no colon yet: keep looking cheaply
            }
            scheme.append(c);
        }
        return true;
    }

    /**
     * Below this length a string is checked character by character: most values (class names, ids, labels, dates)
     * are short, and one loop over them is cheaper than five vectorised scans, each with its own set-up.
     */
    private static final int SHORT = 32;

    private void escape(String s, boolean attr) {
        if (utf8 != null) {
            utf8.escaped(s, attr ? ATTRIBUTE : TEXT);
            return;
        }
        int n = s.length();
        if (n < SHORT && !needsEscape(s, attr)) {
            put(s);
            return;
        }
        int lt = s.indexOf('<');
        int gt = s.indexOf('>');
        int amp = s.indexOf('&');
        int quot = attr ? s.indexOf('"') : -1;
        int apos = attr ? s.indexOf('\'') : -1;
        if ((lt & gt & amp & quot & apos) < 0) { // all -1: nothing to escape
            put(s);
            return;
        }
        int start = 0;
        while (true) {
            int next = min(min(lt, gt), min(amp, min(quot, apos)));
            if (next < 0) {
                break;
            }
            append(s, start, next);
            char c = s.charAt(next);
            switch (c) {
                case '<' -> {
                    put("&lt;");
                    lt = s.indexOf('<', next + 1);
                }
                case '>' -> {
                    put("&gt;");
                    gt = s.indexOf('>', next + 1);
                }
                case '&' -> {
                    put("&amp;");
                    amp = s.indexOf('&', next + 1);
                }
                case '"' -> {
                    put("&quot;");
                    quot = s.indexOf('"', next + 1);
                }
                default -> {
                    put("&#39;");
                    apos = s.indexOf('\'', next + 1);
                }
            }
            start = next + 1;
        }
        append(s, start, n);
    }

    /** Escapes the first {@code n} characters of an array, as {@link #escape(String, boolean)} escapes a string. */
    private void escape(char[] c, int n, boolean attr) {
        Utf8Out.Escapes escapes = attr ? ATTRIBUTE : TEXT;
        if (utf8 != null) {
            utf8.escaped(c, n, escapes);
            return;
        }
        int start = 0;
        for (int i = 0; i < n; i++) {
            String r = c[i] < 0x80 ? escapes.replacementOf(c[i]) : null;
            if (r != null) {
                append(c, start, i);
                put(r);
                start = i + 1;
            }
        }
        append(c, start, n);
    }

    /** Whether a (short) string holds a character that {@link #escape} replaces. */
    private static boolean needsEscape(String s, boolean attr) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c <= '>' && (c == '<' || c == '>' || c == '&' || (attr && (c == '"' || c == '\'')))) {
                return true;
            }
        }
        return false;
    }

    /** The smaller of two positions, where -1 means "none". */
    private static int min(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return Math.min(a, b);
    }

    private static void checkAttributeName(String name) {
        if (!name.equals(AMP_ATTRIBUTE)) {
            checkName(name);
        }
    }

    /** The characters of element and attribute names after the first: {@code [A-Za-z0-9:-]}. */
    private static final boolean[] NAME_CHAR = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            NAME_CHAR[c] = true;
            NAME_CHAR[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            NAME_CHAR[c] = true;
        }
        NAME_CHAR['-'] = true;
        NAME_CHAR[':'] = true;
    }

    private static void checkName(String name) {
        int n = name.length();
        boolean ok = n > 0 && isLetter(name.charAt(0));
        for (int i = 1; ok && i < n; i++) {
            char c = name.charAt(i);
            ok = c < 128 && NAME_CHAR[c];
        }
        if (!ok) {
            throw new IllegalArgumentException("name must match [A-Za-z][A-Za-z0-9:-]*, was \"" + name + "\"");
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // The writes below go to the StringBuilder directly when there is one: a call the JIT can inline, where one
    // through the Appendable interface may not be.

    private HtmlWriter put(String s) {
        if (utf8 != null) {
            if (s.length() == 1 && s.charAt(0) < 0x80) {
                utf8.ascii(s.charAt(0)); // a newline between elements, most often
            } else {
                utf8.text(s);
            }
            return this;
        }
        if (chars != null) {
            chars.append(s);
            return this;
        }
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a name or number: ASCII, checked by the caller — or the AMP attribute. */
    private HtmlWriter putName(String s) {
        if (utf8 != null) {
            if (s.length() == 1 && s.charAt(0) == AMP_ATTRIBUTE.charAt(0)) {
                utf8.text(s);
            } else {
                utf8.ascii(s);
            }
            return this;
        }
        return put(s);
    }

    /** Writes an ASCII character. */
    private HtmlWriter put(char c) {
        if (utf8 != null) {
            utf8.ascii(c);
            return this;
        }
        if (chars != null) {
            chars.append(c);
            return this;
        }
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void append(char[] c, int start, int end) {
        if (start >= end) {
            return;
        }
        if (chars != null) {
            chars.append(c, start, end - start);
            return;
        }
        try {
            Objects.requireNonNull(out).append(CharBuffer.wrap(c, start, end - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String s, int start, int end) {
        if (start >= end) {
            return;
        }
        if (utf8 != null) {
            utf8.escaped(s, start, end, Utf8Out.Escapes.NONE);
            return;
        }
        if (chars != null) {
            chars.append(s, start, end);
            return;
        }
        try {
            out.append(s, start, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
