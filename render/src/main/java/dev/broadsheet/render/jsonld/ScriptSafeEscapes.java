package dev.broadsheet.render.jsonld;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's standard JSON escapes plus {@code < > &} and U+2028/U+2029 as {@code \}{@code uXXXX}, so that the JSON
 * text is safe inside an HTML {@code <script>} element however it gets there: no value can close the element,
 * open a comment or end a JavaScript line. {@code HtmlWriter.jsonScript} escapes the same characters again, which
 * finds none left.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII['<'] = ESCAPE_STANDARD;
        ASCII['>'] = ESCAPE_STANDARD;
        ASCII['&'] = ESCAPE_STANDARD;
    }

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case 0x2028 -> LINE_SEPARATOR;
            case 0x2029 -> PARAGRAPH_SEPARATOR;
            default -> null;
        };
    }
}
