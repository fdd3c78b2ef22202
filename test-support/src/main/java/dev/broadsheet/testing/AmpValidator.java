package dev.broadsheet.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The official AMP validator (npm {@code amphtml-validator} with the validator engine from {@code next@15.5.4}),
 * run through Node.js on many files in one process, fully offline.
 *
 * <p>Runs {@code node tools/validators/node_modules/amphtml-validator/cli.js --validator_js
 * tools/validators/vendor/validator_wasm.js --format json FILE...}; without {@code --validator_js} the CLI would
 * download the engine at run time. One process checks up to {@value #FILES_PER_PROCESS} files (starting node costs
 * about a second; each further file costs milliseconds), so pass all files of a test at once.
 *
 * <p>A missing Node.js or validator installation is an {@link IllegalStateException} telling how to install it,
 * never a skip. Everything is located through {@link Tools}.
 */
public final class AmpValidator {

    /** The most files given to one node process (keeps the command line well under the system's limit). */
    static final int FILES_PER_PROCESS = 200;

    private static final long TIMEOUT_SECONDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AmpValidator() {
    }

    /**
     * One message of the validator.
     *
     * @param severity {@code ERROR} or {@code WARNING}
     * @param line the 1-based line
     * @param column the 0-based column, as the validator reports it
     * @param code the validator's code, for example {@code DISALLOWED_ATTR}
     * @param message the text, for example "The attribute 'onclick' may not appear in tag 'div'."
     */
    public record Error(String severity, int line, int column, String code, String message) {
        @Override
        public String toString() {
            return line + ":" + column + " " + severity + " " + code + " " + message;
        }
    }

    /**
     * The verdict for one file.
     *
     * @param file the file, as given
     * @param pass whether the validator said {@code PASS}
     * @param errors what it reported (warnings included; a passing file may have warnings)
     */
    public record Result(Path file, boolean pass, List<Error> errors) {
        /** Copies the list. */
        public Result {
            errors = List.copyOf(errors);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(file.toString()).append(pass ? ": PASS" : ": FAIL");
            errors.forEach(e -> s.append("\n  ").append(e));
            return s.toString();
        }
    }

    /**
     * Validates one file.
     *
     * @param file an existing AMP HTML file
     * @return its result
     */
    public static Result validate(Path file) {
        return validate(List.of(file)).get(file);
    }

    /**
     * Validates an AMP document given as a string (written to a temporary file that is deleted afterwards).
     *
     * @param html the document
     * @return its result; {@link Result#file()} is the temporary file
     */
    public static Result validateHtml(String html) {
        try {
            Path file = Files.createTempFile("broadsheet-amp-", ".html");
            try {
                Files.writeString(file, html, UTF_8);
                return validate(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a temporary file for the AMP validator", e);
        }
    }

    /**
     * Validates many files, {@value #FILES_PER_PROCESS} per node process.
     *
     * @param files existing AMP HTML files (duplicates are checked once)
     * @return a result per file, in the order given
     * @throws IllegalArgumentException when a file does not exist
     * @throws IllegalStateException when node or the validator is missing, or the validator's output is not the
     *     expected JSON
     */
    public static Map<Path, Result> validate(Collection<Path> files) {
        return validate(files, "AMP");
    }

    /**
     * Validates many files in one of the validator's HTML formats ({@code --html_format}).
     *
     * @param files existing files (duplicates are checked once)
     * @param htmlFormat {@code AMP}, {@code AMP4ADS} or {@code AMP4EMAIL}
     * @return a result per file, in the order given
     * @throws IllegalArgumentException when a file does not exist or the format is not one of those
     * @throws IllegalStateException as for {@link #validate(Collection)}
     */
    public static Map<Path, Result> validate(Collection<Path> files, String htmlFormat) {
        if (!List.of("AMP", "AMP4ADS", "AMP4EMAIL").contains(htmlFormat)) {
            throw new IllegalArgumentException("htmlFormat must be AMP, AMP4ADS or AMP4EMAIL, was " + htmlFormat);
        }
        List<Path> unique = new ArrayList<>(new LinkedHashSet<>(files));
        for (Path f : unique) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("files: " + f + " is not a regular file");
            }
        }
        Path node = Tools.node();
        Path cli = Tools.validatorFile("node_modules/amphtml-validator/cli.js");
        Path engine = Tools.validatorFile("vendor/validator_wasm.js");
        Map<Path, Result> results = new LinkedHashMap<>();
        for (int from = 0; from < unique.size(); from += FILES_PER_PROCESS) {
            List<Path> batch = unique.subList(from, Math.min(unique.size(), from + FILES_PER_PROCESS));
            results.putAll(run(node, cli, engine, batch, htmlFormat));
        }
        return results;
    }

    private static Map<Path, Result> run(Path node, Path cli, Path engine, List<Path> batch, String htmlFormat) {
        List<String> command = new ArrayList<>(List.of(node.toString(), cli.toString(),
                "--validator_js", engine.toString(), "--format", "json"));
        if (!htmlFormat.equals("AMP")) {
            command.addAll(List.of("--html_format", htmlFormat));
        }
        batch.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("broadsheet-amp-", ".out");
            err = Files.createTempFile("broadsheet-amp-", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the AMP validator did not finish within " + TIMEOUT_SECONDS + " s");
            }
            int exit = process.exitValue();
            String stdout = Files.readString(out, UTF_8);
            String stderr = Files.readString(err, UTF_8);
            if (exit != 0 && exit != 1 || stdout.isBlank()) {
                throw new IllegalStateException("the AMP validator failed (exit " + exit + "): " + stderr.strip()
                        + "\ncommand: " + String.join(" ", command));
            }
            return parse(JSON.readTree(stdout), batch, stderr);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the AMP validator: " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the AMP validator ran", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static Map<Path, Result> parse(JsonNode json, List<Path> batch, String stderr) {
        Map<Path, Result> results = new LinkedHashMap<>();
        for (Path file : batch) {
            JsonNode entry = json.get(file.toAbsolutePath().toString());
            if (entry == null || !entry.path("status").isTextual()) {
                throw new IllegalStateException("the AMP validator said nothing about " + file + ": " + stderr.strip());
            }
            List<Error> errors = new ArrayList<>();
            for (JsonNode e : entry.path("errors")) {
                errors.add(new Error(e.path("severity").asText(), e.path("line").asInt(-1), e.path("col").asInt(-1),
                        e.path("code").asText(), e.path("message").asText()));
            }
            results.put(file, new Result(file, "PASS".equals(entry.get("status").asText()), errors));
        }
        return results;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is not worth failing a check for
            }
        }
    }
}
