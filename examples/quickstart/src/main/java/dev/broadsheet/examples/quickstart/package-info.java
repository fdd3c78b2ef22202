/**
 * The quickstart example: a command-line program that renders Broadsheet's fixtures into a static site that opens
 * from disk, and renders page documents (site, article and comments as JSON) to HTML, AMP and JSON-LD for content
 * pipelines and CI. {@link dev.broadsheet.examples.quickstart.Quickstart} is the entry point.
 */
@NullMarked
package dev.broadsheet.examples.quickstart;

import org.jspecify.annotations.NullMarked;
