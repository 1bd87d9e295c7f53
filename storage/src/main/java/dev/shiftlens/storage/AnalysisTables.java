// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PreviousFinding;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes an analysis's results and the findings about its clusters. */
final class AnalysisTables {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() { };

    private final DuckDBConnection connection;

    AnalysisTables(DuckDBConnection connection) {
        this.connection = connection;
    }

    /**
     * Replaces any earlier analysis of the run in one transaction. Findings follow their cluster into
     * the new analysis, or are kept as previous findings when it is gone ({@link FindingsCarryOver}).
     */
    void save(int runId, RunAnalysis analysis) throws SQLException {
        Map<Integer, ClusterSummary> oldClusters = new java.util.HashMap<>();
        for (ClusterSummary cluster : clusters(runId)) {
            oldClusters.put(cluster.id(), cluster);
        }
        connection.setAutoCommit(false);
        try {
            new FindingsCarryOver(connection).carry(runId, analysis, oldClusters);
            for (String table : List.of("analyses", "pair_results", "clusters")) {
                update("DELETE FROM " + table + " WHERE run_id = ?", runId);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO analyses (run_id, summary, settings) VALUES (?, ?, ?)")) {
                insert.setInt(1, runId);
                insert.setString(2, write(analysis.summary()));
                insert.setString(3, write(analysis.settings()));
                insert.executeUpdate();
            }
            try (DuckDBAppender appender = connection.createAppender("main", "pair_results")) {
                for (PairOutcome pair : analysis.pairs()) {
                    appender.beginRow().append(runId).append(pair.pairId()).append(pair.requestId())
                            .append(pair.divergence()).append(pair.diverged()).append(pair.cluster())
                            .append(pair.x()).append(pair.y())
                            .append(write(pair.metrics())).append(write(pair.changes())).endRow();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO clusters (run_id, cluster_id, summary) VALUES (?, ?, ?)")) {
                for (ClusterSummary cluster : analysis.clusters()) {
                    insert.setInt(1, runId);
                    insert.setInt(2, cluster.id());
                    insert.setString(3, write(cluster));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            update("UPDATE runs SET status = 'analysed' WHERE run_id = ?", runId);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    Optional<RunAnalysis> load(int runId) throws SQLException {
        AnalysisSummary summary;
        Map<String, String> settings;
        try (PreparedStatement select = connection.prepareStatement("SELECT summary, settings FROM analyses WHERE run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                summary = read(rows.getString(1), AnalysisSummary.class);
                settings = read(rows.getString(2), SETTINGS);
            }
        }
        return Optional.of(new RunAnalysis(summary, clusters(runId), pairOutcomes(runId), settings));
    }

    Optional<AnalysisSummary> summary(int runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT summary FROM analyses WHERE run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows.getString(1), AnalysisSummary.class)) : Optional.empty();
            }
        }
    }

    Optional<Map<String, String>> settings(int runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT settings FROM analyses WHERE run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows.getString(1), SETTINGS)) : Optional.empty();
            }
        }
    }

    List<ClusterSummary> clusters(int runId) throws SQLException {
        List<ClusterSummary> clusters = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT summary FROM clusters WHERE run_id = ? ORDER BY cluster_id")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clusters.add(read(rows.getString(1), ClusterSummary.class));
                }
            }
        }
        return clusters;
    }

    private List<PairOutcome> pairOutcomes(int runId) throws SQLException {
        List<PairOutcome> pairs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT pair_id, request_id, divergence, diverged, cluster_id, x, y, metrics, changes
                FROM pair_results WHERE run_id = ? ORDER BY pair_id""")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pairs.add(new PairOutcome(rows.getInt(1), rows.getString(2), rows.getDouble(3), rows.getBoolean(4),
                            rows.getInt(5), rows.getDouble(6), rows.getDouble(7),
                            read(rows.getString(8), METRICS), read(rows.getString(9), STRINGS)));
                }
            }
        }
        return pairs;
    }

    void saveFinding(int runId, Finding finding) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT OR REPLACE INTO findings (run_id, cluster_id, verdict_override, note, updated_at)
                VALUES (?, ?, ?, ?, current_timestamp)""")) {
            upsert.setInt(1, runId);
            upsert.setInt(2, finding.clusterId());
            upsert.setString(3, finding.verdictOverride().map(Verdict::name).orElse(null));
            upsert.setString(4, finding.note());
            upsert.executeUpdate();
        }
    }

    List<Finding> findings(int runId) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cluster_id, verdict_override, note FROM findings WHERE run_id = ? ORDER BY cluster_id")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(new Finding(rows.getInt(1),
                            Optional.ofNullable(rows.getString(2)).map(Verdict::valueOf), rows.getString(3)));
                }
            }
        }
        return findings;
    }

    List<PreviousFinding> previousFindings(int runId) throws SQLException {
        List<PreviousFinding> findings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT cluster_id, cluster_label, cluster_size, verdict_override, note FROM previous_findings
                WHERE run_id = ? ORDER BY superseded_at, cluster_id""")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(new PreviousFinding(rows.getInt(1), rows.getString(2), rows.getInt(3),
                            Optional.ofNullable(rows.getString(4)).map(Verdict::valueOf), rows.getString(5)));
                }
            }
        }
        return findings;
    }

    private void update(String sql, int runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, runId);
            statement.executeUpdate();
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored " + type.getSimpleName() + " is unreadable; re-run the analysis", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored analysis data is unreadable; re-run the analysis", e);
        }
    }
}
