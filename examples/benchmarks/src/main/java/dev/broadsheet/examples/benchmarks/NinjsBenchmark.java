package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.interchange.ninjs.NinjsExporter;
import dev.broadsheet.interchange.ninjs.NinjsImport;
import dev.broadsheet.interchange.ninjs.NinjsImporter;
import dev.broadsheet.model.Article;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * IPTC ninjs: exporting one fixture article (the foreign-affairs story, with bylines, section, tags, credit,
 * featured image and a body) to a ninjs 3.1 document, and importing that document again (parse, sanitize the body,
 * build and validate the article, list what did not map). The README table reports "ninjs export per article".
 */
@State(Scope.Benchmark)
public class NinjsBenchmark {

    private NinjsExporter exporter;
    private NinjsImporter importer;
    private Article article;
    private String document;

    /** Builds the exporter and importer once, as a site does, and exports the document the import reads. */
    @Setup
    public void setUp() {
        exporter = NinjsExporter.builder().uriBase("https://news.example.com/articles/").build();
        importer = NinjsImporter.builder().uriBase("https://news.example.com/articles/").build();
        article = Fixtures.foreignAffairs();
        document = exporter.toJson(article);
    }

    /** @return the article as a ninjs 3.1 document */
    @Benchmark
    public String export31() {
        return exporter.toJson(article);
    }

    /**
     * @return the document read back into an article, with its report
     * @throws IOException never: the document is well-formed
     */
    @Benchmark
    public NinjsImport importOne() throws IOException {
        return importer.read(document);
    }
}
