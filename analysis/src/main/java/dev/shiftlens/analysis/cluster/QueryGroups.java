// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import java.util.Arrays;

/**
 * Partitions queries into topic groups by their sentence vectors (k-means), so a replay sample
 * can keep every kind of request at its share of traffic. Unlike the divergence clustering this
 * leaves no noise: every query belongs to a group. Deterministic for a seed.
 */
public final class QueryGroups {

    private QueryGroups() {
    }

    /** A sensible number of groups for a sample of this size: about its square root, 2 to 20. */
    public static int defaultCount(int sampleSize) {
        return Math.clamp(Math.round(Math.sqrt(sampleSize)), 2, 20);
    }

    /** The group (0..groups-1) of every vector; fewer distinct vectors than groups give fewer groups. */
    public static int[] of(float[][] vectors, int groups, long seed) {
        if (vectors.length == 0) {
            return new int[0];
        }
        double[][] rows = Arrays.stream(vectors).map(QueryGroups::widen).toArray(double[][]::new);
        int distinct = (int) Arrays.stream(rows).map(Arrays::toString).distinct().limit(groups).count();
        if (distinct < 2) {
            return new int[vectors.length];
        }
        return SmileKMeans.labels(rows, Math.min(groups, distinct), seed);
    }

    private static double[] widen(float[] vector) {
        double[] row = new double[vector.length];
        for (int d = 0; d < row.length; d++) {
            row[d] = vector[d];
        }
        return row;
    }
}
