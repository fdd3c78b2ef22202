/**
 * Sitemaps for search engines: {@link dev.broadsheet.render.sitemap.SitemapRenderer} writes sitemaps.org 0.9
 * sitemaps split to the protocol's limits, Google News sitemaps, image entries and the sitemap index;
 * {@link dev.broadsheet.render.sitemap.RobotsTxt} names the index in {@code robots.txt}.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.broadsheet.render.sitemap;

import org.jspecify.annotations.NullMarked;
