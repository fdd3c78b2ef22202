package dev.broadsheet.html;

import dev.broadsheet.internal.html.AttrKind;
import dev.broadsheet.internal.html.Rules;
import dev.broadsheet.internal.html.SafeElement;
import dev.broadsheet.internal.html.Urls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An immutable allow-list of the markup a {@link Sanitizer} keeps: which elements, which attributes on them,
 * which URL schemes, which embed sources, and the limits on size, depth and links.
 *
 * <p>Start from a named default ({@link #article()}, {@link #comment()}, {@link #text()}) or from the empty
 * {@link #builder()}, and adjust with {@link #toBuilder()}:
 *
 * <pre>{@code
 * HtmlPolicy reviews = HtmlPolicy.comment().toBuilder()
 *         .allowElements("ul", "ol", "li")
 *         .maxLinks(3)
 *         .build();
 * }</pre>
 *
 * <p><b>A closed vocabulary.</b> A policy can only allow elements and attributes the engine knows how to write
 * safely: text-level and block elements, lists, quotes, figures, images, links, tables and allow-listed
 * {@code iframe} embeds, with typed attributes (URLs, numbers, enumerations, text). Asking for anything else —
 * {@code script}, {@code style}, {@code svg}, form controls, event handlers ({@code on*}), {@code style},
 * {@code target}, {@code srcdoc}, {@code name} — is an {@link IllegalArgumentException} when the policy is
 * built, not a silent hole at run time. {@code id} and {@code class} can be allowed but are not by default:
 * they let user content clobber page scripts and styles.
 *
 * <p><b>Options and their defaults</b> (the empty builder and every named policy unless stated):
 * <ul>
 *   <li>URL schemes: {@code http}, {@code https}, {@code mailto}. {@code javascript}, {@code vbscript},
 *       {@code livescript}, {@code data} and {@code blob} can never be allowed. Image and srcset URLs are
 *       always limited to http and https, embeds to https.</li>
 *   <li>Base URL: none. Without one, relative URLs ({@code /news/1}, {@code ../a.png}, {@code #notes}) are kept
 *       relative; with one, they are resolved against it (fragment-only {@code #x} links stay as they are).
 *       Protocol-relative URLs ({@code //host/x}, also written {@code \\host} or {@code /\host}) always become
 *       {@code https://host/x}.</li>
 *   <li>Link rel: none ({@link #article()}), {@value #COMMENT_LINK_REL} ({@link #comment()}). Every kept link
 *       gets exactly this {@code rel}; a {@code rel} in the input is replaced.</li>
 *   <li>Max links: unlimited, {@value #COMMENT_MAX_LINKS} for {@link #comment()}. Links past the limit are
 *       unwrapped to their text and counted in the report.</li>
 *   <li>Max depth: {@value #DEFAULT_MAX_DEPTH} nested elements (at most {@value #MAX_DEPTH_LIMIT}). Deeper
 *       elements are unwrapped: their text stays, their tags go. The parser itself stops nesting 8 elements
 *       deeper (elements beyond go beside the deepest, content kept in order), so 100,000 nested tags cost no more
 *       per byte than a few hundred, and less than 1.5 times what the same tags cost side by side.</li>
 *   <li>Max input length: {@value #DEFAULT_MAX_INPUT_LENGTH} UTF-16 code units (16 Mi). Longer input is
 *       rejected with a {@link dev.broadsheet.validation.ValidationException} (code {@code too_long}).</li>
 *   <li>Embeds: none, except in {@link #article()}: YouTube ({@code https://www.youtube.com/embed/…},
 *       {@code https://www.youtube-nocookie.com/embed/…}) and Vimeo ({@code https://player.vimeo.com/video/…}).
 *       An {@code iframe} is kept only when the policy allows it and its {@code src} matches; kept iframes get
 *       {@code loading="lazy"} and a {@code title} naming the embed's host when they have none. They get no
 *       {@code sandbox}: they are cross-origin, so the same-origin policy already isolates them, and the sandbox
 *       video players need ({@code allow-scripts allow-same-origin}) adds nothing for a cross-origin frame (the Nu
 *       Html Checker rejects it). A page with embeds served under a Content-Security-Policy needs
 *       {@code frame-src} for the embed hosts.</li>
 *   <li>Every kept {@code img} has an {@code alt} attribute: an image without one gets {@code alt=""} (an
 *       image without alt text is invalid HTML; the sanitizer cannot invent a description).</li>
 * </ul>
 *
 * <p>Tables come as a unit: allowing {@code table} allows {@code caption}, {@code colgroup}, {@code col},
 * {@code thead}, {@code tbody}, {@code tfoot}, {@code tr}, {@code th} and {@code td}, because a table without
 * its parts would not survive a browser's parser. A link is only kept with an allowed, valid {@code href}, an
 * image only with a valid {@code src}.
 *
 * <p>Policies are immutable and thread-safe; build them once and share them.
 *
 * @since 0.1.0
 */
public final class HtmlPolicy {

    /** Default {@link Builder#maxDepth(int) maximum nesting depth}. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** The largest allowed {@link Builder#maxDepth(int) maximum nesting depth} (browsers flatten at 512). */
    public static final int MAX_DEPTH_LIMIT = 200;
    /** Default {@link Builder#maxInputLength(int) maximum input length}, in UTF-16 code units (16 Mi). */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;
    /** The {@code rel} of every link in {@link #comment()}. */
    public static final String COMMENT_LINK_REL = "nofollow ugc noopener noreferrer";
    /** The maximum number of links in {@link #comment()}. */
    public static final int COMMENT_MAX_LINKS = 10;

    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "vbscript", "livescript", "data",
            "blob");
    private static final String GLOBAL = "*";

    private static final HtmlPolicy ARTICLE = articleBuilder().build();
    private static final HtmlPolicy COMMENT = commentBuilder().build();
    private static final HtmlPolicy TEXT = builder().build();

    private final Set<SafeElement> elements;
    private final Map<SafeElement, Set<String>> attributes;
    private final Set<String> globalAttributes;
    private final Set<String> schemes;
    private final @Nullable String baseUrl;
    private final List<Urls.Embed> embeds;
    private final String linkRel;
    private final int maxLinks;
    private final int maxDepth;
    private final int maxInputLength;
    private final Rules rules;

    private HtmlPolicy(Builder b) {
        this.elements = Collections.unmodifiableSet(EnumSet.copyOf(b.elements));
        EnumMap<SafeElement, Set<String>> attrs = new EnumMap<>(SafeElement.class);
        b.attributes.forEach((k, v) -> {
            if (!v.isEmpty()) {
                attrs.put(k, Collections.unmodifiableSet(new TreeSet<>(v)));
            }
        });
        this.attributes = Collections.unmodifiableMap(attrs);
        this.globalAttributes = Collections.unmodifiableSet(new TreeSet<>(b.globalAttributes));
        this.schemes = Collections.unmodifiableSet(new TreeSet<>(b.schemes));
        this.baseUrl = b.baseUrl;
        this.embeds = List.copyOf(b.embeds);
        this.linkRel = b.linkRel;
        this.maxLinks = b.maxLinks;
        this.maxDepth = b.maxDepth;
        this.maxInputLength = b.maxInputLength;
        this.rules = new Rules(elements, attributes, globalAttributes, schemes,
                baseUrl == null ? null : Urls.parseBase(baseUrl), embeds, linkRel.isEmpty() ? null : linkRel,
                maxLinks, maxDepth);
    }

    /**
     * An empty builder: no elements (so everything is reduced to text), schemes {@code http}, {@code https},
     * {@code mailto}, no base URL, no embeds, no link rel, unlimited links, the default depth and length limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy for article bodies written by staff: {@code p}, {@code h2}–{@code h6}, {@code blockquote[cite]},
     * {@code ul}, {@code ol[start]}, {@code li}, {@code figure}, {@code figcaption},
     * {@code img[src srcset alt width height]}, {@code a[href]}, {@code strong}, {@code em}, {@code b}, {@code i},
     * {@code u}, {@code s}, {@code sub}, {@code sup}, {@code small}, {@code mark}, {@code q}, {@code cite},
     * {@code abbr[title]}, {@code time[datetime]}, {@code code}, {@code pre}, tables ({@code th} and {@code td}
     * with {@code colspan rowspan}, {@code th} also {@code scope}), {@code hr}, {@code br}, and
     * {@code iframe[src width height allowfullscreen title]} from YouTube and Vimeo over https. No {@code h1}: the
     * page's headline is the only one.
     *
     * @return the shared article policy
     */
    public static HtmlPolicy article() {
        return ARTICLE;
    }

    /**
     * The policy for reader comments: {@code p}, {@code br}, {@code a[href]}, {@code em}, {@code strong},
     * {@code code}, {@code blockquote}; every link gets {@code rel="}{@value #COMMENT_LINK_REL}{@code "}; at most
     * {@value #COMMENT_MAX_LINKS} links (further ones become text).
     *
     * @return the shared comment policy
     */
    public static HtmlPolicy comment() {
        return COMMENT;
    }

    /**
     * No markup at all: the output is the input's text, escaped, with a space where a removed block or line
     * break separated words.
     *
     * @return the shared text policy
     */
    public static HtmlPolicy text() {
        return TEXT;
    }

    private static Builder articleBuilder() {
        return builder()
                .allowElements("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "figure",
                        "figcaption", "img", "a", "strong", "em", "b", "i", "u", "s", "sub", "sup", "small",
                        "mark", "q", "cite", "abbr", "time", "code", "pre", "table", "hr", "br", "iframe")
                .allowAttributes("blockquote", "cite")
                .allowAttributes("ol", "start")
                .allowAttributes("img", "src", "srcset", "alt", "width", "height")
                .allowAttributes("a", "href")
                .allowAttributes("abbr", "title")
                .allowAttributes("time", "datetime")
                .allowAttributes("td", "colspan", "rowspan")
                .allowAttributes("th", "colspan", "rowspan", "scope")
                .allowAttributes("iframe", "src", "width", "height", "allowfullscreen", "title")
                .allowEmbed("www.youtube.com", "/embed/")
                .allowEmbed("www.youtube-nocookie.com", "/embed/")
                .allowEmbed("player.vimeo.com", "/video/");
    }

    private static Builder commentBuilder() {
        return builder()
                .allowElements("p", "br", "a", "em", "strong", "code", "blockquote")
                .allowAttributes("a", "href")
                .linkRel(COMMENT_LINK_REL)
                .maxLinks(COMMENT_MAX_LINKS);
    }

    /**
     * A builder holding this policy's settings, to derive a new policy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.elements.addAll(elements);
        attributes.forEach((k, v) -> b.attributes.put(k, new LinkedHashSet<>(v)));
        b.globalAttributes.addAll(globalAttributes);
        b.schemes.clear();
        b.schemes.addAll(schemes);
        b.baseUrl = baseUrl;
        b.embeds.addAll(embeds);
        b.linkRel = linkRel;
        b.maxLinks = maxLinks;
        b.maxDepth = maxDepth;
        b.maxInputLength = maxInputLength;
        return b;
    }

    /**
     * Whether this policy keeps the element.
     *
     * @param tagName a tag name, any case
     * @return true if allowed
     */
    public boolean allowsElement(String tagName) {
        SafeElement e = SafeElement.of(tagName.toLowerCase(Locale.ROOT));
        return e != null && elements.contains(e);
    }

    /**
     * The allowed elements.
     *
     * @return lower-case tag names, sorted
     */
    public Set<String> allowedElements() {
        TreeSet<String> names = new TreeSet<>();
        elements.forEach(e -> names.add(e.tagName()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * The attributes kept on an element, global ones included.
     *
     * @param tagName a tag name, any case
     * @return lower-case attribute names, sorted; empty when the element is not allowed
     */
    public Set<String> allowedAttributes(String tagName) {
        SafeElement e = SafeElement.of(tagName.toLowerCase(Locale.ROOT));
        if (e == null || !elements.contains(e)) {
            return Set.of();
        }
        TreeSet<String> names = new TreeSet<>(globalAttributes);
        names.addAll(attributes.getOrDefault(e, Set.of()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * The allowed URL schemes.
     *
     * @return lower-case scheme names, sorted
     */
    public Set<String> urlSchemes() {
        return schemes;
    }

    /**
     * The base URL relative URLs are resolved against.
     *
     * @return the base URL, or null when relative URLs are kept relative
     */
    public @Nullable String baseUrl() {
        return baseUrl;
    }

    /**
     * The allowed embed sources, each as host followed by path prefix, such as
     * {@code www.youtube.com/embed/}.
     *
     * @return the sources in the order they were added
     */
    public List<String> embeds() {
        List<String> list = new ArrayList<>(embeds.size());
        embeds.forEach(e -> list.add(e.host() + e.pathPrefix()));
        return Collections.unmodifiableList(list);
    }

    /**
     * The {@code rel} every kept link gets.
     *
     * @return space-separated link types, or the empty string for none
     */
    public String linkRel() {
        return linkRel;
    }

    /**
     * The most links kept; further links are unwrapped to their text.
     *
     * @return the limit, {@link Integer#MAX_VALUE} when unlimited
     */
    public int maxLinks() {
        return maxLinks;
    }

    /**
     * The deepest nesting of elements kept; deeper elements are unwrapped.
     *
     * @return the limit
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The longest input accepted, in UTF-16 code units.
     *
     * @return the limit
     */
    public int maxInputLength() {
        return maxInputLength;
    }

    Rules rules() {
        return rules;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HtmlPolicy p && elements.equals(p.elements) && attributes.equals(p.attributes)
                && globalAttributes.equals(p.globalAttributes) && schemes.equals(p.schemes)
                && Objects.equals(baseUrl, p.baseUrl) && embeds.equals(p.embeds) && linkRel.equals(p.linkRel)
                && maxLinks == p.maxLinks && maxDepth == p.maxDepth && maxInputLength == p.maxInputLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(elements, attributes, globalAttributes, schemes, baseUrl, embeds, linkRel, maxLinks,
                maxDepth, maxInputLength);
    }

    @Override
    public String toString() {
        Map<String, Set<String>> attrs = new TreeMap<>();
        attributes.forEach((k, v) -> attrs.put(k.tagName(), v));
        if (!globalAttributes.isEmpty()) {
            attrs.put(GLOBAL, globalAttributes);
        }
        return "HtmlPolicy{elements=" + allowedElements() + ", attributes=" + attrs + ", schemes=" + schemes
                + ", baseUrl=" + baseUrl + ", embeds=" + embeds() + ", linkRel=" + linkRel + ", maxLinks="
                + maxLinks + ", maxDepth=" + maxDepth + ", maxInputLength=" + maxInputLength + "}";
    }

    /**
     * Builds an {@link HtmlPolicy}. Every method checks its arguments at once and throws
     * {@link IllegalArgumentException} naming the parameter and the value; {@link #build()} never fails.
     * A builder is not thread-safe; the policy it builds is.
     */
    public static final class Builder {

        private final Set<SafeElement> elements = EnumSet.noneOf(SafeElement.class);
        private final Map<SafeElement, Set<String>> attributes = new EnumMap<>(SafeElement.class);
        private final Set<String> globalAttributes = new LinkedHashSet<>();
        private final Set<String> schemes = new LinkedHashSet<>(List.of("http", "https", "mailto"));
        private @Nullable String baseUrl;
        private final List<Urls.Embed> embeds = new ArrayList<>();
        private String linkRel = "";
        private int maxLinks = Integer.MAX_VALUE;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;

        private Builder() {
        }

        /**
         * Allows elements. {@code table} brings all table parts with it.
         *
         * @param tagNames tag names, any case
         * @return this builder
         * @throws IllegalArgumentException for an element outside the supported vocabulary, or a table part
         */
        public Builder allowElements(String... tagNames) {
            for (String name : tagNames) {
                elements.addAll(group(element("tagNames", name)));
            }
            return this;
        }

        /**
         * Stops allowing elements: they are unwrapped (or, for {@code iframe} and {@code img}, dropped).
         *
         * @param tagNames tag names, any case
         * @return this builder
         * @throws IllegalArgumentException for an element outside the supported vocabulary, or a table part
         */
        public Builder disallowElements(String... tagNames) {
            for (String name : tagNames) {
                elements.removeAll(group(element("tagNames", name)));
            }
            return this;
        }

        /**
         * Allows attributes on an element, or on every allowed element when {@code tagName} is {@code "*"}
         * (only {@code title}, {@code lang}, {@code dir}, {@code class} and {@code id} are global).
         *
         * @param tagName a tag name, any case, or {@code "*"}
         * @param attributeNames attribute names, any case
         * @return this builder
         * @throws IllegalArgumentException for an attribute the element cannot carry safely
         */
        public Builder allowAttributes(String tagName, String... attributeNames) {
            attributeTarget(tagName, attributeNames).addAll(attributeNames(tagName, attributeNames));
            return this;
        }

        /**
         * Stops allowing attributes on an element, or global ones when {@code tagName} is {@code "*"}.
         *
         * @param tagName a tag name, any case, or {@code "*"}
         * @param attributeNames attribute names, any case
         * @return this builder
         * @throws IllegalArgumentException for an attribute the element cannot carry at all
         */
        public Builder disallowAttributes(String tagName, String... attributeNames) {
            attributeTarget(tagName, attributeNames).removeAll(attributeNames(tagName, attributeNames));
            return this;
        }

        private Set<String> attributeTarget(String tagName, String[] attributeNames) {
            Objects.requireNonNull(tagName, "tagName");
            Objects.requireNonNull(attributeNames, "attributeNames");
            if (tagName.equals(GLOBAL)) {
                return globalAttributes;
            }
            return attributes.computeIfAbsent(element("tagName", tagName), k -> new LinkedHashSet<>());
        }

        private static List<String> attributeNames(String tagName, String[] attributeNames) {
            SafeElement e = tagName.equals(GLOBAL) ? null : element("tagName", tagName);
            List<String> names = new ArrayList<>(attributeNames.length);
            for (String raw : attributeNames) {
                Objects.requireNonNull(raw, "attributeNames");
                String name = raw.toLowerCase(Locale.ROOT);
                AttrKind kind = e == null ? SafeElement.GLOBAL_ATTRIBUTES.get(name) : e.attribute(name);
                if (kind == null) {
                    throw new IllegalArgumentException("attributeNames: \"" + raw + "\" cannot be allowed on "
                            + (e == null ? "every element" : "<" + e.tagName() + ">")
                            + "; allowed are " + allowable(e)
                            + " (event handlers, style, target and srcdoc never are)");
                }
                names.add(name);
            }
            return names;
        }

        private static Set<String> allowable(@Nullable SafeElement e) {
            TreeSet<String> names = new TreeSet<>(SafeElement.GLOBAL_ATTRIBUTES.keySet());
            if (e != null) {
                names.addAll(e.attributes().keySet());
            }
            return names;
        }

        private static SafeElement element(String parameter, String raw) {
            Objects.requireNonNull(raw, parameter);
            SafeElement e = SafeElement.of(raw.toLowerCase(Locale.ROOT));
            if (e == null) {
                throw new IllegalArgumentException(parameter + ": \"" + raw + "\" is not an element a policy can "
                        + "allow; supported are " + supported());
            }
            return e;
        }

        private static Set<SafeElement> group(SafeElement e) {
            if (e == SafeElement.TABLE) {
                return SafeElement.TABLE_GROUP;
            }
            if (SafeElement.TABLE_GROUP.contains(e)) {
                throw new IllegalArgumentException("tagNames: \"" + e.tagName() + "\" is a table part; allow or "
                        + "disallow \"table\", which brings all parts with it");
            }
            return EnumSet.of(e);
        }

        private static Set<String> supported() {
            TreeSet<String> names = new TreeSet<>();
            for (SafeElement e : SafeElement.values()) {
                names.add(e.tagName());
            }
            return names;
        }

        /**
         * Replaces the allowed URL schemes. Default: {@code http}, {@code https}, {@code mailto}.
         *
         * @param schemes scheme names without colon, any case
         * @return this builder
         * @throws IllegalArgumentException for an invalid scheme name or {@code javascript}, {@code vbscript},
         *     {@code livescript}, {@code data} or {@code blob}
         */
        public Builder urlSchemes(String... schemes) {
            Objects.requireNonNull(schemes, "schemes");
            List<String> checked = new ArrayList<>(schemes.length);
            for (String raw : schemes) {
                Objects.requireNonNull(raw, "schemes");
                String s = raw.toLowerCase(Locale.ROOT);
                if (!s.matches("[a-z][a-z0-9+.-]{0,31}")) {
                    throw new IllegalArgumentException("schemes: \"" + raw + "\" is not a URL scheme name");
                }
                if (FORBIDDEN_SCHEMES.contains(s)) {
                    throw new IllegalArgumentException("schemes: \"" + raw + "\" can run or smuggle code and is "
                            + "never allowed");
                }
                checked.add(s);
            }
            this.schemes.clear();
            this.schemes.addAll(checked);
            return this;
        }

        /**
         * Sets the URL that relative URLs are resolved against, or removes it. Default: none (relative URLs stay
         * relative).
         *
         * @param baseUrl an absolute http or https URL without user info, or null
         * @return this builder
         * @throws IllegalArgumentException when {@code baseUrl} is not such a URL
         */
        public Builder baseUrl(@Nullable String baseUrl) {
            if (baseUrl != null) {
                Urls.parseBase(baseUrl);
            }
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Allows {@code iframe} sources at {@code https://host/pathPrefix…} (the element itself must be allowed
         * too).
         *
         * @param host an exact lower-case host name, such as {@code www.youtube.com}
         * @param pathPrefix the path the source must start with (and be longer than), such as {@code /embed/}
         * @return this builder
         * @throws IllegalArgumentException for an invalid host or a prefix not starting with {@code /}
         */
        public Builder allowEmbed(String host, String pathPrefix) {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(pathPrefix, "pathPrefix");
            if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
                throw new IllegalArgumentException("host: \"" + host + "\" is not a lower-case host name");
            }
            if (!pathPrefix.matches("/[A-Za-z0-9._~/-]*")) {
                throw new IllegalArgumentException("pathPrefix: \"" + pathPrefix + "\" must be a plain path "
                        + "starting with /");
            }
            Urls.Embed embed = new Urls.Embed(host, pathPrefix);
            if (!embeds.contains(embed)) {
                embeds.add(embed);
            }
            return this;
        }

        /**
         * Removes every allowed embed source, so that every {@code iframe} is dropped.
         *
         * @return this builder
         */
        public Builder disallowEmbeds() {
            embeds.clear();
            return this;
        }

        /**
         * Sets the {@code rel} every kept link gets. Default: none.
         *
         * @param rel lower-case link types separated by single spaces (such as {@code "nofollow ugc"}), or the
         *     empty string for none
         * @return this builder
         * @throws IllegalArgumentException for anything else
         */
        public Builder linkRel(String rel) {
            Objects.requireNonNull(rel, "rel");
            if (!rel.isEmpty() && !rel.matches("[a-z-]+( [a-z-]+)*")) {
                throw new IllegalArgumentException("rel: \"" + rel + "\" must be lower-case link types separated "
                        + "by single spaces");
            }
            this.linkRel = rel;
            return this;
        }

        /**
         * Sets the most links kept. Default: unlimited ({@link Integer#MAX_VALUE}).
         *
         * @param maxLinks zero or more; links past it are unwrapped to their text
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder maxLinks(int maxLinks) {
            if (maxLinks < 0) {
                throw new IllegalArgumentException("maxLinks: must be at least 0, was " + maxLinks);
            }
            this.maxLinks = maxLinks;
            return this;
        }

        /**
         * Sets the deepest nesting of elements kept. Default: {@value HtmlPolicy#DEFAULT_MAX_DEPTH}.
         *
         * @param maxDepth 1 to {@value HtmlPolicy#MAX_DEPTH_LIMIT}; deeper elements are unwrapped
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
                throw new IllegalArgumentException("maxDepth: must be 1 to " + MAX_DEPTH_LIMIT + ", was "
                        + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets the longest input accepted. Default: {@value HtmlPolicy#DEFAULT_MAX_INPUT_LENGTH}.
         *
         * @param maxInputLength at least 1, in UTF-16 code units; longer input is rejected with a
         *     {@link dev.broadsheet.validation.ValidationException}
         * @return this builder
         * @throws IllegalArgumentException when less than 1
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException("maxInputLength: must be at least 1, was " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * Builds the immutable policy.
         *
         * @return a new policy
         */
        public HtmlPolicy build() {
            return new HtmlPolicy(this);
        }
    }
}
