// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.ingest.SourceSample;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The first rows of a source as JSON objects, read without staging the whole file. */
final class SourceSampler {

    static final int ROWS = 200;
    private static final long MAX_CHARS = 64L << 20;

    private final DuckDBConnection connection;

    SourceSampler(DuckDBConnection connection) {
        this.connection = connection;
    }

    SourceSample sample(SourceFile source) {
        SourceInput.checkReadable(source.path());
        try {
            return switch (source.format()) {
                case JSONL -> SourceStaging.isArrayFile(source)
                        ? viaDuckDb(source, "SELECT json::VARCHAR FROM read_json_objects(" + SourceInput.sqlLiteral(source.path())
                                + ", format = 'array', maximum_object_size = 1073741824) LIMIT " + ROWS, List.of())
                        : lines(source);
                case CSV -> viaDuckDb(source, "SELECT to_json(c)::VARCHAR FROM read_csv(" + SourceInput.sqlLiteral(source.path())
                        + ", header = true, all_varchar = true, ignore_errors = true, max_line_size = 33554432) c LIMIT " + ROWS,
                        columns("read_csv(" + SourceInput.sqlLiteral(source.path()) + ", header = true, all_varchar = true, ignore_errors = true)"));
                case PARQUET -> viaDuckDb(source, "SELECT to_json(p)::VARCHAR FROM read_parquet(" + SourceInput.sqlLiteral(source.path())
                        + ") p LIMIT " + ROWS, columns("read_parquet(" + SourceInput.sqlLiteral(source.path()) + ")"));
            };
        } catch (SQLException e) {
            if (source.format() == dev.shiftlens.analysis.ingest.FileFormat.JSONL) {
                throw new InputFileException(source.path() + " starts like a JSON array but cannot be read as one: "
                        + SourceStaging.firstLine(e) + ". Check that the array is complete, or convert it to JSON Lines with: jq -c '.[]' "
                        + source.name() + " > pairs.jsonl", e);
            }
            throw new InputFileException("cannot read the first rows of " + source.path() + " as " + source.format()
                    + ": " + SourceStaging.firstLine(e) + ". Check that the file is complete and of the type its name says.", e);
        }
    }

    private static SourceSample lines(SourceFile source) {
        List<String> rows = new ArrayList<>();
        long chars = 0;
        try (Utf8LineReader reader = new Utf8LineReader(SourceInput.open(source))) {
            Utf8LineReader.Line line;
            while (rows.size() < ROWS && chars < MAX_CHARS && (line = reader.next()) != null) {
                if (line.problem() == null && !line.text().isBlank()) {
                    rows.add(line.text());
                    chars += line.text().length();
                }
            }
        } catch (IOException e) {
            // a damaged tail is found and named by the import itself; the sample is what could be read
            if (rows.isEmpty()) {
                throw new InputFileException(SourceInput.unreadable(source, e), e);
            }
        }
        return SourceSample.ofJson(source, List.of(), rows);
    }

    private SourceSample viaDuckDb(SourceFile source, String sql, List<String> columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return SourceSample.ofJson(source, columns, rows);
    }

    private List<String> columns(String reader) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM " + reader)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }
}
