package dev.broadsheet.examples.quickstart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.checks.Finding;
import dev.broadsheet.checks.Severity;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the {@code check} command's findings as text, JSON or SARIF 2.1.0. */
final class CheckReports {

    /** The SARIF version written. */
    static final String SARIF_VERSION = "2.1.0";
    /** The schema SARIF files name. */
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CheckReports() {
    }

    /** Findings grouped by document, one line each, then a summary line. */
    static void text(List<CheckCommand.Checked> results, PrintStream out) {
        for (CheckCommand.Checked c : results) {
            if (c.unreadable() != null) {
                out.println(Quickstart.printable(c.label() + ": unreadable: " + c.unreadable()));
                continue;
            }
            out.println(Quickstart.printable(c.label() + ": " + (c.findings().isEmpty() ? "no findings"
                    : count(c.findings().size(), "finding"))));
            for (Finding f : c.findings()) {
                String value = f.violation().rejectedValue();
                out.println(Quickstart.printable("  " + pad(f.severity().label(), 8) + pad(f.code(), 30)
                        + (f.path().isEmpty() ? "(document)" : f.path()) + "  " + f.message()
                        + (value == null ? "" : " (\"" + value + "\")")));
            }
        }
        Map<Severity, Integer> totals = totals(results);
        long unreadable = results.stream().filter(c -> c.unreadable() != null).count();
        out.println(Quickstart.printable(count(results.size(), "document") + ": "
                + count(totals.get(Severity.ERROR), "error") + ", " + count(totals.get(Severity.WARNING), "warning")
                + ", " + count(totals.get(Severity.NOTICE), "notice") + (unreadable == 0 ? ""
                : ", " + count((int) unreadable, "unreadable input"))));
    }

    /** {@code {"documents": [{"path", "unreadable"?, "findings": [...]}], "summary": {...}}}. */
    static void json(List<CheckCommand.Checked> results, PrintStream out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (CheckCommand.Checked c : results) {
            ObjectNode d = docs.addObject();
            d.put("path", c.label());
            if (c.unreadable() != null) {
                d.put("unreadable", c.unreadable());
            }
            ArrayNode fs = d.putArray("findings");
            for (Finding f : c.findings()) {
                ObjectNode o = fs.addObject();
                o.put("severity", f.severity().label());
                o.put("code", f.code());
                o.put("path", f.path());
                o.put("message", f.message());
                if (f.violation().rejectedValue() != null) {
                    o.put("value", f.violation().rejectedValue());
                }
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("documents", results.size());
        totals(results).forEach((s, n) -> summary.put(s.label() + "s", n));
        summary.put("unreadable", results.stream().filter(c -> c.unreadable() != null).count());
        write(root, out);
    }

    /**
     * One SARIF 2.1.0 run: a result per finding (level error, warning or note), located at the document's path
     * with the finding's JSON pointer as a logical location; unreadable inputs are tool execution notifications.
     */
    static void sarif(List<CheckCommand.Checked> results, PrintStream out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", SARIF_VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "broadsheet-check");
        driver.put("informationUri", "https://broadsheet.dev/checks");
        Set<String> codes = new LinkedHashSet<>();
        results.forEach(c -> c.findings().forEach(f -> codes.add(f.code())));
        ArrayNode rules = driver.putArray("rules");
        List<String> ids = List.copyOf(codes);
        for (String code : ids) {
            ObjectNode r = rules.addObject();
            r.put("id", code);
            r.putObject("shortDescription").put("text", "Broadsheet rule " + code);
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        boolean unreadable = results.stream().anyMatch(c -> c.unreadable() != null);
        invocation.put("executionSuccessful", !unreadable);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        ArrayNode out2 = run.putArray("results");
        for (CheckCommand.Checked c : results) {
            if (c.unreadable() != null) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", "cannot read " + c.label() + ": " + c.unreadable());
                n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                        .put("uri", uri(c.label()));
            }
            for (Finding f : c.findings()) {
                ObjectNode r = out2.addObject();
                r.put("ruleId", f.code());
                r.put("ruleIndex", ids.indexOf(f.code()));
                r.put("level", switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTICE -> "note";
                });
                r.putObject("message").put("text", f.message());
                ObjectNode location = r.putArray("locations").addObject();
                location.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(c.label()));
                location.putArray("logicalLocations").addObject()
                        .put("fullyQualifiedName", f.path().isEmpty() ? "/" : f.path()).put("kind", "member");
            }
        }
        write(root, out);
    }

    /** A relative URI reference for a path as given: forward slashes, each segment percent-encoded. */
    static String uri(String label) {
        StringBuilder sb = new StringBuilder();
        for (String segment : label.replace('\\', '/').split("/", -1)) {
            if (sb.length() > 0 || label.startsWith("/")) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        String s = sb.toString();
        return s.startsWith("//") ? s.substring(1) : s;
    }

    private static void write(ObjectNode root, PrintStream out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static Map<Severity, Integer> totals(List<CheckCommand.Checked> results) {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            totals.put(s, 0);
        }
        results.forEach(c -> c.findings().forEach(f -> totals.merge(f.severity(), 1, Integer::sum)));
        return totals;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
