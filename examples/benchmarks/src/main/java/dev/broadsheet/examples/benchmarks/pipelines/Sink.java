package dev.broadsheet.examples.benchmarks.pipelines;

import gg.jte.TemplateOutput;
import java.io.Writer;

/**
 * The output buffer every page pipeline writes into, standing in for a server's response buffer: one per thread,
 * cleared before each page, so that allocation figures show what a pipeline creates, not the buffer that holds its
 * output. It is a {@link Writer} for Thymeleaf and a {@link TemplateOutput} for jte; Broadsheet writes to
 * {@link #buffer()} as an {@link Appendable}.
 */
public final class Sink extends Writer implements TemplateOutput {

    private final StringBuilder buffer;

    /**
     * A sink with room for {@code capacity} characters. The buffer starts as UTF-16 (pages hold non-Latin-1
     * text), so it is never inflated while a page is written.
     *
     * @param capacity initial capacity
     */
    public Sink(int capacity) {
        this.buffer = new StringBuilder(capacity).append('\u0259');
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
