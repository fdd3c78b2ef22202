package dev.broadsheet.interchange.wordpress;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.interchange.internal.Options;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a WordPress export (WXR 1.0–1.2, the file Tools → Export writes) into Broadsheet articles and comments,
 * streaming: the file is read once with StAX and every post is handed to a sink as soon as it is complete, so
 * what is held is bounded by the limits below, not by the size of the export.
 *
 * <pre>{@code
 * WxrImporter importer = WxrImporter.builder().build();     // immutable, thread-safe, reusable
 * ImportReport report = importer.read(in, imported -> store.save(imported.article(), imported.comments()));
 * }</pre>
 *
 * <p>Every value goes through the model's builders: bodies get WordPress's automatic paragraphs, core
 * shortcodes become figures and embeds, and the result is sanitized with the article policy; every item either
 * becomes a valid {@link dev.broadsheet.model.Article} or is listed in the {@link ImportReport} with its
 * violations. The mapping of statuses, terms, authors, comments, attachments and Yoast fields is tabled in
 * {@code interchange/README.md}.
 *
 * <p><b>Attachments after their posts.</b> WordPress exports items in id order, and a featured image is usually
 * uploaded after its post was first saved, so its attachment comes later in the file. A post that refers to
 * attachments not yet read waits in a window of at most {@link Builder#maxPending(int) maxPending} posts
 * (default {@value #DEFAULT_MAX_PENDING}) and {@link Builder#maxPendingChars(long) maxPendingChars} characters
 * (default {@value #DEFAULT_MAX_PENDING_CHARS}); it is completed as soon as they arrive, when the window is full
 * (oldest first) or at the end. So posts reach the sink in export order except those that waited. Attachments are
 * kept as small index entries (URL, alt, caption, sizes), at most {@link Builder#maxAttachments(int)
 * maxAttachments} (default {@value #DEFAULT_MAX_ATTACHMENTS}) holding about {@link Builder#maxAttachmentBytes(long)
 * maxAttachmentBytes} (default {@value #DEFAULT_MAX_ATTACHMENT_BYTES}); past either the oldest are forgotten and
 * posts that need them say so in the report.
 *
 * <p><b>Memory.</b> Nothing else is kept from one item to the next: the channel's authors and categories, the
 * sections built from them, and the report, whose lists are capped at {@link ImportReport#MAX_ENTRIES}. With the
 * defaults an import of any size fits in a 256 MB heap; {@code WxrConstantMemoryTest} imports a generated export
 * several times that size with {@code -Xmx256m}.
 *
 * <p><b>Broken input</b> — malformed XML, bytes not in the declared encoding, a file cut off — stops the import
 * with a {@link WxrException} naming the line and column; every post completed before it (including those
 * waiting for attachments) has been handed to the sink, and the exception's report says so.
 *
 * @since 0.1.0
 */
public final class WxrImporter {

    /** Default {@link Builder#maxPending(int)}. */
    public static final int DEFAULT_MAX_PENDING = 1_000;
    /** Default {@link Builder#maxPendingChars(long)}: 8 Mi characters (16 MiB). */
    public static final long DEFAULT_MAX_PENDING_CHARS = 8L * 1024 * 1024;
    /** Default {@link Builder#maxAttachments(int)}. */
    public static final int DEFAULT_MAX_ATTACHMENTS = 200_000;
    /**
     * Default {@link Builder#maxAttachmentBytes(long)}: 32 MiB, some 30,000 attachments with a dozen sizes each.
     *
     * @since 0.2.0
     */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 32L * 1024 * 1024;
    /** Default {@link Builder#maxFieldChars(int)}: the article policy's maximum input, 16 Mi characters. */
    public static final int DEFAULT_MAX_FIELD_CHARS = HtmlPolicy.DEFAULT_MAX_INPUT_LENGTH;
    /** Default {@link Builder#idPrefix(String)}. */
    public static final String DEFAULT_ID_PREFIX = "wp-";

    private static final Pattern GALLERY = Pattern.compile("\\[gallery\\b([^\\]]*)\\]");

    private final HtmlPolicy articlePolicy;
    private final HtmlPolicy commentPolicy;
    private final String idPrefix;
    private final int maxPending;
    private final long maxPendingChars;
    private final int maxAttachments;
    private final long maxAttachmentBytes;
    private final int maxFieldChars;

    private WxrImporter(Builder b) {
        this.articlePolicy = b.articlePolicy;
        this.commentPolicy = b.commentPolicy;
        this.idPrefix = b.idPrefix;
        this.maxPending = b.maxPending;
        this.maxPendingChars = b.maxPendingChars;
        this.maxAttachments = b.maxAttachments;
        this.maxAttachmentBytes = b.maxAttachmentBytes;
        this.maxFieldChars = b.maxFieldChars;
    }

    /** @return a builder with every option at its default */
    public static Builder builder() {
        return new Builder();
    }

    HtmlPolicy articlePolicy() {
        return articlePolicy;
    }

    HtmlPolicy commentPolicy() {
        return commentPolicy;
    }

    String idPrefix() {
        return idPrefix;
    }

    int maxFieldChars() {
        return maxFieldChars;
    }

    /**
     * Reads a WXR export and hands every imported post to {@code sink}.
     *
     * @param in the export; read to its end, not closed. The encoding comes from the XML declaration (UTF-8
     *     without one)
     * @param sink receives each article with its comments, from the calling thread
     * @return what was imported, skipped, rejected and changed
     * @throws WxrException when the input is broken; what came before was imported and is in its report
     */
    public ImportReport read(InputStream in, Consumer<? super ImportedArticle> sink) throws WxrException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        return new Run(sink).run(in);
    }

    /** The state of one import. */
    private final class Run implements WxrParser.Handler {
        private final Consumer<? super ImportedArticle> sink;
        private final ImportReport report = new ImportReport();
        private final ItemMapper mapper = new ItemMapper(WxrImporter.this, report);
        private final LinkedHashMap<String, Attachment> attachments = new LinkedHashMap<>();
        private final Map<String, List<Attachment>> byParent = new HashMap<>();
        private final LinkedHashMap<String, Waiting> pending = new LinkedHashMap<>();
        private long pendingChars;
        private long attachmentBytes;

        /** A post waiting for attachments. */
        private final class Waiting {
            final RawItem item;
            final Set<String> missing;
            final boolean wantsChildren;

            Waiting(RawItem item, Set<String> missing, boolean wantsChildren) {
                this.item = item;
                this.missing = missing;
                this.wantsChildren = wantsChildren;
            }
        }

        Run(Consumer<? super ImportedArticle> sink) {
            this.sink = sink;
        }

        ImportReport run(InputStream in) throws WxrException {
            WxrParser parser = null;
            try {
                parser = new WxrParser(in, maxFieldChars);
                boolean channel = parser.run(this);
                if (!channel) {
                    throw noChannel();
                }
                flushAll();
                return report;
            } catch (XMLStreamException e) {
                flushAll();
                throw broken(e, parser, report);
            } finally {
                if (parser != null) {
                    parser.close();
                }
            }
        }

        @Override
        public void channel(String name, String value) {
            mapper.channel(name, value);
        }

        @Override
        public void author(Map<String, String> fields) {
            mapper.author(fields);
        }

        @Override
        public void term(String kind, Map<String, String> fields) {
            mapper.term(kind, fields);
        }

        @Override
        public void item(RawItem item) {
            report.countItem();
            String type = item.get("wp:post_type").strip();
            String status = item.get("wp:status").strip();
            switch (type) {
                case "attachment" -> attachment(item);
                case "post", "" -> {
                    if (status.equals("auto-draft") || status.equals("inherit")) {
                        report.skip(item.id(), "wp:status", "status." + status, "a post with status " + status
                                + " is WordPress's own bookkeeping, not content; not imported");
                    } else {
                        post(item);
                    }
                }
                default -> report.skip(item.id(), "wp:post_type", "post_type." + type, "the post type \"" + type
                        + "\" has no place in the model (only posts become articles); not imported");
            }
        }

        private void attachment(RawItem item) {
            report.countAttachment();
            Attachment a = mapper.attachment(item);
            Attachment replaced = attachments.put(a.id(), a);
            if (replaced != null) {
                forget(replaced);
            }
            attachmentBytes += a.size();
            if (!a.parent().isEmpty() && !a.parent().equals("0")) {
                byParent.computeIfAbsent(a.parent(), k -> new ArrayList<>()).add(a);
            }
            while (attachments.size() > maxAttachments || attachmentBytes > maxAttachmentBytes
                    && !attachments.isEmpty()) {
                Iterator<Attachment> oldest = attachments.values().iterator();
                Attachment gone = oldest.next();
                oldest.remove();
                forget(gone);
            }
            List<Waiting> ready = new ArrayList<>();
            for (Waiting w : pending.values()) {
                if (w.missing.remove(a.id()) && w.missing.isEmpty() && !w.wantsChildren) {
                    ready.add(w);
                }
            }
            ready.forEach(this::complete);
        }

        /** Drops an attachment that left the index from the by-parent lists and the byte count. */
        private void forget(Attachment gone) {
            attachmentBytes -= gone.size();
            List<Attachment> siblings = byParent.get(gone.parent());
            if (siblings != null) {
                siblings.remove(gone);
                if (siblings.isEmpty()) {
                    byParent.remove(gone.parent());
                }
            }
        }

        private void post(RawItem item) {
            Set<String> wanted = new HashSet<>();
            String thumbnail = item.meta.getOrDefault("_thumbnail_id", "").strip();
            if (!thumbnail.isEmpty()) {
                wanted.add(thumbnail);
            }
            boolean children = false;
            Matcher g = GALLERY.matcher(item.get("content:encoded"));
            while (g.find()) {
                Map<String, String> attrs = Shortcodes.attrs(g.group(1));
                String ids = attrs.getOrDefault("ids", attrs.getOrDefault("include", ""));
                if (ids.isBlank()) {
                    children = true;
                } else {
                    for (String id : ids.split("[,\\s]+")) {
                        if (!id.isEmpty()) {
                            wanted.add(id);
                        }
                    }
                }
            }
            wanted.removeIf(attachments::containsKey);
            if (wanted.isEmpty() && !children) {
                emit(item);
                return;
            }
            pending.put(item.id() + "@" + item.line, new Waiting(item, wanted, children));
            pendingChars += item.chars;
            while (pending.size() > maxPending || pendingChars > maxPendingChars && !pending.isEmpty()) {
                complete(pending.values().iterator().next());
            }
        }

        private void complete(Waiting w) {
            pending.remove(w.item.id() + "@" + w.item.line);
            pendingChars -= w.item.chars;
            emit(w.item);
        }

        private void flushAll() {
            while (!pending.isEmpty()) {
                complete(pending.values().iterator().next());
            }
        }

        private void emit(RawItem item) {
            Optional<ImportedArticle> a = mapper.post(item, id -> Optional.ofNullable(attachments.get(id)),
                    id -> byParent.getOrDefault(id, List.of()));
            if (a.isPresent()) {
                report.countArticle(a.get().comments().size());
                sink.accept(a.get());
            }
        }
    }

    /**
     * Reads the channel of an export, up to its first item, importing nothing: its {@code title}, {@code link},
     * {@code description}, {@code language}, {@code wp:wxr_version}, {@code wp:base_site_url} and other text
     * fields, which a host needs to set up its site before the import (the quickstart's {@code import wxr} does).
     *
     * @param in the export; read up to its first item, not closed
     * @return the channel's text fields by qualified name, stripped, as the export spells them
     * @throws WxrException when the head of the file is broken or is not a WordPress export; its report holds
     *     only the failure
     * @since 0.2.0
     */
    public Map<String, String> channel(InputStream in) throws WxrException {
        Objects.requireNonNull(in, "in");
        Map<String, String> fields = new TreeMap<>();
        WxrParser parser = null;
        try {
            parser = new WxrParser(in, maxFieldChars);
            boolean channel = parser.run(new WxrParser.Handler() {
                @Override
                public void channel(String name, String value) {
                    fields.put(name, value.strip());
                }

                @Override
                public void author(Map<String, String> f) {
                }

                @Override
                public void term(String kind, Map<String, String> f) {
                }

                @Override
                public void item(RawItem item) throws XMLStreamException {
                    throw new FirstItem();
                }
            });
            if (!channel) {
                throw noChannel();
            }
        } catch (FirstItem done) {
            // the channel's fields come before its items
        } catch (XMLStreamException e) {
            throw broken(e, parser, new ImportReport());
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /** Ends {@link #channel(InputStream)} at the first item. */
    private static final class FirstItem extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        FirstItem() {
            super("the first item");
        }
    }

    private static XMLStreamException noChannel() {
        return new XMLStreamException("the <rss> element has no <channel>: this is not a WordPress export",
                (javax.xml.stream.Location) null);
    }

    /** The exception for broken input, naming the line and column; the report is told too. */
    private static WxrException broken(XMLStreamException e, @Nullable WxrParser parser, ImportReport report) {
        ExportReader.Undecodable bad = undecodable(e);
        int line = bad != null ? bad.line : e.getLocation() != null ? e.getLocation().getLineNumber()
                : parser != null ? parser.line() : -1;
        int column = bad != null ? bad.column : e.getLocation() != null ? e.getLocation().getColumnNumber()
                : parser != null ? parser.column() : -1;
        String why = bad != null ? bad.getMessage() : reason(e);
        report.fail(new ImportReport.Failure(line, column, why));
        return new WxrException("broken WXR input at line " + line + ", column " + column + ": " + why + " ("
                + report.articles() + " articles imported before it)", line, column, report, e);
    }

    private static ExportReader.@Nullable Undecodable undecodable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof ExportReader.Undecodable u) {
                return u;
            }
        }
        return null;
    }

    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // the JDK's messages start with "ParseError at [row,col]:[3,4]\nMessage: …"; keep the message
        int at = m.indexOf("Message: ");
        String why = at >= 0 ? m.substring(at + "Message: ".length()) : m;
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause != null && cause.getMessage() != null && !why.contains(cause.getMessage())) {
            why = why + " (" + cause.getMessage() + ")";
        }
        return why.strip();
    }

    /**
     * Options of a {@link WxrImporter}. Not thread-safe; the importer it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private HtmlPolicy articlePolicy = HtmlPolicy.article();
        private HtmlPolicy commentPolicy = HtmlPolicy.comment();
        private String idPrefix = DEFAULT_ID_PREFIX;
        private int maxPending = DEFAULT_MAX_PENDING;
        private long maxPendingChars = DEFAULT_MAX_PENDING_CHARS;
        private int maxAttachments = DEFAULT_MAX_ATTACHMENTS;
        private long maxAttachmentBytes = DEFAULT_MAX_ATTACHMENT_BYTES;
        private int maxFieldChars = DEFAULT_MAX_FIELD_CHARS;

        private Builder() {
        }

        /**
         * @param policy how post bodies are sanitized; default {@link HtmlPolicy#article()}
         * @return this builder
         */
        public Builder articlePolicy(HtmlPolicy policy) {
            this.articlePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param policy how comment bodies are sanitized; default {@link HtmlPolicy#comment()}
         * @return this builder
         */
        public Builder commentPolicy(HtmlPolicy policy) {
            this.commentPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param prefix put before WordPress ids to make ours: post 42 becomes {@code wp-42}, comment 7
         *     {@code wp-c-7}; default {@value #DEFAULT_ID_PREFIX}. Letters, digits, {@code .}, {@code _},
         *     {@code :} and {@code -}, starting with a letter or digit
         * @return this builder
         * @throws IllegalArgumentException naming the value when it is not such a prefix
         */
        public Builder idPrefix(String prefix) {
            this.idPrefix = Options.idPrefix(prefix);
            return this;
        }

        /**
         * @param max most posts that wait for attachments later in the file; default
         *     {@value #DEFAULT_MAX_PENDING}; at least 0
         * @return this builder
         */
        public Builder maxPending(int max) {
            this.maxPending = Options.atLeast(max, 0, "maxPending");
            return this;
        }

        /**
         * @param max most characters of waiting posts; default {@value #DEFAULT_MAX_PENDING_CHARS}; at least 0
         * @return this builder
         */
        public Builder maxPendingChars(long max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxPendingChars must be at least 0, was " + max);
            }
            this.maxPendingChars = max;
            return this;
        }

        /**
         * @param max most attachments remembered for later posts; default {@value #DEFAULT_MAX_ATTACHMENTS}
         * @return this builder
         */
        public Builder maxAttachments(int max) {
            this.maxAttachments = Options.atLeast(max, 0, "maxAttachments");
            return this;
        }

        /**
         * @param max about how many bytes the remembered attachments may hold (estimated from their strings);
         *     default {@value #DEFAULT_MAX_ATTACHMENT_BYTES}; at least 0
         * @return this builder
         * @since 0.2.0
         */
        public Builder maxAttachmentBytes(long max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxAttachmentBytes must be at least 0, was " + max);
            }
            this.maxAttachmentBytes = max;
            return this;
        }

        /**
         * @param max longest text of one field (a body, a comment), in characters; a post with a longer field is
         *     rejected with {@code too_long}; default {@value #DEFAULT_MAX_FIELD_CHARS}
         * @return this builder
         */
        public Builder maxFieldChars(int max) {
            this.maxFieldChars = Options.atLeast(max, 1, "maxFieldChars");
            return this;
        }


        /** @return the importer */
        public WxrImporter build() {
            return new WxrImporter(this);
        }
    }
}
