// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.gate.ThresholdCheck;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.pii.PiiRedactor;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.TopicGroup;
import dev.shiftlens.analysis.segment.ScopeFigures;
import dev.shiftlens.analysis.segment.SegmentBreakdown;
import dev.shiftlens.analysis.segment.SegmentRow;
import dev.shiftlens.analysis.segment.VersionSkew;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunInfo;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.storage.SideModels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes {@code analysis.json}, the contract CI, reports and other tools read (DESIGN.md):
 * {@code run}, {@code summary}, {@code segments}, {@code clusters}, {@code pairs}. Streamed, so a million-pair run
 * does not need a second copy in memory; written to a temporary file and moved into place, so a
 * reader never sees half an artifact. Texts from the data are redacted unless the user keeps PII.
 */
public final class AnalysisArtifact {

    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private AnalysisArtifact() {
    }

    public static void write(Path file, RunStore store, int runId, RunAnalysis analysis) {
        write(file, store, runId, analysis, Optional.empty(), PiiRedactor.redacting());
    }

    /**
     * @param gate     the gate's result when a gate ran ({@code summary.gate.result} is "not_evaluated" otherwise)
     * @param redactor applied to every text from the data (rejected rows, changes, labels, manifests)
     */
    public static void write(Path file, RunStore store, int runId, RunAnalysis analysis, Optional<GateResult> gate,
                             PiiRedactor redactor) {
        write(file, store, runId, analysis, gate, redactor, ReportScope.WHOLE_RUN);
    }

