// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.app.report.AnalysisArtifact;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Import a paired log, find where the candidate diverges from the baseline, cluster and label",
                "the divergences, and write DIR/analysis.json. Every run is kept in the workspace file."},
        footer = {"", "Exit codes: 0 done, 1 --fail-on-regression and a regression cluster was found,",
                "2 usage or input error (nothing analysed), 3 runtime failure.",
                "", "Example: ./shiftlens analyze --input sample-data/incident/incident-export.jsonl --out out/sample"})
final class AnalyzeCommand implements Callable<Integer> {

    private static final int REJECTS_SHOWN = 5;

    private final Console console;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Paired JSONL (one object per line: request_id, query, baseline_output, candidate_output, metadata...); .gz accepted.")
    Path input;

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
        Path artifact = OutputFolder.prepare(out).resolve("analysis.json");
        Path workspaceFile = workspace != null ? workspace : out.resolve("workspace.duckdb");
        Cancellation cancel = new Cancellation();
        CliProgress progress = new CliProgress(console);
        try (RunStore store = Inputs.openWorkspace(workspaceFile)) {
            ImportReport imported = store.importPairs(input, input.getFileName().toString(), progress, cancel);
            reportImport(imported);
            if (strict && imported.rowsRejected() > 0) {
                console.error("--strict: %,d rows were rejected (listed above and in run %d's rejects); nothing analysed."
                        .formatted(imported.rowsRejected(), imported.runId()));
                return ExitCode.USAGE_OR_INPUT;
            }
            AnalysisSettings settings = AnalysisSettings.defaults().withSeed(seed).withMinClusterSize(minClusterSize);
            RunAnalysis analysis = AnalysisJob.analyse(store, imported.runId(), settings, progress, cancel);
            AnalysisArtifact.write(artifact, store, imported.runId(), analysis);
            reportAnalysis(analysis, artifact);
            boolean regression = analysis.clusters().stream().anyMatch(c -> c.verdict().name().equals("REGRESSION"));
            return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
        }
    }

    private void reportImport(ImportReport imported) {
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

    private void reportAnalysis(RunAnalysis analysis, Path artifact) {
        console.result(analysis.summary().headline());
        for (ClusterSummary cluster : analysis.clusters()) {
            console.result(String.format(Locale.ROOT, "  #%-3d %-11s %5.1f%% of traffic (%d pairs)  %s",
                    cluster.id(), cluster.verdict().label(), cluster.share() * 100, cluster.size(), cluster.label()));
        }
        console.result("wrote " + artifact);
    }
}
