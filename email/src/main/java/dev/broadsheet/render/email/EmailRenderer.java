package dev.broadsheet.render.email;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Image;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Renders newsletter messages — {@link #confirmation() confirmation}, {@link #welcome() welcome},
 * {@link #digest(List) digest}, {@link #alert(Article) alert} and {@link #unsubscribed() unsubscribe
 * confirmation} — for one site, in one language.
 *
 * <p>Each message is rendered once into an {@link EmailTemplate} and then {@link EmailTemplate#stamp stamped}
 * per recipient. The HTML part is written for mail clients: a table layout at most {@value #WIDTH} px wide, every
 * style inlined into {@code style} attributes (no {@code <style>}, no stylesheet link, no {@code class} left), no
 * script, a hidden preheader, explicit text and background colours on every block (so a client's dark mode that
 * inverts colours keeps the contrast), {@code lang} and {@code dir} from the {@link Labels} (Arabic mail is
 * right-to-left), and images only with {@code alt}, {@code width}, {@code height} and absolute https URLs.
 * Article bodies come from their sanitized {@code SafeHtml}, converted for mail: embeds become links (a YouTube
 * embed its linked thumbnail). The plain-text part comes from {@code PlainText}, with every link as a numbered
 * footnote.
 *
 * <p>Subscriber addresses never enter a part: the recipient's name and signed links are the only personal
 * values, and they are stamped in.
 *
 * <p>Immutable and thread-safe; build one per site and language and share it.
 *
 * @since 0.1.0
 */
public final class EmailRenderer {

    /** The message's width in CSS pixels, the width mail clients' preview panes are designed for. */
    public static final int WIDTH = 600;
    /** The width of the content column: {@link #WIDTH} less 24 px of padding on each side. */
    public static final int CONTENT_WIDTH = WIDTH - 48;
    /** The default {@linkplain Builder#maxArticles(int) largest number of articles} in a digest. */
    public static final int DEFAULT_MAX_ARTICLES = 50;
    /** The longest preheader written, in characters; longer text is cut at a word. */
    public static final int MAX_PREHEADER = 150;

    private static final CssInliner STYLE = CssInliner.builder()
            .rule("body", "margin", "0", "padding", "0", "background-color", "#eeeeee", "color", "#1a1a1a")
            .rule(".preheader", "display", "none", "max-height", "0", "overflow", "hidden", "opacity", "0",
                    "color", "#eeeeee", "font-size", "1px", "line-height", "1px")
            .rule("table", "border-collapse", "collapse", "width", "100%")
            .rule("td, th", "color", "#1a1a1a", "background-color", "#ffffff", "text-align", "start")
            .rule(".outer", "background-color", "#eeeeee")
            .rule(".outer > tbody > tr > td", "padding", "16px 0", "background-color", "#eeeeee")
            .rule(".card", "max-width", WIDTH + "px", "margin", "0 auto", "table-layout", "fixed",
                    "background-color", "#ffffff")
            .rule(".card td", "padding", "0 24px", "font-family", "Georgia, 'Times New Roman', serif", "font-size", "17px", "line-height", "1.5")
            .rule(".masthead", "padding", "20px 24px", "border-bottom", "3px solid #1a1a1a", "font-size", "24px",
                    "font-weight", "bold")
            .rule(".masthead a", "color", "#1a1a1a", "text-decoration", "none")
            .rule(".content", "padding", "8px 24px 24px")
            .rule("h1", "font-size", "26px", "line-height", "1.25", "margin", "16px 0 8px", "color", "#1a1a1a")
            .rule("h2", "font-size", "21px", "line-height", "1.3", "margin", "20px 0 6px", "color", "#1a1a1a")
            .rule("h2 a", "color", "#1a1a1a", "text-decoration", "none")
            .rule("p", "margin", "0 0 14px")
            .rule("a", "color", "#0b5cad")
            .rule("img", "display", "block", "max-width", "100%", "height", "auto", "border", "0")
            .rule("blockquote", "margin", "0 0 14px", "padding", "0 16px", "border-left",
                    "3px solid #999999")
            .rule(".label", "font-family", "Arial, Helvetica, sans-serif", "font-size", "13px",
                    "font-weight", "bold", "text-transform", "uppercase", "color", "#b00020", "margin", "16px 0 0")
            .rule(".dek", "color", "#444444")
            .rule(".content td, .content th", "padding", "4px 8px", "border", "1px solid #dddddd",
                    "font-size", "15px")
            .rule(".button", "display", "inline-block", "padding", "12px 22px", "background-color", "#0b5cad",
                    "color", "#ffffff", "font-family", "Arial, Helvetica, sans-serif", "font-weight", "bold",
                    "text-decoration", "none", "border-radius", "4px")
            .rule(".footer", "padding", "16px 24px 24px", "border-top", "1px solid #dddddd",
                    "font-family", "Arial, Helvetica, sans-serif", "font-size", "13px", "color", "#555555")
            .rule(".footer a", "color", "#555555")
            .build();

    private final Site site;
    private final Links links;
    private final Labels labels;
    private final int maxArticles;
    private final boolean amp;

    private EmailRenderer(Builder b) {
        this.site = Objects.requireNonNull(b.site, "site must be set");
        this.links = b.links != null ? b.links : Links.of(site);
        this.labels = b.labels != null ? b.labels : Labels.of(site.locale());
        this.maxArticles = b.maxArticles;
        this.amp = b.amp;
    }

    /** @return a builder; {@link Builder#site(Site)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the labels messages are written in */
    public Labels labels() {
        return labels;
    }

    /**
     * The double opt-in message: a button to the recipient's {@link Recipient#confirmUrl() confirmation URL}.
     *
     * @return the template; stamping needs a recipient with a confirmation URL
     */
    public EmailTemplate confirmation() {
        Message m = new Message(EmailKind.CONFIRMATION, labels.format("mail.confirm.subject", site.name()),
                labels.get("mail.confirm.preheader"));
        m.heading(labels.get("newsletter.confirm.title"));
        m.greeting();
        m.paragraph(labels.format("mail.confirm.intro", site.name()));
        m.button(Slot.CONFIRM_URL, labels.get("mail.confirm.button"));
        return m.done();
    }

    /** @return the welcome message, sent once a subscription is confirmed */
    public EmailTemplate welcome() {
        Message m = new Message(EmailKind.WELCOME, labels.format("mail.welcome.subject", site.name()),
                labels.get("mail.welcome.preheader"));
        m.heading(labels.format("mail.welcome.subject", site.name()));
        m.greeting();
        m.paragraph(labels.format("mail.welcome.intro", site.name()));
        return m.done();
    }

    /**
     * A digest under the default subject ("{site}: the latest stories").
     *
     * @param articles the stories, in the order to list them: the latest for the subscribers' topics, or the
     *     editor's selection
     * @return the template
     * @throws IllegalArgumentException when the list is empty or longer than {@link Builder#maxArticles(int)}
     */
    public EmailTemplate digest(List<Article> articles) {
        return digest(labels.format("mail.digest.subject", site.name()), articles);
    }

    /**
     * A digest under the editor's subject.
     *
     * @param subject the subject line (plain text; line breaks become spaces)
     * @param articles the stories, in the order to list them
     * @return the template
     * @throws IllegalArgumentException when the list is empty or longer than {@link Builder#maxArticles(int)}
     */
    public EmailTemplate digest(String subject, List<Article> articles) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(articles, "articles");
        if (articles.isEmpty() || articles.size() > maxArticles) {
            throw new IllegalArgumentException("articles must hold 1 to " + maxArticles + " articles, held "
                    + articles.size());
        }
        StringBuilder pre = new StringBuilder();
        for (Article a : articles) {
            if (pre.length() > 0) {
                pre.append(" · ");
            }
            pre.append(a.headline());
            if (pre.length() > MAX_PREHEADER) {
                break;
            }
        }
        Message m = new Message(EmailKind.DIGEST, subject, pre.toString());
        m.greeting();
        m.paragraph(labels.get("mail.digest.intro"));
        for (Article a : articles) {
            m.teaser(a);
        }
        return m.done();
    }

    /**
     * A breaking-news alert: the label, the headline, the dek and the whole body, converted for mail.
     *
     * @param article the story
     * @return the template
     */
    public EmailTemplate alert(Article article) {
        Objects.requireNonNull(article, "article");
        String pre = article.dek().or(article::description).orElseGet(() -> article.body().excerpt());
        Message m = new Message(EmailKind.ALERT, labels.get("mail.alert.label") + ": " + article.headline(), pre);
        m.label(labels.get("mail.alert.label"));
        m.heading(article.headline());
        article.dek().ifPresent(m::dek);
        m.image(article.featuredImage().orElse(null));
        m.body(article);
        m.link(links.article(article), labels.get("mail.read"));
        return m.done();
    }

    /** @return the message confirming that an address is unsubscribed */
    public EmailTemplate unsubscribed() {
        Message m = new Message(EmailKind.UNSUBSCRIBED, labels.format("mail.unsubscribed.subject", site.name()),
                labels.get("mail.unsubscribed.preheader"));
        m.heading(labels.get("mail.unsubscribed.preheader"));
        m.greeting();
        m.paragraph(labels.format("mail.unsubscribed.intro", site.name()));
        m.link(links.home(), site.name());
        return m.done();
    }

    /** One message being written: the HTML through the {@link MailWriter}, the text beside it. */
    private final class Message {
        private final EmailKind kind;
        private final String subject;
        private final String preheader;
        private final MailWriter html = new MailWriter();
        private final StringBuilder text = new StringBuilder(4096);
        private final List<String> footnotes = new ArrayList<>();

        Message(EmailKind kind, String subject, String preheader) {
            this.kind = kind;
            this.subject = oneLine(subject);
            this.preheader = cut(oneLine(preheader), MAX_PREHEADER);
            html.markup("<!DOCTYPE html>").start("html").attr("lang", labels.language())
                    .attr("dir", labels.direction()).end()
                    .markup("<head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            + "<meta name=\"color-scheme\" content=\"light\">"
                            + "<meta name=\"supported-color-schemes\" content=\"light\">")
                    .open("title").text(this.subject).close("title").markup("</head>")
                    .markup("<body><div class=\"preheader\">").text(this.preheader).markup("</div>")
                    .markup("<table role=\"presentation\" class=\"outer\"><tbody><tr><td>"
                            + "<table role=\"presentation\" class=\"card\"><tbody><tr><td class=\"masthead\">")
                    .start("a").attr("href", links.home()).end().text(site.name()).close("a")
                    .markup("</td></tr><tr><td class=\"content\">");
            text.append(Slot.scrub(site.name())).append("\n\n");
        }

        void heading(String s) {
            html.open("h1").text(s).close("h1");
            text.append(Slot.scrub(s)).append("\n\n");
        }

        void label(String s) {
            html.markup("<p class=\"label\">").text(s).close("p");
            text.append(Slot.scrub(s)).append(":\n");
        }

        void dek(String s) {
            html.markup("<p class=\"dek\">").text(s).close("p");
            text.append(Slot.scrub(s)).append("\n\n");
        }

        void greeting() {
            html.open("p").slot(Slot.GREETING).close("p");
            text.append(Slot.GREETING.marker()).append("\n\n");
        }

        void paragraph(String s) {
            html.open("p").text(s).close("p");
            text.append(Slot.scrub(s)).append("\n\n");
        }

        void button(Slot url, String label) {
            html.open("p").start("a").attr("class", "button").attr("href", url).end().text(label).close("a")
                    .close("p");
            text.append(Slot.scrub(label)).append(' ').append(footnote(url.marker())).append("\n\n");
        }

        void link(String url, String label) {
            html.open("p").start("a").attr("href", url).end().text(label).close("a").close("p");
            text.append(Slot.scrub(label)).append(' ').append(footnote(Slot.scrub(url))).append("\n\n");
        }

        void image(@Nullable Image image) {
            if (image == null || image.width().isEmpty() || image.height().isEmpty()
                    || !image.url().startsWith("https://")) {
                return;
            }
            int w = image.width().get();
            int h = image.height().get();
            if (w > CONTENT_WIDTH) {
                h = (int) Math.round((double) h * CONTENT_WIDTH / w);
                w = CONTENT_WIDTH;
            }
            html.start("img").attr("src", image.url()).attr("alt", image.alt().orElse(""))
                    .attr("width", Integer.toString(w)).attr("height", Integer.toString(h)).end();
        }

        void teaser(Article a) {
            String url = links.article(a);
            image(a.featuredImage().orElse(null));
            html.open("h2").start("a").attr("href", url).end().text(a.headline()).close("a").close("h2");
            String summary = a.dek().or(a::description).orElseGet(() -> a.body().excerpt());
            html.open("p").text(summary).close("p");
            text.append(Slot.scrub(a.headline())).append(' ').append(footnote(Slot.scrub(url))).append('\n')
                    .append(Slot.scrub(summary)).append("\n\n");
        }

        void body(Article a) {
            MailBody body = MailBody.convert(a.body(), links.baseUrl(), CONTENT_WIDTH, labels.get("mail.video"));
            html.raw(body.html());
            text.append(Slot.scrub(body.text(footnotes))).append("\n\n");
        }

        private String footnote(String url) {
            footnotes.add(url);
            return "[" + footnotes.size() + "]";
        }

        EmailTemplate done() {
            html.markup("</td></tr><tr><td class=\"footer\">");
            text.append("-- \n");
            if (kind.unsubscribable()) {
                String why = labels.format("mail.footer.why", site.name());
                String unsubscribe = labels.get("mail.footer.unsubscribe");
                html.open("p").text(why).close("p").open("p").start("a").attr("href", Slot.UNSUBSCRIBE_URL).end()
                        .text(unsubscribe).close("a").close("p");
                text.append(Slot.scrub(why)).append('\n').append(Slot.scrub(unsubscribe)).append(' ')
                        .append(footnote(Slot.UNSUBSCRIBE_URL.marker())).append('\n');
            }
            html.open("p").text(site.publisherName()).close("p");
            text.append(Slot.scrub(site.publisherName())).append('\n');
            html.markup("</td></tr></tbody></table></td></tr></tbody></table></body></html>");
            if (!footnotes.isEmpty()) {
                text.append('\n').append(Slot.scrub(labels.get("mail.links"))).append(":\n");
                for (int i = 0; i < footnotes.size(); i++) {
                    text.append('[').append(i + 1).append("] ").append(footnotes.get(i)).append('\n');
                }
            }
            String written = html.toString();
            return new EmailTemplate(kind, subject, preheader, inline(written), text.toString(),
                    amp ? AmpMail.convert(written, STYLE) : null, labels);
        }
    }

    /** Parses the written document, inlines the stylesheet and writes it back, compact, in UTF-8. */
    private static String inline(String written) {
        Document doc = Jsoup.parse(written);
        STYLE.inline(doc);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return doc.outerHtml();
    }

    /** Line breaks and other control characters become spaces: a subject or preheader is one line. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
        }
        return out.toString().strip();
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int at = s.lastIndexOf(' ', max - 1);
        return (at > max / 2 ? s.substring(0, at) : s.substring(0, max - 1)) + "…";
    }

    @Override
    public String toString() {
        return "EmailRenderer[" + site.name() + ", " + labels.language() + "]";
    }

    /**
     * Configures an {@link EmailRenderer}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Site site;
        private @Nullable Links links;
        private @Nullable Labels labels;
        private int maxArticles = DEFAULT_MAX_ARTICLES;
        private boolean amp;

        private Builder() {
        }

        /**
         * @param site the publication (required)
         * @return this builder
         */
        public Builder site(Site site) {
            this.site = Objects.requireNonNull(site, "site");
            return this;
        }

        /**
         * @param links the URL scheme; default {@link Links#of(Site)}
         * @return this builder
         */
        public Builder links(Links links) {
            this.links = Objects.requireNonNull(links, "links");
            return this;
        }

        /**
         * @param labels the language of the messages; default {@link Labels#of(java.util.Locale)} for the site's
         *     locale
         * @return this builder
         */
        public Builder labels(Labels labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /**
         * @param max the largest number of articles in a digest, 1 or more; default {@value EmailRenderer#DEFAULT_MAX_ARTICLES}
         * @return this builder
         */
        public Builder maxArticles(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxArticles must be at least 1, was " + max);
            }
            this.maxArticles = max;
            return this;
        }

        /**
         * Whether messages get an AMP4EMAIL part ({@code text/x-amp-html}), for mail clients that show AMP for
         * Email from senders registered with them. Default {@code false}.
         *
         * @param amp true to write the AMP part
         * @return this builder
         */
        public Builder ampPart(boolean amp) {
            this.amp = amp;
            return this;
        }

        /** @return the renderer */
        public EmailRenderer build() {
            return new EmailRenderer(this);
        }
    }
}
