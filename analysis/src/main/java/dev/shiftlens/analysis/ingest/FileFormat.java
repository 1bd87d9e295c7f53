// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

/** How rows are written in a source file. */
public enum FileFormat {
    /** One JSON object per line (also read when the file turns out to be one JSON array). */
    JSONL,
    /** RFC 4180 CSV with a header row; quoted fields may hold commas, quotes and newlines. */
    CSV,
    PARQUET
}
