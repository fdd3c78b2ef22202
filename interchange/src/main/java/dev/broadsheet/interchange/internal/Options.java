package dev.broadsheet.interchange.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Not API. The option checks the importers' builders share; each error names the option and the value. */
public final class Options {

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,31}");

    private Options() {
    }

    /**
     * Checks a prefix for the ids an importer makes: 1 to 32 letters, digits, {@code .}, {@code _}, {@code :} or
     * {@code -}, starting with a letter or digit, so that prefix and id together stay a valid model id.
     *
     * @return the prefix
     * @throws IllegalArgumentException naming the value when it is not such a prefix
     */
    public static String idPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!ID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("idPrefix must be 1 to 32 letters, digits, '.', '_', ':' or '-',"
                    + " starting with a letter or digit, was \"" + prefix + "\"");
        }
        return prefix;
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException naming the option when {@code value} is below {@code min}
     */
    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
        return value;
    }
}
