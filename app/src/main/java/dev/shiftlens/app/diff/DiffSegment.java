// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.diff;

/** A run of text on one side of the comparison and whether the other side has it too. */
public record DiffSegment(String text, Kind kind) {

    public enum Kind {
        /** On both sides. */
        SAME,
        /** Only in the baseline output. */
        REMOVED,
        /** Only in the candidate output. */
        ADDED
    }
}
