// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.work;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cooperative cancel flag shared by the one who asks and the work that checks it between batches. */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Call between batches: stops the work with {@link CancelledException} once cancel was asked. */
    public void checkpoint() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
