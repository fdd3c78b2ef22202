package dev.broadsheet.interchange.wordpress;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitized;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.text.Slugs;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Interprets WXR records as model values, every one through the model's builders, and tells the report what it
 * could not carry over. The mapping tables are in {@code interchange/README.md}.
 */
final class ItemMapper {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern META_SIZE = Pattern.compile(
            "s:5:\"width\";i:([0-9]{1,6});s:6:\"height\";i:([0-9]{1,6});");
    private static final Pattern META_RENDITION = Pattern.compile(
            "s:4:\"file\";s:[0-9]+:\"([^\"/\\\\]{1,200})\";s:5:\"width\";i:([0-9]{1,6});s:6:\"height\";i:([0-9]{1,6});");

    /**
     * The block editor's delimiters, {@code <!-- wp:paragraph -->} and {@code <!-- /wp:paragraph -->}, with the line
     * break after them: markup for the editor only, and left in they would make empty paragraphs.
     */
    private static final Pattern BLOCK_DELIMITER = Pattern.compile("<!-- /?wp:[a-z][^>]*-->\\n?");
    /** DEL and the C1 controls, which HTML forbids in text. */
    private static final Pattern CONTROL = Pattern.compile("[\\u007F-\\u009F]");
    /** Most sections kept built; an export has a few hundred categories, and past this they are built anew. */
    private static final int MAX_SECTIONS = 10_000;

    /** A category as the channel defines it. */
    private record CategoryDef(String nicename, String name, String parent, String description) {
    }

    private final WxrImporter config;
    private final ImportReport report;
    private final Map<String, Person> authors = new HashMap<>();
    private final Map<String, CategoryDef> categories = new HashMap<>();
    private final Map<String, String> categoryByTermId = new HashMap<>();
    private final Map<String, String> tagDescriptions = new HashMap<>();
    private final Map<String, Section> sections = new HashMap<>();
    private @Nullable String language;

    ItemMapper(WxrImporter config, ImportReport report) {
        this.config = config;
        this.report = report;
    }

    // ---- channel records

    void channel(String name, String value) {
        report.channel(name, value.strip());
        if (name.equals("language") && !value.isBlank()) {
            language = value.strip();
        }
    }

    void author(Map<String, String> f) {
        String login = f.getOrDefault("wp:author_login", "").strip();
        // the display name, else first and last name, else the login; never an email address in a public name
        String display = "";
        for (String candidate : List.of(f.getOrDefault("wp:author_display_name", ""),
                f.getOrDefault("wp:author_first_name", "") + " " + f.getOrDefault("wp:author_last_name", ""), login)) {
            if (!candidate.isBlank() && !candidate.contains("@")) {
                display = candidate.strip();
                break;
            }
        }
        String slugSource = login.contains("@") || login.isEmpty() ? display : login;
        Person.Builder b = Person.builder().name(display);
        String slug = Slugs.of(slugSource);
        if (!slug.isEmpty()) {
            b.slug(slug);
        }
        List<Violation> problems = b.validate();
        String item = "author:" + (login.isEmpty() ? "?" : login);
        if (problems.isEmpty()) {
            authors.put(login, b.build());
        } else {
            problems.forEach(v -> report.reject(item, "/authors" + v.path(), v.code(), describe(v)));
        }
    }

    void term(String kind, Map<String, String> f) {
        switch (kind) {
            case "wp:category" -> category(f.getOrDefault("wp:term_id", ""), f.getOrDefault("wp:category_nicename", ""),
                    f.getOrDefault("wp:cat_name", ""), f.getOrDefault("wp:category_parent", ""),
                    f.getOrDefault("wp:category_description", ""));
            case "wp:tag" -> tagDescriptions.put(f.getOrDefault("wp:tag_slug", ""),
                    f.getOrDefault("wp:tag_description", ""));
            default -> {
                String taxonomy = f.getOrDefault("wp:term_taxonomy", "");
                if (taxonomy.equals("category")) {
                    category(f.getOrDefault("wp:term_id", ""), f.getOrDefault("wp:term_slug", ""),
                            f.getOrDefault("wp:term_name", ""), f.getOrDefault("wp:term_parent", ""),
                            f.getOrDefault("wp:term_description", ""));
                } else if (taxonomy.equals("post_tag")) {
                    tagDescriptions.put(f.getOrDefault("wp:term_slug", ""), f.getOrDefault("wp:term_description", ""));
                }
            }
        }
    }

