// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.replay;

import dev.shiftlens.app.ui.dialog.ToolWindow;
import dev.shiftlens.connectors.replay.CostEstimate;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Replay window: endpoint profiles, mode and sample; the estimate per endpoint with the spend
 * cap and "I accept this estimate"; then progress, throughput, spend, retries and Cancel (Esc); then
 * what the replay made or why it stopped. Not modal: a replay may take a while, and the workbench
 * stays usable meanwhile.
 */
public final class ReplayView extends VBox {

    private static final String RED = "-fx-text-fill: #b3261e;";

    private final ReplayViewModel viewModel;

    ReplayView(ReplayViewModel viewModel, Runnable close) {
        super(10);
        this.viewModel = viewModel;
        setId("replay-window");
        setPadding(new Insets(14, 18, 14, 18));
        setPrefWidth(880);
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("section-heading");
        title.setWrapText(true);
        getChildren().addAll(title, endpoints(), sample(), estimate(), progress(), outcome(), buttons(close));
    }

    /** Opens the window beside {@code owner}; Esc cancels a running replay, else closes; closing cancels too. */
    public static Stage open(Window owner, ReplayViewModel viewModel) {
        Stage stage = ToolWindow.create(owner, "Replay", close -> new ReplayView(viewModel, close),
                ToolWindow.cancelOrClose(viewModel.runningProperty(), viewModel::cancel));
        stage.setOnHidden(event -> viewModel.cancel());
        // progress, the summary and a problem appear and go: the window follows its content instead of squeezing it
        InvalidationListener fit = changed -> Platform.runLater(stage::sizeToScene);
        viewModel.runningProperty().addListener(fit);
        viewModel.summaryProperty().addListener(fit);
        viewModel.problemProperty().addListener(fit);
        viewModel.estimateSummaryProperty().addListener(fit);
        viewModel.failures().addListener(fit);
        stage.show();
        return stage;
    }

