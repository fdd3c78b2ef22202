/**
 * schema.org JSON-LD for Broadsheet pages: {@link dev.broadsheet.render.jsonld.JsonLdRenderer} writes one
 * {@code @graph} per page (news article, section, tag, author and home pages) that search engines read in place of
 * plugins such as Yoast. The HTML renderer embeds it in every page's head.
 */
@NullMarked
package dev.broadsheet.render.jsonld;

import org.jspecify.annotations.NullMarked;
