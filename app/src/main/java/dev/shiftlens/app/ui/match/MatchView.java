// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.match;

import dev.shiftlens.app.ui.dialog.ToolWindow;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.List;

/**
 * The Match before/after window: the two windows' sizes, similarity threshold and seed, Match; then
 * progress and Cancel (Esc); then how many queries matched. Not modal, like the Replay window.
 */
public final class MatchView extends VBox {

    private static final String RED = "-fx-text-fill: #b3261e;";

    private final MatchViewModel viewModel;

    MatchView(MatchViewModel viewModel, Runnable close) {
        super(10);
        this.viewModel = viewModel;
        setId("match-window");
        setPadding(new Insets(14, 18, 14, 18));
        setPrefWidth(620);
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("section-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, choices(), progress(), outcome(), buttons(close));
    }

    /** Opens the window beside {@code owner}; Esc cancels a running match, else closes; closing cancels too. */
    public static Stage open(Window owner, MatchViewModel viewModel) {
        Stage stage = ToolWindow.create(owner, "Match before/after", close -> new MatchView(viewModel, close),
                ToolWindow.cancelOrClose(viewModel.runningProperty(), viewModel::cancel));
        stage.setOnHidden(event -> viewModel.cancel());
        // progress and the outcome appear and go: the window follows its content instead of squeezing it
        InvalidationListener fit = changed -> Platform.runLater(stage::sizeToScene);
        viewModel.runningProperty().addListener(fit);
        viewModel.summaryProperty().addListener(fit);
        viewModel.problemProperty().addListener(fit);
        stage.show();
        return stage;
    }

    private VBox choices() {
        Label windows = new Label();
        windows.setId("match-windows");
        windows.textProperty().bind(viewModel.windowsProperty());
        GridPane grid = new GridPane(12, 6);
        grid.addRow(0, new Label("Entries"), windows);
        grid.addRow(1, new Label("Similarity threshold"), field("match-threshold", viewModel.thresholdProperty()));
        grid.addRow(2, new Label("Seed"), field("match-seed", viewModel.seedProperty()));
        Label problem = note(viewModel.problemProperty().get());
        problem.setId("match-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.setStyle(RED);
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(6, grid, note(viewModel.thresholdNote()), problem);
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("match-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label status = new Label();
        status.setId("match-status");
        status.textProperty().bind(viewModel.statusProperty());
        VBox box = new VBox(4, bar, status);
        box.visibleProperty().bind(viewModel.runningProperty().or(viewModel.statusProperty().isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label outcome() {
        Label summary = note("");
        summary.setId("match-summary");
        summary.getStyleClass().remove("detail-note");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        return summary;
    }

    private HBox buttons(Runnable close) {
        Button match = ToolWindow.action("match-run", "Match", viewModel::match);
        match.setDefaultButton(true);
        match.disableProperty().bind(viewModel.matchDisabled());
        Button cancel = ToolWindow.action("match-cancel", "Cancel (Esc)", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        return ToolWindow.actionRow(List.of(), match, cancel, ToolWindow.action("match-close", "Close", close));
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-note");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
