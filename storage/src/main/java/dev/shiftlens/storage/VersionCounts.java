// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.segment.SegmentVersionCount;
import dev.shiftlens.analysis.segment.VersionSkewDetector;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows per (version field, segment field, value, version, UTC day) of a run, the aggregate version
 * skew is detected from. Version fields are metadata keys that name a version or prompt plus the
 * model column; segment fields are the other metadata keys with at most {@link #MAX_VALUES} values.
 */
final class VersionCounts {

    static final int MAX_VALUES = 200;

    private final DuckDBConnection connection;

    VersionCounts(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** Counts for a run's pairs (model = candidate model) or, for a cutover run, its log entries. */
    List<SegmentVersionCount> counts(int runId, boolean cutover) throws SQLException {
        String rows = cutover
                ? "SELECT ts, metadata, version AS model FROM log_entries WHERE run_id = " + runId
                : "SELECT ts, metadata, candidate_model AS model FROM pairs WHERE run_id = " + runId;
        List<String> versionFields = new ArrayList<>();
        List<String> segmentFields = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT key, approx_count_distinct(json_extract_string(metadata, '$.\"' || key || '\"')) FROM ("
                        + "SELECT metadata, unnest(json_keys(metadata)) AS key FROM (" + rows + ")) GROUP BY key ORDER BY key");
             ResultSet keys = select.executeQuery()) {
            while (keys.next()) {
                String key = keys.getString(1);
                if (VersionSkewDetector.isVersionField(key)) {
                    versionFields.add(key);
                } else if (keys.getLong(2) <= MAX_VALUES) {
                    segmentFields.add(key);
                }
            }
        }
        if (segmentFields.isEmpty()) {
            return List.of();
        }
        List<String> versions = new ArrayList<>();
        versionFields.forEach(key -> versions.add("{'f': " + MappedRows.quote(key) + ", 'v': json_extract_string(metadata, " + MappedRows.quote(ResolvedMapping.jsonPath(dev.shiftlens.analysis.ingest.FieldPath.of(key))) + ")}"));
        versions.add("{'f': " + MappedRows.quote(cutover ? "version" : "candidate_model") + ", 'v': nullif(model, '')}");
        List<String> segments = new ArrayList<>();
        segmentFields.forEach(key -> segments.add("{'f': " + MappedRows.quote(key) + ", 'v': json_extract_string(metadata, " + MappedRows.quote(ResolvedMapping.jsonPath(dev.shiftlens.analysis.ingest.FieldPath.of(key))) + ")}"));
        String sql = "SELECT ver.f, seg.f, seg.v, ver.v, day, count(*), min(ts), max(ts) FROM ("
                + "SELECT ts, day, ver, unnest(segs) AS seg FROM ("
                + "SELECT ts, CAST(timezone('UTC', ts) AS DATE) AS day, unnest(vers) AS ver, segs FROM ("
                + "SELECT ts, [" + String.join(", ", versions) + "] AS vers, [" + String.join(", ", segments) + "] AS segs FROM (" + rows + "))))"
                + " WHERE ver.v IS NOT NULL AND seg.v IS NOT NULL GROUP BY ALL ORDER BY 1, 5, 2, 3, 4";
        List<SegmentVersionCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                counts.add(new SegmentVersionCount(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                        Optional.ofNullable(result.getObject(5, LocalDate.class)), result.getLong(6),
                        instant(result.getObject(7, OffsetDateTime.class)), instant(result.getObject(8, OffsetDateTime.class))));
            }
        }
        return counts;
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
