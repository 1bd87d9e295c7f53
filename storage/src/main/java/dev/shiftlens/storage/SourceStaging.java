// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.FileFormat;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Reads a source file into a temporary staging table, one row per source row. Uncompressed JSONL is
 * split by DuckDB on all cores ({@link ParallelLineStaging}); compressed JSONL, and any file DuckDB
 * refuses (bad UTF-8, mixed line endings), goes through Java's line splitter and DuckDB's Appender
 * (exact line numbers, strict UTF-8 per line, BOM and CRLF, nothing held in the heap beyond one line);
 * CSV, Parquet and JSON arrays go through DuckDB's own readers, each row turned into a JSON object so
 * every format is mapped the same way afterwards. Staging creates temporary tables only, so it runs
 * before the import's transaction: a refused fast read must not abort the run being written.
 */
final class SourceStaging {

    private static final int PROGRESS_EVERY = 20_000;

    private final DuckDBConnection connection;

    SourceStaging(DuckDBConnection connection) {
        this.connection = connection;
    }

    StagedSource stage(SourceFile source, String table, ProgressListener progress, Cancellation cancel) throws SQLException {
        long size = SourceInput.checkReadable(source.path());
        execute("DROP TABLE IF EXISTS " + table);
        return switch (source.format()) {
            case JSONL -> SourceInput.firstSignificantChar(source) == '['
                    ? stageJsonArray(source, table, progress)
                    : stageLines(source, table, size, progress, cancel);
            case CSV -> stageCsv(source, table, progress);
            case PARQUET -> stageParquet(source, table, progress);
        };
    }

    private StagedSource stageLines(SourceFile source, String table, long size, ProgressListener progress, Cancellation cancel)
            throws SQLException {
        if (!SourceInput.isCompressed(source)) {
            Optional<StagedSource> parallel = new ParallelLineStaging(connection).stage(source, table, size, progress, cancel);
            if (parallel.isPresent()) {
                return parallel.get();
            }
            progress.update(0, "reading %s line by line to find the lines DuckDB could not read".formatted(source.name()));
        }
        execute("CREATE TEMP TABLE " + table + " (line BIGINT, text VARCHAR, problem VARCHAR)");
        long rows = 0;
        CountingInput counted;
        try {
            counted = new CountingInput(Files.newInputStream(source.path()));
        } catch (IOException e) {
            throw new InputFileException(SourceInput.unreadable(source, e), e);
        }
        try (Utf8LineReader reader = new Utf8LineReader(SourceInput.open(source, counted));
             DuckDBAppender appender = connection.createAppender("temp", "main", table)) {
            Utf8LineReader.Line line;
            while ((line = reader.next()) != null) {
                String problem = line.problem() != null ? line.problem() : shapeProblem(line.text());
                if (line.problem() == null && line.text().isBlank()) {
                    continue;
                }
                appender.beginRow().append(line.number()).append(line.text());
                if (problem == null) {
                    appender.appendNull();
                } else {
                    appender.append(problem);
                }
                appender.endRow();
                rows++;
                if (rows % PROGRESS_EVERY == 0) {
                    cancel.checkpoint();
                    progress.update((double) counted.count / size, "read %s of %s, %,d rows of %s".formatted(
                            megabytes(counted.count), megabytes(size), rows, source.name()));
                }
            }
        } catch (IOException e) {
            throw new InputFileException(SourceInput.unreadable(source, e)
                    + " Nothing was imported; fix the file and import again.", e);
        }
        progress.update(1, "read %s, %,d rows of %s".formatted(megabytes(size), rows, source.name()));
        return new StagedSource(source, table, rows, "line");
    }