    private void category(String termId, String nicename, String name, String parent, String description) {
        String nice = nicename.strip();
        categories.put(nice, new CategoryDef(nice, name.strip(), parent.strip(), description.strip()));
        if (!termId.isBlank()) {
            categoryByTermId.put(termId.strip(), nice);
        }
    }

    // ---- attachments

    Attachment attachment(RawItem item) {
        String url = item.get("wp:attachment_url").strip();
        if (url.isEmpty()) {
            url = item.get("guid").strip();
        }
        String metadata = item.meta.getOrDefault("_wp_attachment_metadata", "");
        Integer width = null;
        Integer height = null;
        Matcher size = META_SIZE.matcher(metadata);
        if (size.find()) {
            width = positive(size.group(1));
            height = positive(size.group(2));
        }
        List<Image.Rendition> renditions = new ArrayList<>();
        int slash = url.lastIndexOf('/');
        Matcher r = META_RENDITION.matcher(metadata);
        while (r.find() && slash > 0 && renditions.size() < Image.MAX_RENDITIONS) {
            Integer w = positive(r.group(2));
            Integer h = positive(r.group(3));
            if (w != null && h != null) {
                try {
                    renditions.add(new Image.Rendition(url.substring(0, slash + 1) + r.group(1), w, h));
                } catch (ValidationException e) {
                    report.change(item.id(), "/featuredImage/renditions", "rendition.invalid", e.getMessage());
                }
            }
        }
        return new Attachment(item.id(), item.get("wp:post_parent").strip(), url,
                PlainText.of(item.meta.getOrDefault("_wp_attachment_image_alt", "")).strip(),
                PlainText.of(item.get("excerpt:encoded")).strip(), PlainText.of(item.get("title")).strip(),
                width, height, List.copyOf(renditions));
    }

    private static @Nullable Integer positive(String digits) {
        int v = Integer.parseInt(digits);
        return v > 0 ? v : null;
    }

    // ---- posts

