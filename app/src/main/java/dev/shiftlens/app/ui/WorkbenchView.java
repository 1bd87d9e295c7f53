// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.clusters.ClusterListView;
import dev.shiftlens.app.ui.detail.PairDetailView;
import dev.shiftlens.app.ui.pairs.PairTableView;
import dev.shiftlens.app.ui.runs.RunListView;
import dev.shiftlens.app.ui.scatter.ScatterView;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.nio.file.Path;

/**
 * The main window's content: menu on top; runs and clusters on the left; the scatter over the
 * pairs table in the middle; the selected pair side by side on the right; the status bar with
 * progress and Cancel at the bottom.
 */
public final class WorkbenchView extends BorderPane {

    static final String SHORTCUTS = """
            Ctrl+O      Open a workspace (.duckdb)
            Ctrl+I      Import a paired JSONL log as a new run
            Ctrl+Q      Quit
            F1          This list

            Scatter
            drag        pan
            wheel, + -  zoom (around the mouse / the centre)
            0           fit all points
            click       show the nearest pair side by side
            Cluster list
            Esc         clear the cluster focus""";

    private final WorkbenchViewModel viewModel;
    private final Runnable quit;

    public WorkbenchView(WorkbenchViewModel viewModel, Runnable quit) {
        this.viewModel = viewModel;
        this.quit = quit;
        setId("workbench");
        setTop(menu());
        setCenter(body());
        setBottom(statusBar());
    }

    private MenuBar menu() {
        MenuItem open = item("Open workspace…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseWorkspace);
        MenuItem importLog = item("Import log…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::chooseLog);
        MenuItem exit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        MenuItem shortcuts = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        return new MenuBar(new Menu("File", null, open, importLog, new SeparatorMenuItem(), exit), new Menu("Help", null, shortcuts));
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private SplitPane body() {
        VBox left = new VBox(4, heading("Runs"), new RunListView(viewModel.runs()), heading("Clusters"),
                new ClusterListView(viewModel.clusters()));
        left.setPadding(new Insets(4));
        VBox.setVgrow(left.getChildren().get(1), Priority.SOMETIMES);
        VBox.setVgrow(left.getChildren().get(3), Priority.ALWAYS);
        left.getChildren().get(1).setStyle("-fx-pref-height: 150;");

        Label summary = new Label();
        summary.setId("run-summary");
        summary.getStyleClass().add("run-summary");
        summary.textProperty().bind(viewModel.runSummaryProperty());
        summary.setWrapText(true);
        ScatterView scatter = new ScatterView(viewModel.scatter());
        VBox.setVgrow(scatter, Priority.ALWAYS);
        VBox scatterBox = new VBox(2, summary, scatter);
        scatterBox.setPadding(new Insets(4));

        SplitPane middle = new SplitPane(scatterBox, new PairTableView(viewModel.pairs()));
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.58);

        SplitPane body = new SplitPane(left, middle, new PairDetailView(viewModel.detail()));
        body.setDividerPositions(0.18, 0.62);
        SplitPane.setResizableWithParent(left, false);
        return body;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(viewModel.activity().messageProperty());
        bar.progressProperty().bind(viewModel.activity().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-job");
        cancel.disableProperty().bind(viewModel.activity().runningProperty().not());
        cancel.setOnAction(event -> viewModel.activity().cancel());
        bar.getRightItems().add(cancel);
        return bar;
    }

    private void chooseWorkspace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open or create a workspace");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Shiftlens workspace (*.duckdb)", "*.duckdb"));
        viewModel.workspace().map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            viewModel.openWorkspace(chosen.toPath(), java.util.Optional.empty());
        }
    }

    private void chooseLog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a paired log");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Paired JSONL (*.jsonl, *.jsonl.gz)", "*.jsonl", "*.jsonl.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            viewModel.importLog(chosen.toPath());
        }
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        Label list = new Label(SHORTCUTS);
        list.getStyleClass().add("shortcuts");
        alert.getDialogPane().setContent(list);
        alert.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
