/**
 * Broadsheet render: HTML pages and fragments, schema.org JSON-LD and AMP for Broadsheet content.
 *
 * <p>Only the packages below are API; {@code dev.broadsheet.render.internal} is not exported.
 */
module dev.broadsheet.render {
    requires transitive dev.broadsheet.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports dev.broadsheet.render;
    exports dev.broadsheet.render.html;
    exports dev.broadsheet.render.jsonld;
}
