// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunStore;

import java.util.Locale;
import java.util.Map;

/**
 * The steps analyze and gate share: import the input into a new run, record both sides' release
 * manifests, analyse; and the console lines that go with them.
 */
record AnalysedRun(int runId, RunAnalysis analysis) {

    private static final int REJECTS_SHOWN = 5;

    /** Imports; stops with exit 2 under --strict when rows were rejected; records the manifests. */
    static int importRun(RunStore store, RunInputOptions input, Console console, CliProgress progress, Cancellation cancel) {
        Map<String, String> baselineExtra = input.baselineManifest().map(f -> StructuredFiles.readFlat(f, "baseline manifest")).orElse(Map.of());
        Map<String, String> candidateExtra = input.candidateManifest().map(f -> StructuredFiles.readFlat(f, "candidate manifest")).orElse(Map.of());
        ImportReport imported = store.importPairs(input.input, input.input.getFileName().toString(), progress, cancel);
        reportImport(imported, console);
        if (input.strict && imported.rowsRejected() > 0) {
            throw new UsageException("--strict: %,d rows were rejected (listed above and in run %d's rejects); nothing analysed."
                    .formatted(imported.rowsRejected(), imported.runId()));
        }
        var models = store.sideModels(imported.runId());
        store.saveManifests(imported.runId(), new RunManifests(
                new ReleaseManifest(Map.of(ReleaseManifest.MODEL, String.join(", ", models.baseline()))).merge(baselineExtra),
                new ReleaseManifest(Map.of(ReleaseManifest.MODEL, String.join(", ", models.candidate()))).merge(candidateExtra)));
        return imported.runId();
    }

    static AnalysedRun analyse(RunStore store, int runId, RunInputOptions input, CliProgress progress, Cancellation cancel) {
        return new AnalysedRun(runId, AnalysisJob.analyse(store, runId, input.settings(), progress, cancel));
    }

    private static void reportImport(ImportReport imported, Console console) {
        console.info("%s: %s".formatted(imported.source(), imported.describe()));
        imported.firstRejects().stream().limit(REJECTS_SHOWN).forEach(reject -> console.info("  " + shorten(reject)));
        if (imported.rowsRejected() > REJECTS_SHOWN) {
            console.info("  ... and %,d more (all listed in analysis.json summary.rejects)".formatted(imported.rowsRejected() - REJECTS_SHOWN));
        }
    }

    private static String shorten(RejectedRow reject) {
        String text = reject.describe();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    void reportClusters(Console console) {
        console.result(analysis.summary().headline());
        for (ClusterSummary cluster : analysis.clusters()) {
            console.result(String.format(Locale.ROOT, "  #%-3d %-11s %5.1f%% of traffic (%d pairs)  %s",
                    cluster.id(), cluster.verdict().label(), cluster.share() * 100, cluster.size(), cluster.label()));
        }
    }
}
