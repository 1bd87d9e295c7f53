// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.function.Consumer;

/** Runs work at once on the caller's thread: deterministic view-model tests without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> RunningTask submit(String title, BackgroundWork<T> work, ProgressListener progress,
                                  Consumer<Outcome<T>> onOutcome) {
        Cancellation cancellation = new Cancellation();
        Outcome<T> outcome;
        try {
            outcome = new Outcome.Done<>(work.run(progress, cancellation));
        } catch (CancelledException e) {
            outcome = new Outcome.Cancelled<>();
        } catch (Exception e) {
            outcome = new Outcome.Failed<>(e);
        }
        onOutcome.accept(outcome);
        return RunningTask.FINISHED;
    }

    @Override
    public void shutdown() {
        // nothing runs after submit returns
    }
}
