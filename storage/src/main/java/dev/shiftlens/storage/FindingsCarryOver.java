// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Moves the reviewer's findings from an analysis that is about to be replaced onto the new one.
 * Cluster ids are positions within one analysis, so a finding follows its cluster by membership: it
 * moves to the new cluster sharing more than half of the two clusters' pairs together (at most one
 * can). A finding whose cluster has no such match goes to {@code previous_findings}, kept with its
 * cluster's label, instead of landing on whichever new cluster has the same id.
 */
final class FindingsCarryOver {

    private final Connection connection;

    FindingsCarryOver(Connection connection) {
        this.connection = connection;
    }

    /** Runs inside the caller's transaction, before the old analysis's rows are deleted. */
    void carry(int runId, RunAnalysis replacement, Map<Integer, ClusterSummary> oldClusters) throws SQLException {
        List<StoredFinding> findings = findings(runId);
        if (findings.isEmpty()) {
            return;
        }
        Map<Integer, Set<Integer>> before = oldMembers(runId);
        Map<Integer, Set<Integer>> after = new HashMap<>();
        for (PairOutcome pair : replacement.pairs()) {
            if (pair.cluster() != PairOutcome.NO_CLUSTER) {
                after.computeIfAbsent(pair.cluster(), id -> new HashSet<>()).add(pair.pairId());
            }
        }
        execute("DELETE FROM findings WHERE run_id = ?", runId);
        for (StoredFinding finding : findings) {
            OptionalInt match = match(before.getOrDefault(finding.clusterId(), Set.of()), after);
            if (match.isPresent()) {
                insertFinding(runId, match.getAsInt(), finding);
            } else {
                Optional<ClusterSummary> old = Optional.ofNullable(oldClusters.get(finding.clusterId()));
                insertPrevious(runId, finding, old.map(ClusterSummary::label).orElse("cluster #" + finding.clusterId()),
                        old.map(ClusterSummary::size).orElse(before.getOrDefault(finding.clusterId(), Set.of()).size()));
            }
        }
    }

    /** The new cluster holding more than half of the union of its pairs and {@code members}, if any. */
    static OptionalInt match(Set<Integer> members, Map<Integer, Set<Integer>> candidates) {
        if (members.isEmpty()) {
            return OptionalInt.empty();
        }
        for (Map.Entry<Integer, Set<Integer>> candidate : candidates.entrySet()) {
            long shared = candidate.getValue().stream().filter(members::contains).count();
            long union = members.size() + candidate.getValue().size() - shared;
            if (2 * shared > union) {
                return OptionalInt.of(candidate.getKey());
            }
        }
        return OptionalInt.empty();
    }

    private record StoredFinding(int clusterId, String verdictOverride, String note, Timestamp updatedAt) {
    }

    private List<StoredFinding> findings(int runId) throws SQLException {
        List<StoredFinding> findings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cluster_id, verdict_override, note, updated_at FROM findings WHERE run_id = ? ORDER BY cluster_id")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(new StoredFinding(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getTimestamp(4)));
                }
            }
        }
        return findings;
    }

    private Map<Integer, Set<Integer>> oldMembers(int runId) throws SQLException {
        Map<Integer, Set<Integer>> members = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cluster_id, pair_id FROM pair_results WHERE run_id = ? AND cluster_id >= 0")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getInt(1), id -> new HashSet<>()).add(rows.getInt(2));
                }
            }
        }
        return members;
    }

    private void insertFinding(int runId, int clusterId, StoredFinding finding) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO findings (run_id, cluster_id, verdict_override, note, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, runId);
            insert.setInt(2, clusterId);
            insert.setString(3, finding.verdictOverride());
            insert.setString(4, finding.note());
            insert.setTimestamp(5, finding.updatedAt());
            insert.executeUpdate();
        }
    }

    private void insertPrevious(int runId, StoredFinding finding, String label, int size) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO previous_findings (run_id, cluster_id, cluster_label, cluster_size, verdict_override, note, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setInt(1, runId);
            insert.setInt(2, finding.clusterId());
            insert.setString(3, label);
            insert.setInt(4, size);
            insert.setString(5, finding.verdictOverride());
            insert.setString(6, finding.note());
            insert.setTimestamp(7, finding.updatedAt());
            insert.executeUpdate();
        }
    }

    private void execute(String sql, int runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, runId);
            statement.executeUpdate();
        }
    }
}
