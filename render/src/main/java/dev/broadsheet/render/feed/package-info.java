/**
 * Feeds for readers and aggregators: {@link dev.broadsheet.render.feed.FeedRenderer} writes a
 * {@link dev.broadsheet.render.feed.Feed} (home page, section, tag or author) as RSS 2.0, Atom 1.0 or JSON Feed 1.1
 * from the same model and {@link dev.broadsheet.render.Site}/{@link dev.broadsheet.render.Links} as the pages.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.broadsheet.render.feed;

import org.jspecify.annotations.NullMarked;
