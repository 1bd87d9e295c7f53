// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.ProgressListener;

import java.util.function.Consumer;

/**
 * Runs background work and hands its progress and outcome back on the UI thread, so view models
 * never block the UI and never touch their state from a worker thread.
 */
public interface TaskExecutor {

    /**
     * @param progress  receives progress updates on the UI thread (coalesced by the JavaFX implementation)
     * @param onOutcome receives exactly one outcome on the UI thread
     */
    <T> RunningTask submit(String title, BackgroundWork<T> work, ProgressListener progress, Consumer<Outcome<T>> onOutcome);

    default <T> RunningTask submit(String title, BackgroundWork<T> work, Consumer<Outcome<T>> onOutcome) {
        return submit(title, work, ProgressListener.NONE, onOutcome);
    }

    /** Stops accepting work; running work is asked to cancel. */
    void shutdown();
}
