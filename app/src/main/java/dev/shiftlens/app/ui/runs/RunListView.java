// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.runs;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The runs list: name over "pairs · status". */
public final class RunListView extends ListView<RunRow> {

    private boolean syncing;

    public RunListView(RunListViewModel viewModel) {
        super(viewModel.rows());
        setId("runs");
        getStyleClass().add("runs");
        setPlaceholder(new Label("No runs yet: File › Import log…"));
        setCellFactory(unused -> new ListCell<>() {
            @Override
            protected void updateItem(RunRow run, boolean empty) {
                super.updateItem(run, empty);
                if (empty || run == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(run.name());
                name.getStyleClass().add("row-title");
                Label details = new Label(run.details());
                details.getStyleClass().add("row-details");
                setGraphic(new VBox(1, name, details));
                setText(null);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> {
            if (!syncing && run != null) {
                viewModel.select(run.runId());
            }
        });
        viewModel.selectedRunProperty().addListener((obs, old, id) -> sync(viewModel, id.intValue()));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<RunRow>) change ->
                sync(viewModel, viewModel.selectedRunProperty().get()));
    }

    private void sync(RunListViewModel viewModel, int runId) {
        syncing = true;
        try {
            viewModel.find(runId).ifPresentOrElse(getSelectionModel()::select, getSelectionModel()::clearSelection);
        } finally {
            syncing = false;
        }
    }
}