    /**
     * Maps a post.
     *
     * @param attachments the attachments seen so far, by id
     * @param children the attachments whose parent is a post, by that post's id
     * @return the article, or empty when it was rejected (the report says why)
     */
    Optional<ImportedArticle> post(RawItem item, Function<String, Optional<Attachment>> attachments,
            Function<String, List<Attachment>> children) {
        String id = item.id();
        String articleId = config.idPrefix() + id;
        if (item.overlong != null) {
            report.reject(id, item.overlong, "too_long", "the field is longer than the importer's limit of "
                    + config.maxFieldChars() + " characters; the item is not imported");
            return Optional.empty();
        }
        Article.Builder a = Article.builder().id(articleId);
        a.headline(PlainText.of(item.get("title")).strip());
        String slug = slug(item.get("wp:post_name"));
        if (slug != null) {
            a.slug(slug);
        }
        // status and dates
        String wpStatus = item.get("wp:status").strip();
        ArticleStatus status = status(id, wpStatus, item);
        a.status(status);
        Instant published = gmt(item.get("wp:post_date_gmt"));
        if (published == null && (status != ArticleStatus.DRAFT)) {
            published = rfc1123(item.get("pubDate"));
        }
        if (published != null && (status != ArticleStatus.DRAFT || !wpStatus.equals("draft"))) {
            a.publishedAt(published);
        }
        Instant modified = gmt(item.get("wp:post_modified_gmt"));
        if (modified != null && published != null && modified.isAfter(published) && status != ArticleStatus.DRAFT) {
            a.modifiedAt(modified);
        }
        // people
        String login = item.get("dc:creator").strip();
        Person author = authors.get(login);
        if (author == null && !login.isEmpty()) {
            report.change(id, "/authors/0", "author.unknown", "the author \"" + login + "\" is not among the "
                    + "export's wp:author records; the login is used as the name");
            try {
                author = Person.of(login.contains("@") ? login.substring(0, login.indexOf('@')) : login);
            } catch (ValidationException e) {
                author = null;
            }
        }
        if (author != null) {
            a.addAuthor(author);
        }
        // text
        Map<String, String> meta = item.meta;
        String excerpt = PlainText.of(item.get("excerpt:encoded")).strip();
        String metaDescription = PlainText.of(meta.getOrDefault("_yoast_wpseo_metadesc", "")).strip();
        if (!metaDescription.isEmpty()) {
            a.description(metaDescription);
            if (!excerpt.isEmpty()) {
                a.dek(excerpt);
            }
        } else if (!excerpt.isEmpty()) {
            a.description(excerpt);
        }
        String seoTitle = meta.getOrDefault("_yoast_wpseo_title", "").strip();
        if (!seoTitle.isEmpty()) {
            report.change(id, "/headline", "yoast.title", "the Yoast SEO title \"" + seoTitle + "\" has no field in "
                    + "the model and is not imported; the post title is the headline");
        }
        String canonical = meta.getOrDefault("_yoast_wpseo_canonical", "").strip();
        if (!canonical.isEmpty()) {
            a.canonicalUrl(canonical);
        }
        if (language != null) {
            a.language(language);
        }
        a.commentMode(item.get("wp:comment_status").strip().equals("closed") ? CommentMode.CLOSED
                : CommentMode.OPEN);
        // terms
        section(id, item, a);
        tags(id, item, a);
        // images
        String thumbnail = meta.getOrDefault("_thumbnail_id", "").strip();
        if (!thumbnail.isEmpty()) {
            Optional<Attachment> att = attachments.apply(thumbnail);
            if (att.isPresent()) {
                image(id, att.get()).ifPresent(a::featuredImage);
            } else {
                report.change(id, "/featuredImage", "featured_image.missing", "the featured image (attachment "
                        + thumbnail + ") is not in the export; the article has none");
            }
        }
        // body
        Shortcodes.Context ctx = new Shortcodes.Context() {
            @Override
            public Optional<Attachment> attachment(String attachmentId) {
                return attachments.apply(attachmentId);
            }

            @Override
            public List<Attachment> children() {
                return children.apply(item.id());
            }

            @Override
            public void unknown(String name) {
                report.shortcode(name, id);
            }

            @Override
            public void change(String code, String message) {
                report.change(id, "/body", code, message);
            }
        };
        String content = BLOCK_DELIMITER.matcher(controls(id, "/body", item.get("content:encoded")))
                .replaceAll("");
        String html = Wpautop.apply(Shortcodes.convert(content, ctx));
        try {
            Sanitized clean = Sanitizer.sanitizeWithReport(html, config.articlePolicy());
            if (!clean.report().isEmpty()) {
                report.change(id, "/body", ImportReport.SANITIZED, clean.report().toString());
            }
            a.body(clean.html());
        } catch (ValidationException e) {
            e.violations().forEach(v -> report.reject(id, "/body", v.code(), describe(v)));
            return Optional.empty();
        }
        List<Violation> problems = a.validate();
        if (!problems.isEmpty()) {
            problems.forEach(v -> report.reject(id, v.path(), v.code(), describe(v)));
            if (!item.comments.isEmpty()) {
                report.skip(id, "wp:comment", "article.rejected", item.comments.size()
                        + " comments are not imported because their post was rejected");
            }
            return Optional.empty();
        }
        Article article = a.build();
        return Optional.of(new ImportedArticle(id, article, comments(id, articleId, item)));
    }

