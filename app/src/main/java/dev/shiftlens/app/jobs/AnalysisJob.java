// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.pipeline.DivergenceAnalysis;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.storage.RunStore;

/**
 * Analyses a stored run and stores the result: the one job behind the CLI's analyze, the gate and
 * the workbench. Embeddings go through the workspace's cache, so a re-run (or a resumed one after
 * a crash or cancel) embeds only texts it has not seen.
 */
public final class AnalysisJob {

    private AnalysisJob() {
    }

    public static RunAnalysis analyse(RunStore store, int runId, ProgressListener progress, Cancellation cancel) {
        return analyse(store, runId, AnalysisSettings.defaults(), progress, cancel);
    }

    public static RunAnalysis analyse(RunStore store, int runId, AnalysisSettings settings, ProgressListener progress,
                                      Cancellation cancel) {
        return analyse(store, runId, settings, modelOfLastAnalysis(store, runId), progress, cancel);
    }

    /**
     * The bundled model the run's last analysis embedded with (a run analysed with {@code --embedding minilm}
     * stays MiniLM when the workbench re-analyses it); the default for a run not analysed yet, or analysed
     * through an endpoint, whose profile is not kept with the run.
     */
    static TextEmbedder modelOfLastAnalysis(RunStore store, int runId) {
        return store.analysisSettings(runId).map(settings -> settings.getOrDefault("embedding_model", ""))
                .flatMap(EmbeddingPath::ofModelId).map(EmbeddingModels::bundled).orElseGet(EmbeddingModels::standard);
    }

    /**
     * With {@code model} behind the workspace's embedding cache: only texts the cache lacks reach it,
     * so re-analysing with other settings embeds nothing and redoes only the stages after embedding.
     * The previous analysis stays stored until the new one replaces it in one transaction.
     */
    public static RunAnalysis analyse(RunStore store, int runId, AnalysisSettings settings, TextEmbedder model,
                                      ProgressListener progress, Cancellation cancel) {
        progress.update(0, "loading pairs");
        var pairs = store.pairs(runId);
        var embedder = new DedupingEmbedder(model, store.embeddingCache());
        RunAnalysis analysis = new DivergenceAnalysis(settings, embedder).run(pairs, progress.slice(0.02, 0.98), cancel);
        progress.update(0.98, "storing the analysis");
        store.saveAnalysis(runId, analysis);
        progress.update(1, "analysis stored");
        return analysis;
    }
}
