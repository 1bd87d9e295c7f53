// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.result.Verdict;

import java.util.List;

/**
 * The verdict a cluster's effects add up to. Any regression effect outweighs improvements — a
 * reviewer would rather see a mixed cluster flagged than waved through — and its sign test
 * gives the confidence. Without directional effects the cluster is neutral, with the confidence
 * that nothing directional is going on (the largest p-value among the tested effects; an even
 * 0.5 when no effect could be tested).
 */
record VerdictWithReasons(Verdict verdict, double confidence, List<String> reasons) {

    private static final double UNTESTED = 0.5;

    static VerdictWithReasons from(List<Effect> effects) {
        for (Verdict candidate : List.of(Verdict.REGRESSION, Verdict.IMPROVEMENT)) {
            List<Effect> matching = effects.stream().filter(effect -> effect.direction() == candidate).toList();
            if (!matching.isEmpty()) {
                double p = matching.stream().mapToDouble(Effect::pValue).min().orElse(1);
                return new VerdictWithReasons(candidate, 1 - p, matching.stream().map(Effect::withEvidence).toList());
            }
        }
        double p = effects.stream().mapToDouble(Effect::pValue).filter(value -> value < 1).max().orElse(UNTESTED);
        List<String> reasons = effects.stream().map(Effect::withEvidence).toList();
        return new VerdictWithReasons(Verdict.NEUTRAL, p, reasons.isEmpty() ? List.of("no directional change") : reasons);
    }
}
