package dev.broadsheet.interchange.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a WXR file with StAX, one record at a time: channel fields, authors, terms and items are handed to a
 * {@link Handler} as soon as they end, so memory does not grow with the file. DTDs and external entities are
 * refused (an export has neither), which also rules out entity-expansion attacks.
 */
final class WxrParser {

    /** What the parser finds, in document order. */
    interface Handler {
        void channel(String name, String value);

        void author(Map<String, String> fields);

        void term(String kind, Map<String, String> fields);

        void item(RawItem item) throws XMLStreamException;
    }

    private static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** Where the XML declaration is. */
    private static final Location FIRST_LINE = new Location() {
        @Override
        public int getLineNumber() {
            return 1;
        }

        @Override
        public int getColumnNumber() {
            return 1;
        }

        @Override
        public int getCharacterOffset() {
            return 0;
        }

        @Override
        public @Nullable String getPublicId() {
            return null;
        }

        @Override
        public @Nullable String getSystemId() {
            return null;
        }
    };

    private final XMLStreamReader r;
    private final int maxFieldChars;

    WxrParser(InputStream in, int maxFieldChars) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) { // a StAX implementation without JAXP 1.5 properties
        }
        // With DTDs off there are no entities to expand; only the predefined ones and character references are
        // left, and the JDK would otherwise count those against a 50 M total and stop a large export.
        setIfSupported(f, "jdk.xml.totalEntitySizeLimit", "0");
        setIfSupported(f, "jdk.xml.maxGeneralEntitySizeLimit", "0");
        try {
            this.r = f.createXMLStreamReader(new ExportReader(in));
        } catch (IOException e) { // the head of the file: its declaration names an encoding we cannot read
            throw new XMLStreamException(e.getMessage(), FIRST_LINE, e);
        }
        this.maxFieldChars = maxFieldChars;
    }

    private static void setIfSupported(XMLInputFactory f, String name, String value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) { // not the JDK's parser: it has its own defaults
        }
    }

    /** @return the line the parser is on, 1-based; -1 when unknown */
    int line() {
        return r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
    }

    /** @return the column the parser is on, 1-based; -1 when unknown */
    int column() {
        return r.getLocation() == null ? -1 : r.getLocation().getColumnNumber();
    }

    /**
     * Reads the whole document.
     *
     * @return whether the root element was {@code rss} with a {@code channel}
     */
    boolean run(Handler h) throws XMLStreamException {
        boolean channel = false;
        int depth = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = name();
                if (depth == 1) {
                    if (!name.equals("rss")) {
                        throw new XMLStreamException("the root element is <" + r.getLocalName()
                                + ">, not <rss>: this is not a WordPress export", r.getLocation());
                    }
                } else if (depth == 2) {
                    channel |= name.equals("channel");
                } else if (depth == 3 && channel) {
                    switch (name) {
                        case "item" -> h.item(item());
                        case "wp:author" -> h.author(record());
                        case "wp:category", "wp:tag", "wp:term" -> h.term(name, record());
                        default -> {
                            if (isText(name)) {
                                h.channel(name, text(null));
                            } else {
                                skip();
                            }
                        }
                    }
                    depth--;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return channel;
    }

    private static boolean isText(String name) {
        return switch (name) {
            case "title", "link", "description", "language", "wp:wxr_version", "wp:base_site_url",
                    "wp:base_blog_url" -> true;
            default -> false;
        };
    }

    private RawItem item() throws XMLStreamException {
        RawItem item = new RawItem(line());
        while (next()) {
            String name = name();
            switch (name) {
                case "category" -> {
                    String domain = attr("domain");
                    String nicename = attr("nicename");
                    item.terms.add(new RawItem.Term(domain, nicename, text(item)));
                }
                case "wp:postmeta" -> {
                    Map<String, String> m = record(item);
                    String key = m.getOrDefault("wp:meta_key", "");
                    item.meta.putIfAbsent(key, m.getOrDefault("wp:meta_value", ""));
                }
                case "wp:comment" -> item.comments.add(comment(item));
                default -> item.fields.put(name, text(item));
            }
        }
        return item;
    }

    private Map<String, String> comment(RawItem item) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (next()) {
            String name = name();
            if (name.equals("wp:commentmeta")) {
                Map<String, String> m = record(item);
                fields.putIfAbsent("meta:" + m.getOrDefault("wp:meta_key", ""), m.getOrDefault("wp:meta_value", ""));
            } else {
                fields.put(name, text(item));
            }
        }
        return fields;
    }

    private Map<String, String> record() throws XMLStreamException {
        return record(null);
    }

    /** Child elements as name → text, for flat records such as an author or a term. */
    private Map<String, String> record(@Nullable RawItem item) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (next()) {
            fields.put(name(), text(item));
        }
        return fields;
    }

    /** Moves to the next child element of the current one; false at the current element's end. */
    private boolean next() throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("the file ends inside an element", r.getLocation());
    }

    /** The text of the current element, up to its end; nested elements are skipped. */
    private String text(@Nullable RawItem item) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        boolean cut = false;
        while (depth > 0) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1 && !cut) {
                        int room = maxFieldChars - sb.length();
                        int n = r.getTextLength();
                        if (n > room) {
                            cut = true;
                        } else {
                            sb.append(r.getTextCharacters(), r.getTextStart(), n);
                        }
                    }
                }
                default -> {
                }
            }
        }
        String name = name();
        if (item != null) {
            item.chars += sb.length();
            if (cut && item.overlong == null) {
                item.overlong = name;
            }
        }
        return cut ? "" : sb.toString();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String attr(String local) {
        String v = r.getAttributeValue(null, local);
        return v == null ? "" : v;
    }

    /** The element's name with a fixed prefix for each WXR namespace, whatever prefix the file uses. */
    private String name() {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        if (ns == null || ns.isEmpty()) {
            return local;
        }
        if (ns.startsWith(WP)) {
            return (ns.endsWith("/excerpt/") ? "excerpt:" : "wp:") + local;
        }
        if (ns.equals(CONTENT)) {
            return "content:" + local;
        }
        if (ns.equals(DC)) {
            return "dc:" + local;
        }
        return "{" + ns + "}" + local;
    }

    void close() {
        try {
            r.close();
        } catch (XMLStreamException ignored) { // closing a reader over a stream the caller owns
        }
    }
}
