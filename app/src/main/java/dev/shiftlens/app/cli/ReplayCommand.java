// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.app.jobs.ReplayJob;
import dev.shiftlens.app.report.AnalysisArtifact;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a sample of logged queries against model endpoints, keep every answer in the workspace,",
                "store the pairs as a new run and write DIR/analysis.json as analyze does.",
                "With --candidate: both endpoints answer (pre-promotion). Without: the log's outputs are the updated",
                "model's and --baseline (the pre-update endpoint) answers the same queries (retrospective)."},
        footer = {"", "Before sending anything it prints the requests, tokens and money it expects. Rerunning the same",
                "command asks only for answers not yet in the workspace, so a cancelled, crashed or capped replay resumes.",
                "", "Exit codes: 0 done, 1 --fail-on-regression and a regression cluster was found, 2 usage or input error,",
                "a refused key or the cost cap reached (nothing analysed; answers so far are kept), 3 runtime failure",
                "(e.g. an endpoint down), 130 cancelled.",
                "", "Try it without a model: ./shiftlens test-server --write-profiles /tmp/profiles.json & then",
                "  ./shiftlens replay --profiles /tmp/profiles.json --baseline baseline --candidate candidate \\",
                "     --input sample-data/incident/incident-export.jsonl --sample 200 --out out/replay"})
final class ReplayCommand implements Callable<Integer> {

    private final Console console;
    private final KeyResolver keys;

    @Option(names = "--profiles", required = true, paramLabel = "FILE", description = "Endpoint profiles (JSON or YAML; docs/replay.md).")
    Path profiles;

    @Option(names = "--baseline", required = true, paramLabel = "NAME", description = "Profile of the production (or pre-update) endpoint.")
    String baseline;

    @Option(names = "--candidate", paramLabel = "NAME", description = "Profile of the candidate endpoint; omit for a retrospective against the log's outputs.")
    String candidate;

    @Option(names = "--input", paramLabel = "LOG", description = "Log to take queries from (paired JSONL, as analyze reads); imported as a run.")
    Path input;

    @Option(names = "--from-run", paramLabel = "ID", description = "Take queries from a run already in the workspace instead of --input.")
    Integer fromRun;

    @Option(names = "--sample", required = true, paramLabel = "N", description = "How many logged queries to replay (all when the log has fewer).")
    int sample;

    @Option(names = "--stratify-by", paramLabel = "FIELD|query-cluster",
            description = "Keep each value of this metadata field at its share of the log; `query-cluster` keeps each topic "
                    + "(k-means on the queries' embeddings) at its share instead.")
    String stratifyBy;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for sampling, clustering and layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeat", defaultValue = "0", paramLabel = "N",
            description = "Ask the baseline a second time for N sampled queries to measure the noise floor (at least 5 to use it).")
    int repeat;

    @Option(names = "--max-cost", paramLabel = "USD", description = "Stop before spending more than this; rerun with a higher cap to finish.")
    Double maxCost;

    @Option(names = "--estimate-only", description = "Print the estimate and exit without sending anything.")
    boolean estimateOnly;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for analysis.json (created when missing).")
    Path out;

    @Option(names = "--workspace", paramLabel = "FILE.duckdb", description = "Workspace keeping runs and answers (default: DIR/workspace.duckdb).")
    Path workspace;

    @Option(names = "--min-cluster-size", defaultValue = "0", paramLabel = "N", description = "Smallest group of pairs reported as a cluster.")
    int minClusterSize;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a cluster is labelled a regression.")
    boolean failOnRegression;

    ReplayCommand(Console console, KeyResolver keys) {
        this.console = console;
        this.keys = keys;
    }

    @Override
    public Integer call() {
        checkOptions();
        ReplayMode mode = ReplaySession.endpoints(profiles, baseline, Optional.ofNullable(candidate), keys, "--baseline and --candidate");
        ReplaySession session = new ReplaySession(console, ReplaySession.maxCost(maxCost, "--max-cost"));
        Path artifact = OutputFolder.prepare(out).resolve("analysis.json");
        Path workspaceFile = workspace != null ? workspace : out.resolve("workspace.duckdb");
        try (RunStore store = Inputs.openWorkspace(workspaceFile)) {
            int sourceRun = sourceRun(store, session);
            ReplayJob.Prepared prepared = ReplaySession.prepare(store, sourceRun, mode, sample, Optional.ofNullable(stratifyBy), seed, repeat);
            session.printEstimate(prepared, repeat, estimateOnly);
            if (estimateOnly) {
                return ExitCode.PASS;
            }
            AnalysisSettings settings = AnalysisSettings.defaults().withSeed(seed).withMinClusterSize(minClusterSize);
            return switch (session.run(store, prepared, settings)) {
                case ReplaySession.Result.Analysed analysed -> finish(store, analysed.outcome(), artifact);
                case ReplaySession.Result.Stopped stopped -> stopped.exitCode();
            };
        }
    }

    private void checkOptions() {
        if ((input == null) == (fromRun == null)) {
            throw new UsageException("give the queries with exactly one of --input LOG or --from-run ID.");
        }
        if (sample < 1) {
            throw new UsageException("--sample must be at least 1.");
        }
        if (repeat < 0 || repeat > sample) {
            throw new UsageException("--repeat must be between 0 and --sample (" + sample + ").");
        }
    }

    private int sourceRun(RunStore store, ReplaySession session) {
        if (fromRun != null) {
            if (store.run(fromRun).isEmpty()) {
                throw new UsageException("workspace " + store.file() + " has no run " + fromRun + "; runs: "
                        + store.runs().stream().map(run -> run.runId() + " (" + run.name() + ")").toList());
            }
            return fromRun;
        }
        return session.importQueries(store, input);
    }

    private int finish(RunStore store, ReplayJob.Outcome.Analysed analysed, Path artifact) {
        AnalysisArtifact.write(artifact, store, analysed.runId(), analysed.analysis());
        RunAnalysis analysis = analysed.analysis();
        console.result("run %d: %s".formatted(analysed.runId(), analysed.pairs().describe()));
        console.result(analysis.summary().headline());
        for (ClusterSummary cluster : analysis.clusters()) {
            console.result(String.format(Locale.ROOT, "  #%-3d %-11s %5.1f%% of traffic (%d pairs)  %s",
                    cluster.id(), cluster.verdict().label(), cluster.share() * 100, cluster.size(), cluster.label()));
        }
        console.result("wrote " + artifact);
        boolean regression = analysis.clusters().stream().anyMatch(c -> c.verdict().name().equals("REGRESSION"));
        return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
    }
}
