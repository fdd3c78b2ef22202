package dev.broadsheet.examples.quickstart;

import dev.broadsheet.fixtures.Fixtures;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The quickstart's command line: {@code java -jar broadsheet-quickstart.jar} renders Broadsheet's fixtures into
 * {@code out/} as a static site that opens from disk, and {@code render --format html|amp|jsonld FILE...} renders
 * page documents (site, article and comments as JSON) for content pipelines and CI, {@code check} validates
 * them and {@code import wxr} turns a WordPress export into page documents. {@code --help} prints the
 * usage; the README beside the example documents both commands, the page-document format and the exit statuses.
 */
public final class Quickstart {

    /** Exit status: done. */
    static final int OK = 0;
    /** Exit status: the command line is wrong. */
    static final int USAGE = 1;
    /** Exit status: a page document is invalid; every violation was printed with its JSON path. */
    static final int INVALID = 2;
    /** Exit status: an input could not be read or an output not written. */
    static final int IO_ERROR = 3;
    /** Exit status: a bug in this program. */
    static final int INTERNAL = 4;

    /** How messages name the program. */
    static final String NAME = "broadsheet-quickstart";

    private Quickstart() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line; see {@code --help}
     */
    public static void main(String[] args) {
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.exit(run(List.of(args), System.in, stdout, stderr));
    }

    /**
     * Runs a command line without exiting, for tests.
     *
     * @param args the arguments
     * @param stdin standard input
     * @param stdout standard output; flushed, not closed
     * @param stderr standard error
     * @return the exit status
     */
    static int run(List<String> args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        try {
            Command command = Command.parse(args);
            if (command instanceof Command.Render render) {
                return RenderCommand.run(render, stdin, stdout, stderr);
            }
            if (command instanceof Command.Check check) {
                return CheckCommand.run(check, stdin, stdout, stderr);
            }
            if (command instanceof Command.Import imp) {
                return ImportCommand.run(imp, stdout, stderr);
            }
            PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
            int status = OK;
            if (command instanceof Command.Export export) {
                status = site(export.dir(), out, stderr);
            } else {
                out.print(Command.USAGE);
            }
            out.flush();
            if (out.checkError()) {
                stderr.println(NAME + ": cannot write to standard output");
                return Math.max(status, IO_ERROR);
            }
            return status;
        } catch (Command.UsageException e) {
            stderr.println(printable(NAME + ": " + e.getMessage()));
            stderr.println("Run with --help for usage.");
            return USAGE;
        } catch (RuntimeException | Error e) { // a bug: say so in one line rather than with a stack trace
            stderr.println(printable(NAME + ": internal error: " + e));
            return INTERNAL;
        }
    }

    private static int site(Path dir, PrintStream out, PrintStream stderr) {
        Path folder = dir.toAbsolutePath().normalize();
        StaticSite.Result result;
        try {
            result = StaticSite.write(Fixtures.all(), folder);
        } catch (IOException e) {
            stderr.println(printable(NAME + ": cannot write the site to " + folder + ": " + reason(e)));
            return IO_ERROR;
        }
        for (StaticSite.Written w : result.written()) {
            out.printf("Wrote %2d %-14s %s%n", w.count(), w.what(), folder.resolve(w.files()));
        }
        if (!result.unlisted().isEmpty()) {
            out.println("Not in any listing (not published): " + result.unlisted().stream()
                    .map(a -> a.slug() + " (" + a.status().name().toLowerCase(Locale.ROOT) + ")")
                    .collect(Collectors.joining(", ")));
        }
        out.printf("Wrote %2d %-14s %s%n", 1, "home page", result.index());
        out.println("Open " + result.index().toUri() + " in a browser.");
        return OK;
    }

    /**
     * Why an I/O operation failed, in a few words.
     *
     * @param e the failure
     * @return such as "no such file" or "permission denied"
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A message safe to print to a terminal: control and bidirectional formatting characters (which could move
     * the cursor or reorder the line) are shown as {@code \}{@code uXXXX}.
     *
     * @param message a message that may quote input
     * @return the message, escaped
     */
    static String printable(String message) {
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            boolean control = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    && (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                    || c == 0x061C);
            if (control) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
