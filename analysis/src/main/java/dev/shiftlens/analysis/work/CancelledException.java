// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.work;

/** Thrown by {@link Cancellation#checkpoint()}; callers treat it as "the user stopped this", never as a failure. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled by the user", null, false, false);
    }
}
