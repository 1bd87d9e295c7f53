// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * UMAP's fuzzy simplicial set of the neighbour graph, as a list of directed edges (each undirected edge
 * appears once in each direction, sorted by head then tail, as umap-learn iterates its sparse matrix).
 *
 * <p>Each point's distances are smoothed by its own scale: {@code w = exp(-(d - rho) / sigma)} where
 * {@code rho} is the distance to its nearest distinct neighbour and {@code sigma} is found by binary search
 * so that the weights sum to {@code log2(k + 1)} (umap-learn's smooth_knn_dist, local connectivity 1,
 * k neighbours plus the point itself). The two directions are merged by fuzzy union,
 * {@code w_ij + w_ji - w_ij * w_ji}. Edges weaker than {@code max / epochs} would never be sampled and are
 * dropped, as umap-learn does.
 *
 * @param head   the point an edge moves
 * @param tail   the point it is pulled towards
 * @param weight membership strength in (0, 1]
 */
record FuzzyGraph(int[] head, int[] tail, double[] weight) {

    private static final int SEARCH_STEPS = 64;
    private static final double TOLERANCE = 1e-5;
    private static final double MIN_SIGMA_SCALE = 1e-3;

    static FuzzyGraph of(NearestNeighbours knn, int epochs) {
        double[][] directed = memberships(knn);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < knn.size(); i++) {
            for (int p = 0; p < knn.index()[i].length; p++) {
                int j = knn.index()[i][p];
                double forward = directed[i][p];
                int back = position(knn.index()[j], i);
                if (back >= 0 && j < i) {
                    continue; // the pair was merged when j was visited
                }
                double backward = back >= 0 ? directed[j][back] : 0;
                double union = forward + backward - forward * backward;
                edges.add(new Edge(i, j, union));
                edges.add(new Edge(j, i, union));
            }
        }
        double max = edges.stream().mapToDouble(Edge::weight).max().orElse(0);
        List<Edge> kept = edges.stream()
                .filter(e -> e.weight() > 0 && e.weight() >= max / epochs)
                .sorted(Comparator.comparingInt(Edge::head).thenComparingInt(Edge::tail))
                .toList();
        return new FuzzyGraph(kept.stream().mapToInt(Edge::head).toArray(), kept.stream().mapToInt(Edge::tail).toArray(),
                kept.stream().mapToDouble(Edge::weight).toArray());
    }

    int edges() {
        return head.length;
    }

    private record Edge(int head, int tail, double weight) { }

    /** Each point's smoothed weights towards its neighbours, in the neighbour order. */
    static double[][] memberships(NearestNeighbours knn) {
        double meanOfAll = java.util.Arrays.stream(knn.distance()).flatMapToDouble(java.util.Arrays::stream).average().orElse(0);
        double[][] weights = new double[knn.size()][];
        for (int i = 0; i < knn.size(); i++) {
            double[] distances = knn.distance()[i];
            double rho = nearestDistinct(distances);
            double sigma = sigma(distances, rho);
            double floor = MIN_SIGMA_SCALE * (rho > 0 ? mean(distances) : meanOfAll);
            sigma = Math.max(sigma, floor);
            weights[i] = new double[distances.length];
            for (int p = 0; p < distances.length; p++) {
                double excess = distances[p] - rho;
                weights[i][p] = excess <= 0 || sigma == 0 ? 1 : StrictMath.exp(-excess / sigma);
            }
        }
        return weights;
    }

    private static double nearestDistinct(double[] distances) {
        for (double d : distances) {
            if (d > 0) {
                return d;
            }
        }
        return 0;
    }

    /** Binary search for the scale at which the weights sum to log2(k + 1). */
    private static double sigma(double[] distances, double rho) {
        double target = StrictMath.log(distances.length + 1) / StrictMath.log(2);
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double mid = 1;
        for (int step = 0; step < SEARCH_STEPS; step++) {
            double sum = 0;
            for (double d : distances) {
                double excess = d - rho;
                sum += excess > 0 ? StrictMath.exp(-excess / mid) : 1;
            }
            if (Math.abs(sum - target) < TOLERANCE) {
                break;
            }
            if (sum > target) {
                hi = mid;
                mid = (lo + hi) / 2;
            } else {
                lo = mid;
                mid = hi == Double.POSITIVE_INFINITY ? mid * 2 : (lo + hi) / 2;
            }
        }
        return mid;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static int position(int[] values, int wanted) {
        for (int p = 0; p < values.length; p++) {
            if (values[p] == wanted) {
                return p;
            }
        }
        return -1;
    }
}
