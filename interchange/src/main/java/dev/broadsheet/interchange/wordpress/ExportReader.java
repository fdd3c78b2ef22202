package dev.broadsheet.interchange.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An export's bytes as characters, in the encoding its byte-order mark or XML declaration names (UTF-8 without
 * either), counting lines as it goes: bytes that are not in that encoding stop the import with their line and
 * column ({@link Undecodable}). The StAX parser is given these characters rather than the bytes because the JDK's
 * parser, decoding by itself, also prints each such error to {@code System.err}, which a library must not do.
 */
final class ExportReader extends Reader {

    /** Bytes not in the export's encoding, at a line and column of the decoded text. */
    static final class Undecodable extends IOException {
        private static final long serialVersionUID = 1L;

        final int line;
        final int column;

        Undecodable(String encoding, int line, int column, CharacterCodingException cause) {
            super("bytes that are not valid " + encoding, cause);
            this.line = line;
            this.column = column;
        }
    }

    /** Bytes read to find the XML declaration; a declaration is far shorter. */
    private static final int HEAD = 512;
    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']");

    private final InputStream bytes;
    private final CharsetDecoder decoder;
    private final String encoding;
    private final ByteBuffer buffer;
    private boolean eof;
    private boolean flushed;
    private @Nullable CharacterCodingException failed;
    private int line = 1;
    private int column = 1;

    /**
     * @param bytes the export; not closed by {@link #close()}, which only ends this reader
     * @throws IOException when the head cannot be read or names an encoding this JVM does not have
     */
    ExportReader(InputStream bytes) throws IOException {
        byte[] head = bytes.readNBytes(HEAD);
        int skip = 0;
        Charset charset;
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (starts(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(head, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (starts(head, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(new String(head, StandardCharsets.ISO_8859_1));
        }
        this.encoding = charset.name();
        this.bytes = bytes;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.buffer = ByteBuffer.allocate(1 << 16);
        buffer.put(head, skip, head.length - skip).flip();
        this.eof = head.length < HEAD;
    }

    private static Charset declared(String head) throws IOException {
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IOException("the XML declaration names the encoding \"" + name.toLowerCase(Locale.ROOT)
                    + "\", which this Java runtime cannot read", e);
        }
    }

    private static boolean starts(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes into {@code buf}. Characters decoded before bad bytes are returned first; the next call throws
     * {@link Undecodable}, with the line and column the bad bytes would have had.
     */
    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (failed != null) {
            throw new Undecodable(encoding, line, column, failed);
        }
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            CoderResult result = decoder.decode(buffer, out, eof);
            if (result.isError()) {
                try {
                    result.throwException();
                } catch (CharacterCodingException e) {
                    failed = e;
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) { // underflow with every byte read: the end
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            buffer.compact();
            int read = bytes.read(buffer.array(), buffer.position(), buffer.remaining());
            if (read < 0) {
                eof = true;
            } else {
                buffer.position(buffer.position() + read);
            }
            buffer.flip();
        }
        int n = out.position() - off;
        if (n == 0) {
            if (failed != null) {
                throw new Undecodable(encoding, line, column, failed);
            }
            return -1;
        }
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
