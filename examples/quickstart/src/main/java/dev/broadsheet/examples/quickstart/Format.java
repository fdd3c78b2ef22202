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
    JSONLD(".jsonld");

    private final String suffix;

    Format(String suffix) {
        this.suffix = suffix;
    }

    /** @return the name given on the command line: {@code html}, {@code amp} or {@code jsonld} */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return what follows the input's base name in an output file's name, such as {@code .amp.html} */
    String suffix() {
        return suffix;
    }

    /**
     * The format with a command-line name.
     *
     * @param label {@code html}, {@code amp} or {@code jsonld}, exactly
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
