// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pair;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.analysis.work.WorkerPool;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Pairs each after-window query with its most similar before-window query when the old model is
 * gone and no query was asked of both. Exact nearest neighbour by cosine of sentence vectors
 * (n × m comparisons, spread over the worker pool); a match below the threshold is no match.
 * Matched pairs answer similar questions, not the same one: callers must say so.
 */
public final class NearestQueryMatcher {

    private NearestQueryMatcher() {
    }

    /**
     * The best before-window match of one after-window query.
     *
     * @param before     index into the before window, or -1 when the window is empty
     * @param similarity cosine of the two query vectors
     */
    public record Match(int after, int before, double similarity) {

        public boolean accepted(double threshold) {
            return before >= 0 && similarity >= threshold;
        }
    }

    /** For every after-window vector, its nearest before-window vector (unit vectors, so cosine is the dot product). */
    public static List<Match> nearest(float[][] before, float[][] after, ProgressListener progress, Cancellation cancel) {
        List<Integer> rows = IntStream.range(0, after.length).boxed().toList();
        return WorkerPool.map(rows, a -> best(a, after[a], before), progress, cancel, "matched query");
    }

    private static Match best(int index, float[] query, float[][] before) {
        int bestIndex = -1;
        double bestSimilarity = -2;
        for (int b = 0; b < before.length; b++) {
            double similarity = TextEmbedder.cosine(query, before[b]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                bestIndex = b;
            }
        }
        return new Match(index, bestIndex, bestIndex < 0 ? 0 : bestSimilarity);
    }
}
