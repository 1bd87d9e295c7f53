// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

/** What a cluster of divergences means for users of the candidate. */
public enum Verdict {
    REGRESSION, IMPROVEMENT, NEUTRAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
