package dev.broadsheet.render.jsonld;

import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.internal.markup.SafeHtmlAccess;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.internal.HtmlParts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes one page's graph, node by node and key by key in a fixed order, to a streaming generator. One instance
 * serves one call on one thread; the renderer's configuration is shared and immutable.
 */
final class GraphWriter {

    /** Google's minimum for article images: width times height, in pixels. */
    static final long MIN_IMAGE_PIXELS = 50_000;
    /** The aspect ratios Google asks article images in, widest first. */
    private static final int[][] RATIOS = {{16, 9}, {4, 3}, {1, 1}};
    /** UN/CEFACT common code for the pixel, the unit of image widths and heights. */
    private static final String PIXEL = "E37";

    private final JsonOut g;
    private final Site site;
    private final Links links;
    private final int commentCap;
    private final String home;
    /** The article's dates, formatted once for the two nodes that state them. */
    private @Nullable String published;
    private @Nullable String modified;

    GraphWriter(JsonOut g, Site site, Links links, int commentCap) {
        this.g = g;
        this.site = site;
        this.links = links;
        this.commentCap = commentCap;
        this.home = links.home();
    }

    // ------------------------------------------------------------------ ids

    static String websiteId(String home) {
        return home + "#website";
    }

    static String organizationId(String home) {
        return home + "#organization";
    }

    private String personId(Person p) {
        return home + "#/person/" + p.slug();
    }

    private static String pageId(String url) {
        return url + "#webpage";
    }

    // ------------------------------------------------------------------ pages

