// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import java.util.Arrays;
import java.util.List;

/**
 * The level of continuous divergence ordinary variation reaches. Estimated robustly from the pairs
 * without structural change — median plus a few robust standard deviations (1.4826 × MAD) — so a
 * minority of real changes cannot drag it up the way a mean and standard deviation would.
 */
public record NoiseFloor(double threshold, String method) {

    /** Below this spread the data is (near) identical; keep a small margin so rounding is not "divergence". */
    private static final double MIN_SPREAD = 0.01;

    public static NoiseFloor fixed(double threshold) {
        return new NoiseFloor(threshold, "fixed by the user at %.3f".formatted(threshold));
    }

    public static NoiseFloor estimate(List<DivergenceScore> scores, double width) {
        double[] calm = scores.stream().filter(score -> !score.hasStructuralChange())
                .mapToDouble(DivergenceScore::continuous).sorted().toArray();
        if (calm.length < 5) {
            return new NoiseFloor(0.25, "default 0.25 (too few pairs without structural change to estimate: %d)".formatted(calm.length));
        }
        double median = median(calm);
        double[] deviations = Arrays.stream(calm).map(value -> Math.abs(value - median)).sorted().toArray();
        double robustSd = Math.max(MIN_SPREAD, 1.4826 * median(deviations));
        double threshold = median + width * robustSd;
        return new NoiseFloor(threshold, "median %.3f + %.1f × robust SD %.3f of the continuous divergence of %,d pairs without structural change"
                .formatted(median, width, robustSd, calm.length));
    }

    public boolean exceededBy(DivergenceScore score) {
        return score.hasStructuralChange() || score.continuous() > threshold;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
