// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

/**
 * The low-dimensional similarity {@code 1 / (1 + a * d^(2b))} UMAP optimises, with {@code a} and {@code b}
 * fitted by least squares to the target curve of {@code minDist} and {@code spread}: 1 closer than
 * {@code minDist}, {@code exp(-(d - minDist) / spread)} beyond, sampled at 300 points on [0, 3 * spread]
 * (umap-learn's find_ab_params, there with SciPy's curve_fit). Levenberg-Marquardt from a = b = 1; for
 * minDist 0.1 and spread 1 this gives umap-learn's a = 1.577, b = 0.895.
 */
record UmapCurve(double a, double b) {

    private static final int SAMPLES = 300;
    private static final int MAX_STEPS = 500;

    static UmapCurve fit(double minDist, double spread) {
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            x[s] = 3 * spread * s / (SAMPLES - 1);
            y[s] = x[s] < minDist ? 1 : StrictMath.exp(-(x[s] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double error = squaredError(x, y, a, b);
        for (int step = 0; step < MAX_STEPS && lambda < 1e12; step++) {
            // normal equations J^T J (2x2) and J^T r for the residuals r = model - y
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int s = 0; s < SAMPLES; s++) {
                if (x[s] == 0) {
                    continue; // the model is 1 there whatever a and b are
                }
                double u = StrictMath.pow(x[s], 2 * b);
                double g = 1 / (1 + a * u);
                double da = -u * g * g;
                double db = -a * u * 2 * StrictMath.log(x[s]) * g * g;
                double r = g - y[s];
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            double maa = jaa * (1 + lambda);
            double mbb = jbb * (1 + lambda);
            double det = maa * mbb - jab * jab;
            double stepA = -(mbb * ga - jab * gb) / det;
            double stepB = -(maa * gb - jab * ga) / det;
            double tried = a + stepA > 0 && b + stepB > 0 ? squaredError(x, y, a + stepA, b + stepB) : Double.POSITIVE_INFINITY;
            if (tried < error) {
                boolean converged = error - tried < 1e-15 * Math.max(1, error);
                a += stepA;
                b += stepB;
                error = tried;
                lambda /= 10;
                if (converged) {
                    break;
                }
            } else {
                lambda *= 10;
            }
        }
        return new UmapCurve(a, b);
    }

    private static double squaredError(double[] x, double[] y, double a, double b) {
        double sum = 0;
        for (int s = 0; s < SAMPLES; s++) {
            double r = 1 / (1 + a * StrictMath.pow(x[s], 2 * b)) - y[s];
            sum += r * r;
        }
        return sum;
    }
}
