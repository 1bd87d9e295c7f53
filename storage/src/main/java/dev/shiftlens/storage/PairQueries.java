// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.PairOutcome;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reads the workbench pages and charts with: filtered and sorted pair ids, pages of pairs by
 * id, the scatter layout, one metric or segment field for every pair, and segment counts. Sorting
 * and filtering happen in DuckDB; only ids, numbers and one page of texts reach the heap.
 */
final class PairQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String FROM = """
            FROM pairs p LEFT JOIN pair_results r ON r.run_id = p.run_id AND r.pair_id = p.pair_id
            WHERE p.run_id = ?""";

    private final DuckDBConnection connection;

    PairQueries(DuckDBConnection connection) {
        this.connection = connection;
    }

    int[] pairIds(int runId, PairFilter filter, PairOrder order) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(runId));
        StringBuilder sql = new StringBuilder("SELECT p.pair_id ").append(FROM);
        filter.cluster().ifPresent(cluster -> {
            sql.append(" AND r.diverged AND r.cluster_id = ?");
            parameters.add(cluster);
        });
        filter.segment().ifPresent(segment -> {
            if (SegmentCount.MISSING.equals(segment.value())) {
                sql.append(" AND json_extract_string(p.metadata, ?) IS NULL");
                parameters.add(jsonPath(segment.field()));
            } else {
                sql.append(" AND json_extract_string(p.metadata, ?) = ?");
                parameters.add(jsonPath(segment.field()));
                parameters.add(segment.value());
            }
        });
        for (PairFilter.MetricRange range : filter.ranges()) {
            sql.append(" AND ").append(MetricColumn.sql(range.metric())).append(" BETWEEN ? AND ?");
            parameters.add(range.min());
            parameters.add(range.max());
        }
        if (!filter.text().isBlank()) {
            sql.append(" AND (contains(lower(p.request_id), ?) OR contains(lower(p.query), ?)"
                    + " OR contains(lower(p.baseline_output), ?) OR contains(lower(p.candidate_output), ?))");
            String needle = filter.text().strip().toLowerCase(Locale.ROOT);
            for (int k = 0; k < 4; k++) {
                parameters.add(needle);
            }
        }
        sql.append(" ORDER BY ").append(orderBy(order)).append(order.descending() ? " DESC" : " ASC")
                .append(" NULLS LAST, p.pair_id");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                int[] ids = new int[1024];
                int n = 0;
                while (rows.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rows.getInt(1);
                }
                return Arrays.copyOf(ids, n);
            }
        }
    }

    private static String orderBy(PairOrder order) {
        return switch (order.key()) {
            case PairOrder.Column column -> switch (column) {
                case PAIR -> "p.pair_id";
                case REQUEST_ID -> "p.request_id";
                case QUERY -> "p.query";
                case DIVERGENCE -> "r.divergence";
                case CLUSTER -> "CASE WHEN r.diverged AND r.cluster_id >= 0 THEN r.cluster_id END";
            };
            case PairOrder.Metric metric -> MetricColumn.sql(metric.name());
        };
    }

    List<StoredPair> pairs(int runId, int[] ids) throws SQLException {
        if (ids.length == 0) {
            return List.of();
        }
        String list = Arrays.stream(ids).mapToObj(Integer::toString).collect(Collectors.joining(","));
        Map<Integer, StoredPair> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT p.pair_id, p.request_id, p.query, p.baseline_output, p.candidate_output, p.ts, p.baseline_model,
                       p.candidate_model, p.metadata, r.divergence, r.diverged, r.cluster_id, r.x, r.y, r.metrics, r.changes
                """ + FROM + " AND p.pair_id IN (" + list + ")")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int pairId = rows.getInt(1);
                    PairRecord pair = new PairRecord(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            Optional.ofNullable(rows.getObject(6, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                            rows.getString(7), rows.getString(8), metadata(rows.getString(9)));
                    Optional<PairOutcome> outcome = rows.getString(15) == null ? Optional.empty()
                            : Optional.of(new PairOutcome(pairId, pair.requestId(), rows.getDouble(10), rows.getBoolean(11),
                                    rows.getInt(12), rows.getDouble(13), rows.getDouble(14),
                                    read(rows.getString(15), METRICS), read(rows.getString(16), STRINGS)));
                    found.put(pairId, new StoredPair(pairId, pair, outcome));
                }
            }
        }
        List<StoredPair> ordered = new ArrayList<>(ids.length);
        for (int id : ids) {
            Optional.ofNullable(found.get(id)).ifPresent(ordered::add);
        }
        return ordered;
    }

    ScatterLayout layout(int runId) throws SQLException {
        int n = count("SELECT count(*) FROM pair_results WHERE run_id = ?", runId);
        int[] pairId = new int[n];
        float[] x = new float[n];
        float[] y = new float[n];
        int[] cluster = new int[n];
        boolean[] diverged = new boolean[n];
        float[] divergence = new float[n];
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT pair_id, x, y, cluster_id, diverged, divergence FROM pair_results WHERE run_id = ? ORDER BY pair_id""")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                int i = 0;
                while (rows.next() && i < n) {
                    pairId[i] = rows.getInt(1);
                    x[i] = rows.getFloat(2);
                    y[i] = rows.getFloat(3);
                    diverged[i] = rows.getBoolean(5);
                    cluster[i] = diverged[i] ? rows.getInt(4) : PairOutcome.NO_CLUSTER;
                    divergence[i] = rows.getFloat(6);
                    i++;
                }
            }
        }
        return new ScatterLayout(pairId, x, y, cluster, diverged, divergence);
    }

    /** The metric for every pair, indexed by pair id; NaN where a pair lacks it. */
    double[] metricValues(int runId, String metric) throws SQLException {
        double[] values = new double[maxPairId(runId) + 1];
        Arrays.fill(values, Double.NaN);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT r.pair_id, " + MetricColumn.sql(metric) + " FROM pair_results r WHERE r.run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    double value = rows.getDouble(2);
                    if (!rows.wasNull()) {
                        values[rows.getInt(1)] = value;
                    }
                }
            }
        }
        return values;
    }

    /** A metadata field's value for every pair, indexed by pair id; {@link SegmentCount#MISSING} where absent. */
    String[] segmentValues(int runId, String field) throws SQLException {
        String[] values = new String[maxPairId(runId) + 1];
        Arrays.fill(values, SegmentCount.MISSING);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pair_id, json_extract_string(metadata, ?) FROM pairs WHERE run_id = ?")) {
            select.setString(1, jsonPath(field));
            select.setInt(2, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(2);
                    if (value != null) {
                        values[rows.getInt(1)] = value.intern();
                    }
                }
            }
        }
        return values;
    }

    List<String> segmentFields(int runId) throws SQLException {
        return strings("SELECT DISTINCT unnest(json_keys(metadata)) AS field FROM pairs WHERE run_id = ? ORDER BY field", runId);
    }

    List<String> metricNames(int runId) throws SQLException {
        return strings("""
                SELECT DISTINCT unnest(json_keys(metrics)) AS metric
                FROM (SELECT metrics FROM pair_results WHERE run_id = ? USING SAMPLE 2000 ROWS) ORDER BY metric""", runId);
    }

    List<SegmentCount> segmentCounts(int runId, String field) throws SQLException {
        List<SegmentCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT coalesce(json_extract_string(p.metadata, ?), ?) AS value,
                       CASE WHEN r.diverged THEN r.cluster_id ELSE -1 END AS cluster, count(*)
                FROM pairs p JOIN pair_results r ON r.run_id = p.run_id AND r.pair_id = p.pair_id
                WHERE p.run_id = ? GROUP BY ALL ORDER BY value, cluster""")) {
            select.setString(1, jsonPath(field));
            select.setString(2, SegmentCount.MISSING);
            select.setInt(3, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new SegmentCount(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        return counts;
    }

    private int maxPairId(int runId) throws SQLException {
        return count("SELECT coalesce(max(pair_id), -1) FROM pairs WHERE run_id = ?", runId);
    }

    private int count(String sql, int runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private List<String> strings(String sql, int runId) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /** A JSON path naming one top-level key, whatever characters the key holds. */
    private static String jsonPath(String field) {
        return "$.\"" + field.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int k = 0; k < parameters.size(); k++) {
            statement.setObject(k + 1, parameters.get(k));
        }
    }

    private static Map<String, String> metadata(String json) {
        try {
            Map<String, String> flat = new LinkedHashMap<>();
            JSON.readValue(json, OBJECT).forEach((key, value) -> {
                if (value != null) {
                    flat.put(key, value instanceof String text ? text : String.valueOf(value));
                }
            });
            return flat;
        } catch (JsonProcessingException e) {
            return Map.of();
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
