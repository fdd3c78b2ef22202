package dev.broadsheet.interchange.ninjs;

import java.util.Locale;

/**
 * The generations of IPTC ninjs that Broadsheet reads, and the two it writes.
 *
 * <p>The generations differ in spelling more than in meaning: ninjs 3 writes property names in camel case
 * ({@code versionCreated}, {@code contentType}, {@code infoSources}, {@code embargoedUntil}), ninjs 2 in lower case
 * ({@code versioncreated}, {@code contenttype}, {@code infosources}, {@code embargoed}), and ninjs 1 had single
 * values where 2 and 3 have arrays ({@code headline}, {@code body_html}, {@code description_text}) and keyed
 * objects where they have arrays ({@code renditions}, {@code associations}).
 *
 * @since 0.2.0
 */
public enum NinjsVersion {
    /** ninjs 1.x (1.0–1.6): read only. */
    V1("1.6"),
    /** ninjs 2.x; written as 2.2, the last 2.x schema. */
    V2_2("2.2"),
    /** ninjs 3.x; written as 3.1, the current schema. */
    V3_1("3.1");

    private final String number;

    NinjsVersion(String number) {
        this.number = number;
    }

    /** @return the version number written into {@code standard.version}, such as {@code 3.1} */
    public String number() {
        return number;
    }

    /** @return the URI of the IPTC JSON Schema of this version */
    public String schemaUri() {
        return "http://www.iptc.org/std/ninjs/ninjs-schema_" + number + ".json";
    }

    /**
     * The name of a property in this version, given its ninjs 3 spelling.
     *
     * @param v3 the camel-case name, such as {@code versionCreated}
     * @return the same name in this version, such as {@code versioncreated} for 2.x and 1.x
     */
    String key(String v3) {
        if (this == V3_1) {
            return v3;
        }
        return v3.equals("embargoedUntil") ? "embargoed" : v3.toLowerCase(Locale.ROOT);
    }

    /**
     * The generation a major version number names.
     *
     * @param major {@code 1}, {@code 2} or {@code 3}
     * @return the version, or {@code null} for any other number
     */
    static @org.jspecify.annotations.Nullable NinjsVersion ofMajor(int major) {
        return switch (major) {
            case 1 -> V1;
            case 2 -> V2_2;
            case 3 -> V3_1;
            default -> null;
        };
    }
}