    /**
     * @param scope a cluster scope keeps only the chosen clusters and their pairs in {@code clusters} and
     *              {@code pairs} and names them in {@code run.scope}; {@code summary} stays the whole run's
     */
    public static void write(Path file, RunStore store, int runId, RunAnalysis analysis, Optional<GateResult> gate,
                             PiiRedactor redactor, ReportScope scope) {
        RunInfo run = store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        List<RejectedRow> rejects = store.rejects(runId);
        SideModels models = store.sideModels(runId);
        RunManifests manifests = store.manifests(runId).orElse(RunManifests.empty());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (JsonGenerator json = JSON.createGenerator(partial.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("format_version", FORMAT_VERSION);
            writeRun(json, run, models, manifests, analysis.settings(), store.file(), redactor, scope);
            writeSummary(json, run, rejects, analysis.summary(), store.versionSkew(runId), gate, redactor);
            writeSegments(json, analysis, store.pairMetadata(runId), redactor);
            List<PairOutcome> pairs = scope.scoped()
                    ? analysis.pairs().stream().filter(p -> p.clustered() && scope.includes(p.cluster())).toList()
                    : analysis.pairs();
            writeClusters(json, analysis.clusters().stream().filter(c -> scope.includes(c.id())).toList(), analysis.pairs(), redactor);
            writePairs(json, pairs, redactor);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the finished artifact to " + file, e);
        }
    }

    private static void writeRun(JsonGenerator json, RunInfo run, SideModels models, RunManifests manifests,
                                 Map<String, String> settings, Path workspace, PiiRedactor redactor, ReportScope scope)
            throws IOException {
        json.writeObjectFieldStart("run");
        json.writeNumberField("id", run.runId());
        json.writeStringField("name", run.name());
        json.writeStringField("mode", run.mode());
        json.writeStringField("input", run.source());
        json.writeStringField("workspace", workspace.toString());
        json.writeStringField("created_at", run.createdAt().toString());
        json.writeStringField("tool", "shiftlens");
        json.writeStringField("tool_version", ToolVersion.current());
        if (scope instanceof ReportScope.Clusters chosen) {
            json.writeObjectFieldStart("scope");
            json.writeArrayFieldStart("clusters");
            for (int id : chosen.ids()) {
                json.writeNumber(id);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("manifests");
        writeStrings(json, "baseline_models", models.baseline());
        writeStrings(json, "candidate_models", models.candidate());
        writeEntries(json, "baseline", manifests.baseline().entries(), redactor);
        writeEntries(json, "candidate", manifests.candidate().entries(), redactor);
        writeStrings(json, "differences", manifests.differences().stream().map(RunManifests.Row::key).toList());
        json.writeStringField("rollback_target", "baseline");
        json.writeEndObject();
        json.writeObjectFieldStart("settings");
        for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
            json.writeStringField(setting.getKey(), setting.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, RunInfo run, List<RejectedRow> rejects, AnalysisSummary summary,
                                     List<VersionSkew> versionSkew, Optional<GateResult> gate, PiiRedactor redactor)
            throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeStringField("headline", summary.headline());
        json.writeNumberField("rows_read", run.rowsRead());
        json.writeNumberField("rows_stored", run.rowsStored());
        json.writeNumberField("rows_rejected", run.rowsRejected());
        writeStrings(json, "rejects", rejects.stream().map(RejectedRow::describe).map(redactor::redact).toList());
        json.writeNumberField("pairs", summary.pairs());
        json.writeNumberField("diverged", summary.diverged());
        json.writeNumberField("diverged_share", share(summary.diverged(), summary.pairs()));
        json.writeNumberField("clustered", summary.clustered());
        json.writeNumberField("clusters", summary.clusters());
        json.writeNumberField("noise_floor", summary.noiseFloor());
        json.writeStringField("noise_floor_method", summary.noiseFloorMethod());
        json.writeNumberField("regression_share", summary.regressionShare());
        json.writeNumberField("improvement_share", summary.improvementShare());
        writeShifts(json, summary.shifts());
        writeVersionSkew(json, versionSkew);
        writeGate(json, gate);
        json.writeEndObject();
    }

    /** Every metric's run-level shift (docs/analysis.md, Run-level shifts); {@code material} marks those the headline may name. */
    private static void writeShifts(JsonGenerator json, List<PopulationShift> shifts) throws IOException {
        json.writeArrayFieldStart("shifts");
        for (PopulationShift shift : shifts) {
            json.writeStartObject();
            json.writeStringField("metric", shift.metric());
            json.writeStringField("kind", shift.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("before", shift.before());
            json.writeNumberField("after", shift.after());
            json.writeNumberField("change", shift.change());
            json.writeNumberField("ci_low", shift.low());
            json.writeNumberField("ci_high", shift.high());
            json.writeNumberField("p_value", shift.pValue());
            json.writeNumberField("moved_share", shift.movedShare());
            json.writeNumberField("pairs", shift.pairs());
            json.writeStringField("direction", shift.direction().name().toLowerCase(java.util.Locale.ROOT));
            json.writeBooleanField("material", shift.material());
            json.writeStringField("description", shift.description());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeGate(JsonGenerator json, Optional<GateResult> gate) throws IOException {
        json.writeObjectFieldStart("gate");
        if (gate.isEmpty()) {
            json.writeStringField("result", "not_evaluated");
            json.writeEndObject();
            return;
        }
        json.writeStringField("result", gate.get().label());
        json.writeArrayFieldStart("checks");
        for (ThresholdCheck check : gate.get().checks()) {
            json.writeStartObject();
            json.writeStringField("threshold", check.threshold().key());
            json.writeStringField("scope", check.scope());
            json.writeNumberField("limit", check.limit());
            json.writeFieldName("actual");
            if (check.actual().isPresent()) {
                json.writeNumber(check.actual().getAsDouble());
            } else {
                json.writeNull();
            }
            json.writeBooleanField("crossed", check.crossed());
            json.writeStringField("description", check.describe());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings(json, "crossed", gate.get().crossed().stream().map(ThresholdCheck::describe).toList());
        json.writeEndObject();
    }

    private static void writeEntries(JsonGenerator json, String field, Map<String, String> entries, PiiRedactor redactor)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
            json.writeStringField(entry.getKey(), redactor.redact(entry.getValue()));
        }
        json.writeEndObject();
    }

    /** Windows where one segment got a different version than the rest (DESIGN.md: segments, version skew). */
    private static void writeVersionSkew(JsonGenerator json, List<VersionSkew> windows) throws IOException {
        json.writeArrayFieldStart("version_skew");
        for (VersionSkew window : windows) {
            json.writeStartObject();
            json.writeStringField("segment_field", window.segmentField());
            json.writeStringField("segment_value", window.segmentValue());
            json.writeStringField("version_field", window.versionField());
            writeStrings(json, "versions", window.versions());
            json.writeStringField("odd_version", window.oddVersion());
            json.writeStringField("usual_version", window.usualVersion());
            json.writeStringField("from", window.from().map(Object::toString).orElse(null));
            json.writeStringField("to", window.to().map(Object::toString).orElse(null));
            json.writeNumberField("days", window.days());
            json.writeNumberField("rows", window.rows());
            json.writeStringField("description", window.describe());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Every figure and each cluster's share by every metadata field (DESIGN.md: segments), always of
     * the whole run: {@code segments.<field>} lists its values by descending pair count. Fields with
     * more than {@link SegmentBreakdown#DEFAULT_MAX_VALUES_PER_FIELD} values (ids, free text) are left out.
     */
    private static void writeSegments(JsonGenerator json, RunAnalysis analysis, List<Map<String, String>> metadata,
                                      PiiRedactor redactor) throws IOException {
        Map<String, Map<String, int[]>> clusterCounts = new TreeMap<>();
        List<Integer> clusterIds = analysis.clusters().stream().map(ClusterSummary::id).sorted().toList();
        for (PairOutcome pair : analysis.pairs()) {
            if (pair.clustered() && pair.pairId() < metadata.size()) {
                metadata.get(pair.pairId()).forEach((field, value) -> clusterCounts.computeIfAbsent(field, f -> new TreeMap<>())
                        .computeIfAbsent(value, v -> new int[clusterIds.size()])[clusterIds.indexOf(pair.cluster())]++);
            }
        }
        json.writeObjectFieldStart("segments");
        String field = null;
        for (SegmentRow row : SegmentBreakdown.of(analysis, metadata, SegmentBreakdown.DEFAULT_MAX_VALUES_PER_FIELD)) {
            if (!row.field().equals(field)) {
                if (field != null) {
                    json.writeEndArray();
                }
                field = row.field();
                json.writeArrayFieldStart(redactor.redact(field));
            }
            ScopeFigures figures = row.figures();
            json.writeStartObject();
            json.writeStringField("value", redactor.redact(row.value()));
            json.writeNumberField("pairs", figures.pairs());
            json.writeNumberField("diverged_share", figures.divergedShare());
            json.writeNumberField("regression_share", figures.regressionShare());
            json.writeFieldName("mean_semantic_similarity");
            if (figures.meanSimilarity().isPresent()) {
                json.writeNumber(figures.meanSimilarity().getAsDouble());
            } else {
                json.writeNull();
            }
            json.writeNumberField("mean_length_ratio", figures.meanLengthRatio());
            json.writeNumberField("baseline_refusal_rate", figures.baselineRefusalRate());
            json.writeNumberField("candidate_refusal_rate", figures.candidateRefusalRate());
            json.writeNumberField("json_pairs", figures.jsonPairs());
            json.writeNumberField("baseline_json_invalid_rate", figures.baselineJsonInvalidRate());
            json.writeNumberField("candidate_json_invalid_rate", figures.candidateJsonInvalidRate());
            int[] counts = clusterCounts.getOrDefault(row.field(), Map.of()).getOrDefault(row.value(), new int[clusterIds.size()]);
            json.writeArrayFieldStart("clusters");
            for (int k = 0; k < clusterIds.size(); k++) {
                json.writeStartObject();
                json.writeNumberField("id", clusterIds.get(k));
                json.writeNumberField("pairs", counts[k]);
                json.writeNumberField("share", share(counts[k], figures.pairs()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        if (field != null) {
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** @param pairs every pair of the run, indexed by pair id (representative pairs are looked up there) */
    private static void writeClusters(JsonGenerator json, List<ClusterSummary> clusters, List<PairOutcome> pairs,
                                      PiiRedactor redactor) throws IOException {
        json.writeArrayFieldStart("clusters");
        for (ClusterSummary cluster : clusters) {
            json.writeStartObject();
            json.writeNumberField("id", cluster.id());
            json.writeNumberField("size", cluster.size());
            json.writeNumberField("share", cluster.share());
            json.writeStringField("verdict", cluster.verdict().label());
            json.writeNumberField("confidence", cluster.confidence());
            json.writeStringField("label", redactor.redact(cluster.label()));
            writeStrings(json, "reasons", cluster.reasons().stream().map(redactor::redact).toList());
            writeStrings(json, "deltas", cluster.deltas().stream().map(redactor::redact).toList());
            writeStrings(json, "query_terms", cluster.queryTerms().stream().map(redactor::redact).toList());
            json.writeArrayFieldStart("segments");
            for (SegmentLift segment : cluster.segments()) {
                json.writeStartObject();
                json.writeStringField("field", segment.field());
                json.writeStringField("value", redactor.redact(segment.value()));
                json.writeNumberField("share_in_cluster", segment.shareInCluster());
                json.writeNumberField("share_overall", segment.shareOverall());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeStrings(json, "representative_pairs", cluster.representativePairIds().stream()
                    .map(id -> redactor.redact(pairs.get(id).requestId())).toList());
            writeGroups(json, cluster.groups(), pairs, redactor);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The topics inside one cluster's change, largest first; {@code share} is of the cluster, not of the run. */
    private static void writeGroups(JsonGenerator json, List<TopicGroup> groups, List<PairOutcome> pairs, PiiRedactor redactor)
            throws IOException {
        json.writeArrayFieldStart("groups");
        for (TopicGroup group : groups) {
            json.writeStartObject();
            json.writeStringField("label", redactor.redact(group.label()));
            json.writeNumberField("size", group.size());
            json.writeNumberField("share", group.share());
            writeStrings(json, "query_terms", group.queryTerms().stream().map(redactor::redact).toList());
            writeStrings(json, "representative_pairs", group.representativePairIds().stream()
                    .map(id -> redactor.redact(pairs.get(id).requestId())).toList());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writePairs(JsonGenerator json, List<PairOutcome> pairs, PiiRedactor redactor) throws IOException {
        json.writeArrayFieldStart("pairs");
        for (PairOutcome pair : pairs) {
            json.writeStartObject();
            json.writeStringField("request_id", redactor.redact(pair.requestId()));
            json.writeBooleanField("diverged", pair.diverged());
            json.writeNumberField("divergence", pair.divergence());
            json.writeFieldName("cluster");
            if (pair.clustered()) {
                json.writeNumber(pair.cluster());
            } else {
                json.writeNull();
            }
            json.writeNumberField("x", pair.x());
            json.writeNumberField("y", pair.y());
            json.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> metric : new TreeMap<>(pair.metrics()).entrySet()) {
                json.writeNumberField(metric.getKey(), metric.getValue());
            }
            json.writeEndObject();
            writeStrings(json, "changes", pair.changes().stream().map(redactor::redact).toList());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
