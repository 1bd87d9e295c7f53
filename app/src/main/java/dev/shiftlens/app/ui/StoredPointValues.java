// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.scatter.PointValues;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.RunStore;

import java.util.function.Consumer;

/** Reads a metric or metadata field for every pair of a run in the background, for colouring the scatter. */
final class StoredPointValues implements PointValues {

    private final TaskExecutor executor;
    private final RunStore store;
    private final int runId;

    StoredPointValues(TaskExecutor executor, RunStore store, int runId) {
        this.executor = executor;
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void metric(String metric, Consumer<double[]> whenRead) {
        executor.submit("Reading " + metric, (progress, cancel) -> store.metricValues(runId, metric), (Outcome<double[]> outcome) -> {
            if (outcome instanceof Outcome.Done<double[]>(double[] values)) {
                whenRead.accept(values);
            }
        });
    }

    @Override
    public void segment(String field, Consumer<String[]> whenRead) {
        executor.submit("Reading " + field, (progress, cancel) -> store.segmentValues(runId, field), (Outcome<String[]> outcome) -> {
            if (outcome instanceof Outcome.Done<String[]>(String[] values)) {
                whenRead.accept(values);
            }
        });
    }
}
