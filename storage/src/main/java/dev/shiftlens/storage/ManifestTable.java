// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the release manifests of a run's two sides. */
final class ManifestTable {

    static final String BASELINE = "baseline";
    static final String CANDIDATE = "candidate";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ENTRIES = new TypeReference<>() { };

    private final DuckDBConnection connection;

    ManifestTable(DuckDBConnection connection) {
        this.connection = connection;
    }

    void save(int runId, RunManifests manifests) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT OR REPLACE INTO run_manifests (run_id, side, manifest) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, ReleaseManifest> side : Map.of(BASELINE, manifests.baseline(),
                    CANDIDATE, manifests.candidate()).entrySet()) {
                upsert.setInt(1, runId);
                upsert.setString(2, side.getKey());
                upsert.setString(3, JSON.writeValueAsString(side.getValue().entries()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a manifest", e);
        }
    }

    Optional<RunManifests> load(int runId) throws SQLException {
        Map<String, ReleaseManifest> sides = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT side, manifest FROM run_manifests WHERE run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sides.put(rows.getString(1), new ReleaseManifest(JSON.readValue(rows.getString(2), ENTRIES)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new StorageException("the stored manifests of run " + runId + " are unreadable; re-import the run", e);
        }
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RunManifests(sides.getOrDefault(BASELINE, ReleaseManifest.empty()),
                sides.getOrDefault(CANDIDATE, ReleaseManifest.empty())));
    }
}
