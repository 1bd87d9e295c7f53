// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.embed.EmbeddingCache;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.ingest.SourceSample;
import dev.shiftlens.analysis.pii.PiiCount;
import dev.shiftlens.analysis.pii.PiiKind;
import dev.shiftlens.analysis.segment.VersionSkew;
import dev.shiftlens.analysis.segment.VersionSkewDetector;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PreviousFinding;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A workspace: one DuckDB file holding every run, its pairs and everything computed from them.
 * Methods are synchronized because one JDBC connection serves the UI and the background jobs;
 * DuckDB itself does the heavy lifting inside each call.
 */
public final class RunStore implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() { };

    private final Path file;
    private final DuckDBConnection connection;

    private RunStore(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the workspace file, creating it when absent, and brings its schema up to date. */
    public static RunStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new StorageException("cannot create workspace " + absolute + ": folder " + folder + " does not exist.");
        }
        DuckDBConnection connection;
        try {
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute);
        } catch (SQLException e) {
            throw new StorageException(openProblem(absolute, e), e);
        }
        try {
            Migrations.apply(connection);
            return new RunStore(absolute, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof StorageException se ? se
                    : new StorageException("cannot prepare workspace " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static String openProblem(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not a valid DuckDB database") || message.contains("Unable to open database")
                && Files.exists(file)) {
            return file + " is not a Shiftlens workspace (not a DuckDB database file). "
                    + "Choose a .duckdb workspace, or a new file name to create one.";
        }
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            return file + " is open in another Shiftlens window or process; close it there first.";
        }
        return "cannot open workspace " + file + ": check the path and that you may write to its folder.";
    }

    public Path file() {
        return file;
    }

    /** Imports a canonical paired log (JSONL, CSV or Parquet; .gz or .zst) into a new run. */
    public synchronized ImportReport importPairs(Path input, String runName, ProgressListener progress, Cancellation cancel) {
        SourceFile source = SourceFile.of(input);
        ColumnMapping mapping = CanonicalMapping.forSample(sample(source));
        return importPlan(new ImportPlan.PairedLog(source, mapping), runName, progress, cancel);
    }

    /** Executes an import plan (paired log, two per-model logs, or a cutover log) into a new run. */
    public synchronized ImportReport importPlan(ImportPlan plan, String runName, ProgressListener progress, Cancellation cancel) {
        try {
            return new PlanImporter(connection).importPlan(plan, runName, progress, cancel);
        } catch (SQLException e) {
            String files = plan.files().stream().map(f -> f.path().toString()).collect(java.util.stream.Collectors.joining(" and "));
            throw new StorageException("import of " + files + " failed inside the database (" + SourceStaging.firstLine(e)
                    + "); nothing was stored", e);
        }
    }

    /** The first rows of a source file as JSON objects, to infer and preview a mapping before importing. */
    public synchronized SourceSample sample(SourceFile source) {
        return new SourceSampler(connection).sample(source);
    }

    /** The settings saved with a run as JSON text: the import mapping ({@code {"import": {...}}}) or the replay's settings. */
    public synchronized String runSettings(int runId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT settings::VARCHAR FROM runs WHERE run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : "{}";
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the settings of run " + runId, e);
        }
    }

    /** Rows per field with personal data or secret-like text, as counted on import. */
    public synchronized List<PiiCount> piiCounts(int runId) {
        List<PiiCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT field, kind, rows FROM pii_counts WHERE run_id = ? ORDER BY field, kind")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String kind = rows.getString(2);
                    java.util.Arrays.stream(PiiKind.values()).filter(k -> k.key().equals(kind)).findFirst()
                            .ifPresent(k -> {
                                try {
                                    counts.add(new PiiCount(rows.getString(1), k, rows.getLong(3)));
                                } catch (SQLException e) {
                                    throw new StorageException("cannot read the PII counts of run " + runId, e);
                                }
                            });
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StorageException("cannot read the PII counts of run " + runId, e);
        }
    }

    /** Windows where one segment was served a different version than the rest (metadata version/prompt fields, models). */
    public synchronized List<VersionSkew> versionSkew(int runId) {
        boolean cutover = run(runId).map(r -> r.mode().equals("cutover")).orElse(false);
        try {
            return VersionSkewDetector.detect(new VersionCounts(connection).counts(runId, cutover));
        } catch (SQLException e) {
            throw new StorageException("cannot read the versions of run " + runId, e);
        }
    }

    /** How many before/after entries a cutover run holds. */
    public synchronized Map<String, Long> logEntrySides(int runId) {
        Map<String, Long> sides = new java.util.LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT side, count(*) FROM log_entries WHERE run_id = ? GROUP BY side ORDER BY side DESC")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sides.put(rows.getString(1), rows.getLong(2));
                }
            }
            return sides;
        } catch (SQLException e) {
            throw new StorageException("cannot count the log entries of run " + runId, e);
        }
    }

    /** A cutover run's entries on one side ({@code before} or {@code after}), in source order. */
    public synchronized List<LogEntry> logEntries(int runId, String side) {
        List<LogEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT source_line, request_id, query, output, model, version, ts, metadata
                FROM log_entries WHERE run_id = ? AND side = ? ORDER BY entry_id""")) {
            select.setInt(1, runId);
            select.setString(2, side);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime ts = rows.getObject(7, OffsetDateTime.class);
                    entries.add(new LogEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), Optional.ofNullable(ts).map(OffsetDateTime::toInstant),
                            metadata(rows.getString(8))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageException("cannot read the " + side + " entries of run " + runId, e);
        }
    }

    public synchronized List<RunInfo> runs() {
        List<RunInfo> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT run_id, name, mode, source, created_at, status, rows_read, rows_stored, rows_rejected
                FROM runs ORDER BY run_id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                runs.add(new RunInfo(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getTimestamp(5).toInstant(), rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getLong(9)));
            }
            return runs;
        } catch (SQLException e) {
            throw new StorageException("cannot list the runs of " + file, e);
        }
    }

    public synchronized Optional<RunInfo> run(int runId) {
        return runs().stream().filter(run -> run.runId() == runId).findFirst();
    }

    public synchronized int pairCount(int runId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM pairs WHERE run_id = ?")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot count the pairs of run " + runId, e);
        }
    }

    /** Pairs {@code [offset, offset + limit)} of a run in pair_id order; pair_id equals the list position. */
    public synchronized List<PairRecord> pairs(int runId, int offset, int limit) {
        List<PairRecord> pairs = new ArrayList<>(Math.min(limit, 100_000));
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT request_id, query, baseline_output, candidate_output, ts, baseline_model, candidate_model, metadata
                FROM pairs WHERE run_id = ? AND pair_id >= ? AND pair_id < ? ORDER BY pair_id""")) {
            select.setInt(1, runId);
            select.setLong(2, offset);
            select.setLong(3, (long) offset + limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pairs.add(new PairRecord(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            Optional.ofNullable(rows.getObject(5, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                            rows.getString(6), rows.getString(7), metadata(rows.getString(8))));
                }
            }
            return pairs;
        } catch (SQLException e) {
            throw new StorageException("cannot read the pairs of run " + runId, e);
        }
    }

    public List<PairRecord> pairs(int runId) {
        return pairs(runId, 0, Integer.MAX_VALUE);
    }

    /** The pairs with the given ids (e.g. a cluster's representatives), by id; ids the run lacks are left out. */
    public synchronized Map<Integer, PairRecord> pairsByIds(int runId, Collection<Integer> pairIds) {
        Map<Integer, PairRecord> pairs = new TreeMap<>();
        if (pairIds.isEmpty()) {
            return pairs;
        }
        List<Integer> ids = List.copyOf(new java.util.TreeSet<>(pairIds));
        String placeholders = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT pair_id, request_id, query, baseline_output, candidate_output, ts, baseline_model, candidate_model, metadata
                FROM pairs WHERE run_id = ? AND pair_id IN (%s) ORDER BY pair_id""".formatted(placeholders))) {
            select.setInt(1, runId);
            for (int i = 0; i < ids.size(); i++) {
                select.setInt(i + 2, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pairs.put(rows.getInt(1), new PairRecord(rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), Optional.ofNullable(rows.getObject(6, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                            rows.getString(7), rows.getString(8), metadata(rows.getString(9))));
                }
            }
            return pairs;
        } catch (SQLException e) {
            throw new StorageException("cannot read pairs " + pairIds + " of run " + runId, e);
        }
    }

    /** Each pair's segment fields in pair-id order, without the texts: what segment tables and the gate need. */
    public synchronized List<Map<String, String>> pairMetadata(int runId) {
        List<Map<String, String>> metadata = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT metadata FROM pairs WHERE run_id = ? ORDER BY pair_id")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    metadata.add(metadata(rows.getString(1)));
                }
            }
            return metadata;
        } catch (SQLException e) {
            throw new StorageException("cannot read the segment fields of run " + runId, e);
        }
    }

    public synchronized List<RejectedRow> rejects(int runId) {
        List<RejectedRow> rejects = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source, line, raw, reason FROM rejects WHERE run_id = ? ORDER BY line")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rejects.add(new RejectedRow(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
                }
            }
            return rejects;
        } catch (SQLException e) {
            throw new StorageException("cannot read the rejected rows of run " + runId, e);
        }
    }

    /** The run's rejected rows grouped by reason, most frequent first, each with its first file and line. */
    public synchronized List<RejectReason> rejectReasons(int runId) {
        List<RejectReason> reasons = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT reason, count(*), arg_min(source, (source, line)), arg_min(line, (source, line))
                FROM rejects WHERE run_id = ? GROUP BY reason ORDER BY count(*) DESC, 3, 4""")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reasons.add(new RejectReason(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getLong(4)));
                }
            }
            return reasons;
        } catch (SQLException e) {
            throw new StorageException("cannot read the reject reasons of run " + runId, e);
        }
    }

    /**
     * Stores an analysis of the run, replacing an earlier one in one transaction (a failure keeps the
     * earlier one whole). The reviewer's findings follow their cluster when the new analysis has it
     * (most of its pairs together again); the others are kept as {@link #previousFindings}.
     */
    public synchronized void saveAnalysis(int runId, RunAnalysis analysis) {
        try {
            new AnalysisTables(connection).save(runId, analysis);
        } catch (SQLException e) {
            throw new StorageException("cannot store the analysis of run " + runId + "; the previous one is kept", e);
        }
    }

    public synchronized Optional<RunAnalysis> analysis(int runId) {
        try {
            return new AnalysisTables(connection).load(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the analysis of run " + runId, e);
        }
    }

    public synchronized void saveFinding(int runId, Finding finding) {
        try {
            new AnalysisTables(connection).saveFinding(runId, finding);
        } catch (SQLException e) {
            throw new StorageException("cannot save the finding on cluster " + finding.clusterId(), e);
        }
    }

    public synchronized List<Finding> findings(int runId) {
        try {
            return new AnalysisTables(connection).findings(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the findings of run " + runId, e);
        }
    }

    /** Findings about clusters an earlier analysis had and a re-analysis did not find again, oldest first. */
    public synchronized List<PreviousFinding> previousFindings(int runId) {
        try {
            return new AnalysisTables(connection).previousFindings(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the earlier findings of run " + runId, e);
        }
    }

    /** Records what each side of a run was, replacing earlier manifests of the run. */
    public synchronized void saveManifests(int runId, RunManifests manifests) {
        try {
            new ManifestTable(connection).save(runId, manifests);
        } catch (SQLException e) {
            throw new StorageException("cannot store the manifests of run " + runId, e);
        }
    }

    public synchronized Optional<RunManifests> manifests(int runId) {
        try {
            return new ManifestTable(connection).load(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the manifests of run " + runId, e);
        }
    }

    /** The headline numbers of the run's analysis, without its pairs; empty when not analysed. */
    public synchronized Optional<AnalysisSummary> analysisSummary(int runId) {
        try {
            return new AnalysisTables(connection).summary(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the analysis of run " + runId, e);
        }
    }

    /** The settings and provenance the run's analysis was made with (seed, cluster size, floor ...); empty when not analysed. */
    public synchronized Optional<Map<String, String>> analysisSettings(int runId) {
        try {
            return new AnalysisTables(connection).settings(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the analysis settings of run " + runId, e);
        }
    }

    /** The run's clusters as the analysis characterised them, by id. */
    public synchronized List<ClusterSummary> clusters(int runId) {
        try {
            return new AnalysisTables(connection).clusters(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the clusters of run " + runId, e);
        }
    }

    /** Ids of the run's pairs that pass {@code filter}, in {@code order}; sorting and filtering run in DuckDB. */
    public synchronized int[] pairIds(int runId, PairFilter filter, PairOrder order) {
        try {
            return new PairQueries(connection).pairIds(runId, filter, order);
        } catch (SQLException e) {
            throw new StorageException("cannot list the pairs of run " + runId + " with that filter", e);
        }
    }

    /** The pairs with these ids, in the same order, each with its analysis outcome when analysed. */
    public synchronized List<StoredPair> pairsWithOutcomes(int runId, int[] ids) {
        try {
            return new PairQueries(connection).pairs(runId, ids);
        } catch (SQLException e) {
            throw new StorageException("cannot read pairs of run " + runId, e);
        }
    }

    /** Every analysed pair's scatter position, cluster and divergence in flat arrays. */
    public synchronized ScatterLayout scatterLayout(int runId) {
        try {
            return new PairQueries(connection).layout(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot read the scatter layout of run " + runId, e);
        }
    }

    /** One metric for every pair, indexed by pair id, NaN where a pair lacks it. */
    public synchronized double[] metricValues(int runId, String metric) {
        try {
            return new PairQueries(connection).metricValues(runId, metric);
        } catch (SQLException e) {
            throw new StorageException("cannot read metric " + metric + " of run " + runId, e);
        }
    }

    /** The names of the metrics the run's analysis measured (from a sample of its pairs). */
    public synchronized List<String> metricNames(int runId) {
        try {
            return new PairQueries(connection).metricNames(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot list the metrics of run " + runId, e);
        }
    }

    /** The metadata fields (segments) the run's pairs carry, sorted. */
    public synchronized List<String> segmentFields(int runId) {
        try {
            return new PairQueries(connection).segmentFields(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot list the metadata fields of run " + runId, e);
        }
    }

    /** One metadata field for every pair, indexed by pair id; {@link SegmentCount#MISSING} where absent. */
    public synchronized String[] segmentValues(int runId, String field) {
        try {
            return new PairQueries(connection).segmentValues(runId, field);
        } catch (SQLException e) {
            throw new StorageException("cannot read metadata field " + field + " of run " + runId, e);
        }
    }

    /** Pairs per value of a metadata field and cluster, for the segment view. */
    public synchronized List<SegmentCount> segmentCounts(int runId, String field) {
        try {
            return new PairQueries(connection).segmentCounts(runId, field);
        } catch (SQLException e) {
            throw new StorageException("cannot count the segments of run " + runId + " by " + field, e);
        }
    }

    /** Starts a run whose pairs Shiftlens produces itself (replay, matched windows); status 'producing' until completed. */
    public synchronized int createRun(NewRun run) {
        try {
            return new ProducedRuns(connection).create(run);
        } catch (SQLException e) {
            throw new StorageException("cannot create run '" + run.name() + "' in " + file, e);
        }
    }

    /** Stores a produced run's pairs and the requests that could not become pairs, all or nothing. */
    public synchronized void completeRun(int runId, List<PairRecord> pairs, List<RejectedRow> rejects) {
        try {
            new ProducedRuns(connection).complete(runId, pairs, rejects);
        } catch (SQLException e) {
            throw new StorageException("cannot store the pairs of run " + runId + "; the responses they came from are kept"
                    + " and a rerun builds them again without asking the endpoints", e);
        }
    }

    /** Removes a produced run stopped before its analysis was stored (cancelled, failed), so no half run is listed. */
    public synchronized void discardRun(int runId) {
        try {
            new ProducedRuns(connection).discard(runId);
        } catch (SQLException e) {
            throw new StorageException("cannot remove the unfinished run " + runId + " from " + file, e);
        }
    }

    /** Marks a produced run that stopped before completion (cancelled, cost cap, endpoint failure). */
    public synchronized void markRun(int runId, String status) {
        try {
            new ProducedRuns(connection).status(runId, status);
        } catch (SQLException e) {
            throw new StorageException("cannot mark run " + runId + " as " + status, e);
        }
    }

    /** A replayed answer kept in this workspace, when one was stored under this key. */
    public synchronized Optional<StoredResponse> response(String cacheKey) {
        try {
            return new ProducedRuns(connection).response(cacheKey);
        } catch (SQLException e) {
            throw new StorageException("cannot read the response cache of " + file, e);
        }
    }

    /** Keeps a replayed answer, committed at once; true when new, false when the key was already kept. */
    public synchronized boolean storeResponse(StoredResponse response) {
        try {
            return new ProducedRuns(connection).store(response);
        } catch (SQLException e) {
            throw new StorageException("cannot store the answer of " + response.profile() + " in " + file
                    + "; is the disk full? Answers stored before this one are kept", e);
        }
    }

    /** The kept answers among these keys, looked up in one query. */
    public synchronized Map<String, StoredResponse> responses(java.util.Collection<String> cacheKeys) {
        try {
            return new ProducedRuns(connection).responses(cacheKeys);
        } catch (SQLException e) {
            throw new StorageException("cannot read the response cache of " + file, e);
        }
    }

    /** Keeps several answers in one committed transaction (group commit for many requests in flight). */
    public synchronized int storeResponses(List<StoredResponse> responses) {
        try {
            return new ProducedRuns(connection).store(responses);
        } catch (SQLException e) {
            throw new StorageException("cannot store " + responses.size() + " answers in " + file
                    + "; is the disk full? Answers stored before these are kept", e);
        }
    }

    public synchronized long responseCount() {
        try {
            return new ProducedRuns(connection).responseCount();
        } catch (SQLException e) {
            throw new StorageException("cannot count the responses of " + file, e);
        }
    }

    /** Sentence vectors shared by all runs of this workspace. */
    public EmbeddingCache embeddingCache() {
        return new DuckDbEmbeddingCache(connection, this);
    }

    /** The distinct model names each side of a run's pairs carry, for the run manifest. */
    public synchronized SideModels sideModels(int runId) {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT list(DISTINCT baseline_model ORDER BY baseline_model) FILTER (WHERE baseline_model <> ''),
                       list(DISTINCT candidate_model ORDER BY candidate_model) FILTER (WHERE candidate_model <> '')
                FROM pairs WHERE run_id = ?""")) {
            select.setInt(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new SideModels(strings(rows.getArray(1)), strings(rows.getArray(2)));
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the models of run " + runId, e);
        }
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    private static Map<String, String> metadata(String json) {
        try {
            Map<String, Object> raw = JSON.readValue(json, METADATA);
            Map<String, String> flat = new java.util.LinkedHashMap<>();
            raw.forEach((key, value) -> {
                if (value != null) {
                    flat.put(key, value instanceof String text ? text : String.valueOf(value));
                }
            });
            return flat;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(DuckDBConnection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection we are abandoning; nothing useful to tell the user
        }
    }
}
