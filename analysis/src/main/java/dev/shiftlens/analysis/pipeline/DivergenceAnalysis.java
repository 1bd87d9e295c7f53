// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.characterise.CharacterisedPair;
import dev.shiftlens.analysis.characterise.ClusterCharacteriser;
import dev.shiftlens.analysis.characterise.KindEvidence;
import dev.shiftlens.analysis.characterise.TopicGroups;
import dev.shiftlens.analysis.characterise.VerdictPolicy;
import dev.shiftlens.analysis.cluster.ClusterAssignment;
import dev.shiftlens.analysis.cluster.DensityClusteringSettings;
import dev.shiftlens.analysis.cluster.HdbscanClusterer;
import dev.shiftlens.analysis.divergence.DifferenceRepresentation;
import dev.shiftlens.analysis.divergence.DivergenceScore;
import dev.shiftlens.analysis.divergence.NoiseFloor;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.metrics.PairMetrics;
import dev.shiftlens.analysis.metrics.PairMetricsCalculator;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.projection.UmapProjector;
import dev.shiftlens.analysis.projection.UmapSettings;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.shift.PopulationShifts;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.analysis.work.WorkerPool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The analysis of one run, stage by stage: metrics → embeddings → divergence and noise floor →
 * clustering of the diverged pairs by how they differ → 2-D layout → characterisation. Pure
 * computation: the caller loads pairs and stores the result. Deterministic for a given seed.
 */
public final class DivergenceAnalysis {

    private final AnalysisSettings settings;
    private final TextEmbedder embedder;

