// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PreviousFinding;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.TopicGroup;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.segment.ScopeFigures;
import dev.shiftlens.analysis.segment.SegmentBreakdown;
import dev.shiftlens.analysis.segment.SegmentRow;
import dev.shiftlens.analysis.segment.VersionSkew;
import dev.shiftlens.app.diff.WordDiff;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunInfo;
import dev.shiftlens.storage.RunStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assembles a {@link RunReport} from the stored run: the analysis, the reviewer's findings, the
 * manifests, the representative pairs (fetched by id, not the whole run), segment figures and a
 * sample of the scatter. Every text that came from the data passes the redactor here, once, so no
 * renderer can forget it.
 */
public final class RunReportLoader {

    static final int REJECTS_SHOWN = 20;

    private final RunStore store;
    private final ReportOptions options;
    private final Clock clock;

    public RunReportLoader(RunStore store, ReportOptions options, Clock clock) {
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    /** The report of the run's stored analysis; empty when the run has not been analysed. */
    public Optional<RunReport> load(int runId, Optional<GateResult> gate) {
        return store.analysis(runId).map(analysis -> load(runId, analysis, gate));
    }

    /** The report of an analysis already in memory (analyze and gate have it; no need to read it back). */
    public RunReport load(int runId, RunAnalysis analysis, Optional<GateResult> gate) {
        RunInfo run = store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId + " in " + store.file()));
        List<Map<String, String>> metadata = store.pairMetadata(runId);
        ScopeFigures overall = ScopeFigures.measure(ScopeFigures.ALL_TRAFFIC, analysis.pairs(),
                SegmentBreakdown.regressionClusters(analysis));
        List<SegmentRow> segments = SegmentBreakdown.of(analysis, metadata, SegmentBreakdown.DEFAULT_MAX_VALUES_PER_FIELD)
                .stream().map(row -> new SegmentRow(redact(row.field()), redact(row.value()), row.figures())).toList();
        return new RunReport(run, store.file().toString(), ToolVersion.current(), clock.instant(), analysis.summary(),
                redactValues(analysis.settings()), manifests(runId), clusters(runId, analysis), overall, segments,
                gate, scoped(ScatterSampler.sample(analysis.pairs(), options.maxPoints(), seed(analysis))),
                store.rejects(runId).stream().limit(REJECTS_SHOWN).map(RejectedRow::describe).map(this::redact).toList(),
                options.redactor().enabled(), options.scope(), versionSkew(runId),
                store.previousFindings(runId).stream().map(PreviousFinding::describe).map(this::redact).toList());
    }

    /** In a scoped report the clusters left out are drawn like noise, so the chosen ones stand out where they lie. */
    private RunReport.Scatter scoped(RunReport.Scatter scatter) {
        if (!options.scope().scoped()) {
            return scatter;
        }
        List<RunReport.Point> points = scatter.points().stream()
                .map(p -> options.scope().includes(p.cluster()) ? p : new RunReport.Point(p.x(), p.y(), PairOutcome.NO_CLUSTER))
                .toList();
        return new RunReport.Scatter(points, scatter.totalPairs(), scatter.minX(), scatter.maxX(), scatter.minY(), scatter.maxY());
    }

    private List<VersionSkew> versionSkew(int runId) {
        return store.versionSkew(runId).stream().map(w -> new VersionSkew(redact(w.segmentField()), redact(w.segmentValue()),
                redact(w.versionField()), w.versions().stream().map(this::redact).toList(), redact(w.oddVersion()),
                redact(w.usualVersion()), w.from(), w.to(), w.rows(), w.days())).toList();
    }

    private List<RunReport.Cluster> clusters(int runId, RunAnalysis analysis) {
        Map<Integer, Finding> findings = new HashMap<>();
        store.findings(runId).forEach(finding -> findings.put(finding.clusterId(), finding));
        List<ClusterSummary> chosen = analysis.clusters().stream().filter(c -> options.scope().includes(c.id())).toList();
        List<Integer> wanted = chosen.stream()
                .flatMap(c -> c.representativePairIds().stream().limit(options.pairsPerCluster())).toList();
        Map<Integer, PairRecord> records = store.pairsByIds(runId, wanted);
        List<RunReport.Cluster> clusters = new ArrayList<>();
        for (ClusterSummary cluster : chosen) {
            Optional<Finding> finding = Optional.ofNullable(findings.get(cluster.id()));
            Verdict verdict = finding.map(f -> f.effective(cluster.verdict())).orElse(cluster.verdict());
            List<RunReport.Pair> pairs = cluster.representativePairIds().stream().limit(options.pairsPerCluster())
                    .filter(records::containsKey)
                    .map(id -> pair(records.get(id), analysis.pairs().get(id))).toList();
            clusters.add(new RunReport.Cluster(redact(cluster), verdict, verdict != cluster.verdict(),
                    redact(finding.map(Finding::note).orElse("")), pairs));
        }
        clusters.sort(Comparator.comparingInt((RunReport.Cluster c) -> c.verdict().ordinal())
                .thenComparing(c -> -c.summary().share()).thenComparingInt(c -> c.summary().id()));
        return clusters;
    }

    private RunReport.Pair pair(PairRecord record, PairOutcome outcome) {
        String baseline = cut(redact(record.baselineOutput()));
        String candidate = cut(redact(record.candidateOutput()));
        boolean truncated = baseline.length() < record.baselineOutput().length() - 40
                || candidate.length() < record.candidateOutput().length() - 40;
        return new RunReport.Pair(redact(record.requestId()), cut(redact(record.query())), baseline, candidate,
                WordDiff.compare(baseline, candidate), truncated, outcome.divergence(),
                outcome.changes().stream().map(this::redact).toList());
    }

    private String cut(String text) {
        return text.length() <= options.maxOutputChars() ? text : text.substring(0, options.maxOutputChars()) + " …";
    }

    private RunManifests manifests(int runId) {
        RunManifests stored = store.manifests(runId).orElseGet(() -> fromPairs(runId));
        return new RunManifests(new ReleaseManifest(redactValues(stored.baseline().entries())),
                new ReleaseManifest(redactValues(stored.candidate().entries())));
    }

    /** Runs imported before manifests existed: the model names their pairs carry. */
    private RunManifests fromPairs(int runId) {
        var models = store.sideModels(runId);
        return new RunManifests(new ReleaseManifest(Map.of(ReleaseManifest.MODEL, String.join(", ", models.baseline()))),
                new ReleaseManifest(Map.of(ReleaseManifest.MODEL, String.join(", ", models.candidate()))));
    }

    private ClusterSummary redact(ClusterSummary c) {
        Function<List<String>, List<String>> all = list -> list.stream().map(this::redact).toList();
        return new ClusterSummary(c.id(), redact(c.label()), c.size(), c.share(), c.verdict(), c.confidence(),
                all.apply(c.reasons()), all.apply(c.deltas()), all.apply(c.queryTerms()),
                c.segments().stream().map(s -> new SegmentLift(redact(s.field()), redact(s.value()), s.shareInCluster(),
                        s.shareOverall())).toList(), c.representativePairIds(),
                c.groups().stream().map(g -> new TopicGroup(redact(g.label()), g.size(), g.share(), all.apply(g.queryTerms()),
                        g.representativePairIds())).toList());
    }

    private Map<String, String> redactValues(Map<String, String> values) {
        Map<String, String> redacted = new LinkedHashMap<>();
        values.forEach((key, value) -> redacted.put(key, redact(value)));
        return redacted;
    }

    private String redact(String text) {
        return options.redact(text);
    }

    private static long seed(RunAnalysis analysis) {
        try {
            return Long.parseLong(analysis.settings().getOrDefault("seed", "42"));
        } catch (NumberFormatException e) {
            return 42;
        }
    }
}
