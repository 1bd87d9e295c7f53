// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.pipeline.DivergenceAnalysis;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Plants changes into real pairs and scores what the analysis finds: for every planted kind, the share
 * of its pairs in its best cluster (recall), that cluster's share of planted pairs of the kind (purity),
 * how many clusters hold a tenth or more of it, and whether the best cluster's verdict is the policy's;
 * and the share of unplanted pairs put in regression or improvement clusters.
 */
public final class AccuracyBench {

    /** The bars of issue 13, applied to every planted kind of every run. */
    static final double MIN_RECALL = 0.9;
    static final double MIN_PURITY = 0.9;
    static final double MAX_UNPLANTED_FLAGGED = 0.05;
    private static final double LEAST_SHARE = 0.01;
    private static final double MOST_SHARE = 0.30;
    private static final double MOST_PLANTED = 0.6;

    /** How one planted kind fared in one run. */
    public record KindScore(String kind, int planted, double recall, double purity, int clustersHolding,
                            Verdict expected, Optional<Verdict> found) {

        public boolean holds() {
            return recall >= MIN_RECALL && purity >= MIN_PURITY && clustersHolding == 1 && found.equals(Optional.of(expected));
        }
    }

    /**
     * One run of the bench.
     *
     * @param unplantedFlagged share of unplanted pairs in regression or improvement clusters
     * @param regressionClusters clusters labelled regression (the pure-noise variant must have none)
     */
    public record RunScore(String embedding, String variant, int pairs, long seed, List<KindScore> kinds, double unplantedFlagged,
                           int regressionClusters, int clusters, double seconds) {

        public boolean holds() {
            boolean kindsHold = kinds.stream().allMatch(KindScore::holds);
            return kindsHold && unplantedFlagged < MAX_UNPLANTED_FLAGGED && (!variant.equals("noise") || regressionClusters == 0);
        }
    }

    private final RealPairPool pool;
    private final TextEmbedder embedder;
    private final String embedding;

    /**
     * @param realPairs canonical paired JSONL, read here so a bad file is refused before any model loads
     * @throws dev.shiftlens.storage.InputFileException naming the file (and line) when it cannot serve as noise
     */
    public static AccuracyBench on(java.nio.file.Path realPairs) {
        return new AccuracyBench(RealPairPool.read(realPairs), null, "");
    }

    /** This bench with its analyses embedding through {@code embedder}, named {@code embedding} in the table. */
    public AccuracyBench using(TextEmbedder embedder, String embedding) {
        return new AccuracyBench(pool, embedder, embedding);
    }

    private AccuracyBench(RealPairPool pool, TextEmbedder embedder, String embedding) {
        this.pool = pool;
        this.embedder = embedder;
        this.embedding = embedding;
    }

    /** Real pairs usable as noise (both directions) and real pairs read. */
    public String poolDescription() {
        return "%,d usable pairs (both directions of %,d of the %,d real pairs read)".formatted(pool.pairs().size(),
                pool.pairs().size() / 2, pool.read());
    }

