package dev.broadsheet.render.internal.amp;

/** The AMP extensions a page can use, in the order their scripts appear in the head. */
enum Extension {
    FORM("amp-form", "0.1", false),
    IFRAME("amp-iframe", "0.1", false),
    YOUTUBE("amp-youtube", "0.1", false),
    VIMEO("amp-vimeo", "0.1", false),
    VIDEO("amp-video", "0.1", false),
    AUDIO("amp-audio", "0.1", false),
    MUSTACHE("amp-mustache", "0.2", true);

    /** The AMP runtime every page loads. */
    static final String RUNTIME = "https://cdn.ampproject.org/v0.js";

    private final String element;
    private final String src;
    private final boolean template;

    Extension(String element, String version, boolean template) {
        this.element = element;
        this.src = "https://cdn.ampproject.org/v0/" + element + "-" + version + ".js";
        this.template = template;
    }

    /** The element (or template type) it provides, such as {@code amp-form}. */
    String element() {
        return element;
    }

    /** Its script's URL, with the version. */
    String src() {
        return src;
    }

    /** The script's attribute naming it: {@code custom-template} for a template engine, else {@code custom-element}. */
    String kind() {
        return template ? "custom-template" : "custom-element";
    }

    int bit() {
        return 1 << ordinal();
    }
}
