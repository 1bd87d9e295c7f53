// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

/**
 * How much longer the candidate is than the baseline, in {@link OutputFeatures#chars()}.
 *
 * <p>{@link #of} is candidate ÷ baseline; when the baseline is empty it is 1 if the candidate is empty
 * too, else the candidate's length (as if the baseline had one character), so the ratio stays finite.
 * {@link #log} is ln((candidate + 1) ÷ (baseline + 1)): symmetric (halving and doubling are equally far
 * from 0), finite and defined for empty outputs, which is what scoring and clustering use.
 */
public final class LengthRatio {

    private LengthRatio() {
    }

    public static double of(int baselineChars, int candidateChars) {
        if (baselineChars == 0) {
            return candidateChars == 0 ? 1.0 : candidateChars;
        }
        return (double) candidateChars / baselineChars;
    }

    public static double log(int baselineChars, int candidateChars) {
        return Math.log((candidateChars + 1.0) / (baselineChars + 1.0));
    }
}
