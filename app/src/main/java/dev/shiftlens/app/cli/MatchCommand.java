// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
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
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        footer = {"", "The windows are either one log spanning the cutover (--input, split by version or --cutover-at as import",
                "splits it, and kept in the workspace as a cutover run) or two JSON Lines files (--before, --after): query,",
                "output (or response/candidate_output/baseline_output), optional request_id, model, timestamp, metadata.",
                "", "Exit codes: 0 done, 1 --fail-on-regression and a regression cluster was found, 2 usage or input error, 3 runtime failure."})
final class MatchCommand implements Callable<Integer> {

    private final Console console;
    private final KeyResolver keys;

    @Option(names = "--input", paramLabel = "FILE", description = "One log spanning the cutover, one output per row (any format import reads).")
    Path input;

    @Mixin
    CutoverOptions cutover = new CutoverOptions();

    @Option(names = "--map", paramLabel = "FIELD=PATH,...", description = "Override the inferred column mapping of --input (see import --help).")
    String map;

    @Option(names = "--before", paramLabel = "FILE", description = "Requests answered before the cutover (old model), with --after.")
    Path before;

    @Option(names = "--after", paramLabel = "FILE", description = "Requests answered after the cutover (new model), with --before.")
    Path after;

    @Option(names = "--threshold", defaultValue = "" + MatchJob.DEFAULT_THRESHOLD, description = "Least query similarity that counts as a match (default: ${DEFAULT-VALUE}).")
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
        boolean twoWindows = before != null || after != null;
        if (input != null ? twoWindows : before == null || after == null) {
            throw new UsageException("say what to match: --input CUTOVER_LOG, or --before FILE --after FILE for the two windows.");
        }
        Optional<TextEmbedder> embedder = embedder();
        Path artifact = OutputFolder.prepare(out).resolve("analysis.json");
        try (RunStore store = Inputs.openWorkspace(workspace != null ? workspace : out.resolve("workspace.duckdb"))) {
            WindowLog early;
            WindowLog late;
            if (input != null) {
                int cutoverRun = importCutoverLog(store);
                early = window(store, cutoverRun, "before");
                late = window(store, cutoverRun, "after");
            } else {
                try {
                    early = WindowLog.read(before);
                    late = WindowLog.read(after);
                } catch (LogFileException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            MatchJob.Result result = Interruption.run(cancel -> MatchJob.run(store, early, late, threshold, embedder,
                    AnalysisSettings.defaults().withSeed(seed), new CliProgress(console), cancel));
            AnalysisArtifact.write(artifact, store, result.runId(), result.analysis());
            console.result(String.format(Locale.ROOT, "run %d (matched): %,d of %,d after-window requests matched (mean query similarity %.2f);"
                    + " %,d without a match are listed in analysis.json summary.rejects", result.runId(), result.matched(),
                    result.matched() + result.unmatched(), result.meanSimilarity(), result.unmatched()));
            new AnalysedRun(result.runId(), result.analysis()).reportClusters(console);
            console.result("wrote " + artifact);
            boolean regression = result.analysis().clusters().stream().anyMatch(c -> c.verdict().name().equals("REGRESSION"));
            return failOnRegression && regression ? ExitCode.GATE_FAILED : ExitCode.PASS;
        }
    }

    /** Imports --input as a cutover run (its rejects, personal data and version skew reported as import reports them). */
    private int importCutoverLog(RunStore store) {
        ImportOptions.Planned planned = ImportOptions.cutoverLog(input, map, cutover).plan(store);
        if (!(planned.plan() instanceof ImportPlan.CutoverLog)) {
            throw new UsageException(input + " holds both outputs per row, so its pairs need no matching: analyse it with"
                    + " `shiftlens analyze --input " + input + "`.");
        }
        ImportReport imported = Interruption.run(cancel -> store.importPlan(planned.plan(), input.getFileName().toString(),
                new CliProgress(console), cancel));
        ImportReporting.print(console, imported, store.versionSkew(imported.runId()));
        return imported.runId();
    }

    /** One side of the imported cutover run; its bad rows were reported with the import and stay in that run. */
    private WindowLog window(RunStore store, int cutoverRun, String side) {
        WindowLog window = MatchJob.cutoverWindow(store, cutoverRun, input, side);
        if (window.records().isEmpty()) {
            throw new UsageException(input + " has no '" + side + "' rows after the split (run " + cutoverRun + "); say where the"
                    + " cutover is with --cutover-at TIME or --before-version VERSION.");
        }
        return window;
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