    private VBox endpoints() {
        TextField file = new TextField(viewModel.profilesFileProperty().get());
        file.setId("replay-profiles");
        file.setPromptText("endpoint profiles (.json or .yaml)");
        file.setOnAction(event -> viewModel.profilesFileProperty().set(file.getText()));
        file.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.profilesFileProperty().set(file.getText());
            }
        });
        viewModel.profilesFileProperty().addListener((obs, old, now) -> file.setText(now));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("replay-choose-profiles");
        choose.setOnAction(event -> chooseProfiles());
        HBox fileRow = new HBox(6, file, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> baseline = profileChoice("replay-baseline", viewModel.baselineProperty());
        ComboBox<String> candidate = profileChoice("replay-candidate", viewModel.candidateProperty());
        candidate.disableProperty().bind(viewModel.modeProperty().isEqualTo(ReplayViewModel.Mode.RETROSPECTIVE));
        GridPane grid = grid();
        grid.addRow(0, new Label("Baseline (production or pre-update)"), baseline);
        grid.addRow(1, new Label("Candidate"), candidate);

        Label problem = new Label();
        problem.setId("replay-problem");
        problem.setStyle(RED);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(4, heading("Endpoint profiles"), fileRow, problem, grid);
    }

    private ComboBox<String> profileChoice(String id, StringProperty chosen) {
        ComboBox<String> box = new ComboBox<>(viewModel.profileNames());
        box.setId(id);
        box.setPrefWidth(260);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private void chooseProfiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Endpoint profiles");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Profiles (*.json, *.yaml, *.yml)", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File current = new File(viewModel.profilesFileProperty().get());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File picked = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (picked != null) {
            viewModel.profilesFileProperty().set(picked.toPath().toString());
        }
    }

    private VBox sample() {
        ToggleGroup group = new ToggleGroup();
        VBox modes = new VBox(4);
        for (ReplayViewModel.Mode mode : ReplayViewModel.Mode.values()) {
            RadioButton button = new RadioButton(mode.toString());
            button.setId("replay-mode-" + mode.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(mode);
            button.setSelected(viewModel.modeProperty().get() == mode);
            modes.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.modeProperty().set((ReplayViewModel.Mode) now.getUserData());
            }
        });
        ComboBox<ReplayViewModel.Stratify> stratify = new ComboBox<>(viewModel.stratifyChoices());
        stratify.setId("replay-stratify");
        stratify.valueProperty().bindBidirectional(viewModel.stratifyProperty());
        GridPane grid = grid();
        grid.addRow(0, new Label("Sample size (queries)"), field("replay-sample", viewModel.sampleSizeProperty()));
        grid.addRow(1, new Label("Stratify by"), stratify);
        grid.addRow(2, new Label("Seed"), field("replay-seed", viewModel.seedProperty()));
        HBox repeatRow = new HBox(6, field("replay-repeats", viewModel.repeatsProperty()),
                note("queries, to measure the noise floor (0 for none, at least 5 to use it)"));
        repeatRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, new Label("Baseline asked twice for"), repeatRow);
        return new VBox(4, heading("What to replay"), modes, grid);
    }

    private VBox estimate() {
        TableView<CostEstimate.Line> table = new TableView<>(viewModel.estimateLines());
        table.setId("replay-estimate");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 3 + 30);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setRowFactory(rows -> new TableRow<>() {
            @Override
            protected void updateItem(CostEstimate.Line line, boolean empty) {
                super.updateItem(line, empty);
                setStyle(!empty && line != null && line.model().isEmpty() ? "-fx-font-weight: bold;" : "");
            }
        });
        table.setPlaceholder(new Label("No estimate yet: choose the profiles and the sample."));
        table.getColumns().setAll(List.of(
                column("Endpoint", line -> line.model().isEmpty() ? line.profile() : line.profile() + " (" + line.model() + ")", 230),
                column("Requests", line -> "%,d".formatted(line.requests()), 80),
                column("Cached", line -> "%,d".formatted(line.cached()), 70),
                column("Input tokens", line -> "~%,d".formatted(line.inputTokens()), 100),
                column("Output tokens", line -> "~%,d".formatted(line.outputTokens()), 100),
                column("Est. cost", line -> String.format(Locale.ROOT, "$%.4f", line.expectedUsd()), 90),
                column("At most", line -> String.format(Locale.ROOT, "$%.4f", line.worstUsd()), 90)));
        Label estimating = note("Estimating…");
        estimating.visibleProperty().bind(viewModel.estimatingProperty());
        estimating.managedProperty().bind(estimating.visibleProperty());
        Label total = new Label();
        total.setId("replay-estimate-summary");
        total.setWrapText(true);
        total.setMinHeight(Region.USE_PREF_SIZE);
        total.textProperty().bind(viewModel.estimateSummaryProperty());
        TextField cap = new TextField();
        cap.setId("replay-cap");
        cap.setPrefColumnCount(8);
        cap.textProperty().bindBidirectional(viewModel.spendCapProperty());
        CheckBox accept = new CheckBox("I accept this estimate");
        accept.setId("replay-accept");
        accept.selectedProperty().bindBidirectional(viewModel.acceptedProperty());
        accept.disableProperty().bind(Bindings.isEmpty(viewModel.estimateLines())
                .or(viewModel.runningProperty()));
        accept.setMinWidth(Region.USE_PREF_SIZE);
        Label capLabel = new Label("Spend cap (US$)");
        capLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label capNote = note("the replay stops before spending more; estimate + 25% at first");
        HBox.setHgrow(capNote, Priority.ALWAYS);
        capNote.setMaxWidth(Double.MAX_VALUE);
        HBox capRow = new HBox(8, capLabel, cap, capNote, accept);
        capRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, heading("Estimate (nothing is sent before you accept it)"), estimating, table, total,
                note(viewModel.tokenNote()), capRow);
    }

    private static TableColumn<CostEstimate.Line, String> column(String title, Function<CostEstimate.Line, String> value, double width) {
        TableColumn<CostEstimate.Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (!title.equals("Endpoint")) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("replay-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label status = new Label();
        status.setId("replay-status");
        status.textProperty().bind(viewModel.statusProperty());
        GridPane figures = grid();
        figures.addRow(0, new Label("Requests"), bound("replay-requests", viewModel.requestsDoneProperty()),
                new Label("Throughput"), bound("replay-throughput", viewModel.throughputProperty()));
        figures.addRow(1, new Label("Spent so far"), bound("replay-spent", viewModel.spentProperty()),
                new Label("Retries"), bound("replay-retries", viewModel.retriesProperty()));
        VBox box = new VBox(4, heading("Progress"), bar, status, figures);
        box.visibleProperty().bind(viewModel.runningProperty().or(viewModel.requestsDoneProperty().isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox outcome() {
        Label summary = new Label();
        summary.setId("replay-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<String> failures = new ListView<>(viewModel.failures());
        failures.setId("replay-failures");
        failures.setPrefHeight(110);
        failures.setStyle(RED);
        failures.visibleProperty().bind(Bindings.isNotEmpty(viewModel.failures()));
        failures.managedProperty().bind(failures.visibleProperty());
        VBox box = new VBox(4, summary, failures);
        box.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox buttons(Runnable close) {
        Button replay = ToolWindow.action("replay-run", "Replay", viewModel::replay);
        replay.setDefaultButton(true);
        replay.disableProperty().bind(viewModel.replayDisabled());
        Button cancel = ToolWindow.action("replay-cancel", "Cancel replay (Esc)", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        return ToolWindow.actionRow(List.of(), replay, cancel, ToolWindow.action("replay-close", "Close", close));
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label bound(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane(12, 6);
        grid.getColumnConstraints().add(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE,
                Region.USE_PREF_SIZE));
        grid.setPadding(new Insets(2, 0, 2, 0));
        return grid;
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
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
