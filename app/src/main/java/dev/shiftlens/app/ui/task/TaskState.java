// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

/** Where a listed task is: still running, or how it ended. */
public enum TaskState {
    RUNNING("running"),
    DONE("done"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    /** The word the task list shows. */
    public String label() {
        return label;
    }
}
