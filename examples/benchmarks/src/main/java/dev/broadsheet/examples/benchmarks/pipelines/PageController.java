package dev.broadsheet.examples.benchmarks.pipelines;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.examples.benchmarks.pipelines.PageView.CommentView;
import dev.broadsheet.examples.benchmarks.pipelines.PageView.Dated;
import dev.broadsheet.examples.benchmarks.pipelines.PageView.Img;
import dev.broadsheet.examples.benchmarks.pipelines.PageView.Link;
import dev.broadsheet.examples.benchmarks.pipelines.PageView.Role;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.PageData;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.SiteInfo;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.StoredArticle;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.StoredComment;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.StoredImage;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.StoredPerson;
import dev.broadsheet.examples.benchmarks.pipelines.Stored.StoredSection;
import dev.broadsheet.text.Excerpts;
import dev.broadsheet.text.Words;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The per-request code a site writes around a template engine when it does not use Broadsheet: it formats dates,
 * builds URLs and the reply tree, and builds the schema.org JSON-LD as a {@code Map} per request and serializes it
 * with Jackson, escaping {@code < > &} and U+2028/U+2029 so that it is safe inside a {@code <script>} (Jackson's
 * documented way). The excerpt (the meta description) and the word count are computed per request from the stored
 * plain text with Broadsheet's own {@link Excerpts} and {@link Words}, as Broadsheet's renderers do, so that the race
 * compares rendering, not text algorithms. The output has the same content as Broadsheet's page, which
 * {@code PipelinesEquivalenceTest} checks. Thread-safe.
 */