    /** The whole document: the context and the graph, site nodes given as ready JSON. */
    void document(Page page, JsonOut.Prepared websiteJson, JsonOut.Prepared organizationJson) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", JsonLdRenderer.CONTEXT);
        g.writeArrayFieldStart("@graph");
        if (page instanceof ArticlePage a) {
            article(a, websiteJson, organizationJson);
        } else {
            listing((ListingPage) page, websiteJson, organizationJson);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void article(ArticlePage page, JsonOut.Prepared websiteJson, JsonOut.Prepared organizationJson) throws IOException {
        Article a = page.article();
        String url = a.canonicalUrl().orElseGet(() -> links.article(a));
        String language = a.language().orElse(site.language());
        String[] people = personIds(a.authors());
        newsArticle(page, url, language, people);
        g.writeStartObject();
        type("WebPage", pageId(url));
        g.writeStringField("url", url);
        g.writeStringField("name", a.headline());
        ref("isPartOf", websiteId(home));
        if (a.featuredImage().isPresent()) {
            ref("primaryImageOfPage", url + "#primaryimage");
        }
        ref("breadcrumb", url + "#breadcrumb");
        g.writeStringField("inLanguage", language);
        dates(a);
        g.writeEndObject();
        if (a.featuredImage().isPresent()) {
            imageObject(url + "#primaryimage", a.featuredImage().get());
        }
        List<Crumb> trail = new ArrayList<>();
        trail.add(homeCrumb());
        a.section().ifPresent(s -> sectionCrumbs(s, trail));
        trail.add(new Crumb(a.headline(), url, "WebPage"));
        breadcrumb(url, trail);
        g.writeRawValue(websiteJson);
        g.writeRawValue(organizationJson);
        for (int i = 0; i < people.length; i++) {
            if (!contains(people, i, people[i])) {
                person(people[i], a.authors().get(i).person());
            }
        }
    }

    private void newsArticle(ArticlePage page, String url, String language, String[] people)
            throws IOException {
        Article a = page.article();
        g.writeStartObject();
        type("NewsArticle", url + "#article");
        g.writeStringField("headline", a.headline());
        optional("alternativeHeadline", a.dek());
        String description = HtmlParts.description(a);
        if (!description.isEmpty()) {
            g.writeStringField("description", description);
        }
        if (a.featuredImage().isPresent()) {
            articleImages(url + "#primaryimage", a.featuredImage().get());
        }
        dates(a);
        bylines(a.authors(), people, true);
        bylines(a.authors(), people, false);
        ref("publisher", organizationId(home));
        ref("mainEntityOfPage", pageId(url));
        if (a.section().isPresent()) {
            g.writeStringField("articleSection", a.section().get().name());
        }
        if (!a.tags().isEmpty()) {
            g.writeArrayFieldStart("keywords");
            for (Tag t : a.tags()) {
                g.writeString(t.name());
            }
            g.writeEndArray();
        }
        g.writeStringField("inLanguage", language);
        g.writeNumberField("wordCount", a.body().wordCount());
        if (a.featuredImage().isPresent()) {
            g.writeStringField("thumbnailUrl", a.featuredImage().get().url());
        }
        boolean locked = a.paywalled()
                && !a.body().splitAfterBlocks(HtmlParts.PAYWALL_PREVIEW_BLOCKS).get(1).isEmpty();
        g.writeBooleanField("isAccessibleForFree", !locked);
        if (locked) {
            g.writeObjectFieldStart("hasPart");
            type("WebPageElement", null);
            g.writeBooleanField("isAccessibleForFree", false);
            g.writeStringField("cssSelector", HtmlParts.PAYWALLED_SELECTOR);
            g.writeEndObject();
        }
        if (a.credit().isPresent()) {
            credit(a.credit().get());
        }
        if (!a.corrections().isEmpty()) {
            g.writeArrayFieldStart("correction");
            for (Correction c : a.corrections()) {
                g.writeStartObject();
                type("CorrectionComment", null);
                g.writeStringField("text", c.note());
                date("datePublished", c.at());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (a.commentMode() != CommentMode.HIDDEN) {
            comments(page);
        }
        g.writeEndObject();
    }

    /**
     * The article's {@code image}: the primary image by reference, then the widest rendition in each of 16:9, 4:3
     * and 1:1 that the primary image does not already offer, each only when it has at least
     * {@value #MIN_IMAGE_PIXELS} pixels (the primary image also when its size is unknown).
     */
    private void articleImages(String primaryId, Image image) throws IOException {
        boolean sized = image.width().isPresent() && image.height().isPresent();
        boolean primary = !sized || (long) image.width().get() * image.height().get() >= MIN_IMAGE_PIXELS;
        List<String> urls = new ArrayList<>(3);
        for (int[] ratio : RATIOS) {
            if (primary && sized
                    && (long) image.width().get() * ratio[1] == (long) image.height().get() * ratio[0]) {
                continue; // the primary image is offered in this ratio itself
            }
            Optional<Image.Rendition> r = image.rendition(ratio[0], ratio[1]);
            if (r.isPresent() && (long) r.get().width() * r.get().height() >= MIN_IMAGE_PIXELS
                    && !r.get().url().equals(image.url()) && !urls.contains(r.get().url())) {
                urls.add(r.get().url());
            }
        }
        if (!primary && urls.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("image");
        if (primary) {
            ref(primaryId);
        }
        for (String u : urls) {
            g.writeString(u);
        }
        g.writeEndArray();
    }

    /** {@code datePublished} and {@code dateModified} (the publication time when not modified), if published. */
    private void dates(Article a) throws IOException {
        if (published == null) {
            Optional<Instant> at = a.publishedAt();
            if (at.isEmpty()) {
                return;
            }
            published = iso(at.get());
            modified = a.modifiedAt().isPresent() ? iso(a.modifiedAt().get()) : published;
        }
        g.writeStringField("datePublished", published);
        g.writeStringField("dateModified", modified);
    }

    /** {@code author} (writers and reporters) or {@code contributor} (everyone else) references, each once. */
    private void bylines(List<Byline> bylines, String[] ids, boolean authors) throws IOException {
        boolean open = false;
        for (int i = 0; i < ids.length; i++) {
            if (bylines.get(i).role().isAuthor() != authors || written(bylines, ids, i, authors)) {
                continue;
            }
            if (!open) {
                g.writeArrayFieldStart(authors ? "author" : "contributor");
                open = true;
            }
            ref(ids[i]);
        }
        if (open) {
            g.writeEndArray();
        }
    }

    /** Whether an earlier byline of the same kind already wrote this id. */
    private static boolean written(List<Byline> bylines, String[] ids, int i, boolean authors) {
        for (int j = 0; j < i; j++) {
            if (ids[j].equals(ids[i]) && bylines.get(j).role().isAuthor() == authors) {
                return true;
            }
        }
        return false;
    }

    /**
     * The id of each byline's person, index for index: a person credited twice has one id, and a person whose slug
     * another person already has gets a suffix, so ids are unique within the page. (Persons are compared with
     * {@code equals}, pairwise: an article has few bylines, and hashing a person would hash its portrait too.)
     */
    private String[] personIds(List<Byline> bylines) {
        String[] ids = new String[bylines.size()];
        for (int i = 0; i < ids.length; i++) {
            Person p = bylines.get(i).person();
            for (int j = 0; j < i && ids[i] == null; j++) {
                if (bylines.get(j).person().equals(p)) {
                    ids[i] = ids[j];
                }
            }
            if (ids[i] == null) {
                String base = personId(p);
                String id = base;
                for (int n = 2; contains(ids, i, id); n++) {
                    id = base + "-" + n;
                }
                ids[i] = id;
            }
        }
        return ids;
    }

    private static boolean contains(String[] ids, int before, String id) {
        for (int j = 0; j < before; j++) {
            if (ids[j].equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the approved comments of a subtree in display order; false once the cap is reached. */
    private boolean approved(CommentThread.Node node, List<Comment> shown, Set<String> ids) {
        if (!node.removed()) {
            shown.add(node.comment());
            ids.add(node.comment().id());
            if (shown.size() == commentCap) {
                return false;
            }
        }
        for (CommentThread.Node reply : node.replies()) {
            if (!approved(reply, shown, ids)) {
                return false;
            }
        }
        return true;
    }

    private void credit(Credit c) throws IOException {
        if (c.dateline().isPresent()) {
            g.writeStringField("dateline", c.dateline().get());
        }
        g.writeObjectFieldStart("sourceOrganization");
        type("Organization", null);
        g.writeStringField("name", c.source());
        optional("url", c.url());
        g.writeEndObject();
    }

    /**
     * {@code commentCount} (every approved comment of the article, as the page's heading counts them) and the first
     * approved comments of the shown page of comments in display order, at most the cap, each with the author's name
     * only and the URL of the page that shows it.
     */
    /**
     * Where a comment's body keeps its text as a JSON string, escaped the first time a page's graph carries it: a
     * page shows the same comments to every reader, and escaping their text was a tenth of the page.
     */
    private static final SafeHtmlAccess.Slot<JsonOut.Prepared> COMMENT_TEXT =
            SafeHtmlAccess.Slot.create("JSON-LD comment text");

    private void comments(ArticlePage page) throws IOException {
        g.writeNumberField("commentCount", page.commentThread().approvedCount());
        List<CommentThread.Node> roots = page.shownComments();
        if (commentCap == 0 || roots.isEmpty()) {
            return;
        }
        List<Comment> shown = new ArrayList<>(Math.min(commentCap, page.commentThread().approvedCount()));
        Set<String> ids = new HashSet<>();
        for (CommentThread.Node root : roots) {
            if (!approved(root, shown, ids)) {
                break;
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        JsonOut.Prepared commentUrl = JsonOut.escapedPart(HtmlParts.canonicalUrl(page, links) + "#comment-");
        g.writeArrayFieldStart("comment");
        for (Comment c : shown) {
            g.writeStartObject();
            g.writeStringField("@type", "Comment");
            g.writeFieldName("@id");
            g.writeJoined(commentUrl, c.id());
            g.writeFieldName("url");
            g.writeJoined(commentUrl, c.id());
            date("dateCreated", c.createdAt());
            g.writeObjectFieldStart("author");
            type("Person", null);
            g.writeStringField("name", c.author().name());
            g.writeEndObject();
            g.writeFieldName("text");
            g.writeRawValue(SafeHtmlAccess.kept(c.body(), COMMENT_TEXT, b -> JsonOut.string(PlainText.of(b))));
            Optional<String> parent = c.parentId();
            if (parent.isPresent() && ids.contains(parent.get())) {
                g.writeObjectFieldStart("parentItem");
                g.writeFieldName("@id");
                g.writeJoined(commentUrl, parent.get());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void listing(ListingPage l, JsonOut.Prepared websiteJson, JsonOut.Prepared organizationJson) throws IOException {
        String url = switch (l.kind()) {
            case HOME -> home;
            case SECTION -> links.section(l.section().orElseThrow(), l.page());
            case TAG -> links.tag(l.tag().orElseThrow(), l.page());
            case AUTHOR -> Links.paged(links.author(l.author().orElseThrow()), l.page());
        };
        Person author = l.author().orElse(null);
        String authorId = author == null ? null : personId(author);
        String listId = url + "#itemlist";
        g.writeStartObject();
        type(author == null ? "CollectionPage" : "ProfilePage", pageId(url));
        g.writeStringField("url", url);
        String name = switch (l.kind()) {
            case HOME -> site.name();
            case SECTION -> l.section().orElseThrow().name();
            case TAG -> l.tag().orElseThrow().name();
            case AUTHOR -> l.author().orElseThrow().name();
        };
        g.writeStringField("name", name);
        Optional<String> description = switch (l.kind()) {
            case HOME -> site.description();
            case SECTION -> l.section().flatMap(Section::description);
            case TAG -> l.tag().flatMap(Tag::description);
            case AUTHOR -> Optional.empty(); // the person's own description says it
        };
        optional("description", description);
        ref("isPartOf", websiteId(home));
        if (l.kind() != ListingPage.Kind.HOME) {
            ref("breadcrumb", url + "#breadcrumb");
        }
        g.writeStringField("inLanguage", site.language());
        ref("mainEntity", authorId != null ? authorId : listId);
        g.writeEndObject();
        g.writeStartObject();
        type("ItemList", listId);
        g.writeNumberField("numberOfItems", l.articles().size());
        if (!l.articles().isEmpty()) {
            g.writeArrayFieldStart("itemListElement");
            int position = 1;
            for (Article a : l.articles()) {
                g.writeStartObject();
                type("ListItem", null);
                g.writeNumberField("position", position++);
                g.writeStringField("url", a.canonicalUrl().orElseGet(() -> links.article(a)));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (l.kind() != ListingPage.Kind.HOME) {
            List<Crumb> trail = new ArrayList<>();
            trail.add(homeCrumb());
            switch (l.kind()) {
                case SECTION -> sectionCrumbs(l.section().orElseThrow(), trail);
                case TAG -> trail.add(new Crumb(name, links.tag(l.tag().orElseThrow(), 1), "CollectionPage"));
                default -> trail.add(new Crumb(name, links.author(l.author().orElseThrow()), "ProfilePage"));
            }
            breadcrumb(url, trail);
        }
        g.writeRawValue(websiteJson);
        g.writeRawValue(organizationJson);
        if (author != null) {
            person(authorId, author);
        }
    }

    // ------------------------------------------------------------------ breadcrumbs

    /** One step of a breadcrumb trail: its name, the page's URL and the page's type. */
    private record Crumb(String name, String url, String type) {
    }

    private Crumb homeCrumb() {
        return new Crumb(site.name(), home, "CollectionPage");
    }

    private void sectionCrumbs(Section section, List<Crumb> trail) {
        for (Section s : section.path()) {
            trail.add(new Crumb(s.name(), links.section(s, 1), "CollectionPage"));
        }
    }

    /**
     * A BreadcrumbList whose items are the pages themselves (schema.org's {@code item} takes a Thing): the current
     * page by reference, the others as small typed nodes with their URL.
     */
    private void breadcrumb(String url, List<Crumb> trail) throws IOException {
        String current = pageId(url);
        g.writeStartObject();
        type("BreadcrumbList", url + "#breadcrumb");
        g.writeArrayFieldStart("itemListElement");
        for (int i = 0; i < trail.size(); i++) {
            Crumb c = trail.get(i);
            g.writeStartObject();
            type("ListItem", null);
            g.writeNumberField("position", i + 1);
            g.writeStringField("name", c.name());
            String id = pageId(c.url());
            if (id.equals(current)) {
                ref("item", id);
            } else {
                g.writeObjectFieldStart("item");
                type(c.type(), id);
                g.writeStringField("url", c.url());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ shared nodes

    /** The WebSite node. */
    void website() throws IOException {
        g.writeStartObject();
        type("WebSite", websiteId(home));
        g.writeStringField("url", home);
        g.writeStringField("name", site.name());
        optional("description", site.description());
        ref("publisher", organizationId(home));
        g.writeStringField("inLanguage", site.language());
        g.writeEndObject();
    }

    /** The publisher's NewsMediaOrganization node. */
    void organization() throws IOException {
        g.writeStartObject();
        type("NewsMediaOrganization", organizationId(home));
        g.writeStringField("name", site.publisherName());
        g.writeStringField("url", home);
        if (site.logo().isPresent()) {
            g.writeFieldName("logo");
            imageObject(home + "#logo", site.logo().get());
        }
        strings("sameAs", site.socialProfiles());
        optional("publishingPrinciples", site.publishingPrinciples());
        optional("correctionsPolicy", site.correctionsPolicy());
        g.writeEndObject();
    }

    private void person(String id, Person p) throws IOException {
        g.writeStartObject();
        type("Person", id);
        g.writeStringField("name", p.name());
        g.writeStringField("url", p.url().orElseGet(() -> links.author(p)));
        strings("sameAs", p.sameAs());
        optional("jobTitle", p.jobTitle());
        if (p.image().isPresent()) {
            g.writeFieldName("image");
            imageObject(null, p.image().get());
        }
        optional("description", p.bio());
        g.writeEndObject();
    }

    /**
     * An ImageObject: the file as {@code url} and {@code contentUrl}, its size as pixel QuantitativeValues (the
     * range schema.org gives {@code width} and {@code height}), caption, credit and the alt text as description.
     */
    private void imageObject(@Nullable String id, Image i) throws IOException {
        g.writeStartObject();
        type("ImageObject", id);
        g.writeStringField("url", i.url());
        g.writeStringField("contentUrl", i.url());
        if (i.width().isPresent()) {
            pixels("width", i.width().get());
        }
        if (i.height().isPresent()) {
            pixels("height", i.height().get());
        }
        optional("caption", i.caption());
        optional("creditText", i.credit());
        optional("description", i.alt());
        g.writeEndObject();
    }

    private void pixels(String name, int value) throws IOException {
        g.writeObjectFieldStart(name);
        type("QuantitativeValue", null);
        g.writeNumberField("value", value);
        g.writeStringField("unitCode", PIXEL);
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ fields

    private void type(String type, @Nullable String id) throws IOException {
        g.writeStringField("@type", type);
        if (id != null) {
            g.writeStringField("@id", id);
        }
    }

    private void ref(String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeEndObject();
    }

    private void ref(String name, String id) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("@id", id);
        g.writeEndObject();
    }

    private void optional(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private void date(String name, Instant at) throws IOException {
        g.writeStringField(name, iso(at));
    }

    private String iso(Instant at) {
        return HtmlParts.iso(at, site.zone());
    }
}
