// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The steps analyze and gate share: import the input into a new run, record both sides' release
 * manifests, analyse; and the console lines that go with them.
 */
record AnalysedRun(int runId, RunAnalysis analysis) {

    /**
     * Imports (the first 30% of progress) and records the manifests. A cutover log (no pairs yet)
     * and, under --strict, any rejected row stop here with exit 2.
     */
    static int importRun(RunStore store, ImportOptions.Planned planned, RunInputOptions options, Console console,
                         CliProgress progress, Cancellation cancel) {
        RunInputOptions.GivenManifests given = options.givenManifests();
        String runName = planned.plan().files().getFirst().name();
        ImportReport imported = store.importPlan(planned.plan(), runName, progress.sliced(0, 0.3), cancel);
        ImportReporting.print(console, imported, store.versionSkew(imported.runId()));
        if (planned.plan() instanceof ImportPlan.CutoverLog) {
            throw new UsageException(cutoverExplanation(imported, store.logEntrySides(imported.runId()), planned.plan().files().getFirst().path()));
        }
        if (options.strict && imported.rowsRejected() > 0) {
            throw new UsageException("--strict: %,d rows were rejected (listed above and in run %d's rejects); nothing analysed."
                    .formatted(imported.rowsRejected(), imported.runId()));
        }
        var models = store.sideModels(imported.runId());
        store.saveManifests(imported.runId(), given.over(new RunManifests(
                new ReleaseManifest(Map.of(ReleaseManifest.MODEL, String.join(", ", models.baseline()))),
                new ReleaseManifest(Map.of(ReleaseManifest.MODEL, String.join(", ", models.candidate()))))));
        return imported.runId();
    }

    /** Analyses the imported run (the remaining 70% of progress). */
    static AnalysedRun analyse(RunStore store, int runId, RunInputOptions options, TextEmbedder embedder, CliProgress progress,
                               Cancellation cancel) {
        return new AnalysedRun(runId, AnalysisJob.analyse(store, runId, options.settings(), embedder, progress.sliced(0.3, 1), cancel));
    }

    private static String cutoverExplanation(ImportReport imported, Map<String, Long> sides, Path log) {
        return ("%s holds one output per row, so it was stored as a cutover log (run %d: %,d before, %,d after), "
                + "not as pairs; nothing analysed.%n"
                + "  What works on it now: the import report above (rows, rejects, personal data, version skew), kept in the workspace.%n"
                + "  Divergence analysis needs pairs: match similar queries across the cutover (`shiftlens match --input %5$s`), "
                + "replay the 'after' queries against the old model (`shiftlens replay`), or import two per-model logs with "
                + "--baseline FILE --candidate FILE.")
                .formatted(imported.source(), imported.runId(), sides.getOrDefault("before", 0L), sides.getOrDefault("after", 0L), log);
    }

    void reportClusters(Console console) {
        console.result(analysis.summary().headline());
        for (ClusterSummary cluster : analysis.clusters()) {
            console.result(String.format(Locale.ROOT, "  #%-3d %-11s %5.1f%% of traffic (%d pairs)  %s",
                    cluster.id(), cluster.verdict().label(), cluster.share() * 100, cluster.size(), cluster.label()));
        }
    }
}
