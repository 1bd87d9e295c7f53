// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.SplittableRandom;

/**
 * UMAP (McInnes, Healy and Melville 2018) to 2-D in plain Java, following umap-learn's reference
 * implementation: exact neighbours ({@link NearestNeighbours}), the fuzzy graph ({@link FuzzyGraph}), the
 * fitted curve ({@link UmapCurve}), then stochastic gradient descent over the graph's edges.
 *
 * <p>Differences from umap-learn: the start is the first two principal components scaled to ±10 plus
 * jitter of 10⁻⁴ (umap-learn's {@code init="pca"}), never the spectral layout, which needs an eigen-solver
 * (ARPACK stalled for minutes and then failed on well-separated clusters); the descent runs on one thread,
 * so the layout is a pure function of input and seed (every random draw comes from one
 * {@link SplittableRandom}, and exp/log come from {@link StrictMath}, the same on every JVM).
 *
 * <p>The descent, per epoch: each edge is sampled every {@code max weight / weight} epochs; a sample pulls
 * both ends together and pushes the head away from {@value #NEGATIVE_SAMPLES} random points per sample;
 * every gradient component is clipped to ±{@value #CLIP}; the learning rate falls linearly from 1 to 1/epochs.
 * Cancellation is checked and progress reported between epochs.
 */
final class UmapLayout {

    static final int NEGATIVE_SAMPLES = 5;
    static final double CLIP = 4;
    static final double SPREAD = 1;
    static final double START_EXTENT = 10;
    static final double JITTER = 1e-4;
    private static final double REPULSION_FLOOR = 0.001;
    static final double NEIGHBOURS_SHARE = 0.15;

    private final int neighbours;
    private final int epochs;
    private final UmapCurve curve;
    private final long seed;

    /** @param neighbours counting the point itself, as umap-learn's {@code n_neighbors} */
    UmapLayout(int neighbours, int epochs, double minDist, long seed) {
        if (neighbours < 2 || epochs < 1 || !(minDist > 0)) {
            throw new IllegalArgumentException("neighbours=" + neighbours + ", epochs=" + epochs + ", minDist=" + minDist);
        }
        this.neighbours = neighbours;
        this.epochs = epochs;
        this.curve = UmapCurve.fit(minDist, SPREAD);
        this.seed = seed;
    }

    UmapCurve curve() {
        return curve;
    }

    /** n rows of equal width (n may be 0) to n rows of two finite coordinates, in input order. */
    double[][] fit(double[][] points, ProgressListener progress, Cancellation cancel) {
        Rows.requireRectangularAndFinite(points);
        cancel.checkpoint();
        SplittableRandom random = new SplittableRandom(seed);
        double[] xy = start(points, random);
        NearestNeighbours knn = NearestNeighbours.of(points, neighbours - 1, progress.slice(0, NEIGHBOURS_SHARE), cancel);
        FuzzyGraph graph = FuzzyGraph.of(knn, epochs);
        optimise(xy, points.length, graph, random, progress.slice(NEIGHBOURS_SHARE, 1), cancel);
        double[][] layout = new double[points.length][];
        for (int i = 0; i < layout.length; i++) {
            layout[i] = new double[] {xy[2 * i], xy[2 * i + 1]};
        }
        return layout;
    }

    /** Interleaved x, y: the first two principal components, the larger extent scaled to ±10, plus jitter. */
    private static double[] start(double[][] points, SplittableRandom random) {
        double[] xy = new double[2 * points.length];
        if (points.length > 0 && points[0].length > 0) {
            double[][] reduced = PcaReducer.fit(points, 2).reduce(points);
            for (int i = 0; i < points.length; i++) {
                System.arraycopy(reduced[i], 0, xy, 2 * i, reduced[i].length);
            }
        }
        double extent = 0;
        for (double v : xy) {
            extent = Math.max(extent, Math.abs(v));
        }
        double scale = extent > 0 ? START_EXTENT / extent : 1;
        for (int c = 0; c < xy.length; c++) {
            xy[c] = xy[c] * scale + (random.nextDouble() * 2 - 1) * JITTER;
        }
        return xy;
    }

    private void optimise(double[] xy, int n, FuzzyGraph graph, SplittableRandom random, ProgressListener progress,
                          Cancellation cancel) {
        int[] head = graph.head();
        int[] tail = graph.tail();
        double maxWeight = 0;
        for (double w : graph.weight()) {
            maxWeight = Math.max(maxWeight, w);
        }
        double[] epochsPerSample = new double[graph.edges()];
        double[] epochsPerNegative = new double[graph.edges()];
        for (int e = 0; e < epochsPerSample.length; e++) {
            epochsPerSample[e] = maxWeight / graph.weight()[e];
            epochsPerNegative[e] = epochsPerSample[e] / NEGATIVE_SAMPLES;
        }
        double[] nextSample = epochsPerSample.clone();
        double[] nextNegative = epochsPerNegative.clone();
        double a = curve.a();
        double b = curve.b();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            cancel.checkpoint();
            double alpha = 1 - (epoch - 1) / (double) epochs;
            for (int e = 0; e < head.length; e++) {
                if (nextSample[e] > epoch) {
                    continue;
                }
                int j = head[e];
                attract(xy, j, tail[e], a, b, alpha);
                nextSample[e] += epochsPerSample[e];
                int negatives = (int) ((epoch - nextNegative[e]) / epochsPerNegative[e]);
                for (int s = 0; s < negatives; s++) {
                    repel(xy, j, random.nextInt(n), a, b, alpha);
                }
                nextNegative[e] += negatives * epochsPerNegative[e];
            }
            progress.update((double) epoch / epochs, "UMAP epoch " + epoch + " of " + epochs);
        }
    }

    private static void attract(double[] xy, int j, int k, double a, double b, double alpha) {
        double dx = xy[2 * j] - xy[2 * k];
        double dy = xy[2 * j + 1] - xy[2 * k + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 <= 0) {
            return;
        }
        double power = power(d2, b);
        double coefficient = -2 * a * b * (power / d2) / (a * power + 1);
        double gx = clip(coefficient * dx) * alpha;
        double gy = clip(coefficient * dy) * alpha;
        xy[2 * j] += gx;
        xy[2 * j + 1] += gy;
        xy[2 * k] -= gx;
        xy[2 * k + 1] -= gy;
    }

    private static void repel(double[] xy, int j, int k, double a, double b, double alpha) {
        double dx = xy[2 * j] - xy[2 * k];
        double dy = xy[2 * j + 1] - xy[2 * k + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 <= 0) {
            return; // the point itself, or one on the very same spot: no direction to push in
        }
        double coefficient = 2 * b / ((REPULSION_FLOOR + d2) * (a * power(d2, b) + 1));
        xy[2 * j] += clip(coefficient * dx) * alpha;
        xy[2 * j + 1] += clip(coefficient * dy) * alpha;
    }

    /**
     * {@code x^b} for {@code x > 0} as {@code exp(b ln x)}: {@link StrictMath} gives the same bits on every
     * JVM, and this form costs a quarter of {@link StrictMath#pow} (the descent's inner loop is mostly this).
     */
    private static double power(double x, double b) {
        return StrictMath.exp(b * StrictMath.log(x));
    }

    private static double clip(double value) {
        return Math.clamp(value, -CLIP, CLIP);
    }
}
