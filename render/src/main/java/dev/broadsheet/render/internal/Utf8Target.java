package dev.broadsheet.render.internal;

/**
 * A {@link java.io.Writer} that stands for UTF-8 output: a JSON writer of this module that escapes everything a
 * script block needs escaped writes its bytes to {@link #utf8()} directly instead of through the writer's
 * characters.
 */
public interface Utf8Target {

    /** @return the output the characters would be encoded into */
    Utf8Out utf8();
}
