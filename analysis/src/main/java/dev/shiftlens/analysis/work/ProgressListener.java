// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.work;

/** Receives progress of one unit of work; {@code fraction} runs from 0 to 1. Implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, message) -> { };

    void update(double fraction, String message);

    /** A listener that maps this stage's 0..1 onto the parent's {@code from..to}. */
    default ProgressListener slice(double from, double to) {
        return (fraction, message) -> update(from + (to - from) * Math.clamp(fraction, 0.0, 1.0), message);
    }
}
