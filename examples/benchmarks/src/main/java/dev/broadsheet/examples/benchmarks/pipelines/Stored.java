package dev.broadsheet.examples.benchmarks.pipelines;

import dev.broadsheet.html.PlainText;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a site without Broadsheet keeps in its database for a page: plain records with the bodies sanitized at save
 * time and their plain text beside them (Broadsheet's {@code SafeHtml} keeps its plain text once computed, too). Converted once from Broadsheet's model so that both sides render the very same content; the per-request
 * work of the competing pipelines starts from these records.
 */
public final class Stored {

    private Stored() {
    }

    /** The site's settings. */
    public record SiteInfo(String name, String baseUrl, String description, String logoUrl, int logoWidth,
            int logoHeight, String logoAlt, List<String> socialProfiles, @Nullable String twitter, ZoneId zone,
            String language) {
    }

    /** A person credited on the article; {@code role} is the byline label, empty for writers. */
    public record StoredPerson(String name, String slug, @Nullable String url, @Nullable String jobTitle,
            boolean author, String role) {
    }

    /** The featured image. */
    public record StoredImage(String url, String alt, @Nullable String caption, @Nullable String credit, int width,
            int height, List<String[]> renditions) {
    }

    /** A section on the article's path, outermost first. */
    public record StoredSection(String name, String slug) {
    }

    /** The article row. */
    public record StoredArticle(String id, String slug, String headline, @Nullable String dek,
            List<StoredSection> sections, List<StoredPerson> people, String bodyHtml, String bodyText,
            @Nullable StoredImage image, List<String[]> tags, Instant published, Instant modified,
            @Nullable String creditSource, @Nullable String creditUrl, @Nullable String dateline,
            List<Correction> corrections) {
    }

    /** A correction note. */
    public record Correction(Instant at, String note) {
    }

    /** A comment row, already approved; {@code bodyText} is stored with it for feeds and structured data. */
    public record StoredComment(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
            String bodyHtml, String bodyText, Instant createdAt) {
    }

    /** Everything one article page needs from storage, plus the request's CSRF token. */
    public record PageData(SiteInfo site, StoredArticle article, List<StoredComment> comments, String csrfToken) {
    }

    /**
     * Copies a Broadsheet page into the competitor's records ("save time").
     *
     * @param site the site
     * @param page the page
     * @return the stored data
     */
    public static PageData of(Site site, ArticlePage page) {
        Image logo = site.logo().orElseThrow();
        SiteInfo info = new SiteInfo(site.name(), site.baseUrl(), site.description().orElse(""), logo.url(),
                logo.width().orElseThrow(), logo.height().orElseThrow(), logo.alt().orElse(""),
                site.socialProfiles(), site.twitterHandle().orElse(null), site.zone(), site.language());
        Article a = page.article();
        List<StoredSection> sections = new ArrayList<>();
        a.section().ifPresent(s -> {
            for (Section p : s.path()) {
                sections.add(new StoredSection(p.name(), p.slug()));
            }
        });
        List<StoredPerson> people = new ArrayList<>();
        for (Byline b : a.authors()) {
            Person p = b.person();
            String role = switch (b.role()) {
                case PHOTOGRAPHER -> "Photographs by";
                case EDITOR -> "Edited by";
                case TRANSLATOR -> "Translated by";
                case CONTRIBUTOR -> "Additional reporting by";
                default -> "";
            };
            people.add(new StoredPerson(p.name(), p.slug(), p.url().orElse(null), p.jobTitle().orElse(null),
                    b.role().isAuthor(), role));
        }
        StoredImage image = a.featuredImage().map(i -> {
            List<String[]> renditions = new ArrayList<>();
            for (Image.Rendition r : i.renditions()) {
                renditions.add(new String[] {r.url(), Integer.toString(r.width()), Integer.toString(r.height())});
            }
            return new StoredImage(i.url(), i.alt().orElse(""), i.caption().orElse(null), i.credit().orElse(null),
                    i.width().orElseThrow(), i.height().orElseThrow(), renditions);
        }).orElse(null);
        List<String[]> tags = new ArrayList<>();
        for (Tag t : a.tags()) {
            tags.add(new String[] {t.name(), t.slug()});
        }
        List<Correction> corrections = new ArrayList<>();
        a.corrections().forEach(c -> corrections.add(new Correction(c.at(), c.note())));
        String text = PlainText.of(a.body());
        if (a.description().isPresent()) {
            throw new IllegalArgumentException("the race's articles have no description of their own");
        }
        StoredArticle article = new StoredArticle(a.id(), a.slug(), a.headline(), a.dek().orElse(null), sections,
                people, a.body().html(), text,
                image, tags, a.publishedAt().orElseThrow(), a.modifiedAt().orElse(a.publishedAt().orElseThrow()),
                a.credit().map(c -> c.source()).orElse(null), a.credit().flatMap(c -> c.url()).orElse(null),
                a.credit().flatMap(c -> c.dateline()).orElse(null), corrections);
        List<StoredComment> comments = new ArrayList<>();
        for (Comment c : page.comments()) {
            if (c.isApproved()) {
                comments.add(new StoredComment(c.id(), c.parentId().orElse(null), c.author().name(),
                        c.author().url().orElse(null), c.body().html(), PlainText.of(c.body()), c.createdAt()));
            }
        }
        return new PageData(info, article, comments, page.csrfToken().orElse(""));
    }
}
