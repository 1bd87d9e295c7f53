// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.github.luben.zstd.ZstdInputStream;
import dev.shiftlens.analysis.ingest.Compression;
import dev.shiftlens.analysis.ingest.SourceFile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening a source file: existence checks with a fix in the message, and decompression by name. */
final class SourceInput {

    private SourceInput() {
    }

    /** Size on disk; {@link InputFileException} when missing, a folder, unreadable or empty. */
    static long checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new InputFileException(file + " does not exist. Check the path, or run `ls` on its folder.");
        }
        if (Files.isDirectory(file)) {
            throw new InputFileException(file + " is a folder; give the log file inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new InputFileException(file + " is not readable by this user; check its permissions.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputFileException(file + " is empty: expected one JSON object per line, a CSV with a header, or Parquet.");
            }
            return size;
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The decompressed bytes; the caller counts compressed bytes through {@code counted} for progress. */
    static InputStream open(SourceFile source, InputStream counted) throws IOException {
        InputStream in = new BufferedInputStream(counted, 1 << 16);
        return switch (source.compression()) {
            case NONE -> in;
            case GZIP -> new java.util.zip.GZIPInputStream(in, 1 << 16);
            case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), 1 << 16);
        };
    }

    static InputStream open(SourceFile source) throws IOException {
        return open(source, Files.newInputStream(source.path()));
    }

    /** The first byte that is not whitespace or a BOM, or -1. */
    static int firstSignificantChar(SourceFile source) {
        try (InputStream in = open(source)) {
            int c;
            do {
                c = in.read();
            } while (c == 0xEF || c == 0xBB || c == 0xBF || c >= 0 && Character.isWhitespace(c));
            return c;
        } catch (IOException e) {
            throw new InputFileException(unreadable(source, e), e);
        }
    }

    static String unreadable(SourceFile source, IOException e) {
        String hint = switch (source.compression()) {
            case GZIP -> " Is the gzip file complete? Check it with `gzip -t " + source.name() + "`, then re-download or re-compress it.";
            case ZSTD -> " Is the zstd file complete? Check it with `zstd -t " + source.name() + "`, then re-download or re-compress it.";
            case NONE -> "";
        };
        return "cannot read " + source.path() + ": " + e.getMessage() + "." + hint;
    }

    /** A path as a single-quoted SQL string literal for DuckDB's readers. */
    static String sqlLiteral(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static boolean isCompressed(SourceFile source) {
        return source.compression() != Compression.NONE;
    }
}
