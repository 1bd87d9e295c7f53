// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL steps every import shape shares: rejects, flags, counts; all inside the import's transaction. */
final class ImportWork {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int RAW_KEPT_CHARS = 10_000;

    final DuckDBConnection connection;
    final int runId;

    ImportWork(DuckDBConnection connection, int runId) {
        this.connection = connection;
        this.runId = runId;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Inserts {@code select} (columns: source, line, text, reason) into the run's rejects; returns how many. */
    long reject(String select) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("INSERT INTO rejects SELECT " + runId + ", source, line, "
                    + "CASE WHEN length(coalesce(text, '')) > " + RAW_KEPT_CHARS + " THEN left(text, " + RAW_KEPT_CHARS + ") || '…' ELSE coalesce(text, '') END, "
                    + "reason FROM (" + select + ")");
        }
    }

    /** Inserts {@code select} (columns: source, line, request_id, flag; null flags skipped) into the run's flags. */
    void flag(String select) throws SQLException {
        execute("INSERT INTO import_flags SELECT " + runId + ", source, line, request_id, flag FROM (" + select + ") WHERE flag IS NOT NULL");
    }

    /** Replaces DuckDB's bare "invalid JSON" with Jackson's account of what and where (there are few such rows). */
    void explainInvalidJson() throws SQLException {
        List<Object[]> invalid = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source, line, raw FROM rejects WHERE run_id = ? AND reason = 'invalid JSON' LIMIT 100000")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    invalid.add(new Object[] {rows.getString(1), rows.getLong(2), rows.getString(3)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rejects SET reason = ? WHERE run_id = ? AND source = ? AND line = ? AND reason = 'invalid JSON'")) {
            for (Object[] row : invalid) {
                update.setString(1, jsonProblem((String) row[2]));
                update.setInt(2, runId);
                update.setString(3, (String) row[0]);
                update.setLong(4, (Long) row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Jackson names what is wrong and at which column; DuckDB only says "invalid". */
    static String jsonProblem(String raw) {
        if (raw.endsWith("…")) {
            return "invalid JSON (the line is longer than " + RAW_KEPT_CHARS + " characters; the error is past the kept part)"
                    + "; fix or remove the line, then import again";
        }
        try {
            JSON.readTree(raw);
            return "invalid JSON; fix or remove the line, then import again";
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return "invalid JSON" + (column > 0 ? " at column " + column : "") + ": " + detail
                    + "; fix or remove the line, then import again";
        }
    }

    List<RejectedRow> firstRejects() throws SQLException {
        List<RejectedRow> rejects = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source, line, raw, reason FROM rejects WHERE run_id = ? ORDER BY source, line LIMIT " + ImportReport.SAMPLE)) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rejects.add(new RejectedRow(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return rejects;
    }

    Map<String, Long> flagCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT regexp_replace(flag, ' `[^`]*`', ''), count(*) FROM import_flags WHERE run_id = ? GROUP BY 1 ORDER BY 1")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Adds view {@code reasoned} over {@code classified}: its rows with {@code reason}, the base reason or,
     * for the second and later rows of one id, a duplicate reason. The window runs on (line, id) alone,
     * so a million wide rows are not sorted with their outputs.
     */
    void reasonWithDuplicates(String classified, String idColumn, String reasoned, String positionWord, String where)
            throws SQLException {
        execute("DROP TABLE IF EXISTS " + reasoned + "_dups");
        execute("CREATE TEMP TABLE " + reasoned + "_dups AS SELECT line, 'duplicate request_id `' || id || '`" + where
                + "; kept the first (" + positionWord + " ' || first || ')' AS dup_reason FROM ("
                + "SELECT line, " + idColumn + " AS id, row_number() OVER (PARTITION BY " + idColumn + " ORDER BY line) AS n, "
                + "min(line) OVER (PARTITION BY " + idColumn + ") AS first FROM " + classified
                + " WHERE base_reason IS NULL AND " + idColumn + " IS NOT NULL) WHERE n > 1");
        execute("CREATE OR REPLACE TEMP VIEW " + reasoned + " AS SELECT c.*, coalesce(c.base_reason, d.dup_reason) AS reason FROM "
                + classified + " c LEFT JOIN " + reasoned + "_dups d ON d.line = c.line");
    }

    void dropReasoned(String classified, String reasoned) throws SQLException {
        execute("DROP VIEW IF EXISTS " + reasoned);
        execute("DROP TABLE IF EXISTS " + reasoned + "_dups");
        execute("DROP TABLE IF EXISTS " + classified);
    }

    /** The usual reasons for one mapped table's rows, before duplicates: staging problem, invalid JSON, missing query. */
    static String baseReason(ResolvedMapping mapping) {
        return "CASE WHEN problem IS NOT NULL THEN problem "
                + "WHEN query IS NULL THEN 'missing " + mapping.describe(dev.shiftlens.analysis.ingest.Field.QUERY).replace("'", "''")
                + ": every row needs the query the model answered; fix the row or the mapping' ";
    }

    /** The flag for an output column that is null or empty on a stored row. */
    static String outputFlag(String column) {
        return "CASE WHEN " + column + " IS NULL THEN '" + column + " missing or null; stored as empty' "
                + "WHEN " + column + " = '' THEN '" + column + " empty' END";
    }

    static String timestampFlag() {
        return "CASE WHEN ts_text IS NOT NULL AND ts IS NULL THEN 'timestamp `' || left(ts_text, 40) || '` unreadable; stored without one' END";
    }
}
