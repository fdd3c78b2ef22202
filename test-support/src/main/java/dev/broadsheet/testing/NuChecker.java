package dev.broadsheet.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Nu Html Checker (the engine behind the W3C's HTML validator), run in-process on HTML strings.
 *
 * <p>{@link #check(String)} returns the errors of a whole document; an empty list means the document is valid
 * HTML. {@link #report(String)} also returns the warnings. Documents are handed to the checker as UTF-8 bytes
 * with no transport-level encoding, like a file on disk.
 *
 * <p>Fragments (markup meant for a page's {@code <body>}, such as an embeddable article or comment form) are
 * checked by {@link #checkFragment(String)}: the fragment is wrapped by {@link Pages#wrapBody(String)} into a
 * minimal valid document, and the line numbers of the messages are then shifted back so that line 1 is the
 * fragment's first line. A message whose line falls outside the fragment points into the wrapper (line 0 is the
 * wrapper's head, the line after the fragment its {@code </body></html>}); such a message is still caused by the
 * fragment, for example an element left open and reported at {@code </body>}.
 *
 * <p>Cost: the first check on a thread loads the HTML schema (about one second); later checks on that thread take
 * well under a millisecond for small documents. The checker is not thread-safe, so each thread gets its own,
 * kept for the thread's life. Nothing touches the network: the schemas come from the validator jar.
 */
public final class NuChecker {

    /** The schema id that Nu resolves from its jar: HTML with SVG, MathML, ITS and RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final ThreadLocal<NuChecker> PER_THREAD = ThreadLocal.withInitial(NuChecker::new);

    /**
     * One message of the checker.
     *
     * @param line the 1-based line; for fragments counted from the fragment's first line (see the class comment);
     *     -1 when not known
     * @param column the 1-based column, or a value below 1 when not known
     * @param text the checker's message, for example "Element “head” is missing required child element “title”."
     */
    public record Message(int line, int column, String text) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + text;
        }
    }

    /**
     * All messages for one document.
     *
     * @param errors the errors (including fatal errors); empty means valid
     * @param warnings the warnings and notes, which do not make a document invalid
     */
    public record Report(List<Message> errors, List<Message> warnings) {
        /** Copies the lists. */
        public Report {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /**
         * Whether the document has no errors.
         *
         * @return {@code true} when {@link #errors()} is empty
         */
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    private NuChecker() {
        try {
            // (initialise log4j so that it is quiet, no URL logging, no language detection)
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, new DefaultHandler());
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
    }

    /**
     * Checks a whole HTML document.
     *
     * @param html the document
     * @return its errors; empty when the document is valid
     */
    public static List<Message> check(String html) {
        return report(html).errors();
    }

    /**
     * Checks a whole HTML document and returns errors and warnings.
     *
     * @param html the document
     * @return its report
     */
    public static Report report(String html) {
        return PER_THREAD.get().run(html, 0);
    }

    /**
     * Checks markup meant for a page's {@code <body>}, wrapped by {@link Pages#wrapBody(String)}.
     *
     * @param bodyFragment the fragment
     * @return its errors, with lines counted from the fragment's first line
     */
    public static List<Message> checkFragment(String bodyFragment) {
        return reportFragment(bodyFragment).errors();
    }

    /**
     * Checks markup meant for a page's {@code <body>} and returns errors and warnings.
     *
     * @param bodyFragment the fragment
     * @return its report, with lines counted from the fragment's first line
     */
    public static Report reportFragment(String bodyFragment) {
        return PER_THREAD.get().run(Pages.wrapBody(bodyFragment), Pages.WRAPPED_BODY_FIRST_LINE - 1);
    }

    private Report run(String html, int lineShift) {
        collector.reset(lineShift);
        try {
            validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(UTF_8))));
        } catch (SAXParseException e) {
            collector.fatalError(e); // already recorded by the handler in most cases; harmless if twice
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the Nu Html Checker failed", e);
        }
        return new Report(collector.errors, collector.warnings);
    }

    /** Collects the validator's SAX messages for one run. */
    private static final class Collector implements ErrorHandler {
        private List<Message> errors = new ArrayList<>();
        private List<Message> warnings = new ArrayList<>();
        private int lineShift;

        void reset(int shift) {
            errors = new ArrayList<>();
            warnings = new ArrayList<>();
            lineShift = shift;
        }

        private Message message(SAXParseException e) {
            int line = e.getLineNumber();
            return new Message(line > 0 ? line - lineShift : line, e.getColumnNumber(),
                    String.valueOf(e.getMessage()));
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(message(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(message(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            Message m = message(e);
            if (!errors.contains(m)) {
                errors.add(m);
            }
        }
    }
}
