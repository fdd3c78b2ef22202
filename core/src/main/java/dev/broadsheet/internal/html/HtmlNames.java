package dev.broadsheet.internal.html;

import java.util.Set;

/** Groups of HTML tag names (lower case) that the sanitizer and the text extractor treat alike. */
final class HtmlNames {

    /**
     * Elements removed together with everything inside them: their content is code, styling, raw text, hidden,
     * or foreign markup (svg, math) that a browser parses by other rules.
     */
    static final Set<String> DROP_WITH_CONTENT = Set.of(
            "script", "style", "template", "noscript", "iframe", "object", "embed", "applet", "svg", "math",
            "textarea", "select", "datalist", "option", "optgroup", "title", "xmp", "noembed", "noframes",
            "plaintext", "head", "frameset", "frame", "base", "link", "meta", "param", "source", "track", "input",
            "portal", "fencedframe");

    /**
     * Elements that visually separate the text around them (blocks, line breaks, cells, replaced elements): when
     * one is removed, a space keeps the words on either side apart.
     */
    static final Set<String> SEPARATING = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "button", "canvas", "caption", "center", "col",
            "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
            "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "html", "iframe", "img", "input", "legend", "li", "listing", "main", "math", "menu", "meter", "nav",
            "object", "ol", "optgroup", "option", "p", "picture", "plaintext", "pre", "progress", "search",
            "section", "select", "summary", "svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr",
            "ul", "video", "audio", "xmp");

    /** Blocks that end a paragraph in plain text (a blank line). */
    static final Set<String> PARAGRAPH = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "dl", "fieldset",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "listing",
            "main", "menu", "nav", "ol", "p", "pre", "search", "section", "table", "ul", "xmp");

    private HtmlNames() {
    }
}
