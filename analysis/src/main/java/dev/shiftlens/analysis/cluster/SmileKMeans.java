// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import smile.clustering.CentroidClustering;
import smile.clustering.KMeans;
import smile.math.MathEx;

/** The adapter over Smile's k-means (k-means++ seeding from Smile's per-thread random, which we seed). */
final class SmileKMeans {

    private static final int MAX_ITERATIONS = 100;

    private SmileKMeans() {
    }

    static int[] labels(double[][] rows, int k, long seed) {
        MathEx.setSeed(seed);
        CentroidClustering<double[], double[]> clustering = KMeans.fit(rows, k, MAX_ITERATIONS);
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = clustering.group(i);
        }
        return labels;
    }
}