    /** With the verdict policy of {@code settings} (the written one unless the user overrode it). */
    public DivergenceAnalysis(AnalysisSettings settings, TextEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    /** @param policy the verdict each kind of change gets, in place of the one in {@code settings} */
    public DivergenceAnalysis(AnalysisSettings settings, TextEmbedder embedder, VerdictPolicy policy) {
        this(settings.withVerdictPolicy(policy), embedder);
    }

    public RunAnalysis run(List<PairRecord> pairs, ProgressListener progress, Cancellation cancel) {
        if (pairs.isEmpty()) {
            return Summaries.empty(settingsWith(null));
        }
        PairMetricsCalculator calculator = settings.jsonSchema().map(PairMetricsCalculator::withSchema)
                .orElseGet(PairMetricsCalculator::withoutSchema);
        StageClock clock = new StageClock();
        List<PairMetrics> computed = WorkerPool.map(pairs, calculator::compute, progress.slice(0.0, 0.1), cancel, "metrics for pair");
        List<PairMetrics> textMetrics = TrafficLanguage.of(computed).map(language -> computed.stream()
                .map(metrics -> metrics.withQueryLanguageAssumed(language)).toList()).orElse(computed);

        clock.lap("metrics");
        Embeddings embeddings = Embeddings.of(pairs, embedder, progress.slice(0.1, 0.65), cancel);
        clock.lap("embeddings");
        List<PairMetrics> metrics = IntStream.range(0, pairs.size())
                .mapToObj(i -> textMetrics.get(i).withSemanticSimilarity(embeddings.similarity(i))).toList();
        List<Map<String, Double>> values = metrics.stream().map(PairMetrics::values).toList();

        progress.update(0.66, "scoring divergence");
        List<DivergenceScore> scores = values.stream().map(DivergenceScore::of).toList();
        NoiseFloor floor = settings.noiseFloor().isPresent() ? NoiseFloor.fixed(settings.noiseFloor().getAsDouble())
                : NoiseFloor.estimate(scores, settings.floorWidth());
        int[] diverged = IntStream.range(0, pairs.size()).filter(i -> floor.exceededBy(scores.get(i))).toArray();
        cancel.checkpoint();

        clock.lap("divergence");
        progress.update(0.68, "grouping %,d diverged pairs by kind of change".formatted(diverged.length));
        KindGroups kinds = KindGroups.of(values, diverged, settings.verdictPolicy(), new TopicGroups(embeddings.baseline(), settings.seed()));
        int[] calmSample = CalmContext.sample(pairs.size(), diverged, settings.seed());
        int[] represented = IntStream.concat(IntStream.of(diverged), IntStream.of(calmSample)).toArray();
        double[][] withContext = DifferenceRepresentation.of(values, embeddings.baseline(), embeddings.candidate(), represented,
                diverged.length);
        double[][] representationByPair = new double[pairs.size()][];
        for (int r = 0; r < represented.length; r++) {
            representationByPair[represented[r]] = withContext[r];
        }
        int[] content = kinds.content();
        double[][] contentWithContext = IntStream.concat(IntStream.of(content), IntStream.of(calmSample))
                .mapToObj(index -> representationByPair[index]).toArray(double[][]::new);
        DensityClusteringSettings clustering = clusteringSettings(content.length);
        progress.update(0.69, "clustering %,d diverged pairs without a kind of change".formatted(content.length));
        ClusterAssignment contentAssignment = content.length == 0 ? ClusterAssignment.allNoise(0)
                : CalmContext.cluster(new HdbscanClusterer(clustering), contentWithContext, content.length,
                clustering.minClusterSize(), progress.slice(0.69, 0.8), cancel);

        clock.lap("clustering");
        progress.update(0.8, "laying out the scatter");
        double[][] representation = java.util.Arrays.copyOf(withContext, diverged.length);
        double[][] divergedXy = new UmapProjector(UmapSettings.defaults().withSeed(settings.seed()))
                .project(representation, progress.slice(0.8, 0.95), cancel);
        double[][] xy = CalmLayout.place(scores, diverged, divergedXy);

        clock.lap("projection");
        progress.update(0.95, "characterising clusters");
        List<CharacterisedPair> characterised = IntStream.range(0, pairs.size())
                .mapToObj(i -> new CharacterisedPair(values.get(i), PairChanges.of(metrics.get(i)), pairs.get(i).query(), pairs.get(i).metadata()))
                .toList();
        ClusterCharacteriser characteriser = new ClusterCharacteriser(characterised, embeddings.baseline(), settings.seed());
        int[] clusterOf = new int[pairs.size()];
        java.util.Arrays.fill(clusterOf, PairOutcome.NO_CLUSTER);
        List<ClusterSummary> clusters = characterise(kinds, contentAssignment, content, characteriser, representationByPair, clusterOf);

        boolean[] isDiverged = new boolean[pairs.size()];
        for (int index : diverged) {
            isDiverged[index] = true;
        }
        List<PairOutcome> outcomes = IntStream.range(0, pairs.size()).mapToObj(i -> new PairOutcome(i, pairs.get(i).requestId(),
                scores.get(i).total(), isDiverged[i], clusterOf[i], xy[i][0], xy[i][1], values.get(i), characterised.get(i).changes()))
                .toList();
        clock.lap("characterisation");
        progress.update(0.99, "measuring run-level shifts");
        List<PopulationShift> shifts = PopulationShifts.of(values, settings.seed());
        clock.lap("shifts");
        progress.update(1.0, "analysis complete");
        Map<String, String> provenance = new LinkedHashMap<>(settingsWith(floor));
        provenance.put(AnalysisSettings.MIN_CLUSTER_SIZE_USED, Integer.toString(clustering.minClusterSize()));
        provenance.putAll(clock.laps());
        return new RunAnalysis(Summaries.of(outcomes, clusters, floor, shifts), clusters, outcomes, provenance);
    }

    /** Cluster sizes follow the number of diverged pairs, not the calm context beside them. */
    private DensityClusteringSettings clusteringSettings(int divergedCount) {
        DensityClusteringSettings defaults = DensityClusteringSettings.defaultsFor(divergedCount);
        int minClusterSize = settings.minClusterSize() > 0 ? settings.minClusterSize() : defaults.minClusterSize();
        return new DensityClusteringSettings(minClusterSize, Math.min(minClusterSize, defaults.minSamples()),
                settings.seed(), defaults.sampleLimit());
    }

    /**
     * One cluster per systematic kind of change, then the density clusters of content changes, merged
     * where their characterisation reads the same (two "meaning changed" clusters are one finding).
     * Ids follow that order; the list comes back largest first.
     */
    private static List<ClusterSummary> characterise(KindGroups kinds, ClusterAssignment contentAssignment, int[] content,
                                                     ClusterCharacteriser characteriser, double[][] representationByPair,
                                                     int[] clusterOf) {
        List<List<Integer>> members = new ArrayList<>();
        List<Optional<KindEvidence>> evidence = new ArrayList<>();
        for (KindGroups.Group group : kinds.groups()) {
            members.add(group.members());
            evidence.add(Optional.of(group.evidence()));
        }
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        List<List<Integer>> contentClusters = new ArrayList<>();
        for (int c = 0; c < contentAssignment.clusterCount(); c++) {
            contentClusters.add(new ArrayList<>());
        }
        for (int r = 0; r < content.length; r++) {
            int label = contentAssignment.labelOf(r);
            if (label != ClusterAssignment.NOISE) {
                contentClusters.get(label).add(content[r]);
            }
        }
        for (List<Integer> cluster : contentClusters) {
            byLabel.computeIfAbsent(characteriser.contentLabelKey(cluster), key -> new ArrayList<>()).addAll(cluster);
        }
        for (List<Integer> merged : byLabel.values()) {
            members.add(merged.stream().sorted().toList());
            evidence.add(Optional.empty());
        }
        List<ClusterSummary> clusters = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            clusters.add(characteriser.characterise(c, members.get(c), representationByPair, evidence.get(c)));
            for (int index : members.get(c)) {
                clusterOf[index] = c;
            }
        }
        clusters.sort(Comparator.comparingDouble(ClusterSummary::share).reversed().thenComparingInt(ClusterSummary::id));
        return clusters;
    }

    private Map<String, String> settingsWith(NoiseFloor floor) {
        Map<String, String> described = new LinkedHashMap<>(settings.describe());
        described.put("embedding_model", embedder.modelId());
        if (floor != null) {
            described.put("noise_floor_value", "%.4f".formatted(floor.threshold()));
        }
        return described;
    }
}
