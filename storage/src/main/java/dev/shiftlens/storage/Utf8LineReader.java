// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without holding more than one line in memory, strips a leading
 * BOM and CR of CRLF endings, and decodes each line as strict UTF-8 so a bad byte rejects its line
 * only (with the offset named) rather than corrupting it silently.
 */
final class Utf8LineReader implements AutoCloseable {

    /** One line: its 1-based number, text (lossily decoded when {@code problem} is set) and bytes consumed so far. */
    record Line(long number, String text, String problem, long bytesRead) {
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private int chunkPosition;
    private int chunkLimit;
    private long lineNumber;
    private long bytesRead;
    private boolean eof;

    Utf8LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        lineLength = 0;
        while (true) {
            if (chunkPosition == chunkLimit) {
                int n = in.read(chunk);
                if (n < 0) {
                    eof = true;
                    return lineLength == 0 ? null : finish();
                }
                chunkPosition = 0;
                chunkLimit = n;
                bytesRead += n;
            }
            int start = chunkPosition;
            while (chunkPosition < chunkLimit && chunk[chunkPosition] != '\n') {
                chunkPosition++;
            }
            appendToLine(start, chunkPosition);
            if (chunkPosition < chunkLimit) {
                chunkPosition++;
                return finish();
            }
        }
    }

    private void appendToLine(int from, int to) {
        int n = to - from;
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(chunk, from, line, lineLength, n);
        lineLength += n;
    }

    private Line finish() {
        lineNumber++;
        int start = 0;
        int end = lineLength;
        if (lineNumber == 1 && end >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (end > start && line[end - 1] == '\r') {
            end--;
        }
        long consumed = bytesRead - (chunkLimit - chunkPosition);
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer decoded = CharBuffer.allocate(end - start);
        CoderResult result = strict.reset().decode(bytes, decoded, true);
        if (result.isError()) {
            String lossy = new String(line, start, end - start, StandardCharsets.UTF_8);
            return new Line(lineNumber, lossy, "invalid UTF-8 at byte " + (bytes.position() - start + 1)
                    + " of the line; re-export the file as UTF-8", consumed);
        }
        strict.flush(decoded);
        return new Line(lineNumber, decoded.flip().toString(), null, consumed);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
