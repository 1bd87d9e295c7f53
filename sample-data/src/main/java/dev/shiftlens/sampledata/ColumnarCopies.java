// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the CSV and Parquet shapes with DuckDB's COPY, straight from the paired JSONL, so the three
 * agree by construction. The CSV flattens metadata to {@code metadata.region}... columns and keeps
 * the timestamp text as written; the Parquet keeps {@code metadata} as a struct and the timestamp
 * as a UTC instant.
 */
final class ColumnarCopies {

    private static final String READ_PAIRED = """
            read_json('%s', format = 'newline_delimited', columns = {
                request_id: 'VARCHAR', query: 'VARCHAR', baseline_output: 'VARCHAR', candidate_output: 'VARCHAR',
                timestamp: 'VARCHAR', baseline_model: 'VARCHAR', candidate_model: 'VARCHAR',
                metadata: 'STRUCT(region VARCHAR, tier VARCHAR, language VARCHAR, channel VARCHAR, prompt_version VARCHAR)'})""";

    private static final String TO_CSV = """
            COPY (SELECT request_id, query, baseline_output, candidate_output, timestamp, baseline_model, candidate_model,
                         metadata.region AS "metadata.region", metadata.tier AS "metadata.tier",
                         metadata.language AS "metadata.language", metadata.channel AS "metadata.channel",
                         metadata.prompt_version AS "metadata.prompt_version"
                  FROM %s)
            TO '%s' (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"')""";

    private static final String TO_PARQUET = """
            COPY (SELECT request_id, query, baseline_output, candidate_output,
                         CAST(timestamp AS TIMESTAMPTZ) AS timestamp, baseline_model, candidate_model, metadata
                  FROM %s)
            TO '%s' (FORMAT parquet, COMPRESSION zstd)""";

    private ColumnarCopies() {}

    static void write(Path directory) throws IOException {
        String source = pairedJsonl(directory);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = duckdb.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            sql.execute("SET preserve_insertion_order = true");
            sql.execute(TO_CSV.formatted(source, sqlPath(directory.resolve(ExportFiles.PAIRED_CSV))));
            sql.execute(TO_PARQUET.formatted(source, sqlPath(directory.resolve(ExportFiles.PAIRED_PARQUET))));
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write the CSV and Parquet copies in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A DuckDB table function reading the paired JSONL with every column typed as exported. */
    static String pairedJsonl(Path directory) {
        return READ_PAIRED.formatted(sqlPath(directory.resolve(ExportFiles.PAIRED_JSONL)));
    }

    static String sqlPath(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }
}
