package dev.broadsheet.examples.site;

import dev.broadsheet.comments.Decision;
import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.model.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The site's storage, in memory, seeded from a {@link FixtureSet}. Content (articles, sections, tags, people) is
 * fixed after start; comments and subscribers change, under one lock, and every read returns immutable values or
 * copies, so the store is thread-safe. Subscribers are found by their address key
 * ({@code Subscriptions.addressKey}), which is how duplicates are recognised.
 */
final class Store {

    /**
     * A comment waiting for a moderator, with the moderator's reasons.
     *
     * @param comment the comment
     * @param article the article it is on
     * @param reasons why it was held (empty for a seeded comment)
     */
    record Held(Comment comment, Article article, List<Decision.Reason> reasons) {
    }

    private final Clock clock;
    private final Function<String, String> addressKey;
    private final List<Article> articles;
    private final Map<String, Article> bySlug = new HashMap<>();
    private final Map<String, Article> byId = new HashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    private final Object lock = new Object();
    private final Map<String, List<Comment>> comments = new HashMap<>();
    private final Map<String, Comment> commentById = new HashMap<>();
    private final Map<String, List<Decision.Reason>> reasons = new HashMap<>();
    private final Map<String, Subscriber> subscribers = new LinkedHashMap<>();
    private final Map<String, String> subscriberByAddress = new HashMap<>();

    /**
     * @param content what to serve
     * @param clock what "now" is, for which articles are published
     * @param addressKey the comparison key of an email address
     */
    Store(FixtureSet content, Clock clock, Function<String, String> addressKey) {
        this.clock = clock;
        this.addressKey = addressKey;
        this.articles = List.copyOf(content.articles());
        content.sections().forEach(s -> sections.putIfAbsent(s.slug(), s));
        for (Article a : articles) {
            bySlug.putIfAbsent(a.slug(), a);
            byId.put(a.id(), a);
            a.section().ifPresent(s -> s.path().forEach(p -> sections.putIfAbsent(p.slug(), p)));
            a.tags().forEach(t -> tags.putIfAbsent(t.slug(), t));
            a.authors().forEach(b -> people.putIfAbsent(b.person().slug(), b.person()));
        }
        content.tags().forEach(t -> tags.putIfAbsent(t.slug(), t));
        content.people().forEach(p -> people.putIfAbsent(p.slug(), p));
        for (Comment c : content.comments()) {
            comments.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
            commentById.put(c.id(), c);
        }
        for (Subscriber s : content.subscribers()) {
            subscribers.put(s.id(), s);
            subscriberByAddress.putIfAbsent(addressKey.apply(s.email()), s.id());
        }
    }

    // ---------------------------------------------------------------- content

