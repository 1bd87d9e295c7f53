// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

/** A handle on submitted work: the UI can ask it to stop. */
public interface RunningTask {

    RunningTask FINISHED = () -> { };

    /** Asks the work to stop at its next checkpoint; its outcome will be {@link Outcome.Cancelled}. */
    void cancel();
}
