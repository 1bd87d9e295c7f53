// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work as {@link Task}s on a small pool of daemon threads; JavaFX delivers progress (coalesced
 * per pulse) and the outcome on the FX thread. Two workers let a short page load proceed while a
 * long analysis runs.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "shiftlens-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningTask submit(String title, BackgroundWork<T> work, ProgressListener progress,
                                  Consumer<Outcome<T>> onOutcome) {
        Cancellation cancellation = new Cancellation();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.run((fraction, message) -> {
                    updateProgress(Math.clamp(fraction, 0.0, 1.0), 1.0);
                    updateMessage(message);
                }, cancellation);
            }
        };
        task.progressProperty().addListener((obs, old, value) -> progress.update(value.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, old, value) -> progress.update(Math.max(0, task.getProgress()), value));
        task.setOnSucceeded(event -> onOutcome.accept(new Outcome.Done<>(task.getValue())));
        task.setOnFailed(event -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                onOutcome.accept(new Outcome.Cancelled<>());
            } else {
                LOG.debug("background work '{}' failed", title, error);
                onOutcome.accept(new Outcome.Failed<>(error));
            }
        });
        task.setOnCancelled(event -> onOutcome.accept(new Outcome.Cancelled<>()));
        pool.execute(task);
        // cooperative: the work stops at its next checkpoint and reports CancelledException
        return cancellation::cancel;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
