// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.task.RunningTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The long job the status bar shows (opening, importing, analysing): its message, progress and a way to cancel it. */
public final class BackgroundActivity {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private RunningTask task = RunningTask.FINISHED;

    void started(String what) {
        message.set(what + "…");
        progress.set(-1);
        running.set(true);
    }

    void attach(RunningTask runningTask) {
        if (running.get()) {
            task = runningTask;
        }
    }

    void progressed(double fraction, String what) {
        if (running.get()) {
            progress.set(fraction);
            if (what != null && !what.isBlank()) {
                message.set(what);
            }
        }
    }

    void finished(String what) {
        task = RunningTask.FINISHED;
        running.set(false);
        progress.set(0);
        message.set(what);
    }

    /** Asks the running job to stop at its next checkpoint. */
    public void cancel() {
        if (running.get()) {
            message.set("Cancelling…");
            task.cancel();
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the job cannot say how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
