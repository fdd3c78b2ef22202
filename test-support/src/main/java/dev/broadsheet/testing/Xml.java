package dev.broadsheet.testing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads an XML document the way the tests of feeds and sitemaps need it: namespace-aware, with any DOCTYPE refused
 * (so no entity in the output under test can expand), and failing on anything that is not well-formed.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * @param text a whole XML document
     * @return its DOM
     * @throws IllegalArgumentException when it is not well-formed, naming the parser's reason
     */
    public static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a well-formed XML document: " + e.getMessage(), e);
        }
    }

    /**
     * @param file a file holding a whole XML document in UTF-8 (or the encoding its declaration names)
     * @return its DOM
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not well-formed
     */
    public static Document parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }
}
