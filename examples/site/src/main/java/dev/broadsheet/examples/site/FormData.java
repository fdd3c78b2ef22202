package dev.broadsheet.examples.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Strict parsers for query strings and form bodies: {@code application/x-www-form-urlencoded} (HTML forms, one-click
 * unsubscribe) and {@code multipart/form-data} (amp-form). Anything malformed is a 400 rather than a guess: a
 * broken percent escape, bytes that are not UTF-8, a field given twice, more than {@value #MAX_FIELDS} fields, a
 * file upload, a multipart body without its closing boundary. Another media type is a 415.
 */
final class FormData {

    /** Most fields in one form or query string. */
    static final int MAX_FIELDS = 64;

    private FormData() {
    }

    /**
     * Parses a form body by its media type.
     *
     * @param contentType the request's Content-Type header, or null
     * @param body the body, already limited in size
     * @return field name to value, in order
     * @throws HttpProblem 400 when malformed, 415 for another media type
     */
    static Map<String, String> parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            String charset = parameter(contentType, "charset");
            if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
                throw new HttpProblem(415, "Unsupported encoding", "Forms must be sent in UTF-8.");
            }
            return urlEncoded(body);
        }
        if (type.startsWith("multipart/form-data")) {
            String boundary = parameter(contentType, "boundary");
            if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
                throw HttpProblem.badRequest("The form's multipart boundary is missing or too long.");
            }
            return multipart(body, boundary);
        }
        throw new HttpProblem(415, "Unsupported media type",
                "Forms must be sent as application/x-www-form-urlencoded or multipart/form-data.");
    }

    /**
     * Parses {@code a=1&b=2} with {@code +} as space and {@code %XX} escapes of UTF-8 bytes.
     *
     * @param encoded the bytes of a query string or form body
     * @return field name to value, in order
     * @throws HttpProblem 400 when malformed
     */
    static Map<String, String> urlEncoded(byte[] encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        int start = 0;
        while (start <= encoded.length) {
            int end = indexOf(encoded, (byte) '&', start);
            if (end < 0) {
                end = encoded.length;
            }
            if (end > start) {
                int eq = indexOf(encoded, (byte) '=', start);
                int nameEnd = eq < 0 || eq > end ? end : eq;
                String name = decode(encoded, start, nameEnd);
                String value = nameEnd == end ? "" : decode(encoded, nameEnd + 1, end);
                put(fields, name, value);
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String decode(byte[] b, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= to || hex(b[i + 1]) < 0 || hex(b[i + 2]) < 0) {
                    throw HttpProblem.badRequest("The form or query string has a broken percent escape.");
                }
                out.write(hex(b[i + 1]) * 16 + hex(b[i + 2]));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return utf8(out.toByteArray());
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Parses a multipart body: each part a text field with a {@code Content-Disposition: form-data; name=...}. */
    private static Map<String, String> multipart(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        Map<String, String> fields = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw HttpProblem.badRequest("The multipart form has no boundary line.");
        }
        int pos = at + delimiter.length;
        while (true) {
            if (startsWith(body, pos, "--")) {
                return Collections.unmodifiableMap(fields); // the closing delimiter; an epilogue is ignored
            }
            if (!startsWith(body, pos, "\r\n")) {
                throw HttpProblem.badRequest("The multipart form has a malformed boundary line.");
            }
            pos += 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), pos);
            int contentEnd = headersEnd < 0 ? -1 : indexOf(body, next, headersEnd + 4);
            if (headersEnd < 0 || contentEnd < 0) {
                throw HttpProblem.badRequest("The multipart form ends in the middle of a part.");
            }
            String name = partName(new String(body, pos, headersEnd - pos, StandardCharsets.ISO_8859_1));
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, contentEnd);
            put(fields, utf8(name.getBytes(StandardCharsets.ISO_8859_1)), utf8(content));
            pos = contentEnd + next.length;
        }
    }

    private static String partName(String headers) {
        String name = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("content-disposition")) {
                String value = line.substring(colon + 1).strip();
                if (!value.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                    break;
                }
                if (parameter(value, "filename") != null) {
                    throw HttpProblem.badRequest("This form takes no file uploads.");
                }
                name = parameter(value, "name");
            }
        }
        if (name == null || name.isEmpty()) {
            throw HttpProblem.badRequest("A part of the multipart form has no field name.");
        }
        return name;
    }

    /** A header parameter such as {@code boundary=x} or {@code name="x"}; null when absent. */
    static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        int i = 0;
        int n = header.length();
        while (i < n) {
            int semi = header.indexOf(';', i);
            if (semi < 0) {
                return null;
            }
            i = semi + 1;
            while (i < n && header.charAt(i) == ' ') {
                i++;
            }
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                return null;
            }
            String key = header.substring(i, eq).strip();
            int valueStart = eq + 1;
            String value;
            int after;
            if (valueStart < n && header.charAt(valueStart) == '"') {
                int close = header.indexOf('"', valueStart + 1);
                if (close < 0) {
                    throw HttpProblem.badRequest("A header parameter has an unterminated quoted value.");
                }
                value = header.substring(valueStart + 1, close);
                after = close + 1;
            } else {
                int end = header.indexOf(';', valueStart);
                after = end < 0 ? n : end;
                value = header.substring(valueStart, after).strip();
            }
            if (key.equalsIgnoreCase(name)) {
                return value;
            }
            i = after;
        }
        return null;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (fields.containsKey(name)) {
            throw HttpProblem.badRequest("The field \u201c" + shorten(name) + "\u201d was sent twice.");
        }
        if (fields.size() == MAX_FIELDS) {
            throw HttpProblem.badRequest("The form has more than " + MAX_FIELDS + " fields.");
        }
        fields.put(name, value);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The form or query string is not valid UTF-8.");
        }
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = from; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
