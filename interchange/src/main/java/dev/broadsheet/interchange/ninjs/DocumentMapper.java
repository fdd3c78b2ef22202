package dev.broadsheet.interchange.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.Sanitized;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.text.Slugs;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps one parsed ninjs document to model values: tells the version, then reads the article's properties (the
 * pictures through {@link PictureReader}), marking what it uses so that {@link DocumentReader#walk} can report
 * the rest. The mapping table is in {@code interchange/README.md}.
 */
final class DocumentMapper extends DocumentReader {

    private static final Pattern SCHEMA_VERSION = Pattern.compile("ninjs-schema_([0-9])[._0-9]*\\.json");
    private static final Pattern MAJOR = Pattern.compile("\\s*([0-9])(?:\\.[0-9]+)*\\s*");
    private static final Pattern BY_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern CORRECTION = Pattern.compile(Pattern.quote(NinjsExporter.CORRECTION_PREFIX)
            + "(\\S+): (.*)", Pattern.DOTALL);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern NEWLINE = Pattern.compile("\\R");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(//)?");
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:-]+");
    private static final Pattern NOT_ID_START = Pattern.compile("^[^A-Za-z0-9]+");
    private static final Set<String> CAMEL_KEYS = Set.of("versionCreated", "firstCreated", "contentCreated",
            "pubStatus", "copyrightNotice", "copyrightHolder", "usageTerms", "edNote", "infoSources", "altIds",
            "embargoedUntil", "representationType", "trustIndicators", "eventDetails", "plannedCoverage",
            "rightsInfo", "digitalSourceType");
    private static final Set<String> V1_KEYS = Set.of("headline", "body_text", "body_xhtml", "body_html",
            "description_text", "description_xhtml", "description_html", "description_usage", "subject", "person",
            "organisation", "place", "event", "object", "genre", "trustindicator", "keywords", "mimetype", "service");

    private @Nullable Instant versionCreated;
    private int people;
    private int corrections;

    private final PictureReader pictures = new PictureReader(this);

    DocumentMapper(NinjsImporter config, JsonNode root) {
        super(config, root);
    }

    NinjsImport map() {
        detectVersion();
        String type = text(root, "", "type");
        boolean picture = "picture".equals(type) || "graphic".equals(type);
        Image image = null;
        if (picture || type == null && PictureReader.hasImageRenditions(root)) {
            image = pictures.image(root, "");
        }
        Article article = article();
        walk(root, "");
        return new NinjsImport(article, image, report);
    }

    // ---- version

    private void detectVersion() {
        JsonNode standard = root.get("standard");
        if (standard != null && standard.isObject() && standard.path("version").isTextual()) {
            NinjsVersion v = major(standard.path("version").asText());
            if (v != null) {
                version(v, "standard.version \"" + standard.path("version").asText() + "\"");
                used.add("/standard/version");
                if (standard.path("name").asText("").equalsIgnoreCase("ninjs")) {
                    used.add("/standard/name");
                }
                if (standard.path("schema").isTextual()) {
                    used.add("/standard/schema");
                }
                return;
            }
        }
        for (String name : List.of("$schema", "schema")) {
            JsonNode s = root.get(name);
            if (s != null && s.isTextual()) {
                Matcher m = SCHEMA_VERSION.matcher(s.asText());
                if (m.find()) {
                    NinjsVersion v = NinjsVersion.ofMajor(m.group(1).charAt(0) - '0');
                    if (v != null) {
                        version(v, name + " \"" + s.asText() + "\"");
                        used.add("/" + name);
                        return;
                    }
                }
            }
        }
        Iterator<String> names = root.fieldNames();
        boolean lower = false;
        while (names.hasNext()) {
            String n = names.next();
            if (CAMEL_KEYS.contains(n)) {
                version(NinjsVersion.V3_1, "camel-case property name \"" + n + "\"");
                return;
            }
            if (V1_KEYS.contains(n) || n.equals("renditions") && root.get(n).isObject()
                    || n.equals("associations") && root.get(n).isObject()) {
                version(NinjsVersion.V1, "ninjs 1 property \"" + n + "\"");
                return;
            }
            lower |= CAMEL_KEYS.contains(camel(n));
        }
        if (lower) {
            version(NinjsVersion.V2_2, "lower-case property names");
        } else {
            version(NinjsVersion.V3_1, "no version stated and no property that differs between versions; read as"
                    + " the current version");
        }
    }

    private static String camel(String lower) {
        for (String k : CAMEL_KEYS) {
            if (NinjsVersion.V2_2.key(k).equals(lower)) {
                return k;
            }
        }
        return lower;
    }

    private void version(NinjsVersion v, String why) {
        version = v;
        report.version(v, why);
    }

    private static @Nullable NinjsVersion major(String number) {
        Matcher m = MAJOR.matcher(number);
        return m.matches() ? NinjsVersion.ofMajor(m.group(1).charAt(0) - '0') : null;
    }

    // ---- the article

    private @Nullable Article article() {
        Article.Builder a = Article.builder();
        String uri = text(root, "", "uri");
        if (uri == null || uri.isBlank()) {
            report.reject("/uri", "required", "a ninjs document needs a uri; no article is imported");
            return null;
        }
        a.id(id(uri.strip()));
        headlines(a);
        String slugline = text(root, "", "slugline");
        if (slugline != null) {
            String slug = Slugs.of(slugline);
            if (!slug.isEmpty()) {
                if (!slug.equals(slugline)) {
                    report.change("/slugline", "slug", "the slugline \"" + slugline + "\" is used as the slug \""
                            + slug + "\"");
                }
                a.slug(slug);
            }
        }
        String language = text(root, "", "language");
        if (language != null) {
            a.language(language.strip());
        }
        ArticleStatus status = dates(a);
        bylines(a);
        subjects(a);
        descriptions(a);
        JsonNode number = root.get("version");
        if (number != null && number.isTextual() && number.asText().equals(Integer.toString(1 + corrections))) {
            used.add("/version"); // the version this site's exporter writes: one more than the corrections
        }
        body(a);
        credit(a);
        canonical(a);
        featuredImage(a);
        return build(a, status);
    }

    private String id(String uri) {
        String base = config.uriBase();
        if (uri.startsWith(base) && uri.length() > base.length()) {
            return uri.substring(base.length());
        }
        String rest = SCHEME.matcher(uri).replaceFirst("");
        String id = NOT_ID_START.matcher(NOT_ID.matcher(rest).replaceAll("-")).replaceFirst("");
        while (id.endsWith("-")) {
            id = id.substring(0, id.length() - 1);
        }
        int room = 128 - config.idPrefix().length();
        if (id.length() > room) {
            id = NOT_ID_START.matcher(id.substring(id.length() - room)).replaceFirst("");
        }
        String made = config.idPrefix() + id;
        report.change("/uri", "id.from_uri", "the uri \"" + uri + "\" is not one of this site's; the article's id is \""
                + made + "\"");
        return made;
    }

    private void headlines(Article.Builder a) {
        String headline = null;
        String dek = null;
        if (version == NinjsVersion.V1) {
            headline = text(root, "", "headline");
        }
        for (Item h : objects(root, "", "headlines")) {
            String role = text(h.node(), h.path(), "role");
            String value = value(h);
            if (value == null) {
                continue;
            }
            if ((role == null || role.equals(NinjsExporter.ROLE_MAIN) || role.equals("simple")) && headline == null) {
                headline = value;
            } else if (role != null && Set.of(NinjsExporter.ROLE_SUB, "subheadline", "subtitle", "dek")
                    .contains(role) && dek == null) {
                dek = value;
            } else if (headline == null) {
                headline = value;
            } else {
                unuse(h);
            }
        }
        if (headline == null) {
            String title = text(root, "", "title");
            if (title != null) {
                report.change("/title", "headline.from_title", "the document has no headline; its title is the "
                        + "headline");
                headline = title;
            }
        }
        a.headline(headline == null ? null : oneLine(headline));
        a.dek(dek == null ? null : oneLine(dek));
    }

    private ArticleStatus dates(Article.Builder a) {
        Instant first = instant(root, "", k("firstCreated"));
        versionCreated = instant(root, "", k("versionCreated"));
        Instant embargo = instant(root, "", k("embargoedUntil"));
        String pub = text(root, "", k("pubStatus"));
        ArticleStatus status;
        if (pub == null || pub.equals("usable")) {
            status = ArticleStatus.PUBLISHED;
        } else if (pub.equals("withheld")) {
            status = ArticleStatus.DRAFT;
        } else if (pub.equals("canceled")) {
            status = ArticleStatus.WITHDRAWN;
        } else {
            report.reject("/" + k("pubStatus"), "enum", "\"" + pub + "\" is not usable, withheld or canceled; the "
                    + "article is imported as a draft");
            status = ArticleStatus.DRAFT;
        }
        Instant published = first != null ? first : versionCreated;
        if (embargo != null && status != ArticleStatus.WITHDRAWN) {
            status = ArticleStatus.SCHEDULED;
            if (first != null && !first.equals(embargo)) {
                report.change("/" + k("firstCreated"), "embargo", "the item is embargoed until " + embargo
                        + "; that is its publication time, not firstCreated " + first);
            }
            published = embargo;
        } else if (embargo != null) {
            unuseField("/" + k("embargoedUntil")); // a canceled item's embargo: unmapped
        }
        a.publishedAt(published);
        if (versionCreated != null && published != null && versionCreated.isAfter(published)) {
            a.modifiedAt(versionCreated);
        }
        return status;
    }

    private @Nullable Instant instant(JsonNode obj, String at, String name) {
        String v = text(obj, at, name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.strip()).toInstant();
        } catch (DateTimeParseException e) {
            report.reject(at + "/" + esc(name), "date", "\"" + v + "\" is not an RFC 3339 date-time; left out");
            return null;
        }
    }

    private void bylines(Article.Builder a) {
        List<String> names = new ArrayList<>();
        for (Item p : objects(root, "", version == NinjsVersion.V1 ? "person" : "people")) {
            JsonNode relNode = p.node().get("rel");
            Byline.Role role = relNode != null && relNode.isTextual() ? role(relNode.asText()) : null;
            if (role == null) {
                continue; // about, mentions…: reported as unmapped by the walk
            }
            text(p.node(), p.path(), "rel");
            String name = text(p.node(), p.path(), "name");
            String uri = text(p.node(), p.path(), "uri");
            String literal = text(p.node(), p.path(), "literal");
            Person.Builder b = Person.builder().name(name == null ? null : name.strip());
            String slug = literal == null ? "" : Slugs.of(literal);
            b.slug(slug.isEmpty() ? personSlug(p.path(), name) : slug);
            if (uri != null && HTTP.matcher(uri).matches()) {
                b.url(uri);
            } else if (uri != null) {
                unuseField(p.path() + "/uri");
            }
            try {
                a.addByline(new Byline(b.build(), role));
                names.add(name == null ? "" : name.strip());
            } catch (ValidationException e) {
                violations(p.path(), e.violations(), "the person is left out");
            }
        }
        String by = text(root, "", "by");
        if (by == null) {
            return;
        }
        if (!names.isEmpty()) {
            if (!by.strip().equals(NinjsExporter.by(names))) {
                report.change("/by", "by.people", "the by-line \"" + by + "\" is not imported: the people with "
                        + "author roles are the bylines");
            }
            return;
        }
        String line = by.strip().replaceFirst("(?i)^by\\s+", "");
        for (String part : BY_SPLIT.split(line)) {
            if (part.isBlank()) {
                continue;
            }
            try {
                a.addAuthor(Person.builder().name(part.strip()).slug(personSlug("/by", part)).build());
            } catch (ValidationException e) {
                violations("/by", e.violations(), "\"" + part + "\" is left out of the bylines");
            }
        }
        if (BY_SPLIT.matcher(line).find()) {
            report.change("/by", "by.split", "the by-line \"" + by + "\" is read as one author per name");
        }
    }

    /** The slug of a person with no {@code literal}: from the name, or {@code person-N} when it has none. */
    private @Nullable String personSlug(String at, @Nullable String name) {
        if (name == null || !Slugs.of(name).isEmpty()) {
            return null; // derived by the builder, or the missing name is reported
        }
        String slug = "person-" + ++people;
        report.change(at, "slug.generated", "no slug can be made from the name \"" + name + "\"; it is \"" + slug
                + "\"");
        return slug;
    }

    private static Byline.@Nullable Role role(String rel) {
        String r = rel.strip().toUpperCase(Locale.ROOT);
        if (r.equals("CREATOR") || r.equals("BYLINE") || r.equals("WRITER")) {
            return Byline.Role.AUTHOR;
        }
        for (Byline.Role role : Byline.Role.values()) {
            if (role.name().equals(r)) {
                return role;
            }
        }
        return null;
    }

    private void subjects(Article.Builder a) {
        Section section = null;
        Set<String> slugs = new HashSet<>();
        for (Item s : objects(root, "", version == NinjsVersion.V1 ? "subject" : "subjects")) {
            JsonNode relNode = s.node().get("rel");
            boolean isSection = relNode != null && relNode.isTextual()
                    && relNode.asText().equals(NinjsExporter.REL_SECTION);
            if (relNode != null && (isSection || relNode.isTextual() && Set.of("about", "subject")
                    .contains(relNode.asText()))) {
                text(s.node(), s.path(), "rel");
            }
            String name = text(s.node(), s.path(), "name");
            String literal = text(s.node(), s.path(), "literal");
            String shown = name != null && !name.isBlank() ? name : literal;
            if (shown == null || shown.isBlank()) {
                unuse(s);
                continue;
            }
            String slug = literal == null ? null : Slugs.of(literal);
            try {
                if (isSection) {
                    if (section != null && section.path().size() >= Section.MAX_DEPTH) {
                        report.reject(s.path(), "depth", "sections nest at most " + Section.MAX_DEPTH
                                + " levels deep; left out");
                        continue;
                    }
                    section = Section.builder().name(oneLine(shown)).slug(slug == null || slug.isEmpty() ? null
                            : slug).parent(section).build();
                } else {
                    Tag tag = Tag.builder().name(oneLine(shown)).slug(slug == null || slug.isEmpty() ? null : slug)
                            .build();
                    if (slugs.size() >= Article.MAX_TAGS) {
                        report.reject(s.path(), "too_many", "an article has at most " + Article.MAX_TAGS
                                + " tags; left out");
                    } else if (slugs.add(tag.slug())) {
                        a.addTag(tag);
                    } else {
                        report.change(s.path(), "tag.duplicate", "the subject \"" + shown + "\" has the slug of "
                                + "an earlier one and is merged with it");
                    }
                }
            } catch (ValidationException e) {
                violations(s.path(), e.violations(), "the subject is left out");
            }
        }
        a.section(section);
    }

    private void descriptions(Article.Builder a) {
        String description = null;
        if (version == NinjsVersion.V1) {
            description = text(root, "", "description_text");
            if (description == null) {
                String html = text(root, "", "description_html");
                description = html == null ? null : plain(html, "/description_html");
            }
        }
        for (Item d : objects(root, "", "descriptions")) {
            JsonNode roleNode = d.node().get("role");
            String role = roleNode != null && roleNode.isTextual() ? roleNode.asText() : null;
            if (NinjsExporter.ROLE_CORRECTION.equals(role)) {
                text(d.node(), d.path(), "role");
                correction(a, d);
                continue;
            }
            if (description != null) {
                continue; // a second description: unmapped
            }
            text(d.node(), d.path(), "role");
            String value = value(d);
            if (value == null || value.isEmpty()) {
                unuse(d);
                continue;
            }
            if (value.length() > Article.MAX_DESCRIPTION) {
                report.change(d.path() + "/value", "truncated", "the description has " + value.length()
                        + " characters; the first " + Article.MAX_DESCRIPTION + " are kept");
                value = value.substring(0, Article.MAX_DESCRIPTION - 1).strip() + "…";
            }
            description = value;
        }
        a.description(description);
    }

    private void correction(Article.Builder a, Item d) {
        String value = value(d);
        if (value == null) {
            return;
        }
        Matcher m = CORRECTION.matcher(value);
        Instant at = versionCreated;
        String note = value;
        if (m.matches()) {
            try {
                at = Instant.parse(m.group(1));
                note = m.group(2).strip();
            } catch (DateTimeParseException e) {
                at = versionCreated;
            }
        }
        if (at == null) {
            report.reject(d.path(), "date_required", "the correction has no time (neither \""
                    + NinjsExporter.CORRECTION_PREFIX + "<time>: \" nor a versionCreated); left out");
            return;
        }
        try {
            a.addCorrection(Correction.of(at, note));
            corrections++;
        } catch (ValidationException e) {
            violations(d.path(), e.violations(), "the correction is left out");
        }
    }

    private void body(Article.Builder a) {
        String html = null;
        String htmlPath = null;
        String plain = null;
        String plainPath = null;
        if (version == NinjsVersion.V1) {
            for (String name : List.of("body_html", "body_xhtml")) {
                String v = html == null ? text(root, "", name) : null;
                if (v != null) {
                    html = v;
                    htmlPath = "/" + name;
                }
            }
            plain = text(root, "", "body_text");
            plainPath = "/body_text";
        }
        for (Item b : objects(root, "", "bodies")) {
            JsonNode typeNode = b.node().get(k("contentType"));
            JsonNode roleNode = b.node().get("role");
            String type = typeNode != null && typeNode.isTextual() ? typeNode.asText().toLowerCase(Locale.ROOT) : null;
            boolean isHtml = type != null ? HTML_TYPES.contains(type)
                    : roleNode != null && roleNode.isTextual() && roleNode.asText().equals("richtext");
            boolean isPlain = type == null ? !isHtml : type.equals("text/plain");
            if (isHtml && html == null || isPlain && plain == null) {
                text(b.node(), b.path(), "role");
                text(b.node(), b.path(), k("contentType"));
                String v = text(b.node(), b.path(), "value");
                // counts are recomputed from the body
                integer(b.node(), b.path(), k("charCount"));
                integer(b.node(), b.path(), k("wordCount"));
                if (isHtml && v != null) {
                    html = v;
                    htmlPath = b.path() + "/value";
                } else if (v != null) {
                    plain = v;
                    plainPath = b.path() + "/value";
                }
            }
        }
        String source;
        String path;
        if (html != null) {
            source = html;
            path = htmlPath;
        } else if (plain != null) {
            source = paragraphs(plain);
            path = plainPath;
        } else {
            return;
        }
        try {
            Sanitized clean = Sanitizer.sanitizeWithReport(source, config.policy());
            if (!clean.report().isEmpty()) {
                report.change(path, "sanitized", clean.report().toString());
            }
            a.body(clean.html());
            if (html != null && plain != null && !sameWords(PlainText.of(clean.html()), plain)) {
                report.change(plainPath, "body.plain", "the text/plain body differs from the text of the HTML "
                        + "body; the HTML body is imported");
            }
        } catch (ValidationException e) {
            violations(path, e.violations(), "the body is left out");
        }
    }

    /** Whether two texts are the same but for the amount and kind of white space between words. */
    static boolean sameWords(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            boolean spaceA = i > 0 && Character.isWhitespace(a.charAt(i - 1));
            boolean spaceB = j > 0 && Character.isWhitespace(b.charAt(j - 1));
            if (spaceA != spaceB && i > 0 && j > 0 || a.charAt(i) != b.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** Plain text as HTML paragraphs: blank lines part paragraphs, single line breaks become {@code <br>}. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (String para : PARAGRAPH_BREAK.split(text.strip())) {
            if (para.isBlank()) {
                continue;
            }
            out.append("<p>");
            String[] lines = NEWLINE.split(para.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                escape(lines[i].strip(), out);
            }
            out.append("</p>");
        }
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private void credit(Article.Builder a) {
        String source = null;
        String url = null;
        String sourcePath = null;
        List<Item> sources = objects(root, "", k("infoSources"));
        for (Item s : sources) {
            if (source != null) {
                break;
            }
            String name = text(s.node(), s.path(), "name");
            if (name == null || name.isBlank()) {
                unuse(s);
                continue;
            }
            text(s.node(), s.path(), "role");
            source = name.strip();
            sourcePath = s.path();
            String uri = text(s.node(), s.path(), "uri");
            if (uri != null && HTTP.matcher(uri).matches()) {
                url = uri;
            } else if (uri != null) {
                unuseField(s.path() + "/uri");
            }
        }
        if (source == null) {
            String holder = text(root, "", k("copyrightHolder"));
            if (holder != null && !holder.isBlank()) {
                source = holder.strip();
                sourcePath = "/" + k("copyrightHolder");
            }
        }
        String notice = root.path(k("copyrightNotice")).isTextual() ? root.path(k("copyrightNotice")).asText() : null;
        if (source != null && notice != null && notice.strip().equals("© " + source)) {
            used.add("/" + k("copyrightNotice"));
        }
        if (source == null) {
            return; // located and copyrightNotice stay unmapped
        }
        String dateline = text(root, "", "located");
        try {
            a.credit(Credit.of(source, url, dateline == null ? null : oneLine(dateline)));
        } catch (ValidationException e) {
            violations(sourcePath, e.violations(), "the credit is left out");
        }
    }

    private void canonical(Article.Builder a) {
        for (Item alt : objects(root, "", k("altIds"))) {
            JsonNode role = alt.node().get("role");
            if (role != null && role.isTextual() && role.asText().equals(NinjsExporter.ROLE_CANONICAL)) {
                text(alt.node(), alt.path(), "role");
                String url = text(alt.node(), alt.path(), "value");
                if (url != null) {
                    a.canonicalUrl(url.strip());
                }
                return;
            }
        }
    }

    private void featuredImage(Article.Builder a) {
        for (Item as : objects(root, "", "associations")) {
            String name = as.node().path("name").asText("");
            String type = as.node().path("type").asText("");
            if (name.equalsIgnoreCase(NinjsExporter.FEATURED_IMAGE) || name.equalsIgnoreCase("featureImage")
                    || type.equals("picture") || type.equals("graphic")) {
                text(as.node(), as.path(), "name");
                Image image = pictures.image(as.node(), as.path());
                if (image != null) {
                    a.featuredImage(image);
                    featuredPath = as.path();
                    return;
                }
                unuse(as);
            }
        }
    }

    private @Nullable Article build(Article.Builder a, ArticleStatus status) {
        a.status(status);
        List<Violation> problems = a.validate();
        if (!problems.isEmpty() && status != ArticleStatus.DRAFT) {
            a.status(ArticleStatus.DRAFT);
            List<Violation> asDraft = a.validate();
            if (asDraft.isEmpty()) {
                StringBuilder why = new StringBuilder();
                for (Violation v : problems) {
                    why.append(why.length() == 0 ? "" : "; ").append(v.path()).append(' ').append(v.message());
                }
                report.change("/status", "status.draft", "the document would be " + status.name()
                        .toLowerCase(Locale.ROOT) + ", but " + why + "; it is imported as a draft");
                return a.build();
            }
            problems = asDraft;
        }
        if (!problems.isEmpty()) {
            for (Violation v : problems) {
                report.reject(v.path(), v.code(), describe(v) + "; no article is imported");
            }
            return null;
        }
        return a.build();
    }
}
