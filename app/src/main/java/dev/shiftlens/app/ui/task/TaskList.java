// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.ProgressListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Every long task started in this session (import, analysis, export, …), newest first: the running
 * ones and the last {@value #FINISHED_KEPT} finished. It is a {@link TaskExecutor} itself, so a view
 * model lists its work by submitting through it; short reads go to the plain executor and stay out.
 */
public final class TaskList implements TaskExecutor {

    public static final int FINISHED_KEPT = 20;

    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<TaskEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TaskEntry> shown = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();

    public TaskList(TaskExecutor executor) {
        this(executor, Clock.systemUTC());
    }

    TaskList(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public <T> RunningTask submit(String title, BackgroundWork<T> work, ProgressListener progress, Consumer<Outcome<T>> onOutcome) {
        TaskEntry entry = new TaskEntry(title, clock.instant());
        entries.addFirst(entry);
        recount();
        RunningTask handle = executor.submit(title, (listener, cancellation) -> {
            entry.watch(cancellation);
            return work.run(listener, cancellation);
        }, (fraction, message) -> {
            entry.progressed(fraction, message);
            progress.update(fraction, message);
        }, (Outcome<T> outcome) -> {
            String took = took(entry);
            switch (outcome) {
                case Outcome.Done<T> done -> entry.finished(TaskState.DONE, "Done in " + took);
                case Outcome.Failed<T>(Throwable error) -> entry.finished(TaskState.FAILED, "Failed after " + took + ": " + describe(error));
                case Outcome.Cancelled<T> cancelled -> entry.finished(TaskState.CANCELLED, "Cancelled after " + took);
            }
            recount();
            forgetOldFinished();
            onOutcome.accept(outcome);
        });
        entry.attach(handle);
        return entry::cancel;
    }

    private String took(TaskEntry entry) {
        Duration elapsed = Duration.between(entry.started(), clock.instant());
        return elapsed.toMinutes() > 0 ? "%d min %d s".formatted(elapsed.toMinutes(), elapsed.toSecondsPart())
                : String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().lines().findFirst().orElse("");
    }

    private void recount() {
        running.set((int) entries.stream().filter(TaskEntry::running).count());
    }

    private void forgetOldFinished() {
        int finished = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).running() && ++finished > FINISHED_KEPT) {
                entries.remove(i--);
            }
        }
    }

    /** Asks every running task to stop. */
    public void cancelAll() {
        entries.stream().filter(TaskEntry::running).toList().forEach(TaskEntry::cancel);
    }

    @Override
    public void shutdown() {
        cancelAll();
        executor.shutdown();
    }

    /** Newest first: running tasks and the last {@value #FINISHED_KEPT} finished ones. */
    public ObservableList<TaskEntry> entries() {
        return shown;
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return running.getReadOnlyProperty();
    }
}
