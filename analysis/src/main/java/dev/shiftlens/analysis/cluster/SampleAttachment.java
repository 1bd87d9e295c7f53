// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import dev.shiftlens.analysis.work.Cancellation;

import java.util.Arrays;

/**
 * Attaches points left out of the clustered sample, in the spirit of HDBSCAN*'s approximate prediction: a point
 * takes the cluster of its nearest clustered sample point when its mutual reachability to it,
 * {@code max(own core distance, distance)}, is no larger than the largest core distance among that cluster's
 * sample members (the loosest density the cluster accepted); otherwise it is noise. Core distances are measured
 * against the sample: the distance to the {@code minSamples}-th nearest sample point, a sample point itself
 * included.
 */
final class SampleAttachment {

    private final double[][] sample;
    private final int[] sampleLabels;
    private final int noise;
    private final int minSamples;
    private final double[] loosestCoreByLabel;

    SampleAttachment(double[][] sample, int[] sampleLabels, int noise, int minSamples, Cancellation cancel) {
        this.sample = sample;
        this.sampleLabels = sampleLabels;
        this.noise = noise;
        this.minSamples = Math.clamp(minSamples, 1, sample.length);
        int maxLabel = Arrays.stream(sampleLabels).max().orElse(0);
        this.loosestCoreByLabel = new double[maxLabel + 1];
        double[] distances = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            if (i % 256 == 0) {
                cancel.checkpoint();
            }
            if (sampleLabels[i] == noise) {
                continue;
            }
            for (int j = 0; j < sample.length; j++) {
                distances[j] = squaredDistance(sample[i], sample[j]);
            }
            Arrays.sort(distances);
            double core = Math.sqrt(distances[this.minSamples - 1]);
            loosestCoreByLabel[sampleLabels[i]] = Math.max(loosestCoreByLabel[sampleLabels[i]], core);
        }
    }

    /** The raw label for a point outside the sample. */
    int attach(double[] point) {
        double[] nearestDistances = new double[minSamples];
        Arrays.fill(nearestDistances, Double.POSITIVE_INFINITY);
        int nearestClustered = -1;
        double nearestClusteredDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < sample.length; j++) {
            double d = squaredDistance(point, sample[j]);
            keepSmallest(nearestDistances, d);
            if (sampleLabels[j] != noise && d < nearestClusteredDistance) {
                nearestClusteredDistance = d;
                nearestClustered = j;
            }
        }
        if (nearestClustered < 0) {
            return noise;
        }
        // the point itself would be its own first neighbour, so its core distance is the (minSamples-1)-th sample distance
        double ownCore = minSamples == 1 ? 0 : Math.sqrt(nearestDistances[minSamples - 2]);
        double reachability = Math.max(ownCore, Math.sqrt(nearestClusteredDistance));
        int label = sampleLabels[nearestClustered];
        return reachability <= loosestCoreByLabel[label] ? label : noise;
    }

    private static void keepSmallest(double[] sortedAscending, double d) {
        int at = sortedAscending.length - 1;
        if (d >= sortedAscending[at]) {
            return;
        }
        while (at > 0 && sortedAscending[at - 1] > d) {
            sortedAscending[at] = sortedAscending[at - 1];
            at--;
        }
        sortedAscending[at] = d;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d] - b[d];
            sum += diff * diff;
        }
        return sum;
    }
}
