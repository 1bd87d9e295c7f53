// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.SourceFile;

/**
 * A source file's rows in a temporary table {@code (line, text, problem)}: text is the row as a JSON
 * object, problem says why the row cannot be used before its fields are even looked at.
 *
 * @param positionWord what {@code line} counts: "line", "row" (CSV record, Parquet row) or "element" (JSON array)
 */
record StagedSource(SourceFile file, String table, long rows, String positionWord) {

    String name() {
        return file.name();
    }
}
