// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

/**
 * Two-sided sign test: with {@code k} of {@code n} changed pairs moving one way, how likely is a
 * split at least this uneven if both directions were equally likely? Exact binomial up to n = 1000,
 * normal approximation with continuity correction above.
 */
public final class SignTest {

    private SignTest() {
    }

    public static double pValue(int towards, int against) {
        int n = towards + against;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.max(towards, against);
        if (n > 1000) {
            double z = (k - 0.5 - n / 2.0) / Math.sqrt(n / 4.0);
            return Math.min(1.0, 2 * upperNormalTail(z));
        }
        double logHalfPowN = n * Math.log(0.5);
        double tail = 0;
        for (int i = k; i <= n; i++) {
            tail += Math.exp(logChoose(n, i) + logHalfPowN);
        }
        return Math.min(1.0, 2 * tail);
    }

    public static String describe(double p) {
        return p < 0.001 ? "sign test p < 0.001" : "sign test p = %.3f".formatted(p);
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }

    /** Abramowitz–Stegun 7.1.26 erfc approximation; ample for p-values. */
    private static double upperNormalTail(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-x * x);
        return z >= 0 ? erfc / 2 : 1 - erfc / 2;
    }
}
