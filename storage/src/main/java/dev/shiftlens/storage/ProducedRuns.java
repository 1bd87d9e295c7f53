// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.pair.PairRecord;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL behind runs Shiftlens produces itself (replay, matched windows) and behind the replay
 * response cache. Each response is its own committed insert, so it survives a crash the moment it
 * is stored; pairs and rejects of a run go in as one transaction.
 */
final class ProducedRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DuckDBConnection connection;

    ProducedRuns(DuckDBConnection connection) {
        this.connection = connection;
    }

    int create(NewRun run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO runs (name, mode, source, status, settings) VALUES (?, ?, ?, 'producing', ?::JSON) RETURNING run_id")) {
            insert.setString(1, run.name());
            insert.setString(2, run.mode());
            insert.setString(3, run.source());
            insert.setString(4, run.settings());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Stores the run's pairs and rejects and marks it imported, all or nothing. */
    void complete(int runId, List<PairRecord> pairs, List<RejectedRow> rejects) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (DuckDBAppender appender = connection.createAppender("main", "pairs")) {
                for (int i = 0; i < pairs.size(); i++) {
                    appendPair(appender, runId, i, pairs.get(i));
                }
            }
            try (DuckDBAppender appender = connection.createAppender("main", "rejects")) {
                for (RejectedRow reject : rejects) {
                    appender.beginRow().append(runId).append(reject.source()).append(reject.line())
                            .append(reject.raw()).append(reject.reason()).endRow();
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET status = 'imported', rows_read = ?, rows_stored = ?, rows_rejected = ? WHERE run_id = ?")) {
                update.setLong(1, (long) pairs.size() + rejects.size());
                update.setLong(2, pairs.size());
                update.setLong(3, rejects.size());
                update.setInt(4, runId);
                update.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void appendPair(DuckDBAppender appender, int runId, int pairId, PairRecord pair) throws SQLException {
        appender.beginRow().append(runId).append(pairId).append(pair.requestId()).append(pair.query())
                .append(pair.baselineOutput()).append(pair.candidateOutput());
        if (pair.timestamp().isPresent()) {
            appender.append(pair.timestamp().get().atOffset(ZoneOffset.UTC));
        } else {
            appender.appendNull();
        }
        appender.append(pair.baselineModel()).append(pair.candidateModel()).append(metadataJson(pair.metadata()))
                .append((long) pairId + 1).endRow();
    }

    private static String metadataJson(Map<String, String> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** Removes a produced run whose analysis was never stored: its pairs, rejects and the run itself, all or nothing; an analysed run stays. */
    void discard(int runId) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (String table : List.of("pairs", "rejects")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE run_id = ? AND run_id IN (SELECT run_id FROM runs WHERE status <> 'analysed')")) {
                    delete.setInt(1, runId);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM runs WHERE run_id = ? AND status <> 'analysed'")) {
                delete.setInt(1, runId);
                delete.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    void status(int runId, String status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET status = ? WHERE run_id = ?")) {
            update.setString(1, status);
            update.setInt(2, runId);
            update.executeUpdate();
        }
    }

    Optional<StoredResponse> response(String cacheKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT cache_key, profile, endpoint, model, request_body, response_body, output,
                       input_tokens, output_tokens, usage_reported, cost_usd, latency_ms
                FROM responses WHERE cache_key = ?""")) {
            select.setString(1, cacheKey);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredResponse(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getLong(8),
                        rows.getLong(9), rows.getBoolean(10), rows.getDouble(11), rows.getLong(12)));
            }
        }
    }

    /** The kept responses among these keys, in one query (a replay of 50,000 requests asks once, not 50,000 times). */
    Map<String, StoredResponse> responses(java.util.Collection<String> keys) throws SQLException {
        Map<String, StoredResponse> found = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT cache_key, profile, endpoint, model, request_body, response_body, output,
                       input_tokens, output_tokens, usage_reported, cost_usd, latency_ms
                FROM responses WHERE cache_key IN (SELECT unnest(?::VARCHAR[]))""")) {
            select.setArray(1, connection.createArrayOf("VARCHAR", keys.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new StoredResponse(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getLong(8),
                            rows.getLong(9), rows.getBoolean(10), rows.getDouble(11), rows.getLong(12)));
                }
            }
        }
        return found;
    }

    /**
     * Inserts the responses in one transaction, skipping keys already kept; returns how many were new.
     * Rows go through DuckDB's appender into a staging table and then in one INSERT: row-by-row
     * prepared inserts cost milliseconds each, which at 64 requests in flight is the bottleneck.
     */
    int store(List<StoredResponse> responses) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS response_staging AS SELECT * FROM responses LIMIT 0");
            try (DuckDBAppender appender = connection.createAppender("temp", "main", "response_staging")) {
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                for (StoredResponse response : responses) {
                    appender.beginRow().append(response.cacheKey()).append(response.profile()).append(response.endpoint())
                            .append(response.model()).append(response.requestBody()).append(response.responseBody())
                            .append(response.output()).append(response.inputTokens()).append(response.outputTokens())
                            .append(response.usageReported()).append(response.costUsd()).append(response.latencyMillis())
                            .append(now).endRow();
                }
            }
            int added = statement.executeUpdate("""
                    INSERT INTO responses SELECT DISTINCT ON (cache_key) * FROM response_staging ON CONFLICT DO NOTHING""");
            statement.execute("DELETE FROM response_staging");
            connection.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Inserts the response unless one with the same key is already kept; true when it was new. */
    boolean store(StoredResponse response) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RESPONSE)) {
            bind(insert, response);
            return insert.executeUpdate() > 0;
        }
    }

    private static final String INSERT_RESPONSE = """
            INSERT INTO responses (cache_key, profile, endpoint, model, request_body, response_body, output,
                                   input_tokens, output_tokens, usage_reported, cost_usd, latency_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private static void bind(PreparedStatement insert, StoredResponse response) throws SQLException {
        insert.setString(1, response.cacheKey());
        insert.setString(2, response.profile());
        insert.setString(3, response.endpoint());
        insert.setString(4, response.model());
        insert.setString(5, response.requestBody());
        insert.setString(6, response.responseBody());
        insert.setString(7, response.output());
        insert.setLong(8, response.inputTokens());
        insert.setLong(9, response.outputTokens());
        insert.setBoolean(10, response.usageReported());
        insert.setDouble(11, response.costUsd());
        insert.setLong(12, response.latencyMillis());
    }

    long responseCount() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM responses");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
