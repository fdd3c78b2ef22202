package dev.broadsheet.internal.markup;

/**
 * Not API. One linear pass over sanitized markup, telling a handler about each start tag, end tag and text run in
 * document order. Sanitized markup is canonical (the sanitizer wrote it: lower-case element names, every attribute
 * value quoted with {@code " < > &} escaped inside, every non-void element closed), so this sees the elements a
 * parser would, without building a tree.
 */
public final class MarkupScan {

    /** What the scan reports. */
    public interface Handler {
        /**
         * A start tag; its attributes are {@code html[from, to)}, each written as {@code  name="value"}.
         */
        void start(String name, int from, int to);

        /** An end tag. */
        void end(String name);

        /** Text, still with its character references: {@code html[from, to)}. */
        void text(int from, int to);

        /** @return true to stop the scan early */
        default boolean done() {
            return false;
        }
    }

    private MarkupScan() {
    }

    /** Scans {@code html}, reporting to {@code handler}. */
    public static void scan(String html, Handler handler) {
        int n = html.length();
        int i = 0;
        while (i < n && !handler.done()) {
            if (html.charAt(i) == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return;
                }
                boolean close = i + 1 < n && html.charAt(i + 1) == '/';
                int nameStart = close ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = html.substring(nameStart, nameEnd);
                if (close) {
                    handler.end(name);
                } else {
                    handler.start(name, nameEnd, end);
                }
                i = end + 1;
            } else {
                int next = html.indexOf('<', i);
                if (next < 0) {
                    next = n;
                }
                handler.text(i, next);
                i = next;
            }
        }
    }

    /**
     * The value of an attribute in the canonical start tag whose attributes are {@code html[from, to)}, decoded.
     *
     * @return the value; empty when the attribute is absent
     */
    public static String attribute(String html, int from, int to, String key) {
        String marker = " " + key + "=\"";
        for (int i = from, last = to - marker.length(); i <= last; i++) {
            if (html.startsWith(marker, i)) {
                int start = i + marker.length();
                int end = html.indexOf('"', start);
                return References.decode(html, start, end < 0 || end > to ? to : end);
            }
        }
        return "";
    }
}
