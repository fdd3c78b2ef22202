package dev.broadsheet.examples.quickstart;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A parsed command line: what to run, with what. {@link #parse(List)} is the only way to get one. */
sealed interface Command {

    /** The usage text that {@code --help} prints. */
    String USAGE = """
            Usage:
              java -jar broadsheet-quickstart.jar [site [DIR]]
                  Renders Broadsheet's sample content into DIR (default: out) as a static site that opens
                  from disk: DIR/index.html, and per article its HTML page, AMP page and JSON-LD file, the
                  section, tag and author pages, their RSS, Atom and JSON feeds, the sitemap index, the
                  sitemaps, the Google News sitemap, robots.txt and the stylesheet.
              java -jar broadsheet-quickstart.jar render --format FORMAT[,FORMAT...] [--out DIR] FILE...
                  Renders page documents (JSON: {"site": {...}, "article": {...}, "comments": [...]}). FORMAT
                  is html, amp or jsonld for the article's pages; rss, atom or jsonfeed for the site's feed
                  holding the article; sitemap or newssitemap (an article published in the last two days)
                  for its sitemaps. --format may be repeated. FILE - reads standard input. Without --out
                  every result goes to standard output, in the order of the files and formats; with --out
                  DIR each goes to its own file, named after the input: page.json gives DIR/page.html,
                  DIR/page.amp.html, DIR/page.jsonld, DIR/page.rss.xml, DIR/page.atom.xml,
                  DIR/page.feed.json, DIR/page.sitemap.xml, DIR/page.news-sitemap.xml (standard input is
                  named stdin).
              java -jar broadsheet-quickstart.jar check [--format text|json|sarif] [--fail-on LEVEL] PATH...
                  Validates article documents (an article's JSON, or a page document) and runs the editorial
                  checks: files, folders (every .json file below) or - for standard input. Findings are printed
                  grouped by document. LEVEL is error (default), warning or notice. Exit status: 0 clean (or
                  nothing at LEVEL); 1 a warning or notice at LEVEL; 2 a document has errors; 3 an input could
                  not be read.
              java -jar broadsheet-quickstart.jar import wxr FILE --out DIR
                  Imports a WordPress export (WXR, Tools > Export): each post that becomes a valid article is
                  written to DIR/articles/ID.json as a page document (the export's site, the article and its
                  comments; the files hold commenters' email and IP addresses, as the export did), ready for
                  render and check; DIR/import-report.json lists every item skipped, rejected or changed. Exit
                  status: 0 every post imported; 2 a post or comment was rejected (listed on standard error and
                  in the report); 3 the export could not be read or is broken (what came before is written) or
                  an output could not be written.
              java -jar broadsheet-quickstart.jar --help

            Exit status: 0 done; 1 usage error; 2 invalid content (each violation is printed to standard
            error with its JSON path); 3 an input could not be read or an output not written; 4 internal
            error. With several files, every file is tried and the highest status is returned.
            """;

    /**
     * Reads a command line.
     *
     * @param args the arguments, as {@code main} got them
     * @return the command
     * @throws UsageException when the arguments do not make a command; the message says why
     */
    static Command parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            return new Export(Path.of("out"));
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (first) {
            case "--help", "-h", "help" -> new Help();
            case "site" -> Export.parse(rest);
            case "render" -> Render.parse(rest);
            case "check" -> Check.parse(rest);
            case "import" -> Import.parse(rest);
            default -> throw new UsageException("unknown command \"" + first + "\"; the commands are site, "
                    + "render, check and import");
        };
    }

    /** Prints the usage text. */
    record Help() implements Command {
    }

    /**
     * Renders the fixtures into a folder (the {@code site} command, and the run without arguments).
     *
     * @param dir the folder
     */
    record Export(Path dir) implements Command {

        /** Checks the component. */
        public Export {
            Objects.requireNonNull(dir, "dir");
        }

        static Command parse(List<String> args) throws UsageException {
            if (args.contains("--help") || args.contains("-h")) {
                return new Help();
            }
            List<String> operands = operands(args);
            if (operands.size() > 1) {
                throw new UsageException("site takes one folder, got " + operands.size() + ": " + operands);
            }
            return new Export(path(operands.isEmpty() ? "out" : operands.get(0), "folder"));
        }
    }

    /**
     * Renders page documents (the {@code render} command).
     *
     * @param formats the formats, each once, in the order given
     * @param inputs the documents, in the order given
     * @param out the folder to write files to; absent means standard output
     */
    record Render(List<Format> formats, List<Input> inputs, Optional<Path> out) implements Command {

        /** Copies the lists. */
        public Render {
            formats = List.copyOf(formats);
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(out, "out");
        }

        static Command parse(List<String> args) throws UsageException {
            Set<Format> formats = new LinkedHashSet<>();
            List<String> files = new ArrayList<>();
            String out = null;
            boolean options = true;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!options || a.equals("-") || !a.startsWith("-")) {
                    files.add(a);
                } else if (a.equals("--")) {
                    options = false;
                } else if (a.equals("--help") || a.equals("-h")) {
                    return new Help();
                } else if (a.equals("--format") || a.startsWith("--format=")) {
                    String value = a.equals("--format") ? value(args, i++, a) : a.substring("--format=".length());
                    formats.addAll(formats(value));
                } else if (a.equals("--out") || a.startsWith("--out=")) {
                    if (out != null) {
                        throw new UsageException("--out given twice");
                    }
                    out = a.equals("--out") ? value(args, i++, a) : a.substring("--out=".length());
                    if (out.isEmpty()) {
                        throw new UsageException("--out needs a folder");
                    }
                } else {
                    throw new UsageException("unknown option \"" + a + "\"");
                }
            }
            if (formats.isEmpty()) {
                throw new UsageException("render needs --format " + Format.labels());
            }
            if (files.isEmpty()) {
                throw new UsageException("render needs at least one FILE (- reads standard input)");
            }
            List<Input> inputs = new ArrayList<>();
            for (String f : files) {
                inputs.add(f.equals("-") ? Input.STDIN : new Input(path(f, "file")));
            }
            if (inputs.stream().filter(Input::stdin).count() > 1) {
                throw new UsageException("- (standard input) can be read only once");
            }
            Path dir = out == null ? null : path(out, "folder");
            if (dir != null) {
                Map<String, Input> byName = new HashMap<>();
                for (Input in : inputs) {
                    Input other = byName.putIfAbsent(in.baseName(), in);
                    if (other != null) {
                        throw new UsageException(other.label() + " and " + in.label() + " would both be written to "
                                + dir.resolve(in.baseName() + formats.iterator().next().suffix()) + "; give files "
                                + "with different names");
                    }
                }
            }
            return new Render(new ArrayList<>(formats), inputs, Optional.ofNullable(dir));
        }

        private static String value(List<String> args, int i, String option) throws UsageException {
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            return args.get(i + 1);
        }

        private static List<Format> formats(String value) throws UsageException {
            List<Format> out = new ArrayList<>();
            for (String label : value.split(",", -1)) {
                out.add(Format.byLabel(label.trim()).orElseThrow(() -> new UsageException("unknown format \""
                        + label + "\"; the formats are " + Format.labels())));
            }
            return out;
        }
    }

    /**
     * Validates and checks documents (the {@code check} command).
     *
     * @param inputs files, folders or standard input, in the order given
     * @param format how findings are printed
     * @param failOn the least serious finding that makes the exit status 1 (errors always give 2)
     */
    record Check(List<Input> inputs, ReportFormat format, dev.broadsheet.checks.Severity failOn)
            implements Command {

        /** How the {@code check} command prints findings. */
        enum ReportFormat { TEXT, JSON, SARIF }

        /** Copies the list. */
        public Check {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(failOn, "failOn");
        }

        static Command parse(List<String> args) throws UsageException {
            List<Input> inputs = new ArrayList<>();
            ReportFormat format = ReportFormat.TEXT;
            dev.broadsheet.checks.Severity failOn = dev.broadsheet.checks.Severity.ERROR;
            boolean options = true;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!options || a.equals("-") || !a.startsWith("-")) {
                    inputs.add(a.equals("-") ? Input.STDIN : new Input(path(a, "file")));
                } else if (a.equals("--")) {
                    options = false;
                } else if (a.equals("--help") || a.equals("-h")) {
                    return new Help();
                } else if (a.equals("--format") || a.startsWith("--format=")) {
                    String v = a.equals("--format") ? Render.value(args, i++, a) : a.substring("--format=".length());
                    format = switch (v) {
                        case "text" -> ReportFormat.TEXT;
                        case "json" -> ReportFormat.JSON;
                        case "sarif" -> ReportFormat.SARIF;
                        default -> throw new UsageException("unknown format \"" + v + "\"; check writes text, json"
                                + " or sarif");
                    };
                } else if (a.equals("--fail-on") || a.startsWith("--fail-on=")) {
                    String v = a.equals("--fail-on") ? Render.value(args, i++, a) : a.substring("--fail-on=".length());
                    failOn = switch (v) {
                        case "error" -> dev.broadsheet.checks.Severity.ERROR;
                        case "warning" -> dev.broadsheet.checks.Severity.WARNING;
                        case "notice" -> dev.broadsheet.checks.Severity.NOTICE;
                        default -> throw new UsageException("unknown level \"" + v + "\"; --fail-on takes error,"
                                + " warning or notice");
                    };
                } else {
                    throw new UsageException("unknown option \"" + a + "\"");
                }
            }
            if (inputs.isEmpty()) {
                throw new UsageException("check needs at least one PATH (a file, a folder, or - for standard"
                        + " input)");
            }
            if (inputs.stream().filter(Input::stdin).count() > 1) {
                throw new UsageException("- (standard input) can be read only once");
            }
            return new Check(inputs, format, failOn);
        }
    }

    /**
     * Imports a WordPress export (the {@code import wxr} command).
     *
     * @param file the export
     * @param out the folder to write the documents and the report to
     */
    record Import(Path file, Path out) implements Command {

        /** Checks the components. */
        public Import {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(out, "out");
        }

        static Command parse(List<String> args) throws UsageException {
            if (args.contains("--help") || args.contains("-h")) {
                return new Help();
            }
            if (args.isEmpty() || !args.get(0).equals("wxr")) {
                throw new UsageException("import needs a format: import wxr FILE --out DIR");
            }
            String out = null;
            List<String> files = new ArrayList<>();
            boolean options = true;
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                if (!options || !a.startsWith("-")) {
                    files.add(a);
                } else if (a.equals("--")) {
                    options = false;
                } else if (a.equals("--out") || a.startsWith("--out=")) {
                    if (out != null) {
                        throw new UsageException("--out given twice");
                    }
                    out = a.equals("--out") ? Render.value(args, i++, a) : a.substring("--out=".length());
                } else {
                    throw new UsageException("unknown option \"" + a + "\"");
                }
            }
            if (files.size() != 1) {
                throw new UsageException("import wxr takes one FILE, got " + files.size());
            }
            if (out == null || out.isEmpty()) {
                throw new UsageException("import wxr needs --out DIR");
            }
            return new Import(path(files.get(0), "file"), path(out, "folder"));
        }
    }

    /**
     * A page document to read: a file, or standard input.
     *
     * @param file the file; null for standard input
     */
    record Input(@Nullable Path file) {

        /** Standard input, {@code -} on the command line. */
        static final Input STDIN = new Input(null);

        /** @return whether this is standard input */
        boolean stdin() {
            return file == null;
        }

        /** @return how messages name it: the path as given, or {@code <stdin>} */
        String label() {
            return file == null ? "<stdin>" : file.toString();
        }

        /** @return the name its output files start with: the file's name without {@code .json}, or {@code stdin} */
        String baseName() {
            if (file == null || file.getFileName() == null) {
                return "stdin";
            }
            String name = file.getFileName().toString();
            return name.endsWith(".json") && name.length() > ".json".length()
                    ? name.substring(0, name.length() - ".json".length()) : name;
        }
    }

    /** Arguments that are not options; {@code --} ends the options. */
    private static List<String> operands(List<String> args) throws UsageException {
        List<String> out = new ArrayList<>();
        boolean options = true;
        for (String a : args) {
            if (options && a.equals("--")) {
                options = false;
            } else if (options && a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option \"" + a + "\"");
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static Path path(String value, String what) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("\"" + value + "\" is not a valid " + what + " name: " + e.getReason());
        }
    }

    /** A command line that does not make a command; its message says why. */
    final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        /**
         * @param message why, for people
         */
        UsageException(String message) {
            super(message);
        }
    }
}
