// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.storage.RunStore;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * Time from opening a workspace with an analysed 100k-pair run to an interactive scatter: the
 * window shows all points, the cluster list and the first page of pairs. The run is imported from a
 * generated log and given a synthetic analysis (20 metrics a pair, 12 clusters) through
 * {@link RunStore#saveAnalysis}, since embedding 100k pairs would take hours. Arguments:
 * {@code [pairs] [workspace]} (default 100,000 and a temporary file; an existing workspace is reused).
 * Not a unit test: run it as a program under Xvfb.
 */
public final class OpenRunBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(OpenRunBenchmark.class);
    private static final int CLUSTERS = 12;

    private OpenRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path workspace = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("shiftlens-open").resolve("big.duckdb");
        if (!Files.exists(workspace)) {
            prepare(workspace, pairs);
        }
        try (RunStore store = RunStore.open(workspace)) {
            long start = System.nanoTime();
            ShownRun run = ShownRun.read(store, store.runs().getLast().runId());
            LOG.info(String.format(Locale.ROOT, "reading the run for the window (no UI): %.0f ms, %,d points", (System.nanoTime() - start) / 1e6,
                    run.layout().size()));
        }
        Preferences preferences = Preferences.userRoot().node("dev/shiftlens/benchmark/" + UUID.randomUUID());
        WorkbenchApp.usePreferences(preferences);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Platform.startup(() -> toolkit.complete(null));
        toolkit.get(20, TimeUnit.SECONDS);

        CompletableFuture<WorkbenchApp> started = new CompletableFuture<>();
        long opened = System.nanoTime();
        long[] windowUp = new long[1];
        Platform.runLater(() -> {
            WorkbenchApp app = new WorkbenchApp();
            app.start(new Stage());
            windowUp[0] = System.nanoTime();
            started.complete(app);
        });
        WorkbenchApp app = started.get(20, TimeUnit.SECONDS);
        LOG.info(String.format(Locale.ROOT, "window built and shown (start() returned): %.0f ms", (windowUp[0] - opened) / 1e6));
        WorkbenchViewModel workbench = app.viewModel();
        long workspaceOpen = waitUntil(() -> workbench.workspace().isPresent());
        long runListed = waitUntil(() -> !workbench.runs().rows().isEmpty());
        long scatterShown = waitUntil(() -> workbench.scatter().pointCount() == pairs && !workbench.clusters().rows().isEmpty());
        long interactive = waitUntil(() -> workbench.pairs().rows().size() == 100);
        LOG.info(String.format(Locale.ROOT, "workspace open %.0f ms, run listed %.0f ms, scatter and clusters %.0f ms, first page %.0f ms",
                (workspaceOpen - opened) / 1e6, (runListed - opened) / 1e6, (scatterShown - opened) / 1e6, (interactive - opened) / 1e6));
        // one more turn of the FX thread: the redraw scheduled by the last change has run
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        Platform.runLater(() -> Platform.runLater(() -> drawn.complete(System.nanoTime())));
        long firstFrame = drawn.get(20, TimeUnit.SECONDS);
        LOG.info(String.format(Locale.ROOT, "open %,d-pair run to interactive scatter: %.0f ms (points, clusters and first page shown), "
                + "%.0f ms with the first redraw", pairs, (interactive - opened) / 1e6, (firstFrame - opened) / 1e6));

        // the same workspace again in the running window, as File › Open does: no toolkit start-up, no first-frame cost
        for (int attempt = 1; attempt <= 3; attempt++) {
            CompletableFuture<Long> reopened = new CompletableFuture<>();
            Platform.runLater(() -> {
                reopened.complete(System.nanoTime());
                workbench.openWorkspace(workspace, Optional.empty());
            });
            long again = reopened.get(20, TimeUnit.SECONDS);
            waitUntil(() -> workbench.scatter().pointCount() == 0);
            long scatterAgain = waitUntil(() -> workbench.scatter().pointCount() == pairs && !workbench.clusters().rows().isEmpty());
            long pageAgain = waitUntil(() -> workbench.pairs().rows().size() == 100);
            LOG.info(String.format(Locale.ROOT, "reopen %d in the running window: scatter and clusters %.0f ms, first page of pairs %.0f ms",
                    attempt, (scatterAgain - again) / 1e6, (pageAgain - again) / 1e6));
        }

        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Platform.runLater(() -> {
            app.stop();
            Platform.exit();
            stopped.complete(null);
        });
        stopped.get(20, TimeUnit.SECONDS);
        preferences.removeNode();
    }

    private static void prepare(Path workspace, int pairs) throws Exception {
        long start = System.nanoTime();
        Path log = workspace.resolveSibling("big.jsonl");
        Random random = new Random(11);
        String[] regions = {"eu-west", "us-east", "ap-south", "eu-north"};
        try (BufferedWriter out = Files.newBufferedWriter(log)) {
            for (int i = 0; i < pairs; i++) {
                out.write("""
                        {"request_id":"r-%06d","query":"Question %d about order %d","baseline_output":"The order %d ships in %d days from the warehouse.","candidate_output":"Order %d ships soon.","metadata":{"region":"%s","tier":"%s"}}
                        """.formatted(i, i, random.nextInt(1_000_000), i, 1 + random.nextInt(9), i, regions[i % 4], i % 3 == 0 ? "free" : "plus"));
            }
        }
        try (RunStore store = RunStore.open(workspace)) {
            int runId = store.importPairs(log, "big", ProgressListener.NONE, Cancellation.none()).runId();
            store.saveAnalysis(runId, analysis(pairs, random));
        }
        LOG.info(String.format(Locale.ROOT, "prepared %,d analysed pairs in %s (%.0f s)", pairs, workspace, (System.nanoTime() - start) / 1e9));
    }

    private static RunAnalysis analysis(int pairs, Random random) {
        List<PairOutcome> outcomes = new ArrayList<>(pairs);
        int[] sizes = new int[CLUSTERS];
        int diverged = 0;
        for (int i = 0; i < pairs; i++) {
            boolean isDiverged = random.nextDouble() < 0.3;
            int cluster = isDiverged && random.nextDouble() < 0.8 ? random.nextInt(CLUSTERS) : -1;
            double cx = cluster < 0 ? 0 : Math.cos(cluster) * 8;
            double cy = cluster < 0 ? 0 : Math.sin(cluster) * 8;
            double spread = cluster < 0 ? 5 : 1;
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (String name : List.of("length_ratio", "log_length_ratio", "baseline_chars", "candidate_chars", "baseline_tokens",
                    "candidate_tokens", "lexical_similarity", "semantic_similarity", "exact_equal", "normalized_equal",
                    "baseline_citations", "candidate_citations", "baseline_refusal", "candidate_refusal", "baseline_hedging",
                    "candidate_hedging", "baseline_list_items", "candidate_list_items", "baseline_empty", "candidate_empty")) {
                metrics.put(name, Math.round(random.nextDouble() * 1000) / 1000.0);
            }
            diverged += isDiverged ? 1 : 0;
            if (cluster >= 0) {
                sizes[cluster]++;
            }
            outcomes.add(new PairOutcome(i, "r-%06d".formatted(i), isDiverged ? 0.4 + random.nextDouble() / 2 : random.nextDouble() / 5,
                    isDiverged, cluster, cx + random.nextGaussian() * spread, cy + random.nextGaussian() * spread, metrics, List.of()));
        }
        List<ClusterSummary> clusters = new ArrayList<>();
        int clustered = 0;
        for (int c = 0; c < CLUSTERS; c++) {
            clustered += sizes[c];
            clusters.add(new ClusterSummary(c, "Synthetic cluster " + c, sizes[c], (double) sizes[c] / pairs,
                    Verdict.values()[c % 3], 0.99, List.of("synthetic"), List.of("candidate shorter"), List.of("order"),
                    List.of(new SegmentLift("region", "eu-west", 0.4, 0.25)), List.of()));
        }
        return new RunAnalysis(new AnalysisSummary(pairs, diverged, clustered, CLUSTERS, 0.2, "synthetic", 0.3, 0.3,
                "synthetic benchmark run"), clusters, outcomes, Map.of("seed", "11"));
    }

    private static long waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(condition.getAsBoolean()));
            if (check.get(20, TimeUnit.SECONDS)) {
                return System.nanoTime();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the window did not become interactive in 120 s");
    }
}
