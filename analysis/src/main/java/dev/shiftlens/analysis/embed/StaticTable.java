// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The distilled vectors, one row per word piece plus one for the empty text, already weighted; and their stored
 * form. The stored form opens with a header naming what it was built from ({@code source}: the model artifact
 * version and a hash of the settings) and ends with a CRC-32 of all before it, so a table built by another version
 * or settings (stale) or damaged on disk (corrupt) is told apart from a good one and rebuilt.
 *
 * <pre>
 * "SHIFTLENS-STATIC" | int format | int sourceLength | source (UTF-8) | int rows | int dimension | rows x dimension float | long crc32
 * </pre>
 * Numbers are little-endian.
 */
record StaticTable(String source, int rows, int dimension, float[] values) {

    private static final byte[] MAGIC = "SHIFTLENS-STATIC".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    StaticTable {
        if (values.length != (long) rows * dimension) {
            throw new IllegalArgumentException("table of " + rows + " x " + dimension + " has " + values.length + " values");
        }
    }

    /** The row of the empty text (no word pieces): the last one. */
    int emptyRow() {
        return rows - 1;
    }

    byte[] toBytes() {
        byte[] sourceBytes = source.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + 4 + sourceBytes.length + 4 + 4 + 4 * values.length + 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(FORMAT).putInt(sourceBytes.length).put(sourceBytes).putInt(rows).putInt(dimension);
        out.asFloatBuffer().put(values);
        out.position(out.position() + 4 * values.length);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());
        return out.array();
    }

    /** What reading a stored table found. */
    sealed interface Read permits Found, Stale, Corrupt { }

    record Found(StaticTable table) implements Read { }

    /** A whole table built from another source (model version or settings). */
    record Stale(String storedSource) implements Read { }

    /** Not a table, or damaged: the reason says which check failed. */
    record Corrupt(String reason) implements Read { }

    /** Reads a stored table and checks it was built from {@code expectedSource}. */
    static Read fromBytes(byte[] bytes, String expectedSource) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                return new Corrupt("it does not start with the table header");
            }
            int format = in.getInt();
            if (format != FORMAT) {
                return new Stale("format " + format);
            }
            if (bytes.length < 8) {
                return new Corrupt("it is truncated");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getLong()) {
                return new Corrupt("its checksum does not match its contents (damaged or cut short)");
            }
            byte[] sourceBytes = new byte[in.getInt()];
            in.get(sourceBytes);
            String source = new String(sourceBytes, StandardCharsets.UTF_8);
            if (!source.equals(expectedSource)) {
                return new Stale(source);
            }
            int rows = in.getInt();
            int dimension = in.getInt();
            if (rows < 1 || dimension < 1 || (long) rows * dimension * 4 != in.remaining() - 8) {
                return new Corrupt("its size does not match its header");
            }
            float[] values = new float[rows * dimension];
            in.asFloatBuffer().get(values);
            return new Found(new StaticTable(source, rows, dimension, values));
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            return new Corrupt("it is truncated");
        }
    }
}