    private ArticleStatus status(String id, String wpStatus, RawItem item) {
        boolean password = !item.get("wp:post_password").isEmpty();
        ArticleStatus s = switch (wpStatus) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "trash" -> item.meta.getOrDefault("_wp_trash_meta_status", "").equals("publish")
                    ? ArticleStatus.WITHDRAWN : ArticleStatus.DRAFT;
            case "draft", "pending" -> ArticleStatus.DRAFT;
            case "private" -> {
                report.change(id, "/status", "status.private", "a private post is imported as a draft, "
                        + "the model's only status that no reader sees");
                yield ArticleStatus.DRAFT;
            }
            default -> {
                report.change(id, "/status", "status.unknown", "the status \"" + wpStatus + "\" is unknown; the "
                        + "post is imported as a draft");
                yield ArticleStatus.DRAFT;
            }
        };
        if (password && s != ArticleStatus.DRAFT) {
            report.change(id, "/status", "status.password", "a password-protected post is imported as a draft "
                    + "(the model has no passwords; publishing it would show it to everyone)");
            return ArticleStatus.DRAFT;
        }
        if (item.get("wp:is_sticky").strip().equals("1")) {
            report.change(id, "wp:is_sticky", "sticky", "the post was sticky; the model has no place for that");
        }
        return s;
    }

    private void section(String id, RawItem item, Article.Builder a) {
        List<RawItem.Term> cats = new ArrayList<>();
        for (RawItem.Term t : item.terms) {
            if (t.domain().equals("category")) {
                cats.add(t);
            }
        }
        if (cats.isEmpty()) {
            return;
        }
        RawItem.Term primary = cats.get(0);
        String yoast = item.meta.getOrDefault("_yoast_wpseo_primary_category", "").strip();
        if (!yoast.isEmpty()) {
            String nice = categoryByTermId.get(yoast);
            for (RawItem.Term t : cats) {
                if (t.nicename().equals(nice)) {
                    primary = t;
                }
            }
        }
        try {
            a.section(section(primary.nicename(), primary.name(), 0));
        } catch (ValidationException e) {
            e.violations().forEach(v -> report.reject(id, "/section" + v.path(), v.code(), describe(v)));
        }
        for (RawItem.Term t : cats) {
            if (t != primary) {
                report.change(id, "/section", "category.secondary", "the post is also in the category \"" + t.name()
                        + "\"; an article has one section, \"" + primary.name() + "\"");
            }
        }
    }

    private Section section(String nicename, String name, int depth) {
        Section known = sections.get(nicename);
        if (known != null) {
            return known;
        }
        CategoryDef def = categories.get(nicename);
        Section.Builder b = Section.builder().name(def == null || def.name().isEmpty() ? PlainText.of(name).strip()
                : PlainText.of(def.name()).strip());
        String slug = slug(nicename);
        if (slug != null) {
            b.slug(slug);
        }
        if (def != null) {
            if (!def.description().isEmpty()) {
                b.description(PlainText.of(def.description()).strip());
            }
            if (!def.parent().isEmpty() && depth < Section.MAX_DEPTH - 1 && !def.parent().equals(nicename)) {
                CategoryDef parent = categories.get(def.parent());
                b.parent(section(def.parent(), parent == null ? def.parent() : parent.name(), depth + 1));
            }
        }
        Section s = b.build();
        if (sections.size() < MAX_SECTIONS) {
            sections.put(nicename, s);
        }
        return s;
    }

    private void tags(String id, RawItem item, Article.Builder a) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (RawItem.Term t : item.terms) {
            if (!t.domain().equals("post_tag")) {
                continue;
            }
            Tag.Builder b = Tag.builder().name(PlainText.of(t.name()).strip());
            String slug = slug(t.nicename());
            if (slug != null) {
                b.slug(slug);
            }
            String description = tagDescriptions.getOrDefault(t.nicename(), "");
            if (!description.isBlank()) {
                b.description(PlainText.of(description).strip());
            }
            List<Violation> problems = b.validate();
            if (!problems.isEmpty()) {
                int index = i;
                problems.forEach(v -> report.change(id, "/tags/" + index + v.path(), v.code(), "the tag is left "
                        + "out: " + describe(v)));
                continue;
            }
            Tag tag = b.build();
            if (seen.add(tag.slug())) {
                a.addTag(tag);
                i++;
            } else {
                report.change(id, "/tags", "tag.duplicate", "the tag \"" + t.name() + "\" has the same slug as "
                        + "another tag of the post and is merged with it");
            }
        }
    }

    Optional<Image> image(String id, Attachment att) {
        Image.Builder b = Image.builder().url(att.url()).size(att.width(), att.height()).renditions(att.renditions());
        String alt = att.alt();
        if (alt.isEmpty()) {
            alt = att.caption().isEmpty() ? att.title() : att.caption();
            if (!alt.isEmpty()) {
                report.change(id, "/featuredImage/alt", "alt.from_title", "attachment " + att.id() + " has no alt "
                        + "text; its " + (att.caption().isEmpty() ? "title" : "caption") + " is used");
            }
        }
        if (alt.length() > Image.MAX_ALT) {
            alt = alt.substring(0, Image.MAX_ALT - 1).strip() + "…";
        }
        b.alt(alt.isEmpty() ? null : alt);
        if (!att.caption().isEmpty()) {
            b.caption(att.caption());
        }
        List<Violation> problems = b.validate();
        if (!problems.isEmpty()) {
            problems.forEach(v -> report.change(id, "/featuredImage" + v.path(), v.code(), "the featured image "
                    + "(attachment " + att.id() + ") is left out: " + describe(v)));
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    // ---- comments

    private List<Comment> comments(String id, String articleId, RawItem item) {
        Map<String, Comment> accepted = new LinkedHashMap<>();
        for (Map<String, String> c : item.comments) {
            String cid = c.getOrDefault("wp:comment_id", "").strip();
            String commentId = config.idPrefix() + "c-" + cid;
            String where = "/comments/" + commentId;
            String type = c.getOrDefault("wp:comment_type", "").strip();
            if (type.equals("pingback") || type.equals("trackback")) {
                report.skip(id, where, "comment." + type, "a " + type + " is not a reader's comment; not imported");
                continue;
            }
            Commenter author = commenter(id, where, c);
            if (author == null) {
                continue;
            }
            Comment.Builder b = Comment.builder().id(commentId).articleId(articleId).author(author)
                    .status(commentStatus(id, where, c.getOrDefault("wp:comment_approved", "")));
            String parent = c.getOrDefault("wp:comment_parent", "0").strip();
            if (!parent.isEmpty() && !parent.equals("0")) {
                b.parentId(config.idPrefix() + "c-" + parent);
            }
            Instant at = gmt(c.getOrDefault("wp:comment_date_gmt", ""));
            if (at == null) {
                at = local(c.getOrDefault("wp:comment_date", ""));
                if (at != null) {
                    report.change(id, where + "/createdAt", "date.local", "the comment has no GMT date; its local "
                            + "date is read as UTC");
                }
            }
            b.createdAt(at);
            try {
                Sanitized body = Sanitizer.sanitizeWithReport(
                        Wpautop.apply(controls(id, where + "/body", c.getOrDefault("wp:comment_content", ""))),
                        config.commentPolicy());
                if (!body.report().isEmpty()) {
                    report.change(id, where + "/body", ImportReport.SANITIZED, body.report().toString());
                }
                b.body(body.html());
            } catch (ValidationException e) {
                e.violations().forEach(v -> report.reject(id, where + "/body", v.code(), describe(v)));
                continue;
            }
            List<Violation> problems = b.validate();
            if (!problems.isEmpty()) {
                problems.forEach(v -> report.reject(id, where + v.path(), v.code(), describe(v)));
                continue;
            }
            accepted.put(commentId, b.build());
        }
        List<Comment> out = new ArrayList<>(accepted.size());
        for (Comment c : accepted.values()) {
            String parent = c.parentId().orElse(null);
            if (parent != null && !accepted.containsKey(parent)) {
                report.change(id, "/comments/" + c.id() + "/parentId", "comment.orphan", "the parent comment "
                        + parent + " was not imported; the reply is kept at the top level");
                c = c.toBuilder().parentId(null).build();
            }
            out.add(c);
        }
        return out;
    }

    private @Nullable Commenter commenter(String id, String where, Map<String, String> c) {
        String name = PlainText.of(c.getOrDefault("wp:comment_author", "")).strip();
        if (name.isEmpty()) {
            name = "Anonymous";
            report.change(id, where + "/author/name", "commenter.anonymous", "the comment has no author name; "
                    + "\"Anonymous\" is used");
        }
        Commenter.Builder b = Commenter.builder().name(name);
        String email = c.getOrDefault("wp:comment_author_email", "").strip();
        String url = c.getOrDefault("wp:comment_author_url", "").strip();
        String ip = c.getOrDefault("wp:comment_author_IP", "").strip();
        b.email(email.isEmpty() ? null : email).url(url.isEmpty() ? null : url).ip(ip.isEmpty() ? null : ip);
        List<Violation> problems = b.validate();
        for (Violation v : problems) { // the optional fields: keep the comment, leave out what is invalid
            switch (v.path()) {
                case "/email" -> b.email(null);
                case "/url" -> b.url(null);
                case "/ip" -> b.ip(null);
                default -> {
                    report.reject(id, where + "/author" + v.path(), v.code(), describe(v));
                    return null;
                }
            }
            report.change(id, where + "/author" + v.path(), v.code(), "left out: " + describe(v));
        }
        return b.build();
    }

    private CommentStatus commentStatus(String id, String where, String approved) {
        return switch (approved.strip()) {
            case "1" -> CommentStatus.APPROVED;
            case "0" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.TRASH;
            default -> {
                report.change(id, where + "/status", "comment.status", "the approval \"" + approved + "\" is "
                        + "unknown; the comment waits for moderation");
                yield CommentStatus.PENDING;
            }
        };
    }

    // ---- values

    /**
     * Removes the control characters HTML forbids in text (DEL and the C1 controls U+0080–U+009F; XML already
     * refuses the C0 ones but tab and line breaks), which old exports carry from text pasted out of Windows
     * applications; reports how many.
     */
    private String controls(String id, String field, String text) {
        Matcher m = CONTROL.matcher(text);
        if (!m.find()) {
            return text;
        }
        int count = 0;
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start());
            last = m.end();
            count++;
        } while (m.find());
        out.append(text, last, text.length());
        report.change(id, field, "text.control", count + (count == 1 ? " control character" : " control characters")
                + " (DEL or U+0080–U+009F) removed; HTML does not allow them");
        return out.toString();
    }

    /** {@code post_name} is stored percent-encoded for non-ASCII slugs; decode it, then apply our slug rules. */
    static @Nullable String slug(String postName) {
        String raw = postName.strip();
        if (raw.isEmpty()) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw;
        }
        String slug = Slugs.of(decoded);
        return slug.isEmpty() ? null : slug;
    }

    static @Nullable Instant gmt(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(v, WP_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Instant local(String value) {
        return gmt(value);
    }

    private static @Nullable Instant rfc1123(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String describe(Violation v) {
        return v.rejectedValue() == null ? v.message() : v.message() + " (got \"" + v.rejectedValue() + "\")";
    }
}
