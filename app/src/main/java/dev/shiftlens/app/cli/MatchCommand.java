// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.MatchJob;
import dev.shiftlens.app.report.AnalysisArtifact;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.EndpointProfiles;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeyUnavailableException;
import dev.shiftlens.connectors.endpoint.OpenAiEmbeddingsEmbedder;
import dev.shiftlens.connectors.endpoint.ProfileFileException;
import dev.shiftlens.connectors.log.LogFileException;
import dev.shiftlens.connectors.log.WindowLog;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"When the old model is gone: pair each after-window request with its most similar before-window",
                "query (sentence vectors, similarity >= --threshold) and analyse the pairs as analyze does. The pairs are",
                "matched, not identical: part of a divergence may come from the questions differing, and the run and",
                "analysis.json say so (run mode 'matched')."},
        footer = {"", "Each window is JSON Lines: query, output (or response/candidate_output/baseline_output), optional",
                "request_id, model, timestamp, metadata.",
                "", "Exit codes: 0 done, 1 --fail-on-regression and a regression cluster was found, 2 usage or input error, 3 runtime failure."})
final class MatchCommand implements Callable<Integer> {

    private final Console console;
    private final KeyResolver keys;

    @Option(names = "--before", required = true, paramLabel = "FILE", description = "Requests answered before the cutover (old model).")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "FILE", description = "Requests answered after the cutover (new model).")
    Path after;

    @Option(names = "--threshold", defaultValue = "0.85", description = "Least query similarity that counts as a match (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--profiles", paramLabel = "FILE", description = "Profile file, with --embeddings.")
    Path profiles;

    @Option(names = "--embeddings", paramLabel = "NAME", description = "Embed queries with this openai-embeddings profile instead of the bundled model.")
    String embeddings;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for analysis.json (created when missing).")
    Path out;

    @Option(names = "--workspace", paramLabel = "FILE.duckdb", description = "Workspace to keep the run in (default: DIR/workspace.duckdb).")
    Path workspace;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for clustering and layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a cluster is labelled a regression.")
    boolean failOnRegression;

    MatchCommand(Console console, KeyResolver keys) {
        this.console = console;
        this.keys = keys;
    }

    @Override
    public Integer call() {
        if (threshold <= 0 || threshold > 1) {
            throw new UsageException("--threshold must be in (0, 1], e.g. 0.85.");
        }
        Optional<TextEmbedder> embedder = embedder();
        WindowLog early;
        WindowLog late;
        try {
            early = WindowLog.read(before);
            late = WindowLog.read(after);
        } catch (LogFileException e) {
            throw new UsageException(e.getMessage());
        }
        Path artifact = OutputFolder.prepare(out).resolve("analysis.json");
        try (RunStore store = Inputs.openWorkspace(workspace != null ? workspace : out.resolve("workspace.duckdb"))) {
            MatchJob.Result result = MatchJob.run(store, early, late, threshold, embedder, AnalysisSettings.defaults().withSeed(seed),
                    new CliProgress(console), new Cancellation());
            AnalysisArtifact.write(artifact, store, result.runId(), result.analysis());
            console.result(String.format(Locale.ROOT, "run %d (matched): %,d of %,d after-window requests matched (mean query similarity %.2f);"
                    + " %,d without a match are listed in analysis.json summary.rejects", result.runId(), result.matched(),
                    result.matched() + result.unmatched(), result.meanSimilarity(), result.unmatched()));
            console.result(result.analysis().summary().headline());
            for (ClusterSummary cluster : result.analysis().clusters()) {
                console.result(String.format(Locale.ROOT, "  #%-3d %-11s %5.1f%% of traffic (%d pairs)  %s",
                        cluster.id(), cluster.verdict().label(), cluster.share() * 100, cluster.size(), cluster.label()));
            }
            console.result("wrote " + artifact);
            boolean regression = result.analysis().clusters().stream().anyMatch(c -> c.verdict().name().equals("REGRESSION"));
            return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
        }
    }

    private Optional<TextEmbedder> embedder() {
        if (embeddings == null) {
            return Optional.empty();
        }
        if (profiles == null) {
            throw new UsageException("--embeddings needs --profiles FILE naming where that profile is defined.");
        }
        try {
            EndpointProfile profile = EndpointProfiles.load(profiles).get(embeddings);
            return Optional.of(new OpenAiEmbeddingsEmbedder(profile, keys.resolve(profile)));
        } catch (ProfileFileException | KeyUnavailableException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
