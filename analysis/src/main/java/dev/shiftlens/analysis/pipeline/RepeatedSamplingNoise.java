// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.divergence.DivergenceScore;
import dev.shiftlens.analysis.divergence.NoiseFloor;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.metrics.PairMetricsCalculator;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The noise floor measured rather than estimated: the baseline asked the same query twice, each
 * repeat scored as if it were a baseline/candidate pair. What the same model varies by between two
 * answers is, by definition, ordinary variation; the floor is the median plus {@code width} robust
 * standard deviations of those divergences, scored exactly as the analysis scores real pairs.
 */
public final class RepeatedSamplingNoise {

    /** Fewer repeats than this say too little about the spread; the analysis then estimates its own floor. */
    public static final int MIN_REPEATS = 5;
    private static final double MIN_SPREAD = 0.01;

    private RepeatedSamplingNoise() {
    }

    /**
     * @param repeats pairs whose two outputs are two answers of the same model to the same query
     * @return the measured floor, or empty with fewer than {@link #MIN_REPEATS} repeats
     */
    public static Optional<NoiseFloor> measure(List<PairRecord> repeats, TextEmbedder embedder, double width,
                                               ProgressListener progress, Cancellation cancel) {
        if (repeats.size() < MIN_REPEATS) {
            return Optional.empty();
        }
        PairMetricsCalculator calculator = PairMetricsCalculator.withoutSchema();
        Embeddings embeddings = Embeddings.of(repeats, embedder, progress, cancel);
        double[] divergence = IntStream.range(0, repeats.size())
                .mapToDouble(i -> DivergenceScore.of(calculator.compute(repeats.get(i))
                        .withSemanticSimilarity(embeddings.similarity(i)).values()).continuous())
                .sorted().toArray();
        double median = median(divergence);
        double[] deviations = Arrays.stream(divergence).map(value -> Math.abs(value - median)).sorted().toArray();
        double robustSd = Math.max(MIN_SPREAD, 1.4826 * median(deviations));
        double threshold = median + width * robustSd;
        return Optional.of(new NoiseFloor(threshold, ("measured from %,d repeated baseline samples: median %.3f + %.1f × robust SD %.3f"
                + " of the divergence between two answers of the same model (highest seen %.3f)")
                .formatted(repeats.size(), median, width, robustSd, divergence[divergence.length - 1])));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
