// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Imports canonical paired JSONL (DESIGN.md) into a new run inside one transaction: Java only
 * splits lines (exact line numbers, strict UTF-8); DuckDB's JSON functions parse, validate and
 * extract. Rows read = stored + rejected, and a failed or cancelled import leaves no run behind.
 */
final class JsonlPairImporter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROGRESS_EVERY = 10_000;
    private static final int RAW_KEPT_CHARS = 10_000;

    private final DuckDBConnection connection;

    JsonlPairImporter(DuckDBConnection connection) {
        this.connection = connection;
    }

    ImportReport importFile(Path file, String runName, ProgressListener progress, Cancellation cancel) throws SQLException {
        long size = checkReadable(file);
        String source = file.getFileName().toString();
        connection.setAutoCommit(false);
        try {
            int runId = createRun(runName, file);
            stageLines(file, size, progress.slice(0, 0.7), cancel);
            cancel.checkpoint();
            progress.update(0.75, "validating rows");
            classify();
            List<RejectedRow> rejects = storeRejects(runId, source);
            long stored = storePairs(runId);
            long duplicates = count("SELECT count(*) FROM import_parsed WHERE reason LIKE 'duplicate request_id%'");
            long read = count("SELECT count(*) FROM import_parsed");
            if (stored == 0) {
                throw new InputFileException(noUsableRowMessage(file, read, rejects));
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET rows_read = ?, rows_stored = ?, rows_rejected = ? WHERE run_id = ?")) {
                update.setLong(1, read);
                update.setLong(2, stored);
                update.setLong(3, read - stored);
                update.setInt(4, runId);
                update.executeUpdate();
            }
            dropStaging();
            connection.commit();
            progress.update(1.0, "imported %,d pairs".formatted(stored));
            return new ImportReport(runId, source, read, stored, read - stored, duplicates, rejects);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new InputFileException(file + " does not exist. Check the path, or run `ls` on its folder.");
        }
        if (Files.isDirectory(file)) {
            throw new InputFileException(file + " is a folder; give the JSONL file inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new InputFileException(file + " is not readable by this user; check its permissions.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputFileException(file + " is empty: expected one JSON object per line (DESIGN.md's paired record).");
            }
            if (firstSignificantChar(file) == '[') {
                throw new InputFileException(file + " is one JSON array, not JSON Lines. Shiftlens reads one JSON object "
                        + "per line; convert it with: jq -c '.[]' " + file.getFileName() + " > pairs.jsonl");
            }
            return size;
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int firstSignificantChar(Path file) throws IOException {
        try (InputStream in = open(file)) {
            int c;
            do {
                c = in.read();
            } while (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c));
            return c;
        }
    }

    private int createRun(String runName, Path file) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO runs (name, mode, source, status) VALUES (?, 'import', ?, 'imported') RETURNING run_id")) {
            insert.setString(1, runName);
            insert.setString(2, file.toAbsolutePath().toString());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void stageLines(Path file, long size, ProgressListener progress, Cancellation cancel) throws SQLException {
        execute("DROP TABLE IF EXISTS import_lines");
        execute("CREATE TEMP TABLE import_lines (line BIGINT, text VARCHAR, problem VARCHAR)");
        try (Utf8LineReader reader = new Utf8LineReader(open(file));
             DuckDBAppender appender = connection.createAppender("temp", "main", "import_lines")) {
            Utf8LineReader.Line line;
            while ((line = reader.next()) != null) {
                if (line.problem() == null && line.text().isBlank()) {
                    continue;
                }
                appender.beginRow().append(line.number()).append(line.text());
                if (line.problem() == null) {
                    appender.appendNull();
                } else {
                    appender.append(line.problem());
                }
                appender.endRow();
                if (line.number() % PROGRESS_EVERY == 0) {
                    cancel.checkpoint();
                    progress.update((double) line.bytesRead() / size, "read %,d lines".formatted(line.number()));
                }
            }
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage()
                    + (file.toString().endsWith(".gz") ? " (is the gzip file complete? re-download or re-compress it)" : ""), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** One row per staged line with its parsed document and, when unusable, why. */
    private void classify() throws SQLException {
        execute("""
                CREATE TEMP TABLE import_parsed AS
                WITH parsed AS (
                    SELECT line, text, problem, try_cast(text AS JSON) AS doc FROM import_lines
                ), checked AS (
                    SELECT line, text, doc,
                           CASE
                             WHEN problem IS NOT NULL THEN problem
                             WHEN doc IS NULL THEN 'invalid JSON'
                             WHEN json_type(doc) <> 'OBJECT' THEN 'expected one JSON object per line, found a JSON ' || lower(json_type(doc))
                             WHEN json_extract_string(doc, 'query') IS NULL THEN 'missing `query`: every row needs the query both models answered'
                             WHEN json_extract(doc, 'baseline_output') IS NULL AND json_extract(doc, 'candidate_output') IS NULL
                               THEN 'no `baseline_output` or `candidate_output`: is this a per-model log? import it with a column mapping'
                           END AS problem_reason,
                           coalesce(json_extract_string(doc, 'request_id'), 'line-' || line) AS request_id
                    FROM parsed
                )
                SELECT line, text, doc, request_id,
                       CASE
                         WHEN problem_reason IS NOT NULL THEN problem_reason
                         WHEN row_number() OVER (PARTITION BY request_id, problem_reason IS NULL ORDER BY line) > 1
                           THEN 'duplicate request_id `' || request_id || '`; kept the first (line '
                                || min(line) OVER (PARTITION BY request_id, problem_reason IS NULL) || ')'
                       END AS reason
                FROM checked
                """);
    }

    private List<RejectedRow> storeRejects(int runId, String source) throws SQLException {
        List<RejectedRow> rejects = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT line, text, reason FROM import_parsed WHERE reason IS NOT NULL ORDER BY line");
             DuckDBAppender appender = connection.createAppender("main", "rejects")) {
            while (rows.next()) {
                long line = rows.getLong(1);
                String raw = rows.getString(2);
                String reason = rows.getString(3);
                if (reason.equals("invalid JSON")) {
                    reason = jsonProblem(raw);
                }
                String kept = raw.length() > RAW_KEPT_CHARS ? raw.substring(0, RAW_KEPT_CHARS) + "…" : raw;
                RejectedRow reject = new RejectedRow(source, line, kept, reason);
                appender.beginRow().append(runId).append(source).append(line).append(kept).append(reason).endRow();
                if (rejects.size() < ImportReport.SAMPLE) {
                    rejects.add(reject);
                }
            }
        }
        return rejects;
    }

    /** Jackson names what is wrong and at which column; DuckDB only says "invalid". */
    static String jsonProblem(String raw) {
        try {
            JSON.readTree(raw);
            return "invalid JSON";
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return "invalid JSON" + (column > 0 ? " at column " + column : "") + ": " + detail
                    + "; fix or remove the line, then import again";
        }
    }

    private long storePairs(int runId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO pairs
                SELECT ?, (row_number() OVER (ORDER BY line) - 1)::INTEGER, request_id,
                       json_extract_string(doc, 'query'),
                       coalesce(json_extract_string(doc, 'baseline_output'), ''),
                       coalesce(json_extract_string(doc, 'candidate_output'), ''),
                       try_cast(json_extract_string(doc, 'timestamp') AS TIMESTAMPTZ),
                       coalesce(json_extract_string(doc, 'baseline_model'), ''),
                       coalesce(json_extract_string(doc, 'candidate_model'), ''),
                       CASE WHEN json_type(json_extract(doc, 'metadata')) = 'OBJECT' THEN json_extract(doc, 'metadata') ELSE '{}'::JSON END,
                       line
                FROM import_parsed WHERE reason IS NULL
                """)) {
            insert.setInt(1, runId);
            return insert.executeUpdate();
        }
    }

    private static String noUsableRowMessage(Path file, long read, List<RejectedRow> rejects) {
        if (read == 0) {
            return file + " has no rows (only blank lines).";
        }
        StringBuilder message = new StringBuilder(file + " has no usable row (" + read + " read, all rejected). ");
        if (!rejects.isEmpty()) {
            message.append("First problem: ").append(rejects.getFirst().describe());
        }
        return message.toString();
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void dropStaging() throws SQLException {
        execute("DROP TABLE IF EXISTS import_parsed");
        execute("DROP TABLE IF EXISTS import_lines");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
