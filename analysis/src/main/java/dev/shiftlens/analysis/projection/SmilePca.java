// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import smile.feature.extraction.PCA;
import smile.math.matrix.Matrix;

/** The adapter over Smile's PCA (covariance, LAPACK eigen-decomposition through bundled OpenBLAS). */
final class SmilePca {

    private SmilePca() {
    }

    /** Mean of the rows and the first {@code k} principal axes as rows ({@code k x width}), largest variance first. */
    record Fit(double[] center, double[][] axes) { }

    static Fit fit(double[][] rows, int k) {
        PCA pca = PCA.fit(rows);
        Matrix loadings = pca.loadings(); // width x width, columns are axes by decreasing variance
        int width = rows[0].length;
        double[][] axes = new double[k][width];
        for (int a = 0; a < k; a++) {
            for (int d = 0; d < width; d++) {
                axes[a][d] = loadings.get(d, a);
            }
        }
        return new Fit(pca.center().clone(), axes);
    }
}