    /** @return an article by slug, in any status */
    Optional<Article> article(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** @return an article by id, in any status */
    Optional<Article> articleById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return whether the article is public now: published, with a publication date not in the future */
    boolean isPublic(Article a) {
        return a.status() == ArticleStatus.PUBLISHED
                && a.publishedAt().map(t -> !t.isAfter(clock.instant())).orElse(false);
    }

    /** @return the public articles, newest first */
    List<Article> published() {
        return articles.stream().filter(this::isPublic)
                .sorted(Comparator.comparing((Article a) -> a.publishedAt().orElse(Instant.EPOCH)).reversed())
                .toList();
    }

    Optional<Section> section(String slug) {
        return Optional.ofNullable(sections.get(slug));
    }

    Optional<Tag> tag(String slug) {
        return Optional.ofNullable(tags.get(slug));
    }

    Optional<Person> person(String slug) {
        return Optional.ofNullable(people.get(slug));
    }

    /** @return every section, tag and person the content names, for the sitemap */
    List<Section> sections() {
        return List.copyOf(sections.values());
    }

    List<Tag> tags() {
        return List.copyOf(tags.values());
    }

    List<Person> people() {
        return List.copyOf(people.values());
    }

    /** @return the sections without a parent that have public articles, in the order of the content */
    List<Section> topSections() {
        return sections.values().stream().filter(s -> s.parent().isEmpty() && !inSection(s).isEmpty()).toList();
    }

    /** @return the public articles in a section or any of its subsections, newest first */
    List<Article> inSection(Section section) {
        return published().stream().filter(a -> a.section().map(s -> s.path().stream()
                .anyMatch(p -> p.slug().equals(section.slug()))).orElse(false)).toList();
    }

    /** @return the public articles with a tag, newest first */
    List<Article> tagged(Tag tag) {
        return published().stream().filter(a -> a.tags().stream().anyMatch(t -> t.slug().equals(tag.slug())))
                .toList();
    }

    /** @return the public articles with a person in the byline, in any role, newest first */
    List<Article> by(Person person) {
        return published().stream().filter(a -> a.authors().stream().map(Byline::person)
                .anyMatch(p -> p.slug().equals(person.slug()))).toList();
    }

    // ---------------------------------------------------------------- comments

    /** @return an article's comments in every status, oldest first */
    List<Comment> comments(String articleId) {
        synchronized (lock) {
            return List.copyOf(comments.getOrDefault(articleId, List.of()));
        }
    }

    Optional<Comment> comment(String id) {
        synchronized (lock) {
            return Optional.ofNullable(commentById.get(id));
        }
    }

    /**
     * Saves a new comment with the moderator's reasons.
     *
     * @param comment the comment, in the status the moderator decided
     * @param why the decision's reasons
     */
    void add(Comment comment, List<Decision.Reason> why) {
        synchronized (lock) {
            comments.computeIfAbsent(comment.articleId(), k -> new ArrayList<>()).add(comment);
            commentById.put(comment.id(), comment);
            reasons.put(comment.id(), List.copyOf(why));
        }
    }

    /**
     * Moves a comment to another status.
     *
     * @param id the comment's id
     * @param status the new status
     * @return the updated comment; empty when there is no such comment
     */
    Optional<Comment> moderate(String id, CommentStatus status) {
        synchronized (lock) {
            Comment c = commentById.get(id);
            if (c == null) {
                return Optional.empty();
            }
            Comment updated = c.toBuilder().status(status).build();
            commentById.put(id, updated);
            List<Comment> list = comments.get(c.articleId());
            list.set(list.indexOf(c), updated);
            return Optional.of(updated);
        }
    }

    /** @return the comments waiting for a moderator, newest first */
    List<Held> pending() {
        synchronized (lock) {
            List<Held> held = new ArrayList<>();
            for (Comment c : commentById.values()) {
                if (c.status() == CommentStatus.PENDING) {
                    held.add(new Held(c, byId.get(c.articleId()), reasons.getOrDefault(c.id(), List.of())));
                }
            }
            held.sort(Comparator.comparing((Held h) -> h.comment().createdAt()).reversed());
            return held;
        }
    }

    /** @return how many comments are stored as spam */
    long spamCount() {
        synchronized (lock) {
            return commentById.values().stream().filter(c -> c.status() == CommentStatus.SPAM).count();
        }
    }

    /**
     * Whether someone with this address has an approved comment, which makes a commenter known.
     *
     * @param email a normalised address
     * @return true when an approved comment has an email with the same address key
     */
    boolean hasApprovedComment(String email) {
        String key = addressKey.apply(email);
        synchronized (lock) {
            return commentById.values().stream().anyMatch(c -> c.status() == CommentStatus.APPROVED
                    && c.author().email().map(addressKey).map(key::equals).orElse(false));
        }
    }

    // ---------------------------------------------------------------- subscribers

    Optional<Subscriber> subscriber(String id) {
        synchronized (lock) {
            return Optional.ofNullable(subscribers.get(id));
        }
    }

    /** @return the subscriber with an address (by its address key) */
    Optional<Subscriber> subscriberByAddress(String email) {
        String key = addressKey.apply(email);
        synchronized (lock) {
            return Optional.ofNullable(subscriberByAddress.get(key)).map(subscribers::get);
        }
    }

    /** @return the subscribers in a status, in the order they were first stored */
    List<Subscriber> subscribers(SubscriberStatus status) {
        synchronized (lock) {
            return subscribers.values().stream().filter(s -> s.status() == status).toList();
        }
    }

    /**
     * Atomically creates or changes the subscriber with an address.
     *
     * @param email the address
     * @param change given the subscriber with that address key, if any, returns the subscriber to store
     * @return what was stored
     */
    Subscriber upsertByAddress(String email, Function<Optional<Subscriber>, Subscriber> change) {
        String key = addressKey.apply(email);
        synchronized (lock) {
            Optional<Subscriber> current = Optional.ofNullable(subscriberByAddress.get(key)).map(subscribers::get);
            Subscriber next = change.apply(current);
            subscribers.put(next.id(), next);
            subscriberByAddress.put(key, next.id());
            return next;
        }
    }

    /**
     * Atomically changes a subscriber.
     *
     * @param id the subscriber's id
     * @param change the transition; its exceptions propagate and leave the subscriber as it was
     * @return the stored result; empty when there is no such subscriber
     */
    Optional<Subscriber> update(String id, UnaryOperator<Subscriber> change) {
        synchronized (lock) {
            Subscriber s = subscribers.get(id);
            if (s == null) {
                return Optional.empty();
            }
            Subscriber next = change.apply(s);
            subscribers.put(id, next);
            return Optional.of(next);
        }
    }
}
