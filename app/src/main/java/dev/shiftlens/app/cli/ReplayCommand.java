// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.ReplayJob;
import dev.shiftlens.app.report.AnalysisArtifact;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointException;
import dev.shiftlens.connectors.endpoint.EndpointProblem;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.EndpointProfiles;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeyUnavailableException;
import dev.shiftlens.connectors.endpoint.ProfileFileException;
import dev.shiftlens.connectors.replay.CostEstimate;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.connectors.replay.ReplayOutcome;
import dev.shiftlens.connectors.replay.ReplayReport;
import dev.shiftlens.connectors.replay.ReplayedPairs;
import dev.shiftlens.connectors.replay.RetryPolicy;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

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

    private static final int SHOWN = 5;
    private static final long CANCEL_GRACE_SECONDS = 60;

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
        ReplayMode mode = endpoints();
        Path artifact = OutputFolder.prepare(out).resolve("analysis.json");
        Path workspaceFile = workspace != null ? workspace : out.resolve("workspace.duckdb");
        try (RunStore store = Inputs.openWorkspace(workspaceFile)) {
            int sourceRun = sourceRun(store);
            ReplayJob.Prepared prepared;
            try {
                prepared = ReplayJob.prepare(store, sourceRun, mode, sample, Optional.ofNullable(stratifyBy), seed, repeat);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            printEstimate(prepared);
            if (estimateOnly) {
                return ExitCode.PASS;
            }
            return replay(store, prepared, artifact);
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
        if (maxCost != null && (maxCost < 0 || maxCost.isNaN())) {
            throw new UsageException("--max-cost must be zero or more (US dollars).");
        }
    }

    /** Profiles and keys are checked before any work, so a typo or a missing key costs nothing. */
    private ReplayMode endpoints() {
        try {
            EndpointProfiles file = EndpointProfiles.load(profiles);
            ChatEndpoint baselineEndpoint = open(file.get(baseline));
            if (candidate == null) {
                return new ReplayMode.Retrospective(baselineEndpoint);
            }
            return new ReplayMode.PrePromotion(baselineEndpoint, open(file.get(candidate)));
        } catch (ProfileFileException | KeyUnavailableException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ChatEndpoint open(EndpointProfile profile) {
        if (!profile.kind().chats()) {
            throw new UsageException("profile '" + profile.name() + "' in " + profiles + " is an embeddings endpoint ("
                    + profile.kind().id() + "); --baseline and --candidate need chat profiles.");
        }
        return ChatEndpoint.open(profile, keys.resolve(profile));
    }

    private int sourceRun(RunStore store) {
        if (fromRun != null) {
            if (store.run(fromRun).isEmpty()) {
                throw new UsageException("workspace " + store.file() + " has no run " + fromRun + "; runs: "
                        + store.runs().stream().map(run -> run.runId() + " (" + run.name() + ")").toList());
            }
            return fromRun;
        }
        ImportReport imported = store.importPairs(input, input.getFileName().toString(), new CliProgress(console), Cancellation.none());
        console.info("%s: %s".formatted(imported.source(), imported.describe()));
        return imported.runId();
    }

    private void printEstimate(ReplayJob.Prepared prepared) {
        CostEstimate estimate = prepared.estimate();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("replay plan: " + prepared.sample().method() + (repeat > 0 ? ", baseline asked twice for " + repeat : ""));
        estimate.lines().forEach(line -> lines.add("  " + line.describe()));
        lines.add("  total: " + estimate.describeTotal()
                + (maxCost == null ? "" : String.format(Locale.ROOT, "; cap $%.4f", maxCost)));
        if (maxCost != null && estimate.expectedUsd() > maxCost) {
            lines.add(String.format(Locale.ROOT, "  the expected cost exceeds --max-cost: the replay will stop at the cap;"
                    + " rerun with a higher cap to finish (answers already paid for are kept)."));
        }
        lines.forEach(estimateOnly ? console::result : console::info);
    }

    private int replay(RunStore store, ReplayJob.Prepared prepared, Path artifact) {
        Cancellation cancel = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancel.cancel();
            awaitQuietly(finished);
        }, "shiftlens-replay-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            AnalysisSettings settings = AnalysisSettings.defaults().withSeed(seed).withMinClusterSize(minClusterSize);
            ReplayJob.Outcome outcome = ReplayJob.execute(store, prepared, RetryPolicy.defaults(),
                    maxCost == null ? OptionalDouble.empty() : OptionalDouble.of(maxCost), new ReplayConsoleProgress(console),
                    settings, new CliProgress(console), cancel);
            return switch (outcome) {
                case ReplayJob.Outcome.Analysed analysed -> finish(store, analysed, artifact);
                case ReplayJob.Outcome.Stopped stopped -> stopped(stopped, store.file());
            };
        } finally {
            finished.countDown();
            removeQuietly(onInterrupt);
        }
    }

    private int finish(RunStore store, ReplayJob.Outcome.Analysed analysed, Path artifact) {
        ReplayReport report = analysed.report();
        console.info("replay: " + report.progress().describe());
        reportUnanswered(analysed.pairs());
        analysed.measuredFloor().ifPresent(floor -> console.info("noise floor " + floor.method()));
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

    private void reportUnanswered(ReplayedPairs pairs) {
        pairs.unanswered().stream().limit(SHOWN).forEach(missing -> console.info(
                "  replay:%d: request %s: %s".formatted(missing.position(), missing.requestId(), shorten(missing.reason()))));
        if (pairs.unanswered().size() > SHOWN) {
            console.info("  ... and %,d more (all listed in analysis.json summary.rejects); rerun to ask them again"
                    .formatted(pairs.unanswered().size() - SHOWN));
        }
    }

    private int stopped(ReplayJob.Outcome.Stopped stopped, Path workspaceFile) {
        ReplayReport report = stopped.report();
        console.info("replay: " + report.progress().describe());
        String resume = "Answers received so far are kept in " + workspaceFile + "; rerunning the same command asks only for the rest.";
        if (!report.refusedKeys().isEmpty()) {
            report.refusedKeys().values().forEach(e -> console.error(e.getMessage()));
            console.error("nothing analysed. " + resume);
            return ExitCode.USAGE_OR_INPUT;
        }
        switch (report.stop()) {
            case COST_CAP_REACHED -> {
                console.error(String.format(Locale.ROOT, "cost cap $%.4f reached after spending $%.4f: %,d requests answered"
                        + " (%,d of them from earlier runs), %,d not sent. Nothing analysed. %s Raise --max-cost to finish.",
                        maxCost, report.progress().spentUsd(), report.progress().fetched() + report.progress().cached(),
                        report.progress().cached(), report.notSent(), resume));
                return ExitCode.USAGE_OR_INPUT;
            }
            case CANCELLED -> {
                console.error("cancelled: %,d answers received and kept, %,d not sent. %s".formatted(
                        report.progress().fetched(), report.notSent(), resume));
                return ExitCode.CANCELLED;
            }
            case FINISHED -> {
                return endpointFailure(report, stopped.pairsSoFar(), resume);
            }
        }
        throw new IllegalStateException("unhandled stop " + report.stop());
    }

    private int endpointFailure(ReplayReport report, ReplayedPairs pairs, String resume) {
        report.unavailable().values().forEach(e -> console.error(e.getMessage()));
        if (!report.unavailable().isEmpty()) {
            console.error("the endpoint kept failing, so the replay stopped sending to it. Nothing analysed. " + resume);
            return ExitCode.RUNTIME_FAILURE;
        }
        reportUnanswered(pairs);
        List<ReplayOutcome.Failed> failures = report.failures();
        boolean allRejected = !failures.isEmpty() && failures.stream().allMatch(f -> f.error().problem() == EndpointProblem.REQUEST_REJECTED);
        console.error("no sampled query got answers from every endpoint; nothing to analyse."
                + failures.stream().findFirst().map(ReplayOutcome.Failed::error).map(EndpointException::getMessage)
                .map(message -> " First failure: " + message).orElse(""));
        return allRejected ? ExitCode.USAGE_OR_INPUT : ExitCode.RUNTIME_FAILURE;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already shutting down (Ctrl-C); the hook is running and ends with us
        }
    }
}
