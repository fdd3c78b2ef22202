package dev.broadsheet.internal.html;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A policy compiled for the engine: array lookups instead of maps of sets. Built once per {@code HtmlPolicy},
 * immutable and shared between threads.
 */
public final class Rules {

    private final boolean[] allowed;
    private final List<Map<String, AttrKind>> attributes;
    private final Set<String> schemes;
    private final Urls.@Nullable Parts base;
    private final List<Urls.Embed> embeds;
    private final @Nullable String linkRel;
    private final int maxLinks;
    private final int maxDepth;

    /**
     * Compiles a policy. The arguments have been validated by the policy builder.
     *
     * @param elements allowed elements
     * @param elementAttributes allowed attributes per element (element-specific or global names)
     * @param globalAttributes global attributes allowed on every allowed element
     * @param schemes allowed URL schemes, lower case
     * @param base base URL for relative URLs, or null
     * @param embeds allowed iframe sources
     * @param linkRel rel value added to every link, or null
     * @param maxLinks links kept at most
     * @param maxDepth output nesting depth at most
     */
    public Rules(Set<SafeElement> elements, Map<SafeElement, Set<String>> elementAttributes,
            Set<String> globalAttributes, Set<String> schemes, Urls.@Nullable Parts base, List<Urls.Embed> embeds,
            @Nullable String linkRel, int maxLinks, int maxDepth) {
        SafeElement[] all = SafeElement.values();
        this.allowed = new boolean[all.length];
        List<Map<String, AttrKind>> attrs = new java.util.ArrayList<>(all.length);
        for (SafeElement e : all) {
            allowed[e.ordinal()] = elements.contains(e);
            Map<String, AttrKind> map = new HashMap<>();
            for (String g : globalAttributes) {
                map.put(g, SafeElement.GLOBAL_ATTRIBUTES.get(g));
            }
            for (String a : elementAttributes.getOrDefault(e, Set.of())) {
                AttrKind kind = e.attribute(a);
                if (kind != null) {
                    map.put(a, kind);
                }
            }
            attrs.add(Collections.unmodifiableMap(map));
        }
        this.attributes = List.copyOf(attrs);
        this.schemes = Set.copyOf(schemes);
        this.base = base;
        this.embeds = List.copyOf(embeds);
        this.linkRel = linkRel;
        this.maxLinks = maxLinks;
        this.maxDepth = maxDepth;
    }

    /** Whether the policy allows this element. */
    public boolean allows(SafeElement e) {
        return allowed[e.ordinal()];
    }

    /** The kind of an attribute allowed on an element, or null when not allowed. */
    public @Nullable AttrKind attribute(SafeElement e, String name) {
        return attributes.get(e.ordinal()).get(name);
    }

    /** Allowed URL schemes, lower case. */
    public Set<String> schemes() {
        return schemes;
    }

    /** The base URL, or null. */
    public Urls.@Nullable Parts base() {
        return base;
    }

    /** Allowed iframe sources. */
    public List<Urls.Embed> embeds() {
        return embeds;
    }

    /** The rel value every link gets, or null for none. */
    public @Nullable String linkRel() {
        return linkRel;
    }

    /** Links kept at most; further ones are unwrapped. */
    public int maxLinks() {
        return maxLinks;
    }

    /** Deepest output nesting; deeper elements are unwrapped. */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * How deep the parser nests before it places elements beside the deepest instead of inside it: a little beyond
     * the output limit. The HTML tree builder searches the stack of open elements for most start tags, so its cost per
     * element grows with this depth. Measured on 5,000 nested elements against the same elements side by side, per
     * byte: 1.8 times at a parser depth of 136 (twice the old default of 64, plus 8), 1.5 times at 72, 1.35 to 1.45
     * times at 40 (the default 32, plus 8). Wrappers the policy unwraps
     * count towards it too, so input that nests more than 8 of them around allowed elements is flattened by the
     * parser a little before the output limit; the content stays, in document order.
     */
    public int parserDepth() {
        return parserDepthFor(maxDepth);
    }

    /**
     * The parser depth for an output depth.
     *
     * @param maxDepth output nesting limit
     * @return that plus a margin for the parser's own root elements
     */
    public static int parserDepthFor(int maxDepth) {
        return maxDepth + 8;
    }
}
