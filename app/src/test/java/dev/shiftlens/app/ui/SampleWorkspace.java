// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.storage.RunStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small, deterministic incident for tests and the screenshot: pair {@code i} asks about item i;
 * every third pair the candidate answers much shorter (cluster 0, regression), every fifth it adds
 * a citation (cluster 1, improvement), every seventh it rephrases (cluster 2, neutral); the rest
 * agree. {@link #ANALYSER} computes the matching analysis without any model.
 */
public final class SampleWorkspace {

    public static final RunAnalyser ANALYSER = (store, runId, settings, progress, cancellation) -> {
        progress.update(0.5, "Analysing (test analyser)…");
        RunAnalysis analysis = analysis(store.pairCount(runId));
        store.saveAnalysis(runId, analysis);
        progress.update(1, "Analysed");
        return analysis;
    };

    private SampleWorkspace() {
    }

    public static String baseline(int i) {
        return "The warranty for item " + i + " covers parts and labour for two years from the date of purchase.";
    }

    public static String candidate(int i) {
        return switch (cluster(i)) {
            case 0 -> "Item " + i + " has a warranty.";
            case 1 -> baseline(i) + " See the warranty terms [1].";
            case 2 -> "For item " + i + ", the warranty covers parts and labour for two years from purchase.";
            default -> baseline(i);
        };
    }

    public static String query(int i) {
        return "How long is the warranty on item " + i + "?";
    }

    /** The cluster pair i falls into, or -1. */
    public static int cluster(int i) {
        if (i % 3 == 0) {
            return 0;
        }
        if (i % 5 == 0) {
            return 1;
        }
        return i % 7 == 0 ? 2 : -1;
    }

    public static Path writeLog(Path file, int pairs) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < pairs; i++) {
            jsonl.append("""
                    {"request_id":"req-%04d","query":"%s","baseline_output":"%s","candidate_output":"%s","baseline_model":"m-1","candidate_model":"m-2","metadata":{"region":"%s"}}
                    """.formatted(i, query(i), baseline(i), candidate(i), i % 2 == 0 ? "eu-west" : "us-east"));
        }
        try {
            return Files.writeString(file, jsonl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ClusterSummary> clusters(int pairs) {
        int[] sizes = new int[3];
        for (int i = 0; i < pairs; i++) {
            if (cluster(i) >= 0) {
                sizes[cluster(i)]++;
            }
        }
        return List.of(
                summary(1, "Adds citation markers", sizes[1], pairs, Verdict.IMPROVEMENT),
                summary(0, "Candidate answers 60% shorter", sizes[0], pairs, Verdict.REGRESSION),
                summary(2, "Rephrased, same content", sizes[2], pairs, Verdict.NEUTRAL));
    }

    private static ClusterSummary summary(int id, String label, int size, int pairs, Verdict verdict) {
        return new ClusterSummary(id, label, size, (double) size / pairs, verdict, 0.99, List.of(label),
                List.of(), List.of("warranty"), List.of(), List.of());
    }

    public static RunAnalysis analysis(int pairs) {
        Random random = new Random(7);
        double[][] centres = {{-3, 2}, {3, 2.5}, {0, -3}};
        List<PairOutcome> outcomes = new ArrayList<>();
        int diverged = 0;
        for (int i = 0; i < pairs; i++) {
            int cluster = cluster(i);
            boolean isDiverged = cluster >= 0;
            double x = isDiverged ? centres[cluster][0] + random.nextGaussian() * 0.6 : random.nextGaussian() * 2.2;
            double y = isDiverged ? centres[cluster][1] + random.nextGaussian() * 0.6 : random.nextGaussian() * 2.2;
            diverged += isDiverged ? 1 : 0;
            outcomes.add(new PairOutcome(i, "req-%04d".formatted(i), isDiverged ? 0.5 + 0.1 * cluster : 0.02, isDiverged,
                    cluster, x, y, Map.of("length_ratio", cluster == 0 ? 0.4 : 1.0),
                    cluster == 1 ? List.of("citation marker added") : List.of()));
        }
        List<ClusterSummary> clusters = clusters(pairs);
        return new RunAnalysis(new AnalysisSummary(pairs, diverged, diverged, clusters.size(), 0.1, "test",
                clusters.get(1).share(), clusters.getFirst().share(), "3 clusters; one regression: answers 60% shorter"),
                clusters, outcomes, Map.of("seed", "7"));
    }

    /** A workspace with the log imported and analysed; returns the run id. */
    public static int importAndAnalyse(RunStore store, Path log) {
        int runId = store.importPairs(log, "incident", (f, m) -> { }, dev.shiftlens.analysis.work.Cancellation.none()).runId();
        ANALYSER.analyse(store, runId, dev.shiftlens.analysis.pipeline.AnalysisSettings.defaults(), (f, m) -> { }, dev.shiftlens.analysis.work.Cancellation.none());
        return runId;
    }
}