    /** Rows that are clearly not one JSON object are named here, where the first character says what they are. */
    static String shapeProblem(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || text.charAt(i) == '{') {
            return null;
        }
        char c = text.charAt(i);
        String found = switch (c) {
            case '[' -> "a JSON array";
            case '"' -> "a JSON string";
            case 't', 'f' -> text.strip().equals("true") || text.strip().equals("false") ? "a JSON boolean" : null;
            case 'n' -> text.strip().equals("null") ? "JSON null" : null;
            default -> Character.isDigit(c) || c == '-' ? "a JSON number" : null;
        };
        return found == null ? null : "expected one JSON object per line, found " + found;
    }

    private StagedSource stageJsonArray(SourceFile source, String table, ProgressListener progress) throws SQLException {
        progress.update(0, "reading the JSON array in " + source.name());
        try {
            execute("CREATE TEMP TABLE " + table + " AS SELECT row_number() OVER () AS line, json::VARCHAR AS text, "
                    + "CASE WHEN json_type(json) <> 'OBJECT' THEN 'expected a JSON object in the array, found a JSON ' || lower(json_type(json)) END AS problem "
                    + "FROM read_json_objects(" + SourceInput.sqlLiteral(source.path()) + ", format = 'array', maximum_object_size = 1073741824)");
        } catch (SQLException e) {
            throw new InputFileException(source.path() + " starts like a JSON array but cannot be read as one: "
                    + firstLine(e) + ". Check that the array is complete, or convert it to JSON Lines with: jq -c '.[]' "
                    + source.name() + " > pairs.jsonl", e);
        }
        return staged(source, table, "element", progress);
    }

    private StagedSource stageCsv(SourceFile source, String table, ProgressListener progress) throws SQLException {
        progress.update(0, "reading CSV " + source.name() + " with DuckDB's reader");
        execute("DROP TABLE IF EXISTS import_csv_good");
        execute("DROP TABLE IF EXISTS import_csv_errors");
        execute("DROP TABLE IF EXISTS import_csv_scans");
        try {
            // Positions count records with the header as 1, as DuckDB's rejects do (equal to the line
            // number unless a field holds a newline). The reader returns good records in file order
            // without their position, so the k-th good record takes the k-th position no reject holds.
            execute("CREATE TEMP TABLE import_csv_good AS SELECT row_number() OVER () AS k, to_json(c)::VARCHAR AS text "
                    + "FROM read_csv(" + SourceInput.sqlLiteral(source.path())
                    + ", header = true, all_varchar = true, store_rejects = true, rejects_table = 'import_csv_errors', "
                    + "rejects_scan = 'import_csv_scans', max_line_size = 33554432) c");
            execute("CREATE TEMP TABLE " + table + " AS WITH rejected AS (SELECT DISTINCT line FROM import_csv_errors), "
                    + "free AS (SELECT p, row_number() OVER (ORDER BY p) AS k FROM range(2, 2 + "
                    + "(SELECT count(*) FROM import_csv_good) + (SELECT count(*) FROM rejected)) r(p) "
                    + "WHERE p NOT IN (SELECT line FROM rejected)) "
                    + "SELECT free.p::BIGINT AS line, g.text, NULL::VARCHAR AS problem FROM import_csv_good g JOIN free USING (k) ORDER BY line");
            execute("INSERT INTO " + table + " SELECT line, any_value(coalesce(csv_line, '')), "
                    + "min(lower(replace(error_type::VARCHAR, '_', ' ')) || ': ' || error_message) "
                    + "|| '; fix the quoting or column count of this line in the CSV' FROM import_csv_errors GROUP BY line");
        } catch (SQLException e) {
            throw new InputFileException(source.path() + " cannot be read as CSV: " + firstLine(e)
                    + ". Shiftlens expects a header row and RFC 4180 quoting (fields with commas, quotes or newlines in double quotes).", e);
        } finally {
            execute("DROP TABLE IF EXISTS import_csv_good");
            execute("DROP TABLE IF EXISTS import_csv_errors");
            execute("DROP TABLE IF EXISTS import_csv_scans");
        }
        return staged(source, table, "line", progress);
    }

    private StagedSource stageParquet(SourceFile source, String table, ProgressListener progress) throws SQLException {
        progress.update(0, "reading Parquet " + source.name() + " with DuckDB's reader");
        try {
            // merge-patching with null drops the row-number column from the row's object
            execute("CREATE TEMP TABLE " + table + " AS SELECT file_row_number + 1 AS line, "
                    + "json_merge_patch(to_json(p), '{\"file_row_number\": null}')::VARCHAR AS text, NULL::VARCHAR AS problem "
                    + "FROM (SELECT * EXCLUDE (file_row_number), file_row_number FROM read_parquet("
                    + SourceInput.sqlLiteral(source.path()) + ", file_row_number = true)) p");
        } catch (SQLException e) {
            throw new InputFileException(source.path() + " cannot be read as Parquet: " + firstLine(e)
                    + ". Check that the file is complete and really Parquet (it should start with the bytes PAR1).", e);
        }
        return staged(source, table, "row", progress);
    }

    private StagedSource staged(SourceFile source, String table, String positionWord, ProgressListener progress) throws SQLException {
        long rows;
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            rows = result.getLong(1);
        }
        progress.update(1, "read %,d rows of %s".formatted(rows, source.name()));
        return new StagedSource(source, table, rows, positionWord);
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message).replaceFirst("^[A-Za-z ]+Error: ", "");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Counts compressed bytes read, so progress is a share of the file on disk. */
    private static final class CountingInput extends FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    static boolean isArrayFile(SourceFile source) {
        return source.format() == FileFormat.JSONL && SourceInput.firstSignificantChar(source) == '[';
    }
}
