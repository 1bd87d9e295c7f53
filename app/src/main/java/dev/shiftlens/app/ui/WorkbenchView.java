// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.clusters.ClusterDetailView;
import dev.shiftlens.app.ui.clusters.ClusterListView;
import dev.shiftlens.app.ui.detail.PairDetailView;
import dev.shiftlens.app.ui.export.ExportReportView;
import dev.shiftlens.app.ui.imports.ImportDialogView;
import dev.shiftlens.app.ui.imports.PerModelImportView;
import dev.shiftlens.app.ui.match.MatchView;
import dev.shiftlens.app.ui.pairs.PairTableView;
import dev.shiftlens.app.ui.replay.ReplayView;
import dev.shiftlens.app.ui.runs.RunListView;
import dev.shiftlens.app.ui.scatter.ScatterPane;
import dev.shiftlens.app.ui.segments.SegmentView;
import dev.shiftlens.app.ui.settings.AnalysisSettingsView;
import dev.shiftlens.app.ui.task.TaskListView;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The main window's content: menu on top; runs, clusters and the focused cluster's finding on the
 * left; the scatter (or the segment view) over the pairs table in the middle; the selected pair
 * side by side on the right; the status bar with progress, Cancel and the task list at the bottom.
 * A log file dropped on the window opens the Import dialog; a .duckdb file is opened.
 */
public final class WorkbenchView extends StackPane {

    private final WorkbenchViewModel viewModel;
    private final WorkbenchPreferences preferences;
    private final Runnable quit;
    private final Consumer<String> documents;
    private final BorderPane main = new BorderPane();
    private final HelpOverlay help;
    private final Menu recent = new Menu("Recent workspaces");
    private final CheckMenuItem dark = new CheckMenuItem("Dark theme");
    private SplitPane body;
    private SplitPane middle;
    private SplitPane left;
    private TabPane views;
    private PairTableView table;
    private Theme theme;
    private Optional<Stage> taskWindow = Optional.empty();

    WorkbenchView(WorkbenchViewModel viewModel, WorkbenchPreferences preferences, Runnable quit, Consumer<String> documents) {
        this.viewModel = viewModel;
        this.documents = documents;
        this.preferences = preferences;
        this.quit = quit;
        setId("workbench");
        main.setTop(menu());
        main.setCenter(body());
        main.setBottom(statusBar());
        help = new HelpOverlay(this::toggleHelp);
        help.setVisible(false);
        getChildren().addAll(main, help);
        acceptDroppedFiles();
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        theme = preferences.theme();
        dark.setSelected(theme == Theme.DARK);
        viewModel.scatter().setBackground(theme.scatterBackground());
        sceneProperty().addListener((obs, old, scene) -> applyTheme(scene));
    }

