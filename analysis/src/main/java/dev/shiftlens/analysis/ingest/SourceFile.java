// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** A log file and how to read it. */
public record SourceFile(Path path, FileFormat format, Compression compression) {

    /** Format and compression from the name: {@code x.csv.gz}, {@code x.jsonl.zst}, {@code x.parquet}; JSONL otherwise. */
    public static SourceFile of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        Compression compression = Compression.NONE;
        if (name.endsWith(".gz")) {
            compression = Compression.GZIP;
            name = name.substring(0, name.length() - 3);
        } else if (name.endsWith(".zst") || name.endsWith(".zstd")) {
            compression = Compression.ZSTD;
            name = name.substring(0, name.lastIndexOf('.'));
        }
        FileFormat format = name.endsWith(".csv") ? FileFormat.CSV
                : name.endsWith(".parquet") || name.endsWith(".pq") ? FileFormat.PARQUET : FileFormat.JSONL;
        return new SourceFile(path, format, compression);
    }

    public String name() {
        return path.getFileName().toString();
    }

    /** "line" for text formats, "row" for Parquet: what a position in this file is called. */
    public String positionWord() {
        return format == FileFormat.PARQUET ? "row" : "line";
    }
}
