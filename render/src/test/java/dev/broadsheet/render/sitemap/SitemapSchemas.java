package dev.broadsheet.render.sitemap;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXParseException;

/** Validates sitemaps with javax.xml.validation against the sitemaps.org schemas and the news and image extensions. */
final class SitemapSchemas {

    private static final Schema URLSET = load("sitemap.xsd", "image-from-spec.xsd", "news-from-spec.xsd",
            "xhtml-link-from-spec.xsd");
    private static final Schema INDEX = load("siteindex.xsd");

    private SitemapSchemas() {
    }

    private static Schema load(String... names) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = new Source[names.length];
            for (int i = 0; i < names.length; i++) {
                sources[i] = new StreamSource(SitemapSchemas.class.getResource("schema/" + names[i]).toString());
            }
            return f.newSchema(sources);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> urlsetProblems(byte[] xml) throws Exception {
        return problems(URLSET, xml);
    }

    static List<String> indexProblems(byte[] xml) throws Exception {
        return problems(INDEX, xml);
    }

    private static List<String> problems(Schema schema, byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(dev.broadsheet.render.Oracles.collecting(problems));
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            problems.add("not well-formed: " + e.getMessage());
        }
        return problems;
    }
}