    private MenuBar menu() {
        MenuItem open = item("Open workspace…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseWorkspace);
        MenuItem importLog = item("Import log…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::chooseLog);
        MenuItem export = item("Export report…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportReport);
        export.setId("export-report-menu");
        MenuItem settings = item("Analysis settings…", new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::analysisSettings);
        settings.setId("analysis-settings-menu");
        MenuItem exit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        recent.setId("recent-workspaces");
        recent.setOnShowing(event -> fillRecent());
        fillRecent();
        dark.setId("dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        dark.setOnAction(event -> setTheme(theme.other()));
        MenuItem scatter = item("Scatter", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> views.getSelectionModel().select(0));
        MenuItem segments = item("Segments", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> views.getSelectionModel().select(1));
        MenuItem backgroundTasks = item("Background tasks",
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::showTasks);
        backgroundTasks.setId("background-tasks-menu");
        MenuItem next = new MenuItem("Next pair\tJ");
        next.setOnAction(event -> viewModel.nextPair());
        MenuItem previous = new MenuItem("Previous pair\tK");
        previous.setOnAction(event -> viewModel.previousPair());
        MenuItem search = item("Search pairs", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> table.focusSearch());
        MenuItem save = item("Save finding", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel.clusterDetail()::save);
        MenuItem replay = item("Replay…", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::replay);
        replay.setId("replay-menu");
        MenuItem match = item("Match before/after…", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), this::match);
        match.setId("match-menu");
        MenuItem shortcuts = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::toggleHelp);
        return new MenuBar(
                new Menu("File", null, open, recent, importLog, export, new SeparatorMenuItem(), exit),
                new Menu("View", null, scatter, segments, backgroundTasks, new SeparatorMenuItem(), dark),
                new Menu("Go", null, next, previous, search, save),
                new Menu("Run", null, replay, match, settings),
                new Menu("Help", null, shortcuts));
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path path : preferences.recentWorkspaces()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openWorkspace(path, Optional.empty()));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private SplitPane body() {
        RunListView runs = new RunListView(viewModel.runs());
        runs.setPrefHeight(120);
        VBox clusterBox = new VBox(4, heading("Clusters"), new ClusterListView(viewModel.clusters()));
        VBox.setVgrow(clusterBox.getChildren().get(1), Priority.ALWAYS);
        VBox runBox = new VBox(4, heading("Runs"), runs);
        VBox.setVgrow(runs, Priority.ALWAYS);
        left = new SplitPane(runBox, clusterBox, new ClusterDetailView(viewModel.clusterDetail()));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(preferences.dividers("left", 0.14, 0.66));
        left.setPadding(new Insets(2));

        Label summary = new Label();
        summary.setId("run-summary");
        summary.getStyleClass().add("run-summary");
        summary.textProperty().bind(viewModel.runSummaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // the scatter below gives way, not the sentence
        Tooltip wholeSummary = new Tooltip();
        wholeSummary.textProperty().bind(viewModel.runSummaryDetailProperty());
        wholeSummary.setWrapText(true);
        wholeSummary.setMaxWidth(600);
        summary.setTooltip(wholeSummary);
        ScatterPane scatter = new ScatterPane(viewModel.scatter());
        scatter.visibleProperty().bind(viewModel.cutoverShownProperty().not());
        StackPane scatterArea = new StackPane(scatter, cutoverPrompt());
        VBox.setVgrow(scatterArea, Priority.ALWAYS);
        VBox scatterBox = new VBox(2, summary, scatterArea);
        scatterBox.setPadding(new Insets(4));
        Tab scatterTab = new Tab("Scatter", scatterBox);
        Tab segmentTab = new Tab("Segments", new SegmentView(viewModel.segments()));
        segmentTab.setId("segments-tab");
        views = new TabPane(scatterTab, segmentTab);
        views.setId("centre-tabs");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        segmentTab.selectedProperty().addListener((obs, was, now) -> viewModel.segments().setActive(now));

        table = new PairTableView(viewModel.pairs());
        middle = new SplitPane(views, table);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(preferences.dividers("middle", 0.56));

        body = new SplitPane(left, middle, new PairDetailView(viewModel.detail()));
        body.setDividerPositions(preferences.dividers("body", 0.21, 0.63));
        SplitPane.setResizableWithParent(left, false);
        return body;
    }

    /** What a cutover run offers instead of an empty scatter: the summary above says why, the button what to do. */
    private Node cutoverPrompt() {
        Button match = new Button("Match before and after…");
        match.setId("match-cutover-button");
        match.setOnAction(event -> match());
        StackPane prompt = new StackPane(match);
        StackPane.setAlignment(match, Pos.CENTER);
        prompt.visibleProperty().bind(viewModel.cutoverShownProperty());
        return prompt;
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
        Button tasks = new Button();
        tasks.setId("tasks-button");
        tasks.textProperty().bind(viewModel.tasks().runningCountProperty().asString("Tasks (%d running)"));
        tasks.setOnAction(event -> showTasks());
        bar.getRightItems().addAll(cancel, tasks);
        return bar;
    }

    /** J / K step through the pairs, Esc closes the help, unless the user is typing in a text field. */
    private void keyPressed(KeyEvent event) {
        if (help.isVisible() && (event.getCode() == KeyCode.ESCAPE)) {
            toggleHelp();
            event.consume();
            return;
        }
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (typing || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getCode() == KeyCode.J) {
            viewModel.nextPair();
            event.consume();
        } else if (event.getCode() == KeyCode.K) {
            viewModel.previousPair();
            event.consume();
        }
    }

    private void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    private void acceptDroppedFiles() {
        addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            openDropped(files.stream().map(File::toPath).toList());
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    /** Two logs open one Import dialog that joins them; otherwise each file opens as {@link #openDropped(Path)} does. */
    void openDropped(List<Path> files) {
        if (isTwoLogs(files)) {
            openImportDialog(files.get(0), files.get(1));
        } else {
            files.forEach(this::openDropped);
        }
    }

    private static boolean isTwoLogs(List<Path> files) {
        return files.size() == 2 && files.stream().noneMatch(file -> file.getFileName().toString().endsWith(".duckdb"));
    }

    /** A workspace file opens; anything else opens the Import dialog for it (one dialog per file). */
    void openDropped(Path file) {
        if (file.getFileName().toString().endsWith(".duckdb")) {
            viewModel.openWorkspace(file, Optional.empty());
        } else {
            openImportDialog(file);
        }
    }

    void openImportDialog(Path file) {
        viewModel.importDialog(file).ifPresent(dialog -> ImportDialogView.open(window(), dialog));
    }

    void openImportDialog(Path first, Path second) {
        viewModel.importDialog(first, second).ifPresent(dialog -> PerModelImportView.open(window(), dialog));
    }

    /** Shows the one task list window, bringing it to the front when it is already open. */
    void showTasks() {
        Stage stage = taskWindow.filter(Stage::isShowing).orElseGet(() -> TaskListView.open(window(), viewModel.tasks()));
        taskWindow = Optional.of(stage);
        stage.toFront();
    }

    private void setTheme(Theme chosen) {
        theme = chosen;
        preferences.theme(chosen);
        dark.setSelected(chosen == Theme.DARK);
        viewModel.scatter().setBackground(chosen.scatterBackground());
        applyTheme(getScene());
    }

    private void applyTheme(Scene scene) {
        if (scene == null) {
            return;
        }
        for (Theme each : Theme.values()) {
            if (each.stylesheet() != null) {
                scene.getStylesheets().remove(stylesheet(each.stylesheet()));
            }
        }
        if (theme.stylesheet() != null) {
            scene.getStylesheets().add(stylesheet(theme.stylesheet()));
        }
    }

    static String stylesheet(String name) {
        return Objects.requireNonNull(WorkbenchView.class.getResource(name), name).toExternalForm();
    }

    /** Remembers the split positions for the next session. */
    void saveLayout() {
        preferences.saveDividers("left", left.getDividerPositions());
        preferences.saveDividers("middle", middle.getDividerPositions());
        preferences.saveDividers("body", body.getDividerPositions());
        preferences.flush();
    }

    Theme theme() {
        return theme;
    }

    private void analysisSettings() {
        viewModel.analysisSettings().ifPresent(settings -> AnalysisSettingsView.open(window(), settings));
    }

    private void exportReport() {
        viewModel.exportReport(documents).ifPresent(export -> ExportReportView.open(window(), export));
    }

    private void replay() {
        viewModel.replay(KeyResolver.system(), preferences.lastProfiles(), preferences::rememberProfiles)
                .ifPresent(model -> ReplayView.open(window(), model));
    }

    private void match() {
        viewModel.match().ifPresent(model -> MatchView.open(window(), model));
    }

    private void chooseWorkspace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open or create a workspace");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Shiftlens workspace (*.duckdb)", "*.duckdb"));
        viewModel.workspace().map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            viewModel.openWorkspace(chosen.toPath(), Optional.empty());
        }
    }

    private void chooseLog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a log");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Logs (JSONL, CSV, Parquet; .gz, .zst)", "*.jsonl", "*.json", "*.csv", "*.parquet",
                        "*.jsonl.gz", "*.csv.gz", "*.jsonl.zst", "*.csv.zst"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null) {
            openDropped(chosen.stream().map(File::toPath).toList());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** For tests: a node by id anywhere in the window, including inside tabs not shown. */
    Optional<Node> find(String id) {
        return Optional.ofNullable(lookup("#" + id));
    }
}