public final class PageController {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
            FormatStyle.SHORT).withLocale(Locale.ENGLISH);
    private static final int COMMENTS_IN_JSON_LD = 20;
    private static final long MIN_IMAGE_PIXELS = 50_000;
    private static final int[][] EXTRA_RATIOS = {{16, 9}, {4, 3}, {1, 1}};

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder()
            .characterEscapes(new ScriptSafe()).build());

    private PageController() {
    }

    /**
     * Builds the view of one page.
     *
     * @param data what storage returned for the request
     * @return the view
     */
    public static PageView view(PageData data) {
        SiteInfo site = data.site();
        StoredArticle a = data.article();
        String excerpt = Excerpts.of(a.bodyText());
        ZoneId zone = site.zone();
        String base = site.baseUrl();
        String home = base + "/";
        String url = base + "/articles/" + a.slug();
        String published = iso(a.published(), zone);
        String modified = iso(a.modified(), zone);
        StoredImage image = a.image();
        Img img = image == null ? null : new Img(image.url(), image.alt(), image.width(), image.height(),
                srcset(image), image.caption(), image.credit());
        List<Link> tags = new ArrayList<>();
        for (String[] t : a.tags()) {
            tags.add(new Link(t[0], base + "/tag/" + t[1]));
        }
        List<Link> authors = new ArrayList<>();
        List<String> authorUrls = new ArrayList<>();
        Map<String, List<Link>> byRole = new LinkedHashMap<>();
        for (StoredPerson p : a.people()) {
            Link link = new Link(p.name(), base + "/author/" + p.slug());
            if (p.author()) {
                authors.add(link);
                authorUrls.add(p.url() != null ? p.url() : link.url());
            } else {
                byRole.computeIfAbsent(p.role(), k -> new ArrayList<>()).add(link);
            }
        }
        List<Role> contributors = new ArrayList<>();
        byRole.forEach((label, people) -> contributors.add(new Role(label, people)));
        List<Link> breadcrumb = new ArrayList<>();
        breadcrumb.add(new Link("Home", home));
        for (StoredSection s : a.sections()) {
            breadcrumb.add(new Link(s.name(), base + "/section/" + s.slug()));
        }
        StoredSection section = a.sections().get(a.sections().size() - 1);
        List<Dated> corrections = new ArrayList<>();
        for (Stored.Correction c : a.corrections()) {
            corrections.add(new Dated(iso(c.at(), zone), DISPLAY.withZone(zone).format(c.at()), c.note()));
        }
        List<CommentView> roots = tree(data.comments(), zone);
        int n = data.comments().size();
        return new PageView(a.headline() + " \u2013 " + site.name(), excerpt, url, url + "/amp", site.name(),
                a.headline(), img, published, modified, section.name(), base + "/section/" + section.slug(), tags,
                authorUrls, site.twitter(), base + "/assets/broadsheet.css", jsonLd(data, url, home, excerpt), home,
                new Img(site.logoUrl(), "", site.logoWidth(), site.logoHeight(), null, null, null), breadcrumb,
                a.dek(), authors, contributors, DISPLAY.withZone(zone).format(a.published()),
                a.modified().equals(a.published()) ? null : DISPLAY.withZone(zone).format(a.modified()),
                a.bodyHtml(), a.creditSource(), a.creditUrl(), a.dateline(), corrections,
                n == 0 ? "No comments yet" : n == 1 ? "1 comment" : n + " comments", roots, base + "/comments",
                a.id(), data.csrfToken(), base + "/newsletter/subscribe", "\u00a9 " + site.name());
    }

    private static String iso(Instant at, ZoneId zone) {
        return OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String srcset(StoredImage i) {
        StringBuilder s = null;
        for (String[] r : i.renditions()) {
            int w = Integer.parseInt(r[1]);
            int h = Integer.parseInt(r[2]);
            if ((long) w * i.height() == (long) h * i.width() && w != i.width()) {
                s = s == null ? new StringBuilder() : s.append(", ");
                s.append(r[0]).append(' ').append(w).append('w');
            }
        }
        return s == null ? null : s.append(", ").append(i.url()).append(' ').append(i.width()).append('w').toString();
    }

    /** Replies grouped under their parents, oldest first (storage returns comments in posting order). */
    private static List<CommentView> tree(List<StoredComment> comments, ZoneId zone) {
        Map<String, List<CommentView>> replies = new HashMap<>();
        List<CommentView> roots = new ArrayList<>();
        for (StoredComment c : comments) {
            List<CommentView> own = replies.computeIfAbsent(c.id(), k -> new ArrayList<>());
            CommentView v = new CommentView("comment-" + c.id(), c.authorName(), c.authorUrl(),
                    iso(c.createdAt(), zone), DISPLAY.withZone(zone).format(c.createdAt()), c.bodyHtml(), own);
            if (c.parentId() == null) {
                roots.add(v);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(v);
            }
        }
        return roots;
    }

    // ------------------------------------------------------------------ JSON-LD

    /**
     * The page's JSON-LD, built as a map and serialized by Jackson, as the view does it.
     *
     * @param data the stored page
     * @return the JSON text, safe inside a script element
     */
    public static String jsonLd(PageData data) {
        String base = data.site().baseUrl();
        return jsonLd(data, base + "/articles/" + data.article().slug(), base + "/",
                Excerpts.of(data.article().bodyText()));
    }

    private static String jsonLd(PageData data, String url, String home, String excerpt) {
        SiteInfo site = data.site();
        StoredArticle a = data.article();
        ZoneId zone = site.zone();
        String published = iso(a.published(), zone);
        String modified = iso(a.modified(), zone);
        List<Object> graph = new ArrayList<>();

        Map<String, Object> article = node("NewsArticle", url + "#article");
        article.put("headline", a.headline());
        if (a.dek() != null) {
            article.put("alternativeHeadline", a.dek());
        }
        article.put("description", excerpt);
        StoredImage image = a.image();
        if (image != null) {
            List<Object> images = new ArrayList<>();
            images.add(ref(url + "#primaryimage"));
            images.addAll(extraImages(image));
            article.put("image", images);
        }
        article.put("datePublished", published);
        article.put("dateModified", modified);
        List<Object> authors = new ArrayList<>();
        List<Object> contributors = new ArrayList<>();
        for (StoredPerson p : a.people()) {
            (p.author() ? authors : contributors).add(ref(home + "#/person/" + p.slug()));
        }
        if (!authors.isEmpty()) {
            article.put("author", authors);
        }
        if (!contributors.isEmpty()) {
            article.put("contributor", contributors);
        }
        article.put("publisher", ref(home + "#organization"));
        article.put("mainEntityOfPage", ref(url + "#webpage"));
        article.put("articleSection", a.sections().get(a.sections().size() - 1).name());
        List<String> keywords = new ArrayList<>();
        a.tags().forEach(t -> keywords.add(t[0]));
        article.put("keywords", keywords);
        article.put("inLanguage", site.language());
        article.put("wordCount", Words.count(a.bodyText()));
        if (image != null) {
            article.put("thumbnailUrl", image.url());
        }
        article.put("isAccessibleForFree", true);
        if (a.creditSource() != null) {
            if (a.dateline() != null) {
                article.put("dateline", a.dateline());
            }
            Map<String, Object> source = node("Organization", null);
            source.put("name", a.creditSource());
            if (a.creditUrl() != null) {
                source.put("url", a.creditUrl());
            }
            article.put("sourceOrganization", source);
        }
        List<Object> corrections = new ArrayList<>();
        for (Stored.Correction c : a.corrections()) {
            Map<String, Object> correction = node("CorrectionComment", null);
            correction.put("text", c.note());
            correction.put("datePublished", iso(c.at(), zone));
            corrections.add(correction);
        }
        if (!corrections.isEmpty()) {
            article.put("correction", corrections);
        }
        article.put("commentCount", data.comments().size());
        List<Object> comments = comments(data, url, zone);
        if (!comments.isEmpty()) {
            article.put("comment", comments);
        }
        graph.add(article);

        Map<String, Object> page = node("WebPage", url + "#webpage");
        page.put("url", url);
        page.put("name", a.headline());
        page.put("isPartOf", ref(home + "#website"));
        if (image != null) {
            page.put("primaryImageOfPage", ref(url + "#primaryimage"));
        }
        page.put("breadcrumb", ref(url + "#breadcrumb"));
        page.put("inLanguage", site.language());
        page.put("datePublished", published);
        page.put("dateModified", modified);
        graph.add(page);
        if (image != null) {
            Map<String, Object> primary = imageObject(url + "#primaryimage", image.url(), image.width(),
                    image.height(), image.caption(), image.credit(), image.alt());
            graph.add(primary);
        }

        Map<String, Object> breadcrumb = node("BreadcrumbList", url + "#breadcrumb");
        List<Object> items = new ArrayList<>();
        items.add(crumb(1, site.name(), home));
        int position = 2;
        for (StoredSection s : a.sections()) {
            items.add(crumb(position++, s.name(), site.baseUrl() + "/section/" + s.slug()));
        }
        Map<String, Object> last = node("ListItem", null);
        last.put("position", position);
        last.put("name", a.headline());
        last.put("item", ref(url + "#webpage"));
        items.add(last);
        breadcrumb.put("itemListElement", items);
        graph.add(breadcrumb);

        Map<String, Object> website = node("WebSite", home + "#website");
        website.put("url", home);
        website.put("name", site.name());
        website.put("description", site.description());
        website.put("publisher", ref(home + "#organization"));
        website.put("inLanguage", site.language());
        graph.add(website);
        Map<String, Object> organization = node("NewsMediaOrganization", home + "#organization");
        organization.put("name", site.name());
        organization.put("url", home);
        organization.put("logo", imageObject(home + "#logo", site.logoUrl(), site.logoWidth(), site.logoHeight(),
                null, null, site.logoAlt()));
        organization.put("sameAs", site.socialProfiles());
        graph.add(organization);
        for (StoredPerson p : a.people()) {
            Map<String, Object> person = node("Person", home + "#/person/" + p.slug());
            person.put("name", p.name());
            person.put("url", p.url() != null ? p.url() : site.baseUrl() + "/author/" + p.slug());
            if (p.jobTitle() != null) {
                person.put("jobTitle", p.jobTitle());
            }
            graph.add(person);
        }

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The widest rendition in each ratio Google asks for that the primary image is not, when large enough. */
    private static List<String> extraImages(StoredImage image) {
        List<String> urls = new ArrayList<>();
        for (int[] ratio : EXTRA_RATIOS) {
            if ((long) image.width() * ratio[1] == (long) image.height() * ratio[0]) {
                continue;
            }
            String best = null;
            int bestWidth = 0;
            for (String[] r : image.renditions()) {
                int w = Integer.parseInt(r[1]);
                int h = Integer.parseInt(r[2]);
                if ((long) w * ratio[1] == (long) h * ratio[0] && w > bestWidth) {
                    best = (long) w * h >= MIN_IMAGE_PIXELS ? r[0] : null;
                    bestWidth = w;
                }
            }
            if (best != null && !urls.contains(best)) {
                urls.add(best);
            }
        }
        return urls;
    }

    /** The first approved comments in the order the page shows them, each with the commenter's name only. */
    private static List<Object> comments(PageData data, String url, ZoneId zone) {
        Map<String, List<StoredComment>> replies = new HashMap<>();
        List<StoredComment> roots = new ArrayList<>();
        for (StoredComment c : data.comments()) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<StoredComment> shown = new ArrayList<>(COMMENTS_IN_JSON_LD);
        List<StoredComment> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty() && shown.size() < COMMENTS_IN_JSON_LD) {
            StoredComment c = stack.remove(stack.size() - 1);
            shown.add(c);
            List<StoredComment> children = replies.getOrDefault(c.id(), List.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        Set<String> ids = new HashSet<>();
        shown.forEach(c -> ids.add(c.id()));
        List<Object> list = new ArrayList<>(shown.size());
        for (StoredComment c : shown) {
            String id = url + "#comment-" + c.id();
            Map<String, Object> comment = node("Comment", id);
            comment.put("url", id);
            comment.put("dateCreated", iso(c.createdAt(), zone));
            Map<String, Object> author = node("Person", null);
            author.put("name", c.authorName());
            comment.put("author", author);
            comment.put("text", c.bodyText());
            if (c.parentId() != null && ids.contains(c.parentId())) {
                comment.put("parentItem", ref(url + "#comment-" + c.parentId()));
            }
            list.add(comment);
        }
        return list;
    }

    private static Map<String, Object> crumb(int position, String name, String pageUrl) {
        Map<String, Object> item = node("ListItem", null);
        item.put("position", position);
        item.put("name", name);
        Map<String, Object> page = node("CollectionPage", pageUrl + "#webpage");
        page.put("url", pageUrl);
        item.put("item", page);
        return item;
    }

    private static Map<String, Object> imageObject(String id, String src, int width, int height,
            @Nullable String caption, @Nullable String credit, String alt) {
        Map<String, Object> image = node("ImageObject", id);
        image.put("url", src);
        image.put("contentUrl", src);
        image.put("width", pixels(width));
        image.put("height", pixels(height));
        if (caption != null) {
            image.put("caption", caption);
        }
        if (credit != null) {
            image.put("creditText", credit);
        }
        image.put("description", alt);
        return image;
    }

    private static Map<String, Object> pixels(int value) {
        Map<String, Object> q = node("QuantitativeValue", null);
        q.put("value", value);
        q.put("unitCode", "E37");
        return q;
    }

    private static Map<String, Object> node(String type, @Nullable String id) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        if (id != null) {
            node.put("@id", id);
        }
        return node;
    }

    private static Map<String, Object> ref(String id) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        return node;
    }

    /** Jackson's standard escapes plus {@code < > &} and U+2028/U+2029, for JSON inside a script element. */
    private static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializedString LS = new SerializedString("\\u2028");
        private static final SerializedString PS = new SerializedString("\\u2029");

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}
