package dev.broadsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Markdown;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.internal.check.Codes;
import dev.broadsheet.internal.check.Problems;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.model.Tag;
import dev.broadsheet.model.Translation;
import org.jspecify.annotations.Nullable;

/**
 * Reads model values from JSON trees, collecting every problem (JSON types, unknown fields, and the model's own
 * rules) with its JSON-pointer path. Markup is never trusted: bodies are sanitized again on the way in.
 * One instance reads one document.
 */
final class ModelReader {

    private final Problems problems = new Problems();
    private final BroadsheetModule.Settings settings;

    ModelReader(BroadsheetModule.Settings settings) {
        this.settings = settings;
    }

    Problems problems() {
        return problems;
    }

    @Nullable Image image(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Image.Builder b = Image.builder()
                .url(f.string("url"))
                .alt(f.string("alt"))
                .decorative(f.bool("decorative", false))
                .caption(f.string("caption"))
                .credit(f.string("credit"))
                .size(f.integer("width"), f.integer("height"))
                .renditions(f.array("renditions", this::rendition));
        f.finish();
        return f.build(b::build);
    }

    private Image.@Nullable Rendition rendition(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        String url = f.string("url");
        Integer width = problems.required(f.path("width"), f.integer("width"));
        Integer height = problems.required(f.path("height"), f.integer("height"));
        f.finish();
        if (width == null || height == null) {
            return null;
        }
        return f.build(() -> new Image.Rendition(url == null ? "" : url, width, height));
    }

    @Nullable Tag tag(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Tag.Builder b = Tag.builder().name(f.string("name")).slug(f.string("slug"))
                .description(f.string("description"));
        f.finish();
        return f.build(b::build);
    }

    @Nullable Section section(JsonNode node, String path) {
        return section(node, path, 1);
    }

    private @Nullable Section section(JsonNode node, String path, int depth) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Section.Builder b = Section.builder().name(f.string("name")).slug(f.string("slug"))
                .description(f.string("description"));
        if (depth >= Section.MAX_DEPTH && f.has("parent")) {
            problems.add(f.path("parent"), Codes.DEPTH, "sections nest at most " + Section.MAX_DEPTH + " levels deep",
                    null);
        } else {
            b.parent(f.object("parent", (v, at) -> section(v, at, depth + 1)));
        }
        f.finish();
        return f.build(b::build);
    }

    @Nullable Person person(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Person person = person(f);
        f.finish();
        return person;
    }

    private @Nullable Person person(Fields f) {
        Person.Builder b = Person.builder()
                .name(f.string("name"))
                .slug(f.string("slug"))
                .url(f.string("url"))
                .jobTitle(f.string("jobTitle"))
                .bio(f.string("bio"))
                .image(f.object("image", this::image))
                .sameAs(f.strings("sameAs"));
        return f.build(b::build);
    }

    /** A byline is a person's fields plus {@code role} (default {@code author}). */
    @Nullable Byline byline(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Byline.Role role = f.has("role") ? f.enumeration("role", Byline.Role.class) : Byline.Role.AUTHOR;
        Person person = person(f);
        f.finish();
        return person == null || role == null ? null : new Byline(person, role);
    }

    @Nullable Credit credit(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        String source = f.string("source");
        String url = f.string("url");
        String dateline = f.string("dateline");
        f.finish();
        return f.build(() -> Credit.of(source, url, dateline));
    }

    @Nullable Correction correction(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        var at = f.instant("at");
        String note = f.string("note");
        f.finish();
        return f.build(() -> Correction.of(at, note));
    }

    @Nullable Translation translation(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        String language = f.string("language");
        String url = f.string("url");
        f.finish();
        return f.build(() -> Translation.of(language, url));
    }

    @Nullable Article article(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Article.Builder b = Article.builder()
                .id(f.string("id"))
                .slug(f.string("slug"))
                .headline(f.string("headline"))
                .dek(f.string("dek"))
                .section(f.object("section", this::section))
                .authors(f.array("authors", this::byline))
                .body(body(f, settings.articlePolicy(), true))
                .description(f.string("description"))
                .featuredImage(f.object("featuredImage", this::image))
                .tags(f.array("tags", this::tag))
                .language(f.string("language"))
                .canonicalUrl(f.string("canonicalUrl"))
                .publishedAt(f.instant("publishedAt"))
                .modifiedAt(f.instant("modifiedAt"))
                .displayDate(f.instant("displayDate"))
                .credit(f.object("credit", this::credit))
                .corrections(f.array("corrections", this::correction))
                .translations(f.array("translations", this::translation))
                .paywalled(f.bool("paywalled", false));
        if (f.has("status")) {
            b.status(f.enumeration("status", ArticleStatus.class));
        }
        if (f.has("commentMode")) {
            b.commentMode(f.enumeration("commentMode", CommentMode.class));
        }
        f.finish();
        return f.build(b::build);
    }

    /**
     * Reads {@code body} (HTML) or {@code bodyMarkdown}, sanitizing either under the policy. An absent body is
     * empty when {@code emptyIfAbsent}, otherwise null so that the builder reports it.
     */
    private @Nullable SafeHtml body(Fields f, HtmlPolicy policy, boolean emptyIfAbsent) {
        String html = f.string("body");
        String markdown = f.string("bodyMarkdown");
        if (html != null && markdown != null) {
            problems.add(f.path("bodyMarkdown"), "json.conflict", "give either body (HTML) or bodyMarkdown, not both",
                    null);
            return null;
        }
        if (markdown != null) {
            return Markdown.toHtml(markdown, policy);
        }
        if (html != null) {
            return Sanitizer.sanitize(html, policy);
        }
        return emptyIfAbsent ? SafeHtml.empty() : null;
    }

    @Nullable Commenter commenter(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Commenter.Builder b = Commenter.builder()
                .name(f.string("name"))
                .email(f.secret("email"))
                .url(f.string("url"))
                .ip(f.secret("ip"))
                .emailPolicy(settings.emailPolicy());
        f.finish();
        return f.build(b::build);
    }

    @Nullable Comment comment(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Comment.Builder b = Comment.builder()
                .id(f.string("id"))
                .articleId(f.string("articleId"))
                .parentId(f.string("parentId"))
                .author(f.object("author", this::commenter))
                .body(body(f, settings.commentPolicy(), false))
                .createdAt(f.instant("createdAt"));
        if (f.has("status")) {
            b.status(f.enumeration("status", CommentStatus.class));
        }
        f.finish();
        return f.build(b::build);
    }

    @Nullable Consent consent(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        var at = f.instant("at");
        String source = f.string("source");
        String wording = f.string("wordingVersion");
        String ip = f.secret("ip");
        f.finish();
        return f.build(() -> Consent.of(at, source, wording, ip));
    }

    @Nullable Subscriber subscriber(JsonNode node, String path) {
        Fields f = Fields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Subscriber.Builder b = Subscriber.builder()
                .id(f.string("id"))
                .email(f.secret("email"))
                .name(f.string("name"))
                .consent(f.object("consent", this::consent))
                .topics(f.strings("topics"))
                .createdAt(f.instant("createdAt"))
                .confirmedAt(f.instant("confirmedAt"))
                .unsubscribedAt(f.instant("unsubscribedAt"))
                .emailPolicy(settings.emailPolicy());
        if (f.has("status")) {
            b.status(f.enumeration("status", SubscriberStatus.class));
        }
        f.finish();
        return f.build(b::build);
    }
}
