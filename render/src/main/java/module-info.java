/**
 * Broadsheet render: HTML pages and fragments, schema.org JSON-LD and AMP for Broadsheet content.
 *
 * <p>Only the packages below are API; {@code dev.broadsheet.render.internal} and its subpackages are not exported.
 */
module dev.broadsheet.render {
    requires transitive dev.broadsheet.core;
    requires org.jsoup;
    requires static transitive org.jspecify;

    exports dev.broadsheet.render;
    exports dev.broadsheet.render.html;
    exports dev.broadsheet.render.jsonld;
    exports dev.broadsheet.render.amp;
    exports dev.broadsheet.render.feed;
    exports dev.broadsheet.render.sitemap;
}
