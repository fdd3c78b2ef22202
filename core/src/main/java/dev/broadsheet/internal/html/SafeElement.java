package dev.broadsheet.internal.html;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The closed vocabulary of elements a policy may allow, with what the engine needs to know about each to write
 * markup that a browser parses back into the same tree.
 *
 * <p>Anything not listed here (script, style, svg, math, form controls, embeds other than {@code iframe}, raw text
 * elements, custom elements) can never be allowed by any policy: that is the structural half of the guarantee.
 */
public enum SafeElement {
    P("p", Flags.FLOW_BLOCK),
    DIV("div", Flags.FLOW_BLOCK),
    SECTION("section", Flags.FLOW_BLOCK),
    ARTICLE("article", Flags.FLOW_BLOCK),
    ASIDE("aside", Flags.FLOW_BLOCK),
    HEADER("header", Flags.FLOW_BLOCK),
    FOOTER("footer", Flags.FLOW_BLOCK),
    H1("h1", Flags.FLOW_BLOCK | Flags.HEADING),
    H2("h2", Flags.FLOW_BLOCK | Flags.HEADING),
    H3("h3", Flags.FLOW_BLOCK | Flags.HEADING),
    H4("h4", Flags.FLOW_BLOCK | Flags.HEADING),
    H5("h5", Flags.FLOW_BLOCK | Flags.HEADING),
    H6("h6", Flags.FLOW_BLOCK | Flags.HEADING),
    BLOCKQUOTE("blockquote", Flags.FLOW_BLOCK, "cite", AttrKind.CITE_URL),
    UL("ul", Flags.FLOW_BLOCK),
    OL("ol", Flags.FLOW_BLOCK, "start", AttrKind.INT, "reversed", AttrKind.BOOLEAN, "type", AttrKind.OL_TYPE),
    LI("li", Flags.FLOW_BLOCK | Flags.LIST_ITEM, "value", AttrKind.INT),
    DL("dl", Flags.FLOW_BLOCK),
    DT("dt", Flags.FLOW_BLOCK | Flags.DEF_ITEM),
    DD("dd", Flags.FLOW_BLOCK | Flags.DEF_ITEM),
    FIGURE("figure", Flags.FLOW_BLOCK),
    FIGCAPTION("figcaption", Flags.FLOW_BLOCK),
    PRE("pre", Flags.FLOW_BLOCK),
    HR("hr", Flags.FLOW_BLOCK | Flags.VOID),
    BR("br", Flags.BLOCK | Flags.SPECIAL | Flags.VOID),
    WBR("wbr", Flags.SPECIAL | Flags.VOID),
    TABLE("table", Flags.FLOW_BLOCK | Flags.TABLE_CONTEXT),
    CAPTION("caption", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART),
    COLGROUP("colgroup", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART | Flags.TABLE_CONTEXT, "span", AttrKind.UINT),
    COL("col", Flags.SPECIAL | Flags.TABLE_PART | Flags.VOID, "span", AttrKind.UINT),
    THEAD("thead", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART | Flags.TABLE_CONTEXT),
    TBODY("tbody", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART | Flags.TABLE_CONTEXT),
    TFOOT("tfoot", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART | Flags.TABLE_CONTEXT),
    TR("tr", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART | Flags.TABLE_CONTEXT),
    TD("td", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART, "colspan", AttrKind.UINT, "rowspan", AttrKind.UINT),
    TH("th", Flags.BLOCK | Flags.SPECIAL | Flags.TABLE_PART, "colspan", AttrKind.UINT, "rowspan", AttrKind.UINT,
            "scope", AttrKind.SCOPE, "abbr", AttrKind.TEXT),
    A("a", 0, "href", AttrKind.LINK_URL),
    ABBR("abbr", 0),
    B("b", 0),
    BDI("bdi", 0),
    CITE("cite", 0),
    CODE("code", 0),
    DEL("del", 0, "cite", AttrKind.CITE_URL, "datetime", AttrKind.DATETIME),
    DFN("dfn", 0),
    EM("em", 0),
    I("i", 0),
    INS("ins", 0, "cite", AttrKind.CITE_URL, "datetime", AttrKind.DATETIME),
    KBD("kbd", 0),
    MARK("mark", 0),
    Q("q", 0, "cite", AttrKind.CITE_URL),
    S("s", 0),
    SAMP("samp", 0),
    SMALL("small", 0),
    SPAN("span", 0),
    STRONG("strong", 0),
    SUB("sub", 0),
    SUP("sup", 0),
    TIME("time", 0, "datetime", AttrKind.DATETIME),
    U("u", 0),
    VAR("var", 0),
    IMG("img", Flags.SPECIAL | Flags.VOID, "src", AttrKind.IMAGE_URL, "srcset", AttrKind.SRCSET, "alt", AttrKind.TEXT,
            "width", AttrKind.UINT, "height", AttrKind.UINT),
    IFRAME("iframe", Flags.SPECIAL, "src", AttrKind.EMBED_URL, "width", AttrKind.UINT, "height", AttrKind.UINT,
            "allowfullscreen", AttrKind.BOOLEAN, "title", AttrKind.TEXT);

