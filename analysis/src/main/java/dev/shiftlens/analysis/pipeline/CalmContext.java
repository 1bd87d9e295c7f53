// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.cluster.ClusterAssignment;
import dev.shiftlens.analysis.cluster.DensityClusterer;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Clusters the diverged pairs among a seeded sample of calm (not diverged) ones. HDBSCAN never
 * returns its root as a cluster, so a run whose divergences are all of one kind would otherwise
 * come back as "no cluster"; with calm pairs beside them, "one kind of change" and "no change"
 * are two clusters. A cluster made mostly of calm pairs is ordinary variation: its diverged
 * members count as noise. Calm pairs never receive a cluster themselves.
 */
final class CalmContext {

    private CalmContext() {
    }

    /** Indices of the calm pairs to cluster beside the diverged ones: as many as there are diverged pairs, seeded. */
    static int[] sample(int pairs, int[] diverged, long seed) {
        boolean[] isDiverged = new boolean[pairs];
        Arrays.stream(diverged).forEach(index -> isDiverged[index] = true);
        int[] calm = IntStream.range(0, pairs).filter(i -> !isDiverged[i]).toArray();
        int wanted = Math.min(calm.length, diverged.length);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(calm.length - i);
            int swap = calm[i];
            calm[i] = calm[j];
            calm[j] = swap;
        }
        int[] chosen = Arrays.copyOf(calm, wanted);
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * @param points the diverged pairs' representations first, then the calm sample's
     * @return the assignment of the {@code divergedCount} diverged pairs only; a cluster left with fewer
     *         than {@code minClusterSize} diverged members is noise, as it would have been without context
     */
    static ClusterAssignment cluster(DensityClusterer clusterer, double[][] points, int divergedCount, int minClusterSize,
                                     ProgressListener progress, Cancellation cancel) {
        int[] labels = clusterer.cluster(points, progress, cancel).labels();
        int clusters = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] divergedMembers = new int[clusters];
        int[] calmMembers = new int[clusters];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != ClusterAssignment.NOISE) {
                if (i < divergedCount) {
                    divergedMembers[labels[i]]++;
                } else {
                    calmMembers[labels[i]]++;
                }
            }
        }
        int[] divergedLabels = new int[divergedCount];
        for (int i = 0; i < divergedCount; i++) {
            int label = labels[i];
            boolean ordinary = label == ClusterAssignment.NOISE || calmMembers[label] >= divergedMembers[label]
                    || divergedMembers[label] < minClusterSize;
            divergedLabels[i] = ordinary ? ClusterAssignment.NOISE : label;
        }
        return ClusterAssignment.fromRawLabels(divergedLabels, ClusterAssignment.NOISE, divergedCount);
    }
}
