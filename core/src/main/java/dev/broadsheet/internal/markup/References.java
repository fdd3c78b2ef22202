package dev.broadsheet.internal.markup;

/**
 * Not API. Decodes the character references of sanitized markup: the named ones the sanitizer writes
 * ({@code &amp; &lt; &gt; &quot; &nbsp;}) and numeric ones; any other {@code &} is kept as it is.
 */
public final class References {

    /** Longest reference read, from {@code &} to {@code ;}. */
    private static final int MAX = 10;

    private References() {
    }

    /**
     * Decodes {@code s[from, to)}.
     *
     * @return the text
     */
    public static String decode(String s, int from, int to) {
        int amp = s.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            i = decodeOne(s, i, to, sb);
        }
        return sb.toString();
    }

    /**
     * Decodes the character or character reference at {@code s[i]} into {@code out}.
     *
     * @return where the next character or reference starts
     */
    public static int decodeOne(String s, int i, int to, StringBuilder out) {
        char c = s.charAt(i);
        if (c == '&') {
            int semi = s.indexOf(';', i);
            if (semi > i && semi < to && semi - i <= MAX) {
                int cp = codePoint(s.substring(i + 1, semi));
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return semi + 1;
                }
            }
        }
        out.append(c);
        return i + 1;
    }

    private static int codePoint(String ref) {
        switch (ref) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "nbsp":
                return 0xA0;
            default:
                break;
        }
        try {
            int cp = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16)
                    : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
