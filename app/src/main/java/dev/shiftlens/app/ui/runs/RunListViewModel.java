// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.runs;

import dev.shiftlens.storage.RunInfo;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The workspace's runs, newest first, and which one is shown. */
public final class RunListViewModel {

    public static final int NONE = -1;

    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selectedRun = new ReadOnlyIntegerWrapper(NONE);

    /** Replaces the list, keeping the selection when that run is still there. */
    public void show(List<RunInfo> runs) {
        rows.setAll(runs.stream().map(RunRow::of).sorted(Comparator.comparingInt(RunRow::runId).reversed()).toList());
        if (find(selectedRun.get()).isEmpty()) {
            selectedRun.set(NONE);
        }
    }

    public ObservableList<RunRow> rows() {
        return readOnlyRows;
    }

    public void select(int runId) {
        selectedRun.set(find(runId).map(RunRow::runId).orElse(NONE));
    }

    public void selectNewest() {
        select(rows.stream().mapToInt(RunRow::runId).max().orElse(NONE));
    }

    public Optional<RunRow> find(int runId) {
        return rows.stream().filter(row -> row.runId() == runId).findFirst();
    }

    /** The shown run's id, or {@link #NONE}. */
    public ReadOnlyIntegerProperty selectedRunProperty() {
        return selectedRun.getReadOnlyProperty();
    }
}
