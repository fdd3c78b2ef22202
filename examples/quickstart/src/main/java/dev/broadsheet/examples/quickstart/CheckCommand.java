package dev.broadsheet.examples.quickstart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.broadsheet.checks.CheckPolicy;
import dev.broadsheet.checks.EditorialChecks;
import dev.broadsheet.checks.Finding;
import dev.broadsheet.checks.Severity;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code check} command: reads article JSON documents (our storage JSON of an {@link Article}, or a page
 * document with a site and an article) from files, folders (every {@code .json} file below, in name order) or
 * standard input, validates them and runs the {@link EditorialChecks}, and prints the findings grouped by document
 * as text, JSON or SARIF 2.1.0. Never prints a stack trace.
 */
final class CheckCommand {

    /** Largest document read, in bytes; a bigger one is reported as unreadable. */
    static final long MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;
    /** Most files taken from one folder; past it the folder is reported as unreadable. */
    static final int MAX_FILES_PER_FOLDER = 100_000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One document's outcome: its findings, or why it could not be read. */
    record Checked(String label, List<Finding> findings, @Nullable String unreadable) {
    }

    private CheckCommand() {
    }

    /**
     * Runs the command.
     *
     * @param command the documents, the format and the threshold
     * @param stdin read for {@code -}
     * @param stdout where the report goes
     * @param stderr where unreadable inputs are named
     * @return 3 when an input was unreadable, else 2 when a document has errors, else 1 when a finding is at least
     *     as serious as {@code --fail-on}, else 0
     */
    static int run(Command.Check command, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        List<Checked> results = new ArrayList<>();
        for (Command.Input input : command.inputs()) {
            if (input.file() != null && Files.isDirectory(input.file())) {
                folder(input.file(), results);
            } else {
                results.add(one(input, stdin));
            }
        }
        int status = Quickstart.OK;
        for (Checked c : results) {
            if (c.unreadable() != null) {
                stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot read " + c.label() + ": "
                        + c.unreadable()));
                status = Math.max(status, Quickstart.IO_ERROR);
            }
            for (Finding f : c.findings()) {
                if (f.severity() == Severity.ERROR) {
                    status = Math.max(status, Quickstart.INVALID);
                } else if (f.severity().atLeast(command.failOn())) {
                    status = Math.max(status, Quickstart.USAGE);
                }
            }
        }
        PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        switch (command.format()) {
            case TEXT -> CheckReports.text(results, out);
            case JSON -> CheckReports.json(results, out);
            case SARIF -> CheckReports.sarif(results, out);
        }
        out.flush();
        if (out.checkError()) {
            stderr.println(Quickstart.NAME + ": cannot write to standard output");
            status = Math.max(status, Quickstart.IO_ERROR);
        }
        return status;
    }

    private static void folder(Path dir, List<Checked> results) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".json")
                    && Files.isRegularFile(p)).limit(MAX_FILES_PER_FOLDER + 1L).sorted().toList();
        } catch (IOException | RuntimeException e) {
            results.add(new Checked(dir.toString(), List.of(), reason(e)));
            return;
        }
        if (files.size() > MAX_FILES_PER_FOLDER) {
            results.add(new Checked(dir.toString(), List.of(), "more than " + MAX_FILES_PER_FOLDER
                    + " .json files; check smaller folders"));
            return;
        }
        for (Path f : files) {
            results.add(one(new Command.Input(f), null));
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        return cause instanceof IOException io ? Quickstart.reason(io) : String.valueOf(e.getMessage());
    }

    private static Checked one(Command.Input input, @Nullable InputStream stdin) {
        byte[] bytes;
        try {
            bytes = input.file() == null ? readAll(stdin) : readFile(input.file());
        } catch (IOException e) {
            return new Checked(input.label(), List.of(), Quickstart.reason(e));
        }
        String text;
        try {
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new Checked(input.label(), List.of(), "not UTF-8 text");
        }
        return new Checked(input.label(), check(text), null);
    }

    /**
     * Validates and checks one document.
     *
     * @param text the JSON text
     * @return its findings: validation errors, or the editorial findings
     */
    static List<Finding> check(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            return List.of(Finding.error(new Violation("", BroadsheetJson.LIMIT, "exceeds a parser limit: "
                    + e.getOriginalMessage(), null)));
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            return List.of(Finding.error(new Violation("", BroadsheetJson.SYNTAX, "is not well-formed JSON" + at
                    + ": " + e.getOriginalMessage(), null)));
        }
        if (root == null || root.isMissingNode()) {
            return List.of(Finding.error(new Violation("", BroadsheetJson.SYNTAX, "is empty; expected a JSON"
                    + " object", null)));
        }
        boolean page = root.isObject() && (root.has("article") || root.has("site"));
        String prefix = page ? "/article" : "";
        JsonNode articleNode = page ? root.get("article") : root;
        Article article;
        CheckPolicy policy = CheckPolicy.defaults();
        try {
            if (page) {
                PageDocument document = PageDocument.of(root);
                article = document.article();
                policy = policy.toBuilder().siteUrl(document.site().baseUrl() + "/").build();
            } else {
                article = BroadsheetJson.storage().read(text, Article.class);
            }
        } catch (ValidationException e) {
            return e.violations().stream().map(Finding::error).toList();
        }
        EditorialChecks checks = EditorialChecks.builder().policy(policy).build();
        List<Finding> findings = new ArrayList<>();
        JsonNode body = articleNode == null ? null : articleNode.get("body");
        if (body != null && body.isTextual()) {
            findings.addAll(checks.check(Sanitizer.sanitizeWithReport(body.asText(), HtmlPolicy.article()).report(),
                    prefix + "/body"));
        }
        for (Finding f : checks.check(article)) {
            findings.add(new Finding(f.severity(), f.violation().under(prefix)));
        }
        return findings;
    }

    private static byte[] readFile(Path file) throws IOException {
        if (Files.size(file) > MAX_DOCUMENT_BYTES) {
            throw new IOException("larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in);
        }
    }

    private static byte[] readAll(@Nullable InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("no standard input");
        }
        byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new IOException("larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return bytes;
    }
}
