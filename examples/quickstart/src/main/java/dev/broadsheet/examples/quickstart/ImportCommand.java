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
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code import wxr FILE --out DIR} command: imports a WordPress export with {@link WxrImporter}, streaming,
 * and writes every imported article as a page document ({@code DIR/articles/ID.json}: the export's site, the
 * article and its comments, each in {@link BroadsheetJson#storage()}'s format) that {@code render} and
 * {@code check} read, plus {@code DIR/import-report.json}. Never prints a stack trace.
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
        Site site;
        Channel channel = channel(file);
        try {
            site = site(channel.fields());
        } catch (ValidationException e) {
            if (channel.broken()) { // not an export, or its head is broken: let the import say why, with the line
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    WxrImporter.builder().build().read(in, a -> { });
                } catch (WxrException broken) {
                    stderr.println(Quickstart.printable(Quickstart.NAME + ": " + file + ": " + broken.getMessage()));
                    return Quickstart.IO_ERROR;
                } catch (IOException io) {
                    stderr.println(Quickstart.printable(Quickstart.NAME + ": cannot read " + file + ": "
                            + Quickstart.reason(io)));
                    return Quickstart.IO_ERROR;
                }
            }
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
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            report = WxrImporter.builder().build().read(in, a -> write(articles, siteNode, a));
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
        if (report.rejectedCount() > 0) {
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
    private static void write(Path folder, ObjectNode site, ImportedArticle imported) {
        ObjectNode doc = JSON.createObjectNode();
        doc.set("site", site);
        doc.set("article", JSON.valueToTree(imported.article()));
        ArrayNode comments = doc.putArray("comments");
        for (Comment c : imported.comments()) {
            comments.add(JSON.<ObjectNode>valueToTree(c));
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(imported.article().id() + ".json"),
                StandardCharsets.UTF_8)) {
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

    /**
     * What the head of an export says about its site.
     *
     * @param fields title, link, description and language, those present
     * @param broken whether the head could not be read to its first item, or the root is not {@code rss}
     */
    private record Channel(Map<String, String> fields, boolean broken) {
    }

    /**
     * The channel's title, link, description and language, read from the head of the export (up to its first
     * item); the import itself reads the whole file again and names anything broken.
     */
    private static Channel channel(Path file) {
        Map<String, String> out = new HashMap<>();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            int depth = 0;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (e == XMLStreamConstants.START_ELEMENT && ++depth == 1 && !r.getLocalName().equals("rss")) {
                    return new Channel(out, true);
                } else if (e == XMLStreamConstants.START_ELEMENT && depth == 3) {
                    String ns = r.getNamespaceURI();
                    String name = r.getLocalName();
                    if (ns != null && !ns.isEmpty()) {
                        continue;
                    }
                    if (name.equals("item")) {
                        break;
                    }
                    if (name.equals("title") || name.equals("link") || name.equals("description")
                            || name.equals("language")) {
                        String text = r.getElementText().strip();
                        if (!text.isEmpty()) {
                            out.put(name, text);
                        }
                        depth--;
                    }
                }
            }
            r.close();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return new Channel(out, true); // the import reads the file again and names the line
        }
        return new Channel(out, false);
    }
}
