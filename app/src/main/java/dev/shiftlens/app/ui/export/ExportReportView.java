// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.export;

import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.ui.dialog.ToolWindow;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.util.List;

/**
 * The Export report dialog: scope (whole run or ticked clusters), files, folder, keep PII (off, with
 * a warning when on), Export; then progress, where the files went, and Open report / Open folder.
 */
public final class ExportReportView extends VBox {

    private final ExportReportViewModel viewModel;

    ExportReportView(ExportReportViewModel viewModel, Runnable close) {
        super(10);
        this.viewModel = viewModel;
        setId("export-report");
        setPadding(new Insets(14, 18, 14, 18));
        setPrefWidth(560);
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("section-heading");
        title.setWrapText(true);
        getChildren().addAll(title, scope(), formats(), folder(), pii(), progress(), buttons(close));
    }

    /** Opens the dialog over {@code owner}; it stays open after the export so the user can open what it wrote. */
    public static Stage open(Window owner, ExportReportViewModel viewModel) {
        Stage stage = ToolWindow.create(owner, "Export report", close -> new ExportReportView(viewModel, close),
                ToolWindow.closeUnless(viewModel.runningProperty()));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
        return stage;
    }

    private VBox scope() {
        ToggleGroup group = new ToggleGroup();
        RadioButton whole = new RadioButton("Whole run");
        whole.setId("export-whole-run");
        RadioButton chosen = new RadioButton("Only the ticked clusters");
        chosen.setId("export-chosen-clusters");
        whole.setToggleGroup(group);
        chosen.setToggleGroup(group);
        group.selectToggle(viewModel.scopeProperty().get() == ExportReportViewModel.Scope.WHOLE_RUN ? whole : chosen);
        group.selectedToggleProperty().addListener((obs, old, now) -> viewModel.scopeProperty().set(
                now == chosen ? ExportReportViewModel.Scope.CHOSEN_CLUSTERS : ExportReportViewModel.Scope.WHOLE_RUN));
        ListView<ClusterChoice> list = new ListView<>(viewModel.clusters());
        list.setId("export-clusters");
        list.setPrefHeight(Math.min(8, Math.max(2, viewModel.clusters().size())) * 26 + 4);
        list.setPlaceholder(new Label("The run has no clusters."));
        list.setCellFactory(CheckBoxListCell.forListView(ClusterChoice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(ClusterChoice choice) {
                return choice == null ? "" : choice.describe();
            }

            @Override
            public ClusterChoice fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        }));
        list.disableProperty().bind(viewModel.scopeProperty().isEqualTo(ExportReportViewModel.Scope.WHOLE_RUN));
        return new VBox(4, heading("Scope"), whole, chosen, list,
                note("Ticked at first: the focused cluster, else those with a finding (✎). "
                        + "Summary, segments and manifests always describe the whole run."));
    }

    private VBox formats() {
        HBox boxes = new HBox(14);
        for (ReportFormat format : ReportFormat.values()) {
            CheckBox box = new CheckBox(switch (format) {
                case HTML -> "HTML report";
                case MARKDOWN -> "Markdown";
                case CSV -> "CSV (clusters, pairs)";
                case JSON -> "analysis.json";
            });
            box.setId("export-" + format.formatName());
            box.selectedProperty().bindBidirectional(viewModel.formatProperty(format));
            boxes.getChildren().add(box);
        }
        return new VBox(4, heading("Files"), boxes);
    }

    private VBox folder() {
        TextField path = new TextField();
        path.setId("export-folder");
        path.textProperty().bindBidirectional(viewModel.folderProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the report files");
            File current = new File(viewModel.folderProperty().get());
            File existing = current.isDirectory() ? current : current.getParentFile();
            if (existing != null && existing.isDirectory()) {
                chooser.setInitialDirectory(existing);
            }
            File picked = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (picked != null) {
                viewModel.folderProperty().set(picked.toPath().toString());
            }
        });
        HBox row = new HBox(6, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, heading("Folder (created when missing; files of the same name are replaced)"), row);
    }

    private VBox pii() {
        CheckBox keep = new CheckBox("Keep personal data (emails, phone numbers, card numbers, API keys)");
        keep.setId("export-keep-pii");
        keep.selectedProperty().bindBidirectional(viewModel.keepPiiProperty());
        Label warning = new Label();
        warning.setId("export-pii-warning");
        warning.getStyleClass().add("export-warning");
        warning.setStyle("-fx-text-fill: #b3261e; -fx-font-weight: bold;");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.piiWarningProperty());
        warning.visibleProperty().bind(viewModel.piiWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return new VBox(4, keep, warning, note("Off: they are replaced by [redacted email] etc. in every file."));
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(viewModel.statusProperty().isEmpty())
                .then(viewModel.problemProperty()).otherwise(viewModel.statusProperty()));
        return new VBox(4, bar, status);
    }

    private HBox buttons(Runnable close) {
        Button export = ToolWindow.action("export-run", "Export", viewModel::export);
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.problemProperty().isNotEmpty());
        Button openReport = ToolWindow.action("export-open-report", "Open report in browser", viewModel::openReport);
        openReport.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.htmlReportProperty().get().isEmpty(),
                viewModel.htmlReportProperty()).or(viewModel.runningProperty()));
        Button openFolder = ToolWindow.action("export-open-folder", "Open folder", viewModel::openFolder);
        openFolder.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.writtenProperty().get().isEmpty(),
                viewModel.writtenProperty()).or(viewModel.runningProperty()));
        Button closeButton = ToolWindow.action("export-close", "Close", close);
        closeButton.setCancelButton(true);
        return ToolWindow.actionRow(List.of(openReport, openFolder), export, closeButton);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-note");
        label.setWrapText(true);
        return label;
    }
}
