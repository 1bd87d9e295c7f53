// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

/** Which answer of a pair a request produces. */
public enum Side {
    BASELINE,
    CANDIDATE,
    /** A second answer of the baseline to the same query, to measure the noise floor. */
    BASELINE_REPEAT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
