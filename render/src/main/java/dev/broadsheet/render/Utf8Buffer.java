package dev.broadsheet.render;

import dev.broadsheet.render.internal.Utf8Out;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes that the renderers write into: what a server sends, with no {@code String} in
 * between. Renderers append to what the buffer holds; {@link #clear()} empties it and keeps its capacity, so a host
 * can keep one buffer per worker thread and reuse it for every response:
 *
 * <pre>{@code
 * Utf8Buffer buffer = new Utf8Buffer();          // one per thread; not thread-safe
 * renderer.render(page, buffer.clear());
 * exchange.sendResponseHeaders(200, buffer.length());
 * buffer.writeTo(exchange.getResponseBody());    // or buffer.array() with 0 and length(), or asByteBuffer()
 * }</pre>
 *
 * <p>The bytes are exactly the UTF-8 encoding ({@link String#getBytes(java.nio.charset.Charset)}) of what the same
 * renderer writes to an {@link Appendable}. Only renderers write into a buffer; a host reads it. A buffer holds at
 * most {@value #MAX_CAPACITY} bytes; a render that would go past it fails with {@link IllegalStateException}.
 *
 * @since 0.1.0
 */
public final class Utf8Buffer {

    /** The capacity of {@link #Utf8Buffer()}: 16 KiB. */
    public static final int DEFAULT_CAPACITY = 16 * 1024;
    /** The most bytes a buffer holds: the largest array the JVM reliably allocates. */
    public static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    static {
        Utf8Out.register(new Utf8Out.Storage() {
            @Override
            public byte[] array(Utf8Buffer buffer) {
                return buffer.array;
            }

            @Override
            public int length(Utf8Buffer buffer) {
                return buffer.length;
            }

            @Override
            public void set(Utf8Buffer buffer, byte[] array, int length) {
                buffer.array = array;
                buffer.length = length;
            }
        });
    }

    private byte[] array;
    private int length;

    /** An empty buffer of {@value #DEFAULT_CAPACITY} bytes, which grows as needed. */
    public Utf8Buffer() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * An empty buffer, which grows as needed.
     *
     * @param capacity the initial capacity in bytes
     * @throws IllegalArgumentException when {@code capacity} is negative or over {@value #MAX_CAPACITY}
     */
    public Utf8Buffer(int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be between 0 and " + MAX_CAPACITY + ", was "
                    + capacity);
        }
        this.array = new byte[capacity];
    }

    /**
     * The array that holds the bytes, from index 0 to {@link #length()}; the rest is unused. It is the buffer's own
     * array, not a copy, and a later render may replace it with a larger one: read it again after each render.
     *
     * @return the backing array
     */
    public byte[] array() {
        return array;
    }

    /** @return how many bytes the buffer holds */
    public int length() {
        return length;
    }

    /** @return whether the buffer holds no bytes */
    public boolean isEmpty() {
        return length == 0;
    }

    /** @return the number of bytes the buffer holds before it has to grow */
    public int capacity() {
        return array.length;
    }

    /**
     * Empties the buffer, keeping its capacity.
     *
     * @return this buffer, for {@code renderer.render(page, buffer.clear())}
     */
    public Utf8Buffer clear() {
        length = 0;
        return this;
    }

    /**
     * A read-only view of the bytes (position 0, limit {@link #length()}), for NIO channels; valid until the next
     * render into this buffer or {@link #clear()}.
     *
     * @return a view, not a copy
     */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(array, 0, length).asReadOnlyBuffer();
    }

    /**
     * Writes the bytes to a stream, which stays open.
     *
     * @param out where to write
     * @throws IOException when the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(array, 0, length);
    }

    /** @return a copy of the bytes */
    public byte[] toByteArray() {
        return Arrays.copyOf(array, length);
    }

    /** @return the bytes decoded as UTF-8: the text the renderers wrote (for tests and logs; servers send bytes) */
    @Override
    public String toString() {
        return new String(array, 0, length, StandardCharsets.UTF_8);
    }
}
