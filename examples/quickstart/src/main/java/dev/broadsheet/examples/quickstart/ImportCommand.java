package dev.broadsheet.examples.quickstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.interchange.wordpress.ImportReport;
import dev.broadsheet.interchange.wordpress.ImportedArticle;
import dev.broadsheet.interchange.wordpress.WxrException;
import dev.broadsheet.interchange.wordpress.WxrImporter;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Comment;
import dev.broadsheet.render.Site;
import dev.broadsheet.validation.ValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code import wxr FILE --out DIR} command: imports a WordPress export with {@link WxrImporter}, streaming,
 * and writes every imported article as a page document ({@code DIR/articles/ID.json}: the export's site, the
 * article and its comments, each in {@link BroadsheetJson#storage()}'s format) that {@code render} and
 * {@code check} read, plus {@code DIR/import-report.json}. Never prints a stack trace. Two posts with one id (an
 * export merged from two sites) are both written, the second as {@code ID-duplicate-2.json}, named on standard
 * error, and the command exits 2.
 *
 * <p>The documents are the site's own data and keep what the export kept, commenters' email and IP addresses
 * included; the report, standard output and standard error never show them (violations show {@code [redacted]}).
 */
final class ImportCommand {

    /** The report's file name in the output folder. */
    static final String REPORT = "import-report.json";
    /** The documents' folder in the output folder. */
    static final String ARTICLES = "articles";

    private static final ObjectMapper JSON = BroadsheetJson.storage().mapper();

    private ImportCommand() {
    }

    /**
     * Runs the command.
     *
     * @param command the export and the folder
     * @param stdout where the summary goes
     * @param stderr where problems go, one line each
     * @return 0 when every post became an article, 2 when the report rejected something, 3 when the export could
     *     not be read or was broken, or an output could not be written
     */
    static int run(Command.Import command, OutputStream stdout, PrintStream stderr) {
        Path file = command.file();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot read " + file + ": "
                    + (Files.isDirectory(file) ? "a folder, not a file" : Files.exists(file) ? "permission denied"
                    : "no such file or folder")));
            return Quickstart.IO_ERROR;
        }
        WxrImporter importer = WxrImporter.builder().build();
        Map<String, String> channel;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            channel = importer.channel(in);
        } catch (WxrException e) { // not an export, or its head is broken
            stderr.println(Quickstart.printable(Quickstart.NAME + ": " + file + ": " + e.getMessage()));
            return Quickstart.IO_ERROR;
        } catch (IOException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot read " + file + ": "
                    + Quickstart.reason(e)));
            return Quickstart.IO_ERROR;
        }
        Site site;
        try {
            site = site(channel);
        } catch (ValidationException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": " + file + ": the export's channel does not "
                    + "make a valid site (it needs a title and an http(s) link):"));
            e.violations().forEach(v -> stderr.println(Quickstart.printable(file + ": /channel/" + switch (v.path()) {
                case "/name" -> "title";
                case "/baseUrl" -> "link";
                default -> v.path().substring(1);
            } + " " + v.code() + ": " + v.message())));
            return Quickstart.INVALID;
        }
        Path articles = command.out().resolve(ARTICLES);
        try {
            Files.createDirectories(articles);
        } catch (IOException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot create the folder " + articles + ": "
                    + Quickstart.reason(e)));
            return Quickstart.IO_ERROR;
        }
        ObjectNode siteNode = siteNode(site);
        ImportReport report;
        int status = Quickstart.OK;
        Map<String, Integer> written = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            report = importer.read(in, a -> {
                // two posts with one id (an export merged from two sites): the second is kept beside the first
                int copy = written.merge(a.article().id(), 1, Integer::sum);
                String name = copy == 1 ? a.article().id() : a.article().id() + "-duplicate-" + copy;
                if (copy > 1) {
                    duplicates.add(name);
                }
                write(articles.resolve(name + ".json"), siteNode, a);
            });
        } catch (WxrException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": " + file + ": " + e.getMessage()));
            report = e.report();
            status = Quickstart.IO_ERROR;
        } catch (UncheckedIOException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot write to " + articles + ": "
                    + Quickstart.reason(e.getCause())));
            return Quickstart.IO_ERROR;
        } catch (IOException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot read " + file + ": "
                    + Quickstart.reason(e)));
            return Quickstart.IO_ERROR;
        }
        Path reportFile = command.out().resolve(REPORT);
        try (Writer w = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8)) {
            report.writeJson(w);
        } catch (IOException e) {
            stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot write " + reportFile + ": "
                    + Quickstart.reason(e)));
            return Quickstart.IO_ERROR;
        }
        for (ImportReport.Entry r : report.rejected()) {
            stderr.println(Quickstart.printable(file + ": item " + r.item() + ": " + r.field() + " " + r.code() + ": "
                    + r.message()));
        }
        for (String name : duplicates) {
            stderr.println(Quickstart.printable(file + ": another post has the id of " + name.substring(0,
                    name.lastIndexOf("-duplicate-")) + "; written as " + ARTICLES + "/" + name + ".json"));
        }
        if (report.rejectedCount() > 0 || !duplicates.isEmpty()) {
            status = Math.max(status, Quickstart.INVALID);
        }
        PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        out.println(Quickstart.printable("Imported " + report.articles() + " articles with " + report.comments()
                + " comments from " + file + " into " + articles));
        out.println("Read " + report.items() + " items: " + report.skippedCount() + " skipped, "
                + report.rejectedCount() + " violations, " + report.changedCount() + " changes ("
                + report.changedBySanitizing() + " items changed by sanitizing), " + report.unknownShortcodes().size()
                + " unknown shortcodes");
        out.println("Report: " + reportFile);
        out.flush();
        if (out.checkError()) {
            stderr.println(Quickstart.NAME + ": cannot write to standard output");
            status = Math.max(status, Quickstart.IO_ERROR);
        }
        return status;
    }

    /** Writes one page document; an I/O failure ends the import. */
    private static void write(Path target, ObjectNode site, ImportedArticle imported) {
        ObjectNode doc = JSON.createObjectNode();
        doc.set("site", site);
        doc.set("article", JSON.valueToTree(imported.article()));
        ArrayNode comments = doc.putArray("comments");
        for (Comment c : imported.comments()) {
            comments.add(JSON.<ObjectNode>valueToTree(c));
        }
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(w, doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Site site(Map<String, String> channel) {
        return Site.builder().name(channel.get("title")).baseUrl(channel.get("link"))
                .description(channel.get("description")).language(channel.getOrDefault("language", "en")).build();
    }

    private static ObjectNode siteNode(Site site) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", site.name());
        node.put("baseUrl", site.baseUrl());
        site.description().ifPresent(d -> node.put("description", d));
        node.put("language", site.language());
        return node;
    }
}
