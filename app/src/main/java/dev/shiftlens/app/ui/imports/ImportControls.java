// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.storage.RejectReason;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
        Button start = new Button("Import");
        start.setId("import-run");
        start.setDefaultButton(true);
        start.disableProperty().bind(run.canImportProperty().not());
        start.setOnAction(event -> run.importRun());
        Button cancel = new Button("Cancel import");
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(run.runningProperty().not());
        cancel.setOnAction(event -> run.cancel());
        Button closeButton = new Button("Close");
        closeButton.setId("import-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label later = note("Closing the dialog does not stop a running import (View › Background tasks).");
        HBox row = new HBox(6, later, spacer, start, cancel, closeButton);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
