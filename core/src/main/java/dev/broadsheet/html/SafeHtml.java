package dev.broadsheet.html;

import dev.broadsheet.internal.markup.SafeHtmlAccess;
import dev.broadsheet.text.Excerpts;
import dev.broadsheet.text.Words;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * HTML markup that a {@link Sanitizer} has cleaned under an {@link HtmlPolicy}, or that {@link Markdown} produced
 * through one. It is safe to write into a page without further escaping.
 *
 * <p>There is deliberately no public constructor and no way to wrap an arbitrary string: the only ways to obtain
 * an instance are {@link Sanitizer} and {@link Markdown} (and {@link #empty()}). Renderers write a
 * {@code SafeHtml} verbatim and escape every other string, so a value of this type is the single place where
 * markup enters a page.
 *
 * <p>Instances are immutable; two are equal when their markup is equal.
 *
 * @since 0.1.0
 */
public final class SafeHtml {

    private static final SafeHtml EMPTY = new SafeHtml("");

    static {
        SafeHtmlAccess.install(new SafeHtmlAccess.Bridge() {
            @Override
            public SafeHtml wrap(String html) {
                return new SafeHtml(html);
            }

            @Override
            public @Nullable Object @Nullable [] slots(SafeHtml html) {
                return html.slots;
            }

            @Override
            public void slots(SafeHtml html, @Nullable Object[] slots) {
                html.slots = slots;
            }

            @Override
            public byte[] utf8(SafeHtml html) {
                return html.encoded();
            }
        });
    }

    private final String html;
    /**
     * The plain text of the markup, computed once by {@link PlainText} and kept: pages, feeds and JSON-LD ask for it
     * on every render. A race computes it twice and stores equal strings, which is harmless (the same idiom as
     * {@link String#hashCode()}).
     */
    private @org.jspecify.annotations.Nullable String text;
    /** {@link #wordCount()}, or -1 until first asked for; kept by the same idiom as {@link #text}. */
    private int words = -1;
    /** {@link #excerpt()}, kept once computed. */
    private @org.jspecify.annotations.Nullable String excerpt;
    /**
     * The markup in UTF-8, encoded on first use and kept, for renderers that write bytes. Volatile, so another
     * thread that reads the reference also sees the bytes (a plain load on x86); a race encodes twice and keeps
     * equal arrays. Only the renderers read the array itself ({@code SafeHtmlAccess.utf8}); {@link #utf8()} returns
     * read-only views.
     */
    private volatile byte @org.jspecify.annotations.Nullable [] utf8;
    /**
     * What other packages derive from this markup and keep on it, one value per {@link SafeHtmlAccess.Slot} (what the
     * editorial checks read, the escaped form a feed writes), kept once computed by the same idiom as {@link #text}.
     */
    private @org.jspecify.annotations.Nullable Object @org.jspecify.annotations.Nullable [] slots;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    @org.jspecify.annotations.Nullable String cachedText() {
        return text;
    }

    void cacheText(String text) {
        this.text = text;
    }

    /**
     * The number of words in this markup's text: {@link Words#count} of {@link PlainText#of(SafeHtml)}, computed on
     * first use and kept, so a page that states its word count does not count again on every render.
     *
     * @return the number of words, counting each Han, Hiragana and Katakana character as one
     * @since 0.1.0
     */
    public long wordCount() {
        int n = words;
        if (n < 0) {
            // the text is at most HtmlPolicy.DEFAULT_MAX_INPUT_LENGTH characters, so the count fits an int
            n = Math.toIntExact(Words.count(PlainText.of(this)));
            words = n;
        }
        return n;
    }

    /**
     * A short excerpt of this markup's text: {@link Excerpts#of(String)} of {@link PlainText#of(SafeHtml)}, computed
     * on first use and kept, for descriptions that default to the opening of an article.
     *
     * @return at most {@value Excerpts#DEFAULT_MAX_CHARS} characters of text (not markup: escape it where it goes)
     * @since 0.1.0
     */
    public String excerpt() {
        String e = excerpt;
        if (e == null) {
            e = Excerpts.of(PlainText.of(this));
            excerpt = e;
        }
        return e;
    }

    /**
     * The markup encoded as UTF-8, for renderers and hosts that write bytes: encoded on first use and kept, like the
     * plain text and word count, so a page that is rendered many times encodes its body once.
     *
     * @return a read-only view of the kept bytes (position 0, limit their length); each call returns its own view,
     *     so reading it moves no other caller's position
     * @since 0.1.0
     */
    public ByteBuffer utf8() {
        return ByteBuffer.wrap(encoded()).asReadOnlyBuffer();
    }

    private byte[] encoded() {
        byte[] b = utf8;
        if (b == null) {
            b = html.getBytes(StandardCharsets.UTF_8);
            utf8 = b;
        }
        return b;
    }

    /**
     * The empty markup.
     *
     * @return a shared empty instance
     */
    public static SafeHtml empty() {
        return EMPTY;
    }

    /**
     * The sanitized markup.
     *
     * @return HTML that is safe to place inside a {@code <body>} element as-is
     */
    public String html() {
        return html;
    }

    /**
     * Whether there is no markup at all.
     *
     * @return true for the empty string
     */
    public boolean isEmpty() {
        return html.isEmpty();
    }

    /**
     * Splits the markup after its first {@code n} top-level elements, for example to show the opening paragraphs
     * of a paywalled article to everyone. Both halves are balanced markup and stay safe.
     *
     * @param n how many top-level elements the first half keeps, at least 0
     * @return two values: the first {@code n} top-level elements (with any text between them), and the rest
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public List<SafeHtml> splitAfterBlocks(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        int at = n == 0 ? 0 : endOfTopLevelElement(n);
        if (at >= html.length()) {
            return List.of(this, EMPTY);
        }
        String rest = html.substring(at);
        String head = html.substring(0, at);
        return List.of(head.isBlank() ? EMPTY : new SafeHtml(head), rest.isBlank() ? EMPTY : new SafeHtml(rest));
    }

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /**
     * The index just after the {@code n}-th top-level element. Sanitized markup has no comments, no raw-text
     * elements and escapes {@code <} everywhere else, so every {@code <} starts a tag.
     */
    private int endOfTopLevelElement(int n) {
        int depth = 0;
        int count = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            int close = html.indexOf('>', i);
            if (close < 0) {
                break;
            }
            boolean end = html.charAt(i + 1) == '/';
            int nameStart = end ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (end) {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && ++count == n) {
                    return close + 1;
                }
            } else if (VOID.contains(name) || html.charAt(close - 1) == '/') {
                if (depth == 0 && ++count == n) {
                    return close + 1;
                }
            } else {
                depth++;
            }
            i = html.indexOf('<', close + 1);
        }
        return html.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeHtml other && html.equals(other.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    /**
     * The markup itself, so that logs show what was kept.
     *
     * @return {@link #html()}
     */
    @Override
    public String toString() {
        return html;
    }
}
