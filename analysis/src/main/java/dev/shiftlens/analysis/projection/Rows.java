// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import java.util.Arrays;

/** Small checks and arithmetic on row-major point sets. */
final class Rows {

    private Rows() {
    }

    static int requireRectangularAndFinite(double[][] points) {
        int width = points.length == 0 ? 0 : points[0].length;
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != width) {
                throw new IllegalArgumentException("point " + i + " has " + points[i].length + " values, point 0 has " + width);
            }
            for (double v : points[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("point " + i + " holds a non-finite value: " + v);
                }
            }
        }
        return width;
    }

    static boolean allIdentical(double[][] points) {
        return Arrays.stream(points).allMatch(row -> Arrays.equals(row, points[0]));
    }

    static boolean allFinite(double[][] points) {
        return Arrays.stream(points).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite);
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d] - b[d];
            sum += diff * diff;
        }
        return sum;
    }

    static double[][] zeros(int n, int width) {
        return new double[n][width];
    }
}
