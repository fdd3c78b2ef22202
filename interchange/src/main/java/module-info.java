/**
 * Broadsheet interchange: WordPress WXR import and IPTC ninjs export and import, all through the core model's
 * builders, so that everything imported is cleaned, sanitized and validated exactly like anything else.
 *
 * @since 0.1.0
 */
module dev.broadsheet.interchange {
    requires transitive dev.broadsheet.core;
    requires java.xml;
    requires static transitive org.jspecify;

    exports dev.broadsheet.interchange.wordpress;
    exports dev.broadsheet.interchange.ninjs;
}
