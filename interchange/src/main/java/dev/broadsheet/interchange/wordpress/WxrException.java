package dev.broadsheet.interchange.wordpress;

import java.io.IOException;

/**
 * The WXR input is broken — not well-formed XML, not in its declared encoding, cut off, or not a WordPress export
 * at all. The message names the line and column. Everything before the break was imported (handed to the sink),
 * and {@link #report()} says what that was, with the break as its {@link ImportReport#failure() failure}.
 *
 * @since 0.1.0
 */
public final class WxrException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;
    private final int line;
    private final int column;

    WxrException(String message, int line, int column, ImportReport report, Throwable cause) {
        super(message, cause);
        this.report = report;
        this.line = line;
        this.column = column;
    }

    /** @return the 1-based line of the break, or -1 when the parser could not tell */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the break, or -1 when the parser could not tell */
    public int column() {
        return column;
    }

    /** @return what was imported before the break */
    public ImportReport report() {
        return report;
    }
}
