// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.cluster.QueryGroups;
import dev.shiftlens.analysis.divergence.NoiseFloor;
import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.pipeline.RepeatedSamplingNoise;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.replay.CostEstimate;
import dev.shiftlens.connectors.replay.QuerySample;
import dev.shiftlens.connectors.replay.ReplayListener;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.connectors.replay.ReplayPlan;
import dev.shiftlens.connectors.replay.ReplayReport;
import dev.shiftlens.connectors.replay.ReplayedPairs;
import dev.shiftlens.connectors.replay.Replayer;
import dev.shiftlens.connectors.replay.RetryPolicy;
import dev.shiftlens.storage.NewRun;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunInfo;
import dev.shiftlens.storage.RunStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Replays a sample of a stored run's queries against model endpoints, in two steps so the user
 * sees the cost before anything is sent: {@link #prepare} draws the sample and estimates,
 * {@link #execute} replays (answers kept in the workspace as they arrive), stores the pairs as a
 * new run with a release manifest per side ({@link ReplayManifests}), measures the noise floor
 * from repeated baseline samples when asked, and analyses the run with the same {@link AnalysisJob}
 * as an import. Progress ({@link ReplayListener}) and cancel ({@link Cancellation}) serve the CLI
 * and the workbench alike.
 */
public final class ReplayJob {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RAW_QUERY_KEPT = 2_000;

    private ReplayJob() {
    }

    /** What {@link #prepare} settled: the sample, the requests and what they may cost. */
    public record Prepared(int sourceRunId, RunInfo source, QuerySample sample, ReplayPlan plan, CostEstimate estimate,
                           Optional<String> stratifyBy, long seed) {
    }

    /** How an executed replay ended. */
    public sealed interface Outcome {

        ReplayReport report();

        /** Every request attempted: the pairs are stored as a run and analysed. */
        record Analysed(int runId, RunAnalysis analysis, ReplayReport report, ReplayedPairs pairs,
                        Optional<NoiseFloor> measuredFloor) implements Outcome {
        }

        /** Stopped early (cost cap, cancel, refused key, endpoint down): answers so far are kept, no run was made. */
        record Stopped(ReplayReport report, ReplayedPairs pairsSoFar) implements Outcome {
        }
    }

    /** The --stratify-by value that groups queries by topic (k-means on their embeddings) instead of a metadata field. */
    public static final String QUERY_CLUSTERS = "query-cluster";

    private static QuerySample sampleByQueryCluster(RunStore store, List<PairRecord> logged, int sampleSize, long seed) {
        List<String> queries = logged.stream().map(PairRecord::query).toList();
        float[][] vectors = new DedupingEmbedder(EmbeddingModels.standard(), store.embeddingCache())
                .embed(queries, ProgressListener.NONE, Cancellation.none());
        int groups = QueryGroups.defaultCount(sampleSize);
        return QuerySample.drawByGroups(logged.size(), sampleSize, QueryGroups.of(vectors, groups, seed),
                "%d query clusters".formatted(groups), seed);
    }

    public static Prepared prepare(RunStore store, int sourceRunId, ReplayMode mode, int sampleSize, Optional<String> stratifyBy,
                                   long seed, int repeats) {
        RunInfo source = store.run(sourceRunId).orElseThrow(() -> new IllegalArgumentException("no run " + sourceRunId));
        List<PairRecord> logged = store.pairs(sourceRunId);
        QuerySample sample = stratifyBy.filter(QUERY_CLUSTERS::equals).isPresent()
                ? sampleByQueryCluster(store, logged, sampleSize, seed)
                : QuerySample.draw(logged, sampleSize, stratifyBy, seed);
        List<PairRecord> chosen = sample.indices().stream().map(logged::get).toList();
        ReplayPlan plan = ReplayPlan.of(chosen, mode, repeats, seed);
        CostEstimate estimate = plan.estimate(new WorkspaceResponseCache(store));
        return new Prepared(sourceRunId, source, sample, plan, estimate, stratifyBy, seed);
    }

    public static Outcome execute(RunStore store, Prepared prepared, RetryPolicy retries, OptionalDouble maxCostUsd,
                                  ReplayListener replayProgress, AnalysisSettings settings, ProgressListener analysisProgress,
                                  Cancellation cancel) {
        ReplayReport report = new Replayer(new WorkspaceResponseCache(store), retries, maxCostUsd, prepared.seed())
                .run(prepared.plan().requests(), replayProgress, cancel);
        ReplayedPairs pairs = ReplayedPairs.assemble(prepared.plan(), report);
        if (!report.complete()) {
            return new Outcome.Stopped(report, pairs);
        }
        if (pairs.pairs().isEmpty()) {
            return new Outcome.Stopped(report, pairs);
        }
        cancel.checkpoint();
        int runId = store.createRun(new NewRun(runName(prepared), prepared.plan().mode().runMode(), source(prepared),
                settingsJson(prepared, report, maxCostUsd)));
        store.completeRun(runId, pairs.pairs(), rejects(pairs));
        store.saveManifests(runId, ReplayManifests.of(prepared.plan().mode(), report, store.sideModels(runId).candidate()));

        // the floor measured from repeats must come from the model the analysis then scores with
        TextEmbedder model = EmbeddingModels.standard();
        var embedder = new DedupingEmbedder(model, store.embeddingCache());
        Optional<NoiseFloor> floor = RepeatedSamplingNoise.measure(pairs.repeats(), embedder, settings.floorWidth(),
                analysisProgress.slice(0, 0.05), cancel);
        AnalysisSettings chosen = floor.map(f -> settings.withNoiseFloor(f.threshold())).orElse(settings);
        RunAnalysis analysis = AnalysisJob.analyse(store, runId, chosen, model, analysisProgress.slice(0.05, 1), cancel);
        RunAnalysis annotated = annotate(analysis, prepared, report, pairs, floor);
        store.saveAnalysis(runId, annotated);
        return new Outcome.Analysed(runId, annotated, report, pairs, floor);
    }

    private static String runName(Prepared prepared) {
        return switch (prepared.plan().mode()) {
            case ReplayMode.PrePromotion both -> "replay %s vs %s (%d queries of %s)".formatted(both.baseline().profile().name(),
                    both.candidate().profile().name(), prepared.sample().indices().size(), prepared.source().name());
            case ReplayMode.Retrospective retro -> "retrospective: %s vs logged outputs (%d queries of %s)".formatted(
                    retro.preUpdate().profile().name(), prepared.sample().indices().size(), prepared.source().name());
        };
    }

    private static String source(Prepared prepared) {
        List<String> endpoints = endpoints(prepared.plan().mode()).stream().map(e -> e.profile().name() + "=" + e.profile().endpoint()).toList();
        return prepared.source().source() + " → " + String.join(", ", endpoints);
    }

    private static List<ChatEndpoint> endpoints(ReplayMode mode) {
        return switch (mode) {
            case ReplayMode.PrePromotion both -> List.of(both.baseline(), both.candidate());
            case ReplayMode.Retrospective retro -> List.of(retro.preUpdate());
        };
    }

    private static String settingsJson(Prepared prepared, ReplayReport report, OptionalDouble maxCostUsd) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("replay_mode", prepared.plan().mode().runMode());
        settings.put("source_run", prepared.sourceRunId());
        settings.put("sample", prepared.sample().method());
        settings.put("stratify_by", prepared.stratifyBy().orElse(""));
        settings.put("seed", prepared.seed());
        settings.put("repeated_baseline_samples", prepared.plan().repeated().size());
        settings.put("profiles", endpoints(prepared.plan().mode()).stream().map(e -> e.profile().provenance()).toList());
        settings.put("estimated_usd", prepared.estimate().expectedUsd());
        settings.put("spent_usd", report.progress().spentUsd());
        settings.put("max_cost_usd", maxCostUsd.isPresent() ? maxCostUsd.getAsDouble() : null);
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("replay settings are plain values", e);
        }
    }

    private static List<RejectedRow> rejects(ReplayedPairs pairs) {
        return pairs.unanswered().stream().map(missing -> new RejectedRow("replay", missing.position(),
                missing.query().length() > RAW_QUERY_KEPT ? missing.query().substring(0, RAW_QUERY_KEPT) + "…" : missing.query(),
                "request " + missing.requestId() + ": " + missing.reason())).toList();
    }

    /** The analysis with the replay's provenance in its settings and the measured floor named as such. */
    private static RunAnalysis annotate(RunAnalysis analysis, Prepared prepared, ReplayReport report, ReplayedPairs pairs,
                                        Optional<NoiseFloor> floor) {
        Map<String, String> settings = new LinkedHashMap<>(analysis.settings());
        settings.put("replay_mode", prepared.plan().mode().runMode());
        settings.put("replay_sample", prepared.sample().method());
        settings.put("replay_spent_usd", String.format(Locale.ROOT, "%.6f", report.progress().spentUsd()));
        settings.put("replay_requests", "%d fetched, %d from cache, %d failed".formatted(report.progress().fetched(),
                report.progress().cached(), report.progress().failed()));
        settings.put("replay_profiles", String.join(", ", endpoints(prepared.plan().mode()).stream()
                .map(e -> e.profile().name() + " (" + e.profile().model() + " @ " + e.profile().baseUrl() + ")").toList()));
        settings.put("repeated_baseline_samples", Integer.toString(pairs.repeats().size()));
        AnalysisSummary summary = analysis.summary();
        if (floor.isPresent()) {
            settings.put("noise_floor", "measured");
            summary = summary.withNoiseFloorMethod(floor.get().method());
        } else if (!pairs.repeats().isEmpty()) {
            settings.put("noise_floor_note", "only %d repeated samples (at least %d needed); floor estimated from the pairs"
                    .formatted(pairs.repeats().size(), RepeatedSamplingNoise.MIN_REPEATS));
        }
        return new RunAnalysis(summary, analysis.clusters(), analysis.pairs(), settings);
    }
}
