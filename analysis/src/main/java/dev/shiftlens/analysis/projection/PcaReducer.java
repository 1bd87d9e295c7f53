// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import java.util.Arrays;

/**
 * A fitted linear reduction to the first principal axes, e.g. 384-d embedding differences to 16 dims before
 * clustering. Immutable and safe to share. Each axis' sign is fixed (largest absolute loading positive), so
 * refitting the same data gives the same output.
 *
 * <p>Fitting uses at most {@value #FIT_ROWS} evenly spaced rows (every ceil(n/{@value #FIT_ROWS})-th): the
 * axes of a few thousand rows are as good as those of all for this purpose, and the covariance stays
 * cheap. With fewer than two distinct rows there is no variance to find; the reducer then keeps the first
 * coordinates (centred), which maps identical points to one point.
 */
public final class PcaReducer {

    static final int FIT_ROWS = 5_000;

    private final double[] center;
    private final double[][] axes;

    private PcaReducer(double[] center, double[][] axes) {
        this.center = center;
        this.axes = axes;
    }

    /** Fits on {@code rows} and keeps {@code min(maxDimensions, width)} axes; {@code rows} may be empty. */
    public static PcaReducer fit(double[][] rows, int maxDimensions) {
        if (maxDimensions < 1) {
            throw new IllegalArgumentException("maxDimensions must be at least 1: " + maxDimensions);
        }
        int width = Rows.requireRectangularAndFinite(rows);
        int k = Math.min(maxDimensions, width);
        if (rows.length < 2 || Rows.allIdentical(rows)) {
            return new PcaReducer(mean(rows, width), unitAxes(k, width));
        }
        SmilePca.Fit fit = SmilePca.fit(evenlySpaced(rows), k);
        double[][] axes = fit.axes();
        Arrays.stream(axes).forEach(PcaReducer::fixSign);
        return new PcaReducer(mean(rows, width), axes);
    }

    /** Output width: {@code min(maxDimensions, input width)}. */
    public int dimension() {
        return axes.length;
    }

    public int inputDimension() {
        return center.length;
    }

    public double[] reduce(double[] point) {
        if (point.length != center.length) {
            throw new IllegalArgumentException("point has " + point.length + " values, the reducer was fitted on " + center.length);
        }
        double[] reduced = new double[axes.length];
        for (int a = 0; a < axes.length; a++) {
            double sum = 0;
            for (int d = 0; d < center.length; d++) {
                sum += (point[d] - center[d]) * axes[a][d];
            }
            reduced[a] = sum;
        }
        return reduced;
    }

    public double[][] reduce(double[][] points) {
        return Arrays.stream(points).parallel().map(this::reduce).toArray(double[][]::new);
    }

    private static double[][] evenlySpaced(double[][] rows) {
        if (rows.length <= FIT_ROWS) {
            return rows;
        }
        int step = (rows.length + FIT_ROWS - 1) / FIT_ROWS;
        double[][] picked = new double[(rows.length + step - 1) / step][];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = rows[i * step];
        }
        return picked;
    }

    private static double[] mean(double[][] rows, int width) {
        double[] mean = new double[width];
        for (double[] row : rows) {
            for (int d = 0; d < width; d++) {
                mean[d] += row[d] / rows.length;
            }
        }
        return mean;
    }

    private static double[][] unitAxes(int k, int width) {
        double[][] axes = new double[k][width];
        for (int a = 0; a < k; a++) {
            axes[a][a] = 1;
        }
        return axes;
    }

    private static void fixSign(double[] axis) {
        int largest = 0;
        for (int d = 1; d < axis.length; d++) {
            if (Math.abs(axis[d]) > Math.abs(axis[largest])) {
                largest = d;
            }
        }
        if (axis[largest] < 0) {
            for (int d = 0; d < axis.length; d++) {
                axis[d] = -axis[d];
            }
        }
    }
}
