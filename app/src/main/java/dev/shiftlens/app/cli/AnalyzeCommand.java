// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.app.report.AnalysisArtifact;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.analysis.ingest.ImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Import a paired log, find where the candidate diverges from the baseline, cluster and label",
                "the divergences, and write DIR/analysis.json. Every run is kept in the workspace file."},
        footer = {"", "Exit codes: 0 done, 1 --fail-on-regression and a regression cluster was found,",
                "2 usage or input error (nothing analysed; also a cutover log, which is imported but has no pairs yet),",
                "3 runtime failure, 130 cancelled (Ctrl-C; the import in progress is rolled back).",
                "", "Examples: ./shiftlens analyze --input sample-data/incident/incident-export.jsonl --out out/sample",
                "          ./shiftlens analyze --baseline sample-data/incident/baseline.jsonl --candidate sample-data/incident/candidate.jsonl --out out/joined"})
final class AnalyzeCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    ImportOptions what = new ImportOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for analysis.json (created when missing).")
    Path out;

    @Option(names = "--workspace", paramLabel = "FILE.duckdb", description = "Workspace to keep the run in (default: DIR/workspace.duckdb).")
    Path workspace;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for sampling, clustering and layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-cluster-size", defaultValue = "0", paramLabel = "N",
            description = "Smallest group of pairs reported as a cluster (default: chosen from the data size).")
    int minClusterSize;

    @Option(names = "--strict", description = "Treat any rejected input row as an input error (exit 2).")
    boolean strict;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a cluster is labelled a regression.")
    boolean failOnRegression;

    AnalyzeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        what.validate();
        Path artifact = OutputFolder.prepare(out).resolve("analysis.json");
        Path workspaceFile = workspace != null ? workspace : out.resolve("workspace.duckdb");
        CliProgress progress = new CliProgress(console);
        try (RunStore store = Inputs.openWorkspace(workspaceFile)) {
            ImportOptions.Planned planned = what.plan(store);
            if (what.preview) {
                ImportOptions.printPreview(console, planned, 5);
                return ExitCode.PASS;
            }
            String runName = planned.plan().files().getFirst().name();
            return Interruption.run(cancel -> importAndAnalyse(store, planned, runName, artifact, progress, cancel));
        }
    }

    private int importAndAnalyse(RunStore store, ImportOptions.Planned planned, String runName, Path artifact,
                                 CliProgress progress, Cancellation cancel) {
        ImportReport imported = store.importPlan(planned.plan(), runName, progress.sliced(0, 0.3), cancel);
        ImportReporting.print(console, imported, store.versionSkew(imported.runId()));
        if (planned.plan() instanceof ImportPlan.CutoverLog) {
            explainCutoverRun(imported, store.logEntrySides(imported.runId()));
            return ExitCode.USAGE_OR_INPUT;
        }
        if (strict && imported.rowsRejected() > 0) {
            console.error("--strict: %,d rows were rejected (listed above and in run %d's rejects); nothing analysed."
                    .formatted(imported.rowsRejected(), imported.runId()));
            return ExitCode.USAGE_OR_INPUT;
        }
        AnalysisSettings settings = AnalysisSettings.defaults().withSeed(seed).withMinClusterSize(minClusterSize);
        RunAnalysis analysis = AnalysisJob.analyse(store, imported.runId(), settings, progress.sliced(0.3, 1), cancel);
        AnalysisArtifact.write(artifact, store, imported.runId(), analysis);
        reportAnalysis(analysis, artifact);
        boolean regression = analysis.clusters().stream().anyMatch(c -> c.verdict().name().equals("REGRESSION"));
        return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
    }

    private void explainCutoverRun(ImportReport imported, Map<String, Long> sides) {
        console.error(("%s holds one output per row, so it was stored as a cutover log (run %d: %,d before, %,d after), "
                + "not as pairs; nothing analysed.%n"
                + "  What works on it now: the import report above (rows, rejects, personal data, version skew), kept in the workspace.%n"
                + "  What does not yet: divergence analysis needs pairs; build them by replaying the 'after' queries against the old "
                + "model (`shiftlens replay`), by matching similar queries across the cutover (`shiftlens match` on the before and "
                + "after windows as two JSONL files), or import two per-model logs with --baseline FILE --candidate FILE.").formatted(imported.source(), imported.runId(),
                sides.getOrDefault("before", 0L), sides.getOrDefault("after", 0L)));
    }

    private void reportAnalysis(RunAnalysis analysis, Path artifact) {
        console.result(analysis.summary().headline());
        for (ClusterSummary cluster : analysis.clusters()) {
            console.result(String.format(Locale.ROOT, "  #%-3d %-11s %5.1f%% of traffic (%d pairs)  %s",
                    cluster.id(), cluster.verdict().label(), cluster.share() * 100, cluster.size(), cluster.label()));
        }
        console.result("wrote " + artifact);
    }
}
