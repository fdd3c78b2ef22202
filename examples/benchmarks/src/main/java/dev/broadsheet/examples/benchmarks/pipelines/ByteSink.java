package dev.broadsheet.examples.benchmarks.pipelines;

import dev.broadsheet.render.Utf8Buffer;
import java.io.ByteArrayOutputStream;

/**
 * One thread's reusable byte buffers for the byte race, as a server keeps one per worker thread: Broadsheet's
 * {@link Utf8Buffer} and a {@link ByteArrayOutputStream} for the Thymeleaf pipeline, both grown once to the page's
 * size and then emptied per request.
 */
public final class ByteSink {

    /** Room for the race's page, so that no buffer grows during a measurement. */
    public static final int CAPACITY = 256 * 1024;

    private final Utf8Buffer utf8 = new Utf8Buffer(CAPACITY);
    private final ByteArrayOutputStream stream = new ByteArrayOutputStream(CAPACITY);

    /** @return Broadsheet's buffer */
    public Utf8Buffer utf8() {
        return utf8;
    }

    /** @return the stream Thymeleaf's writer encodes into */
    public ByteArrayOutputStream stream() {
        return stream;
    }
}
