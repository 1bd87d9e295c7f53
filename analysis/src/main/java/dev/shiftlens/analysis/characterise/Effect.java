// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.result.Verdict;

/**
 * One way a cluster's candidate outputs differ from their baselines, in words, with what it means
 * and how sure we are that it is systematic.
 *
 * @param direction what this effect alone would make of the cluster
 * @param strength  0..1, how much of the cluster shows it and how far (orders effects for the label)
 * @param pValue    two-sided sign test over the cluster's pairs; 1 when not testable
 */
record Effect(String text, Verdict direction, double strength, double pValue) {

    String withEvidence() {
        return pValue >= 1 ? text : text + " (" + SignTest.describe(pValue) + ")";
    }
}
