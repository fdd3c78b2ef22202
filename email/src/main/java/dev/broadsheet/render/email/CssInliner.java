package dev.broadsheet.render.email;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Moves a stylesheet into {@code style} attributes, because mail clients drop or rewrite {@code <style>} and
 * external stylesheets. The stylesheet is a list of rules built in code — a jsoup selector and its declarations
 * as property/value pairs — so there is no CSS text to parse. Rules apply in order, a later rule's property
 * replacing an earlier one's (write general rules first); properties already in an element's {@code style}
 * attribute win over the stylesheet. After inlining, every {@code class} attribute is removed: nothing in the
 * message depends on a class any more.
 *
 * <p>Immutable and thread-safe: selectors are compiled once.
 */
final class CssInliner {

    private record Rule(Evaluator selector, String source, Map<String, String> declarations) {
    }

    private final List<Rule> rules;

    private CssInliner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * Inlines the stylesheet into a document and removes its classes.
     *
     * @param doc the document, changed in place
     */
    void inline(Document doc) {
        Map<Element, Map<String, String>> styles = new IdentityHashMap<>();
        for (Rule rule : rules) {
            for (Element e : doc.select(rule.selector())) {
                styles.computeIfAbsent(e, k -> new LinkedHashMap<>()).putAll(rule.declarations());
            }
        }
        for (Map.Entry<Element, Map<String, String>> entry : styles.entrySet()) {
            Element e = entry.getKey();
            StringBuilder style = new StringBuilder();
            for (Map.Entry<String, String> d : entry.getValue().entrySet()) {
                if (style.length() > 0) {
                    style.append(';');
                }
                style.append(d.getKey()).append(':').append(d.getValue());
            }
            String own = e.attr("style");
            if (!own.isEmpty()) {
                style.append(';').append(own);
            }
            e.attr("style", style.toString());
        }
        for (Element e : doc.select("[class]")) {
            e.removeAttr("class");
        }
    }

    /**
     * The same rules as a stylesheet, for the AMP part (whose {@code <style amp-custom>} keeps classes).
     *
     * @return the CSS text: one rule per line, in order
     */
    String css() {
        StringBuilder out = new StringBuilder();
        for (Rule rule : rules) {
            out.append(rule.source()).append('{');
            boolean first = true;
            for (Map.Entry<String, String> d : rule.declarations().entrySet()) {
                if (!first) {
                    out.append(';');
                }
                first = false;
                out.append(d.getKey()).append(':').append(d.getValue());
            }
            out.append("}\n");
        }
        return out.toString();
    }

    /** The rules, in order. */
    static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        /**
         * Adds a rule.
         *
         * @param selector a jsoup (CSS) selector
         * @param declarations property, value, property, value, …
         * @return this builder
         * @throws IllegalArgumentException when the selector does not parse or the declarations are not pairs
         */
        Builder rule(String selector, String... declarations) {
            Objects.requireNonNull(selector, "selector");
            if (declarations.length == 0 || declarations.length % 2 != 0) {
                throw new IllegalArgumentException("declarations must be property/value pairs, for \"" + selector
                        + "\"");
            }
            Map<String, String> d = new LinkedHashMap<>();
            for (int i = 0; i < declarations.length; i += 2) {
                d.put(declarations[i], declarations[i + 1]);
            }
            rules.add(new Rule(QueryParser.parse(selector), selector, d));
            return this;
        }

        CssInliner build() {
            return new CssInliner(rules);
        }
    }
}
