/**
 * Broadsheet core: the news model, its validation, HTML sanitization, Markdown, text utilities, JSON support and
 * fixtures.
 *
 * <p>Only the packages below are API; {@code dev.broadsheet.internal.*} is not exported.
 */
module dev.broadsheet.core {
    requires transitive com.fasterxml.jackson.databind;
    requires org.jsoup;
    requires org.commonmark;
    requires org.commonmark.ext.autolink;
    requires static transitive org.jspecify;

    exports dev.broadsheet.model;
    exports dev.broadsheet.validation;
    exports dev.broadsheet.html;
    exports dev.broadsheet.text;
    exports dev.broadsheet.json;
    exports dev.broadsheet.comments;
    exports dev.broadsheet.subscribers;
    exports dev.broadsheet.fixtures;
    exports dev.broadsheet.checks;

    // field checks shared with the renderers' configuration types; not API
    exports dev.broadsheet.internal.check to dev.broadsheet.render;
    // sanitized markup with a renderer's own escaped elements spliced in (tag auto-linking); not API
    exports dev.broadsheet.internal.markup to dev.broadsheet.render;
}
