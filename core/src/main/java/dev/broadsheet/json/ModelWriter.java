package dev.broadsheet.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Consent;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.Tag;
import dev.broadsheet.model.Translation;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes model values as JSON in the documented format: fields in a fixed order, absent optional fields and empty
 * lists left out, instants in ISO 8601 UTC, enums in lower case. In the public view, private fields (commenter
 * email and IP, subscriber email and consent) are never written.
 */
final class ModelWriter {

    private final JsonGenerator g;
    private final boolean publicView;

    ModelWriter(JsonGenerator g, boolean publicView) {
        this.g = g;
        this.publicView = publicView;
    }

    void image(Image i) throws IOException {
        g.writeStartObject();
        g.writeStringField("url", i.url());
        optional("alt", i.alt());
        if (i.decorative()) {
            g.writeBooleanField("decorative", true);
        }
        optional("caption", i.caption());
        optional("credit", i.credit());
        if (i.width().isPresent()) {
            g.writeNumberField("width", i.width().get());
        }
        if (i.height().isPresent()) {
            g.writeNumberField("height", i.height().get());
        }
        if (!i.renditions().isEmpty()) {
            g.writeArrayFieldStart("renditions");
            for (Image.Rendition r : i.renditions()) {
                g.writeStartObject();
                g.writeStringField("url", r.url());
                g.writeNumberField("width", r.width());
                g.writeNumberField("height", r.height());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    void tag(Tag t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeStringField("slug", t.slug());
        optional("description", t.description());
        g.writeEndObject();
    }

    void section(Section s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("slug", s.slug());
        optional("description", s.description());
        if (s.parent().isPresent()) {
            g.writeFieldName("parent");
            section(s.parent().get());
        }
        g.writeEndObject();
    }

    void person(Person p) throws IOException {
        g.writeStartObject();
        personFields(p);
        g.writeEndObject();
    }

    private void personFields(Person p) throws IOException {
        g.writeStringField("name", p.name());
        g.writeStringField("slug", p.slug());
        optional("url", p.url());
        optional("jobTitle", p.jobTitle());
        optional("bio", p.bio());
        if (p.image().isPresent()) {
            g.writeFieldName("image");
            image(p.image().get());
        }
        strings("sameAs", p.sameAs());
    }

    void byline(Byline b) throws IOException {
        g.writeStartObject();
        personFields(b.person());
        g.writeStringField("role", lower(b.role()));
        g.writeEndObject();
    }

    void credit(Credit c) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", c.source());
        optional("url", c.url());
        optional("dateline", c.dateline());
        g.writeEndObject();
    }

    void correction(Correction c) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", c.at().toString());
        g.writeStringField("note", c.note());
        g.writeEndObject();
    }

    void article(Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("slug", a.slug());
        g.writeStringField("headline", a.headline());
        optional("dek", a.dek());
        if (a.section().isPresent()) {
            g.writeFieldName("section");
            section(a.section().get());
        }
        if (!a.authors().isEmpty()) {
            g.writeArrayFieldStart("authors");
            for (Byline b : a.authors()) {
                byline(b);
            }
            g.writeEndArray();
        }
        if (!a.body().isEmpty()) {
            g.writeStringField("body", a.body().html());
        }
        optional("description", a.description());
        if (a.featuredImage().isPresent()) {
            g.writeFieldName("featuredImage");
            image(a.featuredImage().get());
        }
        if (!a.tags().isEmpty()) {
            g.writeArrayFieldStart("tags");
            for (Tag t : a.tags()) {
                tag(t);
            }
            g.writeEndArray();
        }
        optional("language", a.language());
        optional("canonicalUrl", a.canonicalUrl());
        g.writeStringField("status", lower(a.status()));
        instant("publishedAt", a.publishedAt());
        instant("modifiedAt", a.modifiedAt());
        instant("displayDate", a.displayDate());
        if (a.credit().isPresent()) {
            g.writeFieldName("credit");
            credit(a.credit().get());
        }
        if (!a.corrections().isEmpty()) {
            g.writeArrayFieldStart("corrections");
            for (Correction c : a.corrections()) {
                correction(c);
            }
            g.writeEndArray();
        }
        if (!a.translations().isEmpty()) {
            g.writeArrayFieldStart("translations");
            for (Translation t : a.translations()) {
                g.writeStartObject();
                g.writeStringField("language", t.language());
                g.writeStringField("url", t.url());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (a.paywalled()) {
            g.writeBooleanField("paywalled", true);
        }
        g.writeStringField("commentMode", lower(a.commentMode()));
        g.writeEndObject();
    }

    void commenter(Commenter c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        if (!publicView) {
            optional("email", c.email());
        }
        optional("url", c.url());
        if (!publicView) {
            optional("ip", c.ip());
        }
        g.writeEndObject();
    }

    void comment(Comment c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("articleId", c.articleId());
        optional("parentId", c.parentId());
        g.writeFieldName("author");
        commenter(c.author());
        g.writeStringField("body", c.body().html());
        g.writeStringField("createdAt", c.createdAt().toString());
        g.writeStringField("status", lower(c.status()));
        g.writeEndObject();
    }

    void consent(Consent c) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", c.at().toString());
        g.writeStringField("source", c.source());
        g.writeStringField("wordingVersion", c.wordingVersion());
        optional("ip", c.ip());
        g.writeEndObject();
    }

    void subscriber(Subscriber s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        if (!publicView) {
            g.writeStringField("email", s.email());
        }
        optional("name", s.name());
        g.writeStringField("status", lower(s.status()));
        if (!publicView) {
            g.writeFieldName("consent");
            consent(s.consent());
        }
        strings("topics", s.topics());
        g.writeStringField("createdAt", s.createdAt().toString());
        instant("confirmedAt", s.confirmedAt());
        instant("unsubscribedAt", s.unsubscribedAt());
        g.writeEndObject();
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private void instant(String field, Optional<Instant> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get().toString());
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
