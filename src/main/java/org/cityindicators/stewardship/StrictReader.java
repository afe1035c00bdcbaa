package org.cityindicators.stewardship;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The characters of a byte stream in a given charset, after a byte order mark if there is one. Bytes that are not text
 * in it are an error that names their line, where {@link java.io.InputStreamReader} would silently put U+FFFD in their
 * place.
 */
public final class StrictReader extends Reader {

    /** Bytes that are not text in the charset a file was declared in, and the line they are on. */
    public static final class Undecodable extends IOException {
        public final long line;

        Undecodable(long line, Charset charset) {
            super("bytes that are not " + charset.name() + " text; declare the file's charset in Content-Type "
                    + "(text/csv; charset=GBK, for example)");
            this.line = line;
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
    private long line = 1;
    private boolean started;
    private boolean afterCarriageReturn;
    private boolean end;
    private boolean flushed;

    public StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0 || flushed) {
            return length == 0 ? 0 : -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        CoderResult result = CoderResult.UNDERFLOW;
        while (out.position() == offset && !flushed) {
            result = decoder.decode(bytes, out, end);
            if (result.isError() || result.isOverflow()) {
                break;
            }
            if (end) {
                decoder.flush(out);
                flushed = true;
            } else if (out.position() == offset) {
                fill();
            }
        }
        int read = out.position() - offset;
        if (!started && read > 0) {
            started = true;
            if (buffer[offset] == BYTE_ORDER_MARK) {
                System.arraycopy(buffer, offset + 1, buffer, offset, --read);
                if (read == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        countLines(buffer, offset, read);
        if (read == 0 && result.isError()) {
            // the characters before the bad bytes were handed over by earlier calls, so the line is theirs
            throw new Undecodable(line, decoder.charset());
        }
        return read == 0 ? -1 : read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fill() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (count < 0) {
            end = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }

    /** Lines end at LF, CR or CRLF, as the CSV parser counts them. */
    private void countLines(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n' && !afterCarriageReturn) {
                line++;
            }
            afterCarriageReturn = c == '\r';
        }
    }
}
