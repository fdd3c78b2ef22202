package dev.broadsheet.examples.spring;

import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles, sections, tags and people: each row holds the value in Broadsheet's JSON storage format, read back
 * through {@link BroadsheetJson} (which validates and sanitizes again), with the columns listings filter and sort
 * on beside it. Listings show public articles only: published, with a publication time not in the future.
 */
@Repository
public class ContentRepository {

    private static final String PUBLIC = "a.status = 'PUBLISHED' AND a.published_at <= ?";

    private final JdbcTemplate jdbc;
    private final BroadsheetJson json;
    private final Dialect dialect;

    ContentRepository(JdbcTemplate jdbc, BroadsheetJson storageJson, Dialect dialect) {
        this.jdbc = jdbc;
        this.json = storageJson;
        this.dialect = dialect;
    }

    /**
     * Stores a content set (sections, tags, people, articles); comments and subscribers go to their repositories.
     *
     * @param set the content
     */
    @Transactional
    public void save(FixtureSet set) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, Tag> tags = new LinkedHashMap<>();
        Map<String, Person> people = new LinkedHashMap<>();
        set.sections().forEach(s -> s.path().forEach(p -> sections.putIfAbsent(p.slug(), p)));
        for (Article a : set.articles()) {
            a.section().ifPresent(s -> s.path().forEach(p -> sections.putIfAbsent(p.slug(), p)));
            a.tags().forEach(t -> tags.putIfAbsent(t.slug(), t));
            a.authors().forEach(b -> people.putIfAbsent(b.person().slug(), b.person()));
        }
        set.tags().forEach(t -> tags.putIfAbsent(t.slug(), t));
        set.people().forEach(p -> people.putIfAbsent(p.slug(), p));
        int ordinal = 0;
        for (Section s : sections.values()) {
            jdbc.update("INSERT INTO sections (slug, parent_slug, ordinal, doc) VALUES (?, ?, ?, " + dialect.jsonParam
                    + ")", s.slug(), s.parent().map(Section::slug).orElse(null), ordinal++, json.write(s));
        }
        tags.values().forEach(t -> jdbc.update("INSERT INTO tags (slug, doc) VALUES (?, " + dialect.jsonParam + ")",
                t.slug(), json.write(t)));
        people.values().forEach(p -> jdbc.update("INSERT INTO people (slug, doc) VALUES (?, " + dialect.jsonParam
                + ")", p.slug(), json.write(p)));
        Set<String> slugs = new LinkedHashSet<>();
        for (Article a : set.articles()) {
            if (!slugs.add(a.slug())) {
                throw new IllegalArgumentException("two articles have the slug " + a.slug());
            }
            jdbc.update("INSERT INTO articles (id, slug, section_slug, status, published_at, modified_at, doc)"
                    + " VALUES (?, ?, ?, ?, ?, ?, " + dialect.jsonParam + ")", a.id(), a.slug(),
                    a.section().map(Section::slug).orElse(null), a.status().name(), time(a.publishedAt()),
                    time(a.modifiedAt()), json.write(a));
            a.section().ifPresent(s -> s.path().forEach(p -> jdbc.update(
                    "INSERT INTO article_sections (section_slug, article_id) VALUES (?, ?)", p.slug(), a.id())));
            a.tags().stream().map(Tag::slug).distinct().forEach(t -> jdbc.update(
                    "INSERT INTO article_tags (tag_slug, article_id) VALUES (?, ?)", t, a.id()));
            a.authors().stream().map(b -> b.person().slug()).distinct().forEach(p -> jdbc.update(
                    "INSERT INTO article_people (person_slug, article_id) VALUES (?, ?)", p, a.id()));
        }
    }

    /** @return an article by slug, in any status */
    public Optional<Article> article(String slug) {
        return one("SELECT doc FROM articles WHERE slug = ?", Article.class, slug);
    }

    /** @return an article by id, in any status */
    public Optional<Article> articleById(String id) {
        return one("SELECT doc FROM articles WHERE id = ?", Article.class, id);
    }

    /** @return whether the public may read the article now */
    public static boolean isPublic(Article a, Instant now) {
        return a.status() == ArticleStatus.PUBLISHED && a.publishedAt().map(t -> !t.isAfter(now)).orElse(false);
    }

    /** One page of a listing and how many articles the listing has. */
    public record Slice(List<Article> articles, int total) {
    }

    /** @return the newest public articles */
    public List<Article> latest(Instant now, int limit) {
        return articles("SELECT a.doc FROM articles a WHERE " + PUBLIC + " ORDER BY a.published_at DESC, a.id"
                + " LIMIT ?", time(now), limit);
    }

    /** @return public articles in a section or its subsections, newest first */
    public Slice inSection(Section s, Instant now, int offset, int limit) {
        return slice("article_sections", "section_slug", s.slug(), now, offset, limit);
    }

    /** @return public articles with a tag, newest first */
    public Slice tagged(Tag t, Instant now, int offset, int limit) {
        return slice("article_tags", "tag_slug", t.slug(), now, offset, limit);
    }

    /** @return public articles with a person in the byline, newest first */
    public Slice by(Person p, Instant now, int offset, int limit) {
        return slice("article_people", "person_slug", p.slug(), now, offset, limit);
    }

    private Slice slice(String table, String column, String slug, Instant now, int offset, int limit) {
        String from = " FROM articles a JOIN " + table + " j ON j.article_id = a.id WHERE j." + column + " = ? AND "
                + PUBLIC;
        Integer total = jdbc.queryForObject("SELECT COUNT(*)" + from, Integer.class, slug, time(now));
        List<Article> list = articles("SELECT a.doc" + from + " ORDER BY a.published_at DESC, a.id LIMIT ? OFFSET ?",
                slug, time(now), limit, offset);
        return new Slice(list, total == null ? 0 : total);
    }

    /** @return a section by slug */
    public Optional<Section> section(String slug) {
        return one("SELECT doc FROM sections WHERE slug = ?", Section.class, slug);
    }

    /** @return a tag by slug */
    public Optional<Tag> tag(String slug) {
        return one("SELECT doc FROM tags WHERE slug = ?", Tag.class, slug);
    }

    /** @return a person by slug */
    public Optional<Person> person(String slug) {
        return one("SELECT doc FROM people WHERE slug = ?", Person.class, slug);
    }

    /** @return the sections without a parent, in the content's order */
    public List<Section> topSections() {
        return jdbc.query("SELECT doc FROM sections WHERE parent_slug IS NULL ORDER BY ordinal",
                (rs, i) -> json.read(rs.getString(1), Section.class));
    }

    /**
     * Every public article, for the sitemaps, newest first. The example's archive is small; a site with a large one
     * would stream rows (JdbcTemplate's {@code queryForStream}) into the sitemap renderer, which writes as it reads.
     */
    public List<Article> allPublic(Instant now) {
        return articles("SELECT a.doc FROM articles a WHERE " + PUBLIC + " ORDER BY a.published_at DESC, a.id",
                time(now));
    }

    /** @return every section, tag or person stored, for the sitemaps */
    public List<Section> sections() {
        return jdbc.query("SELECT doc FROM sections ORDER BY ordinal", (rs, i) -> json.read(rs.getString(1),
                Section.class));
    }

    /** @return every tag stored */
    public List<Tag> tags() {
        return jdbc.query("SELECT doc FROM tags ORDER BY slug", (rs, i) -> json.read(rs.getString(1), Tag.class));
    }

    /** @return every person stored */
    public List<Person> people() {
        return jdbc.query("SELECT doc FROM people ORDER BY slug", (rs, i) -> json.read(rs.getString(1), Person.class));
    }

    /** @return how many articles are stored */
    public int count() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM articles", Integer.class);
        return n == null ? 0 : n;
    }

    private List<Article> articles(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> json.read(rs.getString(1), Article.class), args);
    }

    private <T> Optional<T> one(String sql, Class<T> type, Object arg) {
        List<T> found = jdbc.query(sql, (rs, i) -> json.read(rs.getString(1), type), arg);
        return found.stream().findFirst();
    }

    static @Nullable OffsetDateTime time(Optional<Instant> t) {
        return t.map(ContentRepository::time).orElse(null);
    }

    static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

}
