// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.analysis.work.WorkerPool;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The exact {@code k} nearest other points of every point, by Euclidean distance: brute force, which for
 * the few thousand points UMAP is fitted on (O(n²·d), about 10⁹ multiply-adds at 4,000 x 50) costs well
 * under a second on the worker threads and, unlike approximate search, is the same on every run.
 *
 * @param index    {@code index[i]} the neighbours of point i, nearest first; equal distances keep the lower index first
 * @param distance {@code distance[i][p]} the distance from i to {@code index[i][p]}
 */
record NearestNeighbours(int[][] index, double[][] distance) {

    static NearestNeighbours of(double[][] points, int k, ProgressListener progress, Cancellation cancel) {
        int perPoint = Math.clamp(k, 0, Math.max(0, points.length - 1));
        List<Row> rows = WorkerPool.map(IntStream.range(0, points.length).boxed().toList(),
                i -> nearestTo(points, i, perPoint), progress, cancel, "neighbours of point");
        return new NearestNeighbours(rows.stream().map(Row::index).toArray(int[][]::new),
                rows.stream().map(Row::distance).toArray(double[][]::new));
    }

    int size() {
        return index.length;
    }

    private record Row(int[] index, double[] distance) { }

    private static Row nearestTo(double[][] points, int i, int k) {
        int[] nearest = new int[k];
        double[] squared = new double[k];
        java.util.Arrays.fill(squared, Double.POSITIVE_INFINITY);
        for (int j = 0; j < points.length && k > 0; j++) {
            if (j == i) {
                continue;
            }
            double d = Rows.squaredDistance(points[i], points[j]);
            if (d < squared[k - 1]) {
                int at = k - 1;
                while (at > 0 && squared[at - 1] > d) {
                    squared[at] = squared[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                squared[at] = d;
                nearest[at] = j;
            }
        }
        double[] distance = new double[k];
        for (int p = 0; p < k; p++) {
            distance[p] = Math.sqrt(squared[p]);
        }
        return new Row(nearest, distance);
    }
}
