// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.app.ui.dialog.ToolWindow;
import dev.shiftlens.storage.RejectReason;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.List;

/** The parts both import dialogs share: progress, the outcome with its reject reasons, the buttons, and label styles. */
final class ImportControls {

    static final String ERROR_STYLE = "-fx-text-fill: #b3261e;";

    private ImportControls() {
    }

    static VBox progress(ImportRun run) {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(run.progressProperty());
        bar.visibleProperty().bind(run.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(run.statusProperty());
        status.styleProperty().bind(Bindings.when(run.failedProperty()).then(ERROR_STYLE).otherwise(""));
        return new VBox(4, bar, status);
    }

    /** The counts line and, when rows were rejected, their reasons; hidden until an import finished. */
    static VBox outcome(ImportRun run) {
        Label counts = new Label();
        counts.setId("import-counts");
        counts.setStyle("-fx-font-weight: bold;");
        counts.textProperty().bind(run.countsProperty());
        ListView<RejectReason> reasons = new ListView<>(run.rejectReasons());
        reasons.setId("import-reject-reasons");
        reasons.setPrefHeight(100);
        reasons.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RejectReason reason, boolean empty) {
                super.updateItem(reason, empty);
                setText(empty || reason == null ? null : reason.describe());
            }
        });
        reasons.visibleProperty().bind(Bindings.isNotEmpty(run.rejectReasons()));
        reasons.managedProperty().bind(reasons.visibleProperty());
        Label kept = note("Every rejected row is kept in the run with its line, raw text and reason.");
        kept.visibleProperty().bind(reasons.visibleProperty());
        kept.managedProperty().bind(reasons.visibleProperty());
        VBox box = new VBox(4, counts, reasons, kept);
        box.visibleProperty().bind(run.countsProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    static HBox buttons(ImportRun run, Runnable close) {
        Button start = ToolWindow.action("import-run", "Import", run::importRun);
        start.setDefaultButton(true);
        start.disableProperty().bind(run.canImportProperty().not());
        Button cancel = ToolWindow.action("import-cancel", "Cancel import", run::cancel);
        cancel.disableProperty().bind(run.runningProperty().not());
        Button closeButton = ToolWindow.action("import-close", "Close", close);
        closeButton.setCancelButton(true);
        Label later = note("Closing the dialog does not stop a running import (View › Background tasks).");
        return ToolWindow.actionRow(List.of(later), start, cancel, closeButton);
    }

    /** Why Import cannot run (the importer's own message), in red; hidden when it can. */
    static Label problem(ImportRun run) {
        Label problem = new Label();
        problem.setId("import-problem");
        problem.setStyle(ERROR_STYLE);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(run.problemProperty());
        problem.visibleProperty().bind(run.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-note");
        label.setWrapText(true);
        return label;
    }
}
