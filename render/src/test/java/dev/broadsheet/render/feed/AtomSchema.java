package dev.broadsheet.render.feed;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;

/**
 * Checks an Atom document against RFC 4287's RELAX NG grammar with Jing, and against the grammar's two Schematron
 * rules (which Jing does not run) with XPath.
 */
final class AtomSchema {

    private AtomSchema() {
    }

    /** @return every problem found; empty when the document is valid */
    static List<String> problems(String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = dev.broadsheet.render.Oracles.collecting(problems);
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap(), CompactSchemaReader.getInstance());
        InputSource schema = new InputSource(AtomSchema.class.getResource("schema/atom.rnc").toString());
        if (!driver.loadSchema(schema)) {
            throw new IllegalStateException("the Atom schema did not load: " + problems);
        }
        driver.validate(new InputSource(new StringReader(xml)));

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        var xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "a".equals(prefix) ? "http://www.w3.org/2005/Atom" : null;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        boolean feedAuthor = (Boolean) xpath.evaluate("/a:feed/a:author", doc, XPathConstants.BOOLEAN);
        NodeList entries = (NodeList) xpath.evaluate("//a:entry", doc, XPathConstants.NODESET);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            boolean alternate = (Boolean) xpath.evaluate("a:link[@rel='alternate'] or a:link[not(@rel)] or a:content",
                    e, XPathConstants.BOOLEAN);
            if (!alternate) {
                problems.add("entry " + i + ": no alternate link and no content");
            }
            boolean author = (Boolean) xpath.evaluate("a:author or a:source/a:author", e, XPathConstants.BOOLEAN);
            if (!author && !feedAuthor) {
                problems.add("entry " + i + ": no author, and the feed has none");
            }
        }
        return problems;
    }
}
