// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pair.NearestQueryMatcher;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.connectors.log.WindowLog;
import dev.shiftlens.connectors.log.WindowRecord;
import dev.shiftlens.storage.NewRun;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When the old model is gone: pairs every after-window request with the most similar before-window
 * query (sentence vectors of the queries, similarity at least the threshold), stores the pairs as a
 * run of mode {@code matched}, and analyses it. The analysis says throughout that its pairs are
 * matched, not identical: part of any divergence may come from the questions differing.
 */
public final class MatchJob {

    public static final String MATCHED_NOTE = "Matched pairs, not identical queries";
    /** Least query similarity that counts as a match, unless the user says otherwise (CLI and workbench alike). */
    public static final double DEFAULT_THRESHOLD = 0.85;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatchJob() {
    }

    /** What matching produced: the run, its analysis, and how many after-window requests found a match. */
    public record Result(int runId, RunAnalysis analysis, int matched, int unmatched, double meanSimilarity) {
    }

    /**
     * @param embedder the query embedder, or empty for the bundled local model (cached in the workspace);
     *                 the outputs are analysed with the default model ({@link EmbeddingModels#standard()})
     */
    public static Result run(RunStore store, WindowLog before, WindowLog after, double threshold, Optional<TextEmbedder> embedder,
                             AnalysisSettings settings, ProgressListener progress, Cancellation cancel) {
        return run(store, before, after, threshold, embedder.orElseGet(EmbeddingModels::local), EmbeddingModels.standard(), settings,
                progress, cancel);
    }

    /** With one model for the queries and the outputs' analysis (the workbench passes its own; its tests a fast stand-in). */
    public static Result run(RunStore store, WindowLog before, WindowLog after, double threshold, TextEmbedder model,
                             AnalysisSettings settings, ProgressListener progress, Cancellation cancel) {
        return run(store, before, after, threshold, model, model, settings, progress, cancel);
    }

    /** The before or after window of an imported cutover run, as {@link #run} reads it; empty when the split left that side empty. */
    public static WindowLog cutoverWindow(RunStore store, int cutoverRun, Path source, String side) {
        List<WindowRecord> records = store.logEntries(cutoverRun, side).stream()
                .map(e -> new WindowRecord(e.sourceLine(), e.requestId(), e.query(), e.output(), e.model().isBlank() ? e.version() : e.model(),
                        e.timestamp(), e.metadata()))
                .toList();
        return new WindowLog(source, records, List.of());
    }

    private static Result run(RunStore store, WindowLog before, WindowLog after, double threshold, TextEmbedder queryModel,
                              TextEmbedder analysisModel, AnalysisSettings settings, ProgressListener progress, Cancellation cancel) {
        TextEmbedder queries = new DedupingEmbedder(queryModel, store.embeddingCache());
        progress.update(0, "embedding queries");
        float[][] beforeVectors = queries.embed(before.records().stream().map(WindowRecord::query).toList(), progress.slice(0, 0.1), cancel);
        float[][] afterVectors = queries.embed(after.records().stream().map(WindowRecord::query).toList(), progress.slice(0.1, 0.2), cancel);
        List<NearestQueryMatcher.Match> matches = NearestQueryMatcher.nearest(beforeVectors, afterVectors, progress.slice(0.2, 0.3), cancel);

        List<PairRecord> pairs = new ArrayList<>();
        List<RejectedRow> rejects = new ArrayList<>();
        double similaritySum = 0;
        for (NearestQueryMatcher.Match match : matches) {
            WindowRecord late = after.records().get(match.after());
            if (!match.accepted(threshold)) {
                rejects.add(new RejectedRow(after.file().getFileName().toString(), late.line(), late.query(), String.format(Locale.ROOT,
                        "no before-window query with similarity ≥ %.2f (best %.2f%s)", threshold, match.similarity(),
                        match.before() < 0 ? "" : ": request " + before.records().get(match.before()).requestId())));
                continue;
            }
            WindowRecord early = before.records().get(match.before());
            similaritySum += match.similarity();
            Map<String, String> metadata = new LinkedHashMap<>(late.metadata());
            metadata.put("match_similarity", band(match.similarity()));
            pairs.add(new PairRecord(late.requestId(), late.query(), early.output(), late.output(), late.timestamp(),
                    early.model().isBlank() ? "before" : early.model(), late.model().isBlank() ? "after" : late.model(), metadata));
        }
        before.rejects().forEach(r -> rejects.add(new RejectedRow(before.file().getFileName().toString(), r.line(), r.raw(), r.reason())));
        after.rejects().forEach(r -> rejects.add(new RejectedRow(after.file().getFileName().toString(), r.line(), r.raw(), r.reason())));
        double mean = pairs.isEmpty() ? 0 : similaritySum / pairs.size();

        int runId = store.createRun(new NewRun("matched: " + before.file().getFileName() + " → " + after.file().getFileName(),
                "matched", before.file().toAbsolutePath() + " → " + after.file().toAbsolutePath(),
                settings(before, after, threshold, queries, pairs.size(), mean)));
        try { // a cancel or failure from here on removes the run again: none is left without its analysis
            store.completeRun(runId, pairs, rejects);
            RunAnalysis analysis = AnalysisJob.analyse(store, runId, settings, analysisModel, progress.slice(0.3, 1), cancel);
            if (pairs.isEmpty()) {
                return new Result(runId, analysis, 0, matches.size(), 0);
            }
            RunAnalysis annotated = annotate(analysis, threshold, pairs.size(), matches.size() - pairs.size(), mean);
            store.saveAnalysis(runId, annotated);
            return new Result(runId, annotated, pairs.size(), matches.size() - pairs.size(), mean);
        } catch (RuntimeException stopped) {
            store.discardRun(runId);
            throw stopped;
        }
    }

    private static String band(double similarity) {
        if (similarity >= 0.99) {
            return "≥0.99 (near identical)";
        }
        double low = Math.floor(similarity * 20) / 20;
        return String.format(Locale.ROOT, "%.2f–%.2f", low, low + 0.05);
    }

    private static String settings(WindowLog before, WindowLog after, double threshold, TextEmbedder embedder, int matched, double mean) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("pairs", "matched by query similarity, not identical queries");
        settings.put("before", before.file().toAbsolutePath().toString());
        settings.put("after", after.file().toAbsolutePath().toString());
        settings.put("threshold", threshold);
        settings.put("embedding_model", embedder.modelId());
        settings.put("matched", matched);
        settings.put("mean_similarity", mean);
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("match settings are plain values", e);
        }
    }

    private static RunAnalysis annotate(RunAnalysis analysis, double threshold, int matched, int unmatched, double mean) {
        Map<String, String> settings = new LinkedHashMap<>(analysis.settings());
        settings.put("pairing", "matched: each after-window query paired with its most similar before-window query, not the same query");
        settings.put("match_threshold", String.format(Locale.ROOT, "%.2f", threshold));
        settings.put("match_mean_similarity", String.format(Locale.ROOT, "%.3f", mean));
        settings.put("matched_requests", "%d matched, %d without a match".formatted(matched, unmatched));
        AnalysisSummary summary = analysis.summary();
        AnalysisSummary noted = summary.withHeadline(MATCHED_NOTE + String.format(Locale.ROOT, " (query similarity ≥ %.2f,"
                + " mean %.2f; part of a divergence may come from the questions differing): ", threshold, mean) + summary.headline());
        return new RunAnalysis(noted, analysis.clusters(), analysis.pairs(), settings);
    }
}
