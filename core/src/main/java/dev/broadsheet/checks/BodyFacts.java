package dev.broadsheet.checks;

import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.internal.markup.MarkupScan;
import dev.broadsheet.internal.markup.References;
import dev.broadsheet.internal.markup.SafeHtmlAccess;
import dev.broadsheet.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the body rules read from a body, in document order, independent of any policy: paragraphs with their word
 * counts, links with their text and target, images with their alt text, headings with their level. Read in one
 * pass over the sanitized markup and kept on the {@link SafeHtml} (like its plain text), so checking an article
 * again after an edit elsewhere does not read its body again. Immutable.
 */
final class BodyFacts {

    /** One thing in the body a rule looks at. */
    sealed interface Fact permits Paragraph, Link, Image, Heading {
    }

    /** The {@code n}-th paragraph (from 1): its text and word count. */
    record Paragraph(int n, String text, long words) implements Fact {
    }

    /**
     * The {@code n}-th link: its text with spacing collapsed, its href, and whether an image with alt text labels
     * it.
     */
    record Link(int n, String text, String href, boolean labelled) implements Fact {
    }

    /** The {@code n}-th image: its alt text and source. */
    record Image(int n, String alt, String src) implements Fact {
    }

    /** A heading: its level (1–6) and text with spacing collapsed. */
    record Heading(int level, String text) implements Fact {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Fact> facts;
    private final int paragraphs;
    private final int links;
    private final int images;

    private BodyFacts(Reader r) {
        this.facts = List.copyOf(r.facts);
        this.paragraphs = r.paragraphs;
        this.links = r.links;
        this.images = r.images;
    }

    /** Where a body keeps its facts. */
    private static final SafeHtmlAccess.Slot<BodyFacts> SLOT = SafeHtmlAccess.Slot.create("editorial check facts");

    /** The facts of a body, read once and kept on it. */
    static BodyFacts of(SafeHtml body) {
        return SafeHtmlAccess.kept(body, SLOT, BodyFacts::read);
    }

    /** Reads the facts of a body (not kept: {@link #of} keeps them). */
    static BodyFacts read(SafeHtml body) {
        Reader r = new Reader(body.html());
        MarkupScan.scan(body.html(), r);
        return new BodyFacts(r);
    }

    /** @return the facts, in document order */
    List<Fact> facts() {
        return facts;
    }

    /** @return how many paragraphs the body has */
    int paragraphs() {
        return paragraphs;
    }

    /** What was seen, for the test that compares it with a parser: paragraphs, links and images counted. */
    String seen() {
        return paragraphs + " paragraphs, " + links + " links, " + images + " images";
    }

    static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** The one pass. Not thread-safe: one per body. */
    private static final class Reader implements MarkupScan.Handler {
        private final String h;
        private final List<Fact> facts = new ArrayList<>();
        private int paragraphs;
        private int links;
        private int images;
        private @Nullable StringBuilder paragraph;
        private @Nullable StringBuilder link;
        private String linkHref = "";
        private boolean linkLabelled;
        private @Nullable StringBuilder heading;

        Reader(String h) {
            this.h = h;
        }

        @Override
        public void text(int from, int to) {
            if (paragraph != null || link != null || heading != null) {
                append(References.decode(h, from, to));
            }
        }

        @Override
        public void start(String name, int from, int to) {
            switch (name) {
                case "p" -> paragraph = new StringBuilder();
                case "a" -> {
                    link = new StringBuilder();
                    linkHref = MarkupScan.attribute(h, from, to, "href");
                    linkLabelled = false;
                }
                case "img" -> {
                    String alt = MarkupScan.attribute(h, from, to, "alt");
                    if (link != null && !alt.isBlank()) {
                        linkLabelled = true;
                    }
                    facts.add(new Image(++images, alt, MarkupScan.attribute(h, from, to, "src")));
                }
                case "br" -> append(" ");
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = new StringBuilder();
                default -> {
                }
            }
        }

        @Override
        public void end(String name) {
            switch (name) {
                case "p" -> {
                    if (paragraph != null) {
                        String text = paragraph.toString();
                        facts.add(new Paragraph(++paragraphs, text, Words.count(text)));
                        paragraph = null;
                    }
                }
                case "a" -> {
                    if (link != null) {
                        facts.add(new Link(++links, link.toString(), linkHref, linkLabelled));
                        link = null;
                    }
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    if (heading != null) {
                        facts.add(new Heading(name.charAt(1) - '0', collapse(heading.toString())));
                        heading = null;
                    }
                }
                default -> {
                }
            }
        }

        private void append(String text) {
            if (paragraph != null) {
                paragraph.append(text);
            }
            if (link != null) {
                link.append(text);
            }
            if (heading != null) {
                heading.append(text);
            }
        }
    }
}