    /** Attributes every element may be given by a policy. {@code style} and event handlers are not among them. */
    public static final Map<String, AttrKind> GLOBAL_ATTRIBUTES = Map.of(
            "title", AttrKind.TEXT, "lang", AttrKind.LANG, "dir", AttrKind.DIR, "class", AttrKind.CLASS,
            "id", AttrKind.ID);

    /** Every table part: allowing {@code table} allows all of them, and they cannot be allowed alone. */
    public static final Set<SafeElement> TABLE_GROUP = Collections.unmodifiableSet(
            java.util.EnumSet.of(TABLE, CAPTION, COLGROUP, COL, THEAD, TBODY, TFOOT, TR, TD, TH));

    private static final Map<String, SafeElement> BY_NAME = new HashMap<>();

    static {
        for (SafeElement e : values()) {
            BY_NAME.put(e.tagName, e);
        }
    }

    private final String tagName;
    private final int flags;
    private final Map<String, AttrKind> attributes;

    SafeElement(String tagName, int flags, Object... attributes) {
        this.tagName = tagName;
        this.flags = flags;
        Map<String, AttrKind> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], (AttrKind) attributes[i + 1]);
        }
        this.attributes = Collections.unmodifiableMap(map);
    }

    /**
     * The element with this lower-case tag name.
     *
     * @return the element, or null when it is not in the vocabulary
     */
    public static @Nullable SafeElement of(String tagName) {
        return BY_NAME.get(tagName);
    }

    /** The lower-case tag name. */
    public String tagName() {
        return tagName;
    }

    /** The element-specific attributes a policy may allow, with their kinds (global ones are separate). */
    public Map<String, AttrKind> attributes() {
        return attributes;
    }

    /**
     * The kind of an attribute this element may carry.
     *
     * @return the kind, or null when no policy can allow it on this element
     */
    public @Nullable AttrKind attribute(String name) {
        AttrKind kind = attributes.get(name);
        return kind != null ? kind : GLOBAL_ATTRIBUTES.get(name);
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether the element has no content and no end tag. */
    public boolean isVoid() {
        return is(Flags.VOID);
    }

    /** Whether writing this element's tags starts a new line of text (so no separating space is needed). */
    boolean isBlock() {
        return is(Flags.BLOCK);
    }

    /** Whether only whitespace text and table parts may be written directly inside this element. */
    boolean isTableContext() {
        return is(Flags.TABLE_CONTEXT);
    }

    /** Whether this element may appear directly inside {@code parent} in the output. */
    boolean fitsTableParent(@Nullable SafeElement parent) {
        switch (this) {
            case CAPTION:
            case COLGROUP:
            case THEAD:
            case TBODY:
            case TFOOT:
                return parent == TABLE;
            case TR:
                return parent == THEAD || parent == TBODY || parent == TFOOT;
            case TD:
            case TH:
                return parent == TR;
            case COL:
                return parent == COLGROUP;
            default:
                return true;
        }
    }

    /** Flag bits. */
    static final class Flags {
        /** Starts a new line when rendered. */
        static final int BLOCK = 1;
        /** Its start tag closes an open {@code p} ("close a p element" in the HTML parsing algorithm). */
        static final int P_CLOSER = 1 << 1;
        /** In the "special" category of the HTML parsing algorithm (stops the li/dd/dt search). */
        static final int SPECIAL = 1 << 2;
        /** h1 to h6. */
        static final int HEADING = 1 << 3;
        /** li. */
        static final int LIST_ITEM = 1 << 4;
        /** dt or dd. */
        static final int DEF_ITEM = 1 << 5;
        /** No content, no end tag. */
        static final int VOID = 1 << 6;
        /** Must sit directly inside a specific table element. */
        static final int TABLE_PART = 1 << 7;
        /** Text and non-table elements directly inside would be moved out of the table by a browser. */
        static final int TABLE_CONTEXT = 1 << 8;
        /** A block that closes an open p and is special. */
        static final int FLOW_BLOCK = BLOCK | P_CLOSER | SPECIAL;

        private Flags() {
        }
    }
}
