// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.analysis.work.Cancellation;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;

/** One task of the {@link TaskList}: its name, state, progress and latest message, and a way to cancel it. */
public final class TaskEntry {

    private final String name;
    private final Instant started;
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(TaskState.RUNNING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private RunningTask handle = RunningTask.FINISHED;
    // set on the worker thread as the work starts, so Cancel reaches work that runs on the caller's thread too
    private volatile Cancellation cancellation;

    TaskEntry(String name, Instant started) {
        this.name = name;
        this.started = started;
    }

    void attach(RunningTask runningTask) {
        handle = runningTask;
    }

    void watch(Cancellation workCancellation) {
        cancellation = workCancellation;
    }

    void progressed(double fraction, String what) {
        if (state.get() == TaskState.RUNNING) {
            progress.set(fraction);
            if (what != null && !what.isBlank()) {
                message.set(what);
            }
        }
    }

    /** Ends the entry; a task that is done keeps its last message after {@code what}, which says more than "done". */
    void finished(TaskState end, String what) {
        String last = message.get();
        state.set(end);
        progress.set(end == TaskState.DONE ? 1 : 0);
        message.set(end == TaskState.DONE && !last.isBlank() ? what + ": " + last : what);
        handle = RunningTask.FINISHED;
    }

    /** Asks the task to stop at its next checkpoint; it then shows as cancelled. Does nothing once it ended. */
    public void cancel() {
        if (state.get() != TaskState.RUNNING) {
            return;
        }
        message.set("Cancelling…");
        Cancellation current = cancellation;
        if (current != null) {
            current.cancel();
        }
        handle.cancel();
    }

    public String name() {
        return name;
    }

    public Instant started() {
        return started;
    }

    public boolean running() {
        return state.get() == TaskState.RUNNING;
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the task cannot say how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
