// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import dev.shiftlens.analysis.work.Cancellation;

import java.util.Arrays;

/**
 * Attaches points left out of the clustered sample: each takes the cluster of its nearest clustered sample
 * point when it lies within that point's core distance (distance to its {@code minSamples}-th nearest sample
 * point, itself included), else it is noise. This is HDBSCAN*'s own membership test seen from one point.
 */
final class SampleAttachment {

    private SampleAttachment() {
    }

    static double[] coreDistances(double[][] sample, int minSamples, Cancellation cancel) {
        int k = Math.min(minSamples, sample.length) - 1;
        double[] core = new double[sample.length];
        double[] distances = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            if (i % 256 == 0) {
                cancel.checkpoint();
            }
            for (int j = 0; j < sample.length; j++) {
                distances[j] = squaredDistance(sample[i], sample[j]);
            }
            double[] sorted = distances.clone();
            Arrays.sort(sorted);
            core[i] = Math.sqrt(sorted[k]);
        }
        return core;
    }

    /** Label for {@code point}, given the sample's raw labels ({@code noise} for noise) and core distances. */
    static int attach(double[] point, double[][] sample, int[] sampleLabels, int noise, double[] core) {
        int nearest = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < sample.length; j++) {
            if (sampleLabels[j] != noise) {
                double d = squaredDistance(point, sample[j]);
                if (d < best) {
                    best = d;
                    nearest = j;
                }
            }
        }
        return nearest >= 0 && Math.sqrt(best) <= core[nearest] ? sampleLabels[nearest] : noise;
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
