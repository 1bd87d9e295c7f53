// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.divergence.ChangeKind;
import dev.shiftlens.analysis.result.Verdict;

/**
 * Why a cluster is one kind of change: how many of the run's diverged pairs show the kind, how many
 * show its opposite, and the verdict the policy gives it.
 *
 * @param opposite pairs of the run showing the opposite kind (0 for a kind without one)
 */
public record KindEvidence(ChangeKind kind, int pairs, int opposite, Verdict verdict) {

    /** Two-sided sign test of the kind against its opposite: under no systematic change both are equally likely. */
    public double pValue() {
        return SignTest.pValue(pairs, opposite);
    }

    String reason() {
        String against = kind.opposite() == kind ? "" : ", the opposite (%s) in %,d".formatted(kind.opposite().description(), opposite);
        return "%s in %,d pairs%s (%s)".formatted(kind.description(), pairs, against, SignTest.describe(pValue()));
    }
}
