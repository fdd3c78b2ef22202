package dev.broadsheet.examples.benchmarks.pipelines;

import gg.jte.TemplateOutput;
import java.io.Writer;

/**
 * The output buffer a page pipeline writes into: a {@link Writer} for Thymeleaf, a {@link TemplateOutput} for jte,
 * and {@link #buffer()}, an {@link Appendable}, for Broadsheet. Its storage is UTF-16 from the start (pages hold
 * non-Latin-1 text), so it is never inflated: a sink of capacity {@code n} costs {@code 2n} bytes, the floor of
 * holding an {@code n}-character page.
 */
public final class Sink extends Writer implements TemplateOutput {

    private final StringBuilder buffer;

    /**
     * An empty sink with room for {@code capacity} characters.
     *
     * @param capacity initial capacity
     */
    public Sink(int capacity) {
        this.buffer = new StringBuilder("\u0259");
        buffer.ensureCapacity(capacity);
        buffer.setLength(0);
    }

    /**
     * Empties the buffer, keeping its storage.
     *
     * @return this sink
     */
    public Sink reset() {
        buffer.setLength(0);
        return this;
    }

    /** @return the buffer itself */
    public StringBuilder buffer() {
        return buffer;
    }

    @Override
    public void writeContent(String value) {
        buffer.append(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        buffer.append(value, beginIndex, endIndex);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        buffer.append(chars, off, len);
    }

    @Override
    public void write(String str) {
        buffer.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
        buffer.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
        buffer.append((char) c);
    }

    @Override
    public Writer append(CharSequence csq) {
        buffer.append(csq);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return buffer.toString();
    }
}