    /**
     * @param keep when present, the planted run is also written there as paired JSONL with its truth in
     *             {@code metadata.planted}, to analyse or open in the workbench
     */
    public RunScore run(boolean planted, int size, long seed, Optional<java.nio.file.Path> keep, ProgressListener progress,
                        Cancellation cancel) {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        List<RealPairPool.Pair> drawn = draw(size, random);
        PlantedChange[] truth = new PlantedChange[size];
        List<PairRecord> pairs = new ArrayList<>(size);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, java.util.Random.from(random));
        PlantedChange.Texts[] texts = new PlantedChange.Texts[size];
        for (int i = 0; i < size; i++) {
            texts[i] = new PlantedChange.Texts(drawn.get(i).baseline(), drawn.get(i).candidate());
        }
        if (planted) {
            plant(texts, truth, order, shares(seed, random), random);
        }
        for (int i = 0; i < size; i++) {
            pairs.add(PairRecord.of("bench-" + i, drawn.get(i).query(), texts[i].baseline(), texts[i].candidate()));
        }
        keep.ifPresent(folder -> BenchRunFile.write(folder.resolve("%s-%d-seed%d.jsonl".formatted(planted ? "planted" : "noise", size, seed)),
                pairs, truth));
        RunAnalysis analysis = new DivergenceAnalysis(AnalysisSettings.defaults().withSeed(seed), embedder).run(pairs, progress, cancel);
        return score(embedding, planted ? "planted" : "noise", seed, analysis, truth, (System.nanoTime() - started) / 1e9);
    }

    /** Every real pair once in random order, then again, until {@code size} are drawn. */
    private List<RealPairPool.Pair> draw(int size, RandomGenerator random) {
        List<RealPairPool.Pair> drawn = new ArrayList<>(size);
        while (drawn.size() < size) {
            List<RealPairPool.Pair> round = new ArrayList<>(pool.pairs());
            Collections.shuffle(round, java.util.Random.from(random));
            drawn.addAll(round.subList(0, Math.min(round.size(), size - drawn.size())));
        }
        return drawn;
    }

    /**
     * Each planted kind's share of traffic, log-uniform in 1%..30%, scaled down together when they would pass
     * 60%; of two kinds that are each other's reverse, one direction per run, alternating with the seed so two
     * consecutive seeds plant both.
     */
    private static Map<PlantedChange, Double> shares(long seed, RandomGenerator random) {
        Map<PlantedChange, Double> shares = new EnumMap<>(PlantedChange.class);
        for (PlantedChange kind : PlantedChange.values()) {
            if (shares.containsKey(kind) || kind.reverse().map(shares::containsKey).orElse(false)) {
                continue;
            }
            PlantedChange direction = kind.reverse().isPresent() && (seed + kind.ordinal()) % 2 == 1 ? kind.reverse().get() : kind;
            shares.put(direction, Math.exp(Math.log(LEAST_SHARE) + random.nextDouble() * Math.log(MOST_SHARE / LEAST_SHARE)));
        }
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > MOST_PLANTED) {
            shares.replaceAll((kind, share) -> Math.max(LEAST_SHARE, share * MOST_PLANTED / total));
        }
        return shares;
    }

    private static void plant(PlantedChange.Texts[] texts, PlantedChange[] truth, List<Integer> order,
                              Map<PlantedChange, Double> shares, RandomGenerator random) {
        int next = 0;
        for (PlantedChange kind : shares.keySet()) {
            int wanted = (int) Math.round(shares.get(kind) * texts.length);
            int planted = 0;
            for (int tries = 0; planted < wanted && next < order.size() && tries < 20 * wanted; tries++) {
                int index = order.get(next);
                Optional<PlantedChange.Texts> changed = kind.plant(texts[index], random);
                if (changed.isPresent()) {
                    texts[index] = changed.get();
                    truth[index] = kind;
                    planted++;
                    next++;
                } else {
                    // a pair this kind cannot apply to goes to the back for another kind
                    order.add(order.remove(next));
                }
            }
        }
    }

    private static RunScore score(String embedding, String variant, long seed, RunAnalysis analysis, PlantedChange[] truth, double seconds) {
        Map<Integer, Verdict> verdicts = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (ClusterSummary cluster : analysis.clusters()) {
            verdicts.put(cluster.id(), cluster.verdict());
            sizes.put(cluster.id(), cluster.size());
        }
        Map<PlantedChange, Map<Integer, Integer>> byKind = new EnumMap<>(PlantedChange.class);
        Map<PlantedChange, Integer> planted = new EnumMap<>(PlantedChange.class);
        int unplanted = 0;
        int unplantedFlagged = 0;
        for (PairOutcome pair : analysis.pairs()) {
            PlantedChange kind = truth[pair.pairId()];
            if (kind == null) {
                unplanted++;
                if (pair.clustered() && verdicts.get(pair.cluster()) != Verdict.NEUTRAL) {
                    unplantedFlagged++;
                }
                continue;
            }
            planted.merge(kind, 1, Integer::sum);
            byKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(pair.cluster(), 1, Integer::sum);
        }
        List<KindScore> kinds = new ArrayList<>();
        for (var entry : planted.entrySet()) {
            PlantedChange kind = entry.getKey();
            int n = entry.getValue();
            Map<Integer, Integer> clusters = byKind.get(kind);
            clusters.remove(PairOutcome.NO_CLUSTER);
            var best = clusters.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(cluster -> -cluster.getKey()));
            int inBest = best.map(Map.Entry::getValue).orElse(0);
            double purity = best.map(b -> (double) b.getValue() / sizes.get(b.getKey())).orElse(0.0);
            int holding = (int) clusters.values().stream().filter(count -> count >= 0.1 * n).count();
            kinds.add(new KindScore(kind.label(), n, (double) inBest / n, purity, holding, kind.expected(),
                    best.map(b -> verdicts.get(b.getKey()))));
        }
        int regressions = (int) analysis.clusters().stream().filter(c -> c.verdict() == Verdict.REGRESSION).count();
        return new RunScore(embedding, variant, truth.length, seed, kinds, unplanted == 0 ? 0 : (double) unplantedFlagged / unplanted,
                regressions, analysis.clusters().size(), seconds);
    }
}
