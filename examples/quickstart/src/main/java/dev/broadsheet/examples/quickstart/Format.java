package dev.broadsheet.examples.quickstart;

import java.util.Locale;
import java.util.Optional;

/** An output format of the {@code render} command, with the file-name suffix its output gets under {@code --out}. */
enum Format {
    /** The HTML article page. */
    HTML(".html"),
    /** The AMP article page. */
    AMP(".amp.html"),
    /** The article page's schema.org JSON-LD graph, indented. */
    JSONLD(".jsonld"),
    /** An RSS 2.0 feed of the site holding the article. */
    RSS(".rss.xml"),
    /** An Atom 1.0 feed of the site holding the article. */
    ATOM(".atom.xml"),
    /** A JSON Feed 1.1 of the site holding the article. */
    JSONFEED(".feed.json"),
    /** A sitemap of the site's home page and the article (sitemaps.org 0.9). */
    SITEMAP(".sitemap.xml"),
    /** A Google News sitemap of the article, which must be published within the last two days. */
    NEWSSITEMAP(".news-sitemap.xml");

    private final String suffix;

    Format(String suffix) {
        this.suffix = suffix;
    }

    /** @return the name given on the command line: {@code html}, {@code amp}, {@code jsonld}, {@code rss}, {@code atom}, {@code jsonfeed},
     *     {@code sitemap} or {@code newssitemap} */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return what follows the input's base name in an output file's name, such as {@code .amp.html} */
    String suffix() {
        return suffix;
    }

    /** @return every format's command-line name, for messages: {@code html, amp, ..., newssitemap} */
    static String labels() {
        return java.util.Arrays.stream(values()).map(Format::label).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The format with a command-line name.
     *
     * @param label {@code html}, {@code amp}, {@code jsonld}, {@code rss}, {@code atom}, {@code jsonfeed},
     *     {@code sitemap} or {@code newssitemap}, exactly
     * @return the format, or empty for any other name
     */
    static Optional<Format> byLabel(String label) {
        for (Format f : values()) {
            if (f.label().equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
