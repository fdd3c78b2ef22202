package dev.broadsheet.examples.quickstart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Image;
import dev.broadsheet.render.Site;
import dev.broadsheet.validation.ValidationException;
import dev.broadsheet.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code site} member of a page document into a {@link Site}, as strictly as {@link BroadsheetJson}
 * reads model values: every field is optional in JSON (and {@code null} means absent) but must have its type,
 * unknown fields are violations, and then {@link Site.Builder#build()} checks the rules. Every violation is
 * reported, under the member's path ({@code /site/baseUrl}, {@code /site/logo/url}).
 *
 * <p>Fields: {@code name}, {@code baseUrl}, {@code description}, {@code language}, {@code zone},
 * {@code publisherName}, {@code publishingPrinciples}, {@code correctionsPolicy}, {@code stylesheetUrl},
 * {@code twitterHandle}, {@code consentVersion}, {@code consentText} (strings); {@code logo} (an image, in the
 * storage format); {@code socialProfiles} (an array of strings).
 */
final class SiteJson {

    /** Code of a value of the wrong JSON type, as {@link BroadsheetJson} reports it. */
    static final String TYPE = "json.type";
    /** Code of a field the format does not have, as {@link BroadsheetJson} reports it. */
    static final String UNKNOWN_FIELD = "json.unknown_field";

    /** Every field of a site, in the documented order. */
    static final List<String> FIELDS = List.of("name", "baseUrl", "description", "logo", "language", "zone",
            "publisherName", "publishingPrinciples", "correctionsPolicy", "socialProfiles", "stylesheetUrl",
            "twitterHandle", "consentVersion", "consentText");

    private final JsonNode node;
    private final String path;
    private final List<Violation> problems;
    /** Paths of fields with a value of the wrong type, which are passed on to the builder as absent. */
    private final Set<String> typeErrors = new HashSet<>();

    private SiteJson(JsonNode node, String path, List<Violation> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads a site.
     *
     * @param node the site's JSON
     * @param path the site's JSON pointer in its document, such as {@code /site}
     * @param problems where every violation goes, with its full path
     * @return the site, or null when there were violations
     */
    static @Nullable Site read(JsonNode node, String path, List<Violation> problems) {
        if (!node.isObject()) {
            problems.add(new Violation(path, TYPE, "must be a JSON object, was " + kind(node), null));
            return null;
        }
        return new SiteJson(node, path, problems).read();
    }

    private @Nullable Site read() {
        int before = problems.size();
        Site.Builder b = Site.builder().name(string("name")).baseUrl(string("baseUrl"))
                .description(string("description")).logo(logo());
        String language = string("language");
        if (language != null) { // absent keeps the builder's default, en
            b.language(language);
        }
        b.zone(string("zone")).publisherName(string("publisherName"))
                .publishingPrinciples(string("publishingPrinciples")).correctionsPolicy(string("correctionsPolicy"))
                .socialProfiles(profiles()).stylesheetUrl(string("stylesheetUrl"))
                .twitterHandle(string("twitterHandle"));
        String consentVersion = string("consentVersion");
        if (consentVersion != null) { // absent keeps the builder's default, 1
            b.consentVersion(consentVersion);
        }
        b.consentText(string("consentText"));
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new Violation(path + "/" + escape(name), UNKNOWN_FIELD,
                        "is not a field of a site; its fields are " + String.join(", ", FIELDS), null));
            }
        }
        try {
            Site site = b.build();
            return problems.size() == before ? site : null;
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                if (!typeErrors.contains(path + v.path())) {
                    problems.add(v.under(path));
                }
            }
            return null;
        }
    }

    private @Nullable String string(String field) {
        return string(node.get(field), path + "/" + field);
    }

    private @Nullable String string(@Nullable JsonNode value, String at) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Violation(at, TYPE, "must be a string, was " + kind(value), null));
            typeErrors.add(at);
            return null;
        }
        return value.textValue();
    }

    private @Nullable Image logo() {
        JsonNode value = node.get("logo");
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return BroadsheetJson.storage().convert(value, Image.class);
        } catch (ValidationException e) {
            e.violations().forEach(v -> problems.add(v.under(path + "/logo")));
            return null;
        }
    }

    private @Nullable List<@Nullable String> profiles() {
        JsonNode value = node.get("socialProfiles");
        String at = path + "/socialProfiles";
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(new Violation(at, TYPE, "must be a JSON array, was " + kind(value), null));
            return null;
        }
        List<@Nullable String> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            out.add(string(value.get(i), at + "/" + i));
        }
        return out;
    }

    /** How a JSON value's type reads in a message: "a string", "an array", "null". */
    static String kind(JsonNode v) {
        String type = v.getNodeType().name().toLowerCase(Locale.ROOT);
        return v.isNull() ? type : (type.matches("[aeiou].*") ? "an " : "a ") + type;
    }

    /** Escapes a member name for a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
