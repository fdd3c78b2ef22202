package dev.broadsheet.interchange.ninjs;

import java.io.IOException;

/**
 * A ninjs document could not be read at all: it is not well-formed JSON, its root is not an object, or it is
 * larger or deeper than the importer's limits. The message names the line and column where reading stopped.
 * Content that is merely wrong (a string where an array belongs, an invalid date) does not throw; it is listed in
 * the {@link NinjsReport}.
 *
 * @since 0.2.0
 */
public final class NinjsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    NinjsException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** @return the 1-based line where reading stopped, or -1 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column where reading stopped, or -1 when unknown */
    public int column() {
        return column;
    }
}
